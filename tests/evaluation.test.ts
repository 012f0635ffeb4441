import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandFor } from '../src/core/classify.js';
import {
  disciplinePoints,
  type EvaluationInput,
  evaluatePerson,
  isEvaluationMonth,
  monthsOfPeriod,
  periodOfMonth,
} from '../src/core/evaluation.js';
import { type EvaluationRules, PRESETS, type Rulebook } from '../src/core/rulebook.js';
import type { CellAddress } from '../src/core/types.js';
import { ROOT, readBack, run, tempDir, writeGrid } from './helpers.js';

/** Nghị định 335/2025: expectations worked by hand from the decree's shape and the unit's choices. */

/** A unit whose quy chế keeps discipline at 10 (rulebooks that say 10 keep working); the preset says 5. */
const nd335 = (): Rulebook => {
  const preset = PRESETS['nd335-2025']();
  return { ...preset, evaluation: { ...preset.evaluation!, disciplineMax: 10 } };
};
const ev = (over: Partial<EvaluationRules> = {}): EvaluationRules => ({ ...nd335().evaluation!, ...over });
const FIXTURES_2026 = join(ROOT, 'fixtures', '2026');
const GRIDS_2026 = Array.from({ length: 10 }, (_, i) => join(FIXTURES_2026, `thang-${String(i + 1).padStart(2, '0')}-2026.xlsx`));
const RULES_2026 = join(FIXTURES_2026, 'quy-che-nd335.json');

describe('discipline points from the grid', () => {
  // A quarter with V (−60) in January and M (−10) in February: month scores 40, 90, 100.
  const quarter = [
    { deducted: 60, score: 40 },
    { deducted: 10, score: 90 },
    { deducted: 0, score: 100 },
  ];

  it('proportional: 10 × 230 / 300 = 7.67', () => {
    expect(disciplinePoints(quarter, ev(), 100)).toBe(7.67);
    expect(disciplinePoints([{ deducted: 0, score: 100 }], ev(), 100)).toBe(10);
  });

  it('proportional never goes below 0 nor above the maximum', () => {
    expect(disciplinePoints([{ deducted: 180, score: -80 }], ev(), 100)).toBe(0);
    expect(disciplinePoints([{ deducted: 0, score: 100 }], ev({ disciplineMax: 15 }), 100)).toBe(15);
  });

  it("direct: each code's points come straight off the sub-criterion, floored at 0", () => {
    expect(disciplinePoints(quarter, ev({ disciplineConversion: 'direct' }), 100)).toBe(0);
    expect(disciplinePoints([{ deducted: 10, score: 90 }], ev({ disciplineConversion: 'direct', disciplineMax: 30 }), 100)).toBe(20);
    expect(disciplinePoints([{ deducted: 0, score: 100 }], ev({ disciplineConversion: 'direct' }), 100)).toBe(10);
  });
});

