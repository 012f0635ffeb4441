import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../src/core/rulebook.js';
import type { StaffMember } from '../src/core/staff.js';
import { cleanYear, ROOT, readBack, run, STAFF, tempDir, writeGrid } from './helpers.js';

/**
 * The 2026 year-end under Nghị định 335/2025 (issue 17): classified before 15 December, with a
 * person who left mid-quarter. Grids are made here with the preset (I.2 at most 5); every figure
 * is worked by hand in the comments.
 */

const rules = PRESETS['nd335-2025']();
const LEAVER: StaffMember = { id: 'A4', name: 'Phạm Thị Dung', position: 'Công chức' };

let dir: string;
/** Grids of 2026 for `months`; A4 is on them up to August. Leader's points [other, task]: 20 and 65 for everyone. */
async function year2026(months: number[]): Promise<string[]> {
  const files: string[] = [];
  for (const month of months) {
    const staff = month <= 8 ? [...STAFF, LEAVER] : STAFF;
    const cells: Record<string, number> = {};
    if (month % 3 === 0) for (const i of staff.keys()) Object.assign(cells, { [`AJ${9 + i}`]: 20, [`AK${9 + i}`]: 65 });
    files.push(await writeGrid(dir, `thang-${String(month).padStart(2, '0')}-2026.xlsx`, { year: 2026, month, rules, staff, cells }));
  }
  return files;
}

let all: string[];
beforeAll(async () => {
  dir = tempDir();
  all = await year2026(Array.from({ length: 12 }, (_, i) => i + 1));
});

interface Person {
  id: string;
  level: string | null;
  compared: number | null;
  notes: string[];
  evaluation: { periods: { period: number; total: number | null }[]; yearScore: number | null };
}

