import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Classification, classifyYear } from '../src/core/classify.js';
import { type ParsedMonth, parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { tallyYear, type YearResult, YearTally } from '../src/core/year.js';
import { readGridFile } from '../src/xlsx/read/grid-reader.js';
import { readRoster } from '../src/xlsx/read/roster-reader.js';
import { ROOT } from './helpers.js';

/**
 * Expected figures computed by hand from the plan in fixtures/make-fixtures.mjs
 * (V 60, VS 30, VC 30, M 10, B 30, H 10; 100 a month).
 */
const EXPECTED: Record<string, { total: number; level: string | null; flags?: string[] }> = {
  'Nguyễn Thành Chân': { total: 1200, level: 'HTXSNV' },
  'Tổng Văn Giang': { total: 1200 - 3 * 10, level: 'KHTNV', flags: ['discipline-cap'] },
  'Vũ Văn Quý': { total: 1200 - (3 * 60 + 30 + 2 * 30 + 3 * 10 + 3 * 10), level: 'HTTNV', flags: ['gap'] },
  'Nguyễn Xuân Thảo': { total: 1200 - (4 * 60 + 4 * 30 + 4 * 10), level: 'HTTNV' },
  'Nguyễn Hữu Mậu': { total: 1200 - (6 * 60 + 2 * 30 + 3 * 30 + 4 * 10), level: 'HTNV' },
  'Trần Văn Việt': { total: 1200 - (10 * 60 + 2 * 30 + 30 + 2 * 30), level: 'KHTNV' },
  'Trần Thu Thủy': { total: 1200 - 2 * 10, level: 'HTXSNV', flags: ['under-six-months'] },
  'Lê Thị Hạnh': { total: 1200 - 30, level: 'HTXSNV' },
  'Trần Văn Khải': { total: 600 - 20, level: 'HTXSNV', flags: ['partial-year'] },
  'Trần Tiến Hưng': { total: 1200 - (2 * 60 + 4 * 60 + 2 * 30 + 2 * 10), level: 'HTTNV' },
  'Lê Thị Lý': { total: 1200 - (5 * 60 + 4 * 30), level: 'HTTNV' },
  'Trần Thị Thủy Tiên': { total: 1200 - (6 * 10 + 6 * 10), level: 'HTXSNV' },
};

const rules = defaultRulebook();
let year: YearResult;
let result: Classification;
let monthsRead: ParsedMonth[];

beforeAll(async () => {
  const dir = join(ROOT, 'fixtures', '2023');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(dir, f));
  const months = await Promise.all(files.map(async (f) => parseGrid(await readGridFile(f), rules)));
  monthsRead = months;
  year = tallyYear(months, rules);
  result = classifyYear(year, rules, { roster: await readRoster(join(ROOT, 'fixtures', 'roster-cuoi-nam.csv')) });
});

describe('the fixture year 2023', () => {
  it('has twelve months and no errors', () => {
    expect(year.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(year.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('totals every person as computed by hand', () => {
    expect(Object.fromEntries(year.staff.map((p) => [p.name, p.total]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([n, e]) => [n, e.total])),
    );
  });

  it('classifies every person as computed by hand', () => {
    expect(Object.fromEntries(result.people.map((p) => [p.name, p.level]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([n, e]) => [n, e.level])),
    );
    for (const p of result.people) expect([...p.flags].sort()).toEqual([...(EXPECTED[p.name]!.flags ?? [])].sort());
  });

  it('scores Trần Thu Thủy on the five months she worked before maternity leave', () => {
    const thuy = result.people.find((p) => p.name === 'Trần Thu Thủy')!;
    expect(thuy.monthsWorked).toEqual([1, 2, 3, 4, 5]);
    expect(thuy.compared).toBe(((500 - 20) * 12) / 5);
  });

  it('counts Trần Văn Khải from July and reports his missing months', () => {
    const khai = year.staff.find((p) => p.name === 'Trần Văn Khải')!;
    expect(khai.monthsPresent).toBe(6);
    expect(year.problems.map((p) => p.key)).toContain('staff.partialMonths');
  });

  it('sums the summary by hand: 5 HTXSNV, 4 HTTNV, 1 HTNV, 2 KHTNV; 6 people with unexcused absence', () => {
    expect(result.summary.counts).toEqual({ HTXSNV: 5, HTTNV: 4, HTNV: 1, KHTNV: 2, unclassified: 0 });
    expect(result.summary.shareGoodOrAbove).toBe(0.75);
    expect(result.summary.cchcTargetMet).toBe(false);
    expect(result.summary.unexcusedAbsencePeople).toBe(6);
    expect(result.summary.quota.holds).toBe(false);
  });

  it('traces every deducted point to a cell', () => {
    const deducted = year.staff.reduce((n, p) => n + p.deducted, 0);
    expect(year.deductions.reduce((n, d) => n + d.points, 0)).toBe(deducted);
    expect(year.deductions.every((d) => /^[A-Z]+\d+$/u.test(d.source.cell))).toBe(true);
  });

  it('lists no deductions when asked not to (a --json run), every figure the same', async () => {
    const tally = new YearTally(rules, undefined, undefined, false);
    const months = [...monthsRead].sort((a, b) => a.ym.month - b.ym.month);
    for (const m of months) tally.fold(m);
    for (const m of monthsRead) tally.record(m);
    const unlisted = tally.result();
    expect(unlisted.deductions).toEqual([]);
    // The fixture's year has deductions: the list above is not empty by accident.
    expect(year.deductions.length).toBeGreaterThan(50);
    expect(JSON.stringify({ ...unlisted, deductions: undefined })).toBe(JSON.stringify({ ...year, deductions: undefined }));
  });
});