describe('periods', () => {
  it('a quarter closes in March, June, September and December; a month period every month', () => {
    expect([1, 2, 3, 6, 9, 10, 12].map((m) => isEvaluationMonth(m, ev()))).toEqual([false, false, true, true, true, false, true]);
    expect(isEvaluationMonth(1, ev({ period: 'month' }))).toBe(true);
    expect(periodOfMonth(8, ev())).toBe(3);
    expect(monthsOfPeriod(4, ev())).toEqual([10, 11, 12]);
    expect(periodOfMonth(8, ev({ period: 'month' }))).toBe(8);
  });

  const entered = (otherGeneral: number | null, task: number | null) => ({
    otherGeneral,
    task,
    file: 'g.xlsx',
    sheet: 'S',
    cells: { otherGeneral: 'AJ9' as CellAddress, task: 'AK9' as CellAddress },
  });
  const allMonths = (score: (m: number) => number): EvaluationInput['months'] =>
    Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, { deducted: 100 - score(i + 1), score: score(i + 1) }]));
  const everyMonth = Array.from({ length: 12 }, (_, i) => i + 1);

  it('the year score is the mean of the quarter scores', () => {
    const person: EvaluationInput = {
      months: allMonths((m) => (m === 1 ? 40 : 100)),
      monthsWorked: everyMonth,
      evaluations: { 3: entered(15, 55), 6: entered(16, 58), 9: entered(16, 60), 12: entered(20, 70) },
    };
    const e = evaluatePerson(person, nd335(), { year: 2026, months: everyMonth })!;
    // Q1: 10 × 240/300 = 8 → 8 + 15 + 55 = 78; Q2 10 + 16 + 58 = 84; Q3 86; Q4 100; mean 348 / 4 = 87.
    expect(e.periods.map((p) => p.total)).toEqual([78, 84, 86, 100]);
    expect(e.yearScore).toBe(87);
  });

  it('a period not worked at all does not count; one not yet due is not asked for', () => {
    const person: EvaluationInput = {
      months: allMonths(() => 100),
      monthsWorked: [1, 2, 3, 7, 8, 9],
      evaluations: { 3: entered(20, 70), 9: entered(10, 50) },
    };
    const e = evaluatePerson(person, nd335(), { year: 2026, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })!;
    expect(e.periods.map((p) => p.period)).toEqual([1, 3]);
    expect(e.yearScore).toBe(85);
  });

  it('a missing entry leaves the period and the year without a score, and says where', () => {
    const person: EvaluationInput = { months: allMonths(() => 100), monthsWorked: everyMonth, evaluations: { 3: entered(20, null) } };
    const e = evaluatePerson(person, nd335(), { year: 2026, months: [1, 2, 3] })!;
    expect(e.yearScore).toBeNull();
    expect(e.missing).toEqual([{ period: 1, file: 'g.xlsx', sheet: 'S', cell: 'AK9' }]);
  });
});

describe('exact scores: half up to 2 decimals, the level is the band of the printed score', () => {
  const entered = (otherGeneral: number, task: number) => ({
    otherGeneral,
    task,
    file: 'g.xlsx',
    sheet: 'S',
    cells: { otherGeneral: 'AJ9' as CellAddress, task: 'AK9' as CellAddress },
  });
  const clean = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, { deducted: 0, score: 100 }]));
  const everyMonth = Array.from({ length: 12 }, (_, i) => i + 1);
  /** Four quarters of full discipline (10) and the leader's figures making the given totals. */
  const yearOf = (totals: [number, number][]) =>
    evaluatePerson(
      { months: clean, monthsWorked: everyMonth, evaluations: Object.fromEntries(totals.map(([o, t], q) => [(q + 1) * 3, entered(o, t)])) },
      nd335(),
      { year: 2026, months: everyMonth },
    )!;

  it('90, 90, 90, 89.98 and 84.82, 76, 99.71, 99.45 both mean exactly 89.995: both 90.00, both HTXSNV', () => {
    const a = yearOf([
      [20, 60],
      [20, 60],
      [20, 60],
      [19.98, 60],
    ]);
    const b = yearOf([
      [14.82, 60],
      [6, 60],
      [19.71, 70],
      [19.45, 70],
    ]);
    expect(a.periods.map((p) => p.total)).toEqual([90, 90, 90, 89.98]);
    expect(b.periods.map((p) => p.total)).toEqual([84.82, 76, 99.71, 99.45]);
    // 359.98 / 4 = 89.995, half up: 90.00.
    expect([a.yearScore, b.yearScore]).toEqual([90, 90]);
    expect(bandFor(b.yearScore!, nd335().classification.bands).band.level).toBe('HTXSNV');
  });

  it('74.665 prints 74.67', () => {
    const e = evaluatePerson(
      { months: clean, monthsWorked: [1, 2, 3, 4, 5, 6], evaluations: { 3: entered(4.66, 60), 6: entered(4.67, 60) } },
      nd335(),
      { year: 2026, months: [1, 2, 3, 4, 5, 6] },
    )!;
    // (74.66 + 74.67) / 2 = 74.665 → 74.67.
    expect(e.yearScore).toBe(74.67);
  });

  it('the discipline share is divided once: 5 × 230 / 300 = 3.8333… → 3.83; 5 × 289 / 300 = 4.8166… → 4.82', () => {
    const five = ev({ disciplineMax: 5 });
    expect(
      disciplinePoints(
        [
          { deducted: 60, score: 40 },
          { deducted: 10, score: 90 },
          { deducted: 0, score: 100 },
        ],
        five,
        100,
      ),
    ).toBe(3.83);
    expect(
      disciplinePoints(
        [
          { deducted: 11, score: 89 },
          { deducted: 0, score: 100 },
          { deducted: 0, score: 100 },
        ],
        five,
        100,
      ),
    ).toBe(4.82);
  });

  it('a unit may choose another number of decimals', () => {
    const rules = { ...nd335(), evaluation: { ...nd335().evaluation!, decimals: 1 } };
    const e = evaluatePerson(
      {
        months: clean,
        monthsWorked: everyMonth,
        evaluations: { 3: entered(14.8, 60), 6: entered(6, 60), 9: entered(19.7, 70), 12: entered(19.5, 70) },
      },
      rules,
      { year: 2026, months: everyMonth },
    )!;
    // 84.8 + 76 + 99.7 + 99.5 = 360 / 4 = 90.0.
    expect(e.yearScore).toBe(90);
  });
});