describe('classified before 15 December', () => {
  it('with December running: "tính đến ngày" on the documents and in the JSON; no month missing', async () => {
    const out = join(dir, 'xep-loai-2026.xlsx');
    const r = await run(['classify', ...all, '--date', '10/12/2026', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tính đến ngày 10/12/2026');
    const json = JSON.parse((await run(['classify', ...all, '--date', '10/12/2026', '--json'])).stdout);
    expect(json.asOf).toBe('2026-12-10');
    const texts = (await readBack(out)).worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('(Tính đến ngày 10/12/2026)');
    expect(texts.some((t) => t.includes('ngày 10 tháng 12 năm 2026'))).toBe(true);
  });

  it('eleven grids on 30 November: December is not yet expected, the fourth quarter not yet due', async () => {
    const r = await run(['classify', ...all.slice(0, 11), '--date', '30/11/2026', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const an = json.staff.find((p: Person) => p.id === 'A1') as Person;
    // Three quarters of 5 + 20 + 65 = 90: year score 90, HTXSNV.
    expect(an.evaluation.periods.map((p) => p.period)).toEqual([1, 2, 3]);
    expect([an.compared, an.level]).toEqual([90, 'HTXSNV']);
  });

  it('after the year, without --date in the year, every month is expected', async () => {
    const r = await run(['classify', ...all.slice(0, 11), '--date', '05/01/2027', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).asOf).toBeNull();
  });
});

describe('a person who left mid-quarter', () => {
  it('is classified on the quarters she worked and is never asked for a cell no grid has', async () => {
    const r = await run(['classify', ...all, '--date', '20/12/2026', '--json']);
    expect(r.code).toBe(0);
    const dung = (JSON.parse(r.stdout).staff as Person[]).find((p) => p.id === 'A4')!;
    // On the grids January–August (8 months ≥ 6): Q1 and Q2 are 5 + 20 + 65 = 90; Q3 has no September row for her.
    expect(dung.evaluation.periods.map((p) => [p.period, p.total])).toEqual([
      [1, 90],
      [2, 90],
    ]);
    expect([dung.compared, dung.level]).toEqual([90, 'HTXSNV']);
    expect(dung.notes.some((n) => n.startsWith('Kỳ 3 không chấm'))).toBe(true);
  });
});

describe('all four KHTNV cases', () => {
  it('b and d from the year-end roster (d only for a leader), each cited; a and c as before', async () => {
    const { classifyYear } = await import('../src/core/classify.js');
    const { defaultRulebook } = await import('../src/core/rulebook.js');
    const { readRoster } = await import('../src/xlsx/read/roster-reader.js');
    const { writeFileSync } = await import('node:fs');
    const year = cleanYear([
      { id: 'A1', name: 'An' },
      { id: 'A2', name: 'Bình' },
      { id: 'A3', name: 'Cường' },
      { id: 'A4', name: 'Dũng' },
      { id: 'A5', name: 'Em' },
    ]);
    const path = join(dir, 'cuoi-nam-khtnv.csv');
    writeFileSync(
      path,
      [
        'Mã,Họ và tên,Chức vụ,Trường hợp KHTNV',
        'A1,An,Chủ tịch UBND,d',
        'A2,Bình,Công chức Tư pháp - Hộ tịch,b',
        'A3,Cường,Công chức Địa chính - Môi trường,d',
        'A4,Dũng,Phó Trưởng Công an xã,',
        'A5,Em,Công chức,có lẽ',
      ].join('\n'),
    );
    const c = classifyYear(year, defaultRulebook(), { roster: await readRoster(path) });
    expect(c.people.map((p) => [p.id, p.level, p.flags])).toEqual([
      ['A1', 'KHTNV', ['listed-case']],
      ['A2', 'KHTNV', ['listed-case']],
      ['A3', 'HTXSNV', []],
      ['A4', 'HTXSNV', []],
      ['A5', 'HTXSNV', []],
    ]);
    expect(c.people[0]!.notes.map((n) => n.key)).toEqual(['note.listedCaseD']);
    expect(c.people[1]!.notes.map((n) => n.key)).toEqual(['note.listedCaseB']);
    expect(c.problems.map((p) => [p.key, p.cell])).toEqual([
      ['roster.listedCaseNotLeader', 'D4'],
      ['roster.listedCaseUnknown', 'D6'],
    ]);
  });
});

describe('the bridge: tally --export', () => {
  it('one row per person and period, UTF-8 with BOM, the figures of Vũ Văn Quý worked by hand', async () => {
    const { readFileSync } = await import('node:fs');
    const { decodeCsv, parseCsv } = await import('../src/io/csv.js');
    const grids = Array.from({ length: 10 }, (_, i) => join(ROOT, 'fixtures', '2026', `thang-${String(i + 1).padStart(2, '0')}-2026.xlsx`));
    const out = join(dir, 'ket-qua-theo-ky.csv');
    const r = await run(['tally', ...grids, '--export', out, '--json']);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(decodeCsv(bytes)!);
    expect(header).toEqual([
      'Mã',
      'Họ và tên',
      'Chức vụ',
      'Kỳ',
      'Các tháng',
      'Điểm I.2 kỷ luật, kỷ cương',
      'Tối đa I.2',
      'Số lần trừ điểm',
      'Điểm trừ',
      'Tiêu chí chung khác',
      'Kết quả nhiệm vụ',
      'Tổng điểm kỳ',
      'Xếp loại kỳ',
      'Tạm tính',
      'Tính đến ngày',
    ]);
    // V (−60) and M (−10) in Q1, B (−30) in Q2; I.2 = 5 × kept / possible; the leader's 15 + 55, 16 + 58, 16 + 60.
    expect(rows.filter((row) => row[0] === 'HB03')).toEqual([
      [
        'HB03',
        'Vũ Văn Quý',
        'Công chức Văn phòng - Thống kê',
        'Q1-2026',
        '1 2 3',
        '3.83',
        '5',
        '2',
        '70',
        '15',
        '55',
        '73.83',
        'HTTNV',
        '',
        '',
      ],
      [
        'HB03',
        'Vũ Văn Quý',
        'Công chức Văn phòng - Thống kê',
        'Q2-2026',
        '4 5 6',
        '4.5',
        '5',
        '1',
        '30',
        '16',
        '58',
        '78.5',
        'HTTNV',
        '',
        '',
      ],
      ['HB03', 'Vũ Văn Quý', 'Công chức Văn phòng - Thống kê', 'Q3-2026', '7 8 9', '5', '5', '0', '0', '16', '60', '81', 'HTTNV', '', ''],
    ]);
    // Lê Thị Hạnh's second quarter is not evaluated: its total and level are empty.
    expect(rows.find((row) => row[0] === 'HB08' && row[3] === 'Q2-2026')!.slice(9, 13)).toEqual(['', '', '', '']);
  });
});

describe('scoring forms: Mẫu số 01 per person and period', () => {
  it("the form of Vũ Văn Quý for Q1 2026 read back: the maxima of the form, I.2 from the grid with its evidence, the leader's figures", async () => {
    const grids = [1, 2, 3].map((m) => join(ROOT, 'fixtures', '2026', `thang-0${m}-2026.xlsx`));
    const out = join(dir, 'phieu.xlsx');
    const r = await run(['forms', ...grids, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12 phiếu Mẫu số 01, kỳ Q1-2026');
    const ws = (await readBack(out)).worksheets[0]!;
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row) => rows.push(Array.from(row.values as (string | number | null)[], (v) => v ?? null).slice(1)));
    const start = rows.findIndex((row) => row[0] === 'Họ và tên: Vũ Văn Quý');
    const form = rows.slice(
      start,
      rows.findIndex((row, i) => i > start && typeof row[0] === 'string' && row[0].startsWith('Họ và tên:')),
    );
    const line = (criterion: string) => form.find((row) => row[1] === criterion)!;
    expect(line('Ý thức kỷ luật, kỷ cương trong thực thi công vụ').slice(2)).toEqual(['5', null, '3,83']);
    expect(line('Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ').slice(2, 3)).toEqual(['5']);
    expect(line('Tinh thần trách nhiệm trong thực thi công vụ').slice(2, 3)).toEqual(['2,5']);
    expect(line('Cộng các tiêu chí I.1, II, III (lãnh đạo chấm)').slice(2)).toEqual(['25', null, '15']);
    expect(line('Tổng điểm tiêu chí chung').slice(2)).toEqual(['30', null, '18,83']);
    expect(line('TỔNG ĐIỂM (I + II)').slice(2)).toEqual(['100', null, '73,83']);
    const texts = form.map((row) => row[0]).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Xếp loại: Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(texts).toContain('Điểm I.2 = 5 × (40 + 90 + 100) ÷ 300 = 3,83');
    expect(texts).toContain('- 05/01/2026: mã V, trừ 60 điểm (thang-01-2026.xlsx, ô I11)');
    expect(texts).toContain('- 02/02/2026: mã M, trừ 10 điểm (thang-02-2026.xlsx, ô F11)');
  });

  it('a period the rulebook does not have is wrong usage; grids without an evaluation section cannot make forms', async () => {
    const grids = [1, 2, 3].map((m) => join(ROOT, 'fixtures', '2026', `thang-0${m}-2026.xlsx`));
    expect((await run(['forms', ...grids, '--period', 'T03-2026', '-o', join(dir, 'x.xlsx')])).code).toBe(2);
    const r = await run(['forms', join(ROOT, 'fixtures', '2023', 'thang-01-2023.xlsx'), '-o', join(dir, 'y.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Mẫu số 01');
  });
});