describe('the 100-point bands', () => {
  const bands = nd335().classification.bands;
  const cases: [number, string][] = [
    [49.9, 'KHTNV'],
    [50, 'HTNV'],
    [69.9, 'HTNV'],
    [70, 'HTTNV'],
    [89.9, 'HTTNV'],
    [90, 'HTXSNV'],
  ];
  for (const [score, level] of cases) {
    it(`${score} is ${level}, in no gap`, () => {
      expect(bandFor(score, bands)).toMatchObject({ band: { level }, inGap: false });
    });
  }
});

describe("the grid carries the leader's two columns", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    expect((await run(['init-rules', '--preset', 'nd335-2025', '-o', join(dir, 'r.json')])).code).toBe(0);
  });

  it('in the month that closes a quarter: exact labels after day 31, the maximum under each', async () => {
    const march = join(dir, 'thang-03.xlsx');
    expect(
      (await run(['init-month', '--month', '2026-03', '--staff', 'fixtures/roster.csv', '--rules', join(dir, 'r.json'), '-o', march])).code,
    ).toBe(0);
    const ws = (await readBack(march)).worksheets[0]!;
    // Day 31 is column AI (35): the leader's columns are AJ and AK.
    expect(ws.getCell('AI8').value).toBe(31);
    expect([ws.getCell('AJ7').value, ws.getCell('AK7').value]).toEqual(['Tiêu chí chung khác', 'Kết quả nhiệm vụ']);
    // Mẫu số 01: I.2 (5) comes from the grid; the leader scores the rest of the 30 (25) and the tasks (70).
    expect([ws.getCell('AJ8').value, ws.getCell('AK8').value]).toEqual(['tối đa 25', 'tối đa 70']);
    const february = join(dir, 'thang-02.xlsx');
    expect(
      (await run(['init-month', '--month', '2026-02', '--staff', 'fixtures/roster.csv', '--rules', join(dir, 'r.json'), '-o', february]))
        .code,
    ).toBe(0);
    expect((await readBack(february)).worksheets[0]!.getCell('AJ7').value).toBeNull();
  });

  it('check: out of range and non-numbers are errors at their cells; an empty cell is a warning', async () => {
    const rules = PRESETS['nd335-2025']();
    const grid = await writeGrid(dir, 'bad.xlsx', {
      year: 2026,
      month: 3,
      rules,
      cells: { AJ9: 26, AK9: 'bảy mươi', AJ10: '15,5', AK10: 60 },
    });
    const r = await run(['check', grid, '--rules', join(dir, 'r.json'), '--json']);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as { severity: string; cell: string; message: string }[];
    const at = (cell: string) => problems.filter((p) => p.cell === cell).map((p) => p.severity);
    expect(at('AJ9')).toEqual(['error']);
    expect(at('AK9')).toEqual(['error']);
    expect(at('AJ10')).toEqual([]);
    expect(at('AK10')).toEqual([]);
    expect(at('AJ11')).toEqual(['warning']);
    expect(problems.find((p) => p.cell === 'AJ9')!.message).toContain('0 đến 25');
  });
});

describe('the 2026 example (fixtures/2026, January to October)', () => {
  it('tally: period and year scores as worked by hand from the grid cells', async () => {
    const r = await run(['tally', ...GRIDS_2026, '--rules', RULES_2026, '--json']);
    expect(r.code).toBe(0);
    const staff = JSON.parse(r.stdout).staff as {
      name: string;
      evaluation: { periods: { total: number | null }[]; yearScore: number | null };
    }[];
    const of = (name: string) => staff.find((p) => p.name === name)!.evaluation;
    // Discipline is I.2 of Mẫu số 01, at most 5.
    // Vũ Văn Quý: V 1/2026, M 2/2026, B 5/2026. Q1 5 × 230/300 = 3.833… → 3.83 + 15 + 55 = 73.83;
    // Q2 5 × 270/300 = 4.5 + 16 + 58 = 78.5; Q3 5 + 16 + 60 = 81; (73.83 + 78.5 + 81) / 3 = 77.776… → 77.78.
    expect(of('Vũ Văn Quý').periods.map((p) => p.total)).toEqual([73.83, 78.5, 81]);
    expect(of('Vũ Văn Quý').yearScore).toBe(77.78);
    // Nguyễn Thành Chân: no marks; (5 + 18 + 65 + 5 + 19 + 66 + 5 + 20 + 68) / 3 = 271 / 3 = 90.33.
    expect(of('Nguyễn Thành Chân').yearScore).toBe(90.33);
    // Trần Văn Việt: V 2/2026 and 3/2026: Q1 5 × 180/300 = 3 + 10 + 35 = 48; Q2 5 + 12 + 40 = 57; Q3 5 + 12 + 45 = 62; 167 / 3 = 55.67.
    expect(of('Trần Văn Việt').yearScore).toBe(55.67);
    expect(of('Lê Thị Hạnh').yearScore).toBeNull();
  });

  it('classify: the unevaluated quarter is an error naming its cell, unless --allow-missing-evaluations', async () => {
    const strict = await run(['classify', ...GRIDS_2026, '--rules', RULES_2026, '--allow-missing-months', '--json']);
    expect(strict.code).toBe(1);
    const error = JSON.parse(strict.stdout).problems.find((p: { severity: string }) => p.severity === 'error');
    expect(error).toMatchObject({ file: GRIDS_2026[5], sheet: 'Tháng 06-2026', cell: 'AJ16' });
    const lenient = await run([
      'classify',
      ...GRIDS_2026,
      '--rules',
      RULES_2026,
      '--allow-missing-months',
      '--allow-missing-evaluations',
      '--json',
    ]);
    expect(lenient.code).toBe(0);
    const people = JSON.parse(lenient.stdout).staff as { name: string; level: string | null; flags: string[] }[];
    const level = (name: string) => people.find((p) => p.name === name)!;
    expect(level('Tổng Văn Giang').level).toBe('HTXSNV'); // exactly 90
    expect(level('Vũ Văn Quý').level).toBe('HTTNV');
    expect(level('Trần Văn Việt').level).toBe('HTNV');
    expect(level('Lê Thị Hạnh')).toMatchObject({ level: null, flags: ['evaluation-missing'] });
  });

  it('scoring demo --year 2026 runs end to end', async () => {
    const out = tempDir();
    const r = await run(['demo', '--year', '2026', '--out', out]);
    expect(r.code).toBe(0);
    const wb = await readBack(join(out, 'tong-hop-2026.xlsx'));
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Đánh giá', 'Kiểm tra']);
    const classification = await readBack(join(out, 'xep-loai-2026.xlsx'));
    const texts = classification.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('Nghị định 335/2025'))).toBe(true);
    expect(texts.some((t) => t.includes('Nghị định 90/2020'))).toBe(false);
  });
});
