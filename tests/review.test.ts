import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultReview, overallLevel, readLevel, reviewItems } from '../src/core/review.js';
import { openWorkbookView } from '../src/xlsx/read/grid-reader.js';
import { ROOT, run, tempDir } from './helpers.js';

/**
 * Issue 30: "5 xây, 3 chống". The blank sheet of a period, filled the way a clerk fills it (Excel
 * saves it again), read back with every cell accounted for, and the unit's report with the
 * committee's notes. Expected levels are worked out by hand from the rule: Tốt when at least 80 %
 * of the criteria are Tốt and none is Yếu; Khá when 80 % are Khá or better and none is Yếu.
 */

const ROSTER = join(ROOT, 'fixtures', 'roster.csv');
const ITEMS = reviewItems(defaultReview());

async function blank(dir: string, period = 'H2-2026'): Promise<string> {
  const r = await run(['init-review', '--period', period, '--staff', ROSTER, '--json'], { cwd: dir });
  expect(r.code).toBe(0);
  return join(dir, JSON.parse(r.stdout).written);
}

/** Fills every rating cell with `level(row index, item id, rater)`; null leaves it blank. */
async function fill(
  file: string,
  level: (i: number, item: string, rater: string) => string | null,
  edit?: (ws: ExcelJS.Worksheet) => void,
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Đánh giá')!;
  for (let i = 0; i < 12; i++)
    for (let c = 5; c < 5 + ITEMS.length * 2; c++) {
      const value = level(i, String(ws.getCell(7, c).value), String(ws.getCell(8, c).value));
      if (value !== null) ws.getCell(9 + i, c).value = value;
    }
  edit?.(ws);
  await wb.xlsx.writeFile(file);
}

describe('the review sheet', () => {
  it('has a drop-down of the levels in every rating cell, a column per rater, and the criteria on a second sheet', async () => {
    const file = await blank(tempDir());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Đánh giá')!;
    // 14 columns of the source's criteria (A.I and A.II rated as a whole), each for CN and LĐ.
    expect(ITEMS.map((i) => i.id)).toEqual([
      'A.I',
      'A.II',
      'A.II.3',
      'A.III.1',
      'A.III.2',
      'A.IV.1',
      'A.IV.2',
      'A.V.1',
      'B.I.1',
      'B.I.2',
      'B.II.1',
      'B.II.1b',
      'B.III.1',
      'B.III.2',
    ]);
    expect([ws.getCell(8, 5).value, ws.getCell(8, 6).value]).toEqual(['CN', 'LĐ']);
    expect(ws.getCell(9, 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"Tốt,Khá,Trung bình,Yếu"'] });
    expect(ws.getCell(20, 5 + 27).dataValidation?.type).toBe('list');
    expect(String(ws.getCell(7, 7).note ?? '')).toContain('CHUYÊN NGHIỆP');
    expect(wb.getWorksheet('Tiêu chí')).toBeDefined();
  });
});

describe('the review on Mẫu số 01', () => {
  it('shows the leader’s ratings beside the general criteria only where the rulebook maps them', async () => {
    const dir = tempDir();
    const fixtures = join(ROOT, 'fixtures', '2026');
    const base = JSON.parse(readFileSync(join(fixtures, 'quy-che-nd335.json'), 'utf8'));
    const file = await blank(dir, 'H2-2026');
    await fill(file, (_i, item, rater) => (rater === 'LĐ' && item === 'A.IV.1' ? 'Khá' : 'Tốt'));
    const grids = readdirSync(fixtures)
      .filter((f) => /^thang-(10|11|12)-2026\.xlsx$/u.test(f))
      .map((f) => join(fixtures, f));
    const formsText = async (rules: object, name: string) => {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(rules));
      const out = join(dir, `${name}.xlsx`);
      const r = await run(['forms', ...grids, '--rules', join(dir, `${name}.json`), '--period', 'Q4-2026', '--review', file, '-o', out], {
        cwd: dir,
      });
      const view = await openWorkbookView(out);
      const ws = view.sheets[0]!;
      const lines: string[] = [];
      for (let row = 1; row <= ws.rowCount; row++) for (const c of ws.cells(row).values()) lines.push(String(c.value ?? ''));
      return { r, text: lines.join('\n') };
    };
    const off = await formsText(base, 'off');
    expect(off.r.stderr).toContain('quy chế chưa ghép tiêu chí');
    expect(off.text).not.toContain('5 xây, 3 chống');
    const on = await formsText({ ...base, review: { ...defaultReview(), formRows: { 'I.1': ['A.IV.1', 'A.IV.2'] } } }, 'on');
    expect(on.text).toContain('Đánh giá "5 xây, 3 chống" (lãnh đạo), làm căn cứ: I.1: A.IV.1 Khá, A.IV.2 Tốt (H2-2026).');
  });
});

describe('reading the filled sheets', () => {
  it('reads levels however typed, gives the overall level by the rule, and notes a leader who rated everyone alike', async () => {
    const dir = tempDir();
    const file = await blank(dir);
    const spellings = ['Tốt', 'tot', 'TỐT', 'Tốt'.normalize('NFD'), ' t '];
    await fill(file, (i, _item, rater) => (rater === 'LĐ' ? 'Tốt' : spellings[i % spellings.length]!));
    const r = await run(['review', file, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const [period] = JSON.parse(r.stdout).periods;
    expect(period.people.map((p: { overall: string }) => p.overall)).toEqual(Array(12).fill('Tốt'));
    expect(period.counts['A.IV.1']).toEqual({ Tốt: 12, Khá: 0, 'Trung bình': 0, Yếu: 0 });
    expect(period.notes.map((n: { key: string }) => n.key)).toContain('review.noteLeaderSame');
  });

  it('applies the overall rule at its edge: 12 of 14 Tốt is Tốt, 11 of 14 is Khá, one Yếu is never Tốt', async () => {
    const rules = defaultReview();
    const of = (good: number, other: string) => [...Array(good).fill('Tốt'), ...Array(14 - good).fill(other)];
    expect(overallLevel(rules, of(12, 'Khá'))).toBe('Tốt');
    expect(overallLevel(rules, of(11, 'Khá'))).toBe('Khá');
    expect(overallLevel(rules, of(13, 'Yếu'))).toBe('Trung bình');
    expect(overallLevel(rules, of(11, 'Yếu'))).toBe('Yếu');
    expect(readLevel('TB', rules.levels)).toBe('Trung bình');
    expect(readLevel('Giỏi', rules.levels)).toBeUndefined();
  });

  it('stops at a misspelt level, an added column, a person twice or missing, each at its cell', async () => {
    const dir = tempDir();
    const file = await blank(dir);
    await fill(
      file,
      (i, item, rater) => (i === 2 && item === 'A.III.1' && rater === 'LĐ' ? 'Giỏi' : 'Khá'),
      (ws) => {
        ws.getCell(7, 33).value = 'Ghi chú';
        ws.getCell(12, 33).value = 'tốt lắm';
        // A.III.1 is the 4th criterion: columns K (CN) and L (LĐ). The last person's row replaced by a copy of the first's: one twice, one missing.
        ws.getCell(20, 2).value = 'HB01';
        ws.getCell(20, 3).value = 'Nguyễn Thành Chân';
      },
    );
    const r = await run(['review', file], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Đánh giá › L11: Vũ Văn Quý: "Giỏi" không phải mức đánh giá/u);
    expect(r.stderr).toContain('Đánh giá › AG12: "tốt lắm" ở cột "Ghi chú"');
    expect(r.stderr).toContain('Đánh giá › C20: Nguyễn Thành Chân có hai dòng');
    expect(r.stderr).toContain('Trần Thị Thủy Tiên có trong phiếu gốc');
  });

  it('notes a self-rating far from the leader’s, and reports two half-years side by side', async () => {
    const dir = tempDir();
    const h1 = await blank(dir, 'H1-2026');
    const h2 = await blank(dir, 'H2-2026');
    await fill(h1, () => 'Khá');
    await fill(h2, (i, item, rater) => (i === 0 && item === 'B.I.1' ? (rater === 'CN' ? 'Tốt' : 'Yếu') : 'Khá'));
    const r = await run(['review', h1, h2, '--json', '-o', join(dir, 'bao-cao.xlsx')], { cwd: dir });
    expect(r.code).toBe(0);
    const periods = JSON.parse(r.stdout).periods;
    expect(periods.map((p: { period: string }) => p.period)).toEqual(['H1-2026', 'H2-2026']);
    expect(periods[1].weak).toEqual([{ name: 'Nguyễn Thành Chân', items: ['B.I.1'] }]);
    expect(periods[1].notes).toContainEqual({ key: 'review.noteSelfFar', params: { name: 'Nguyễn Thành Chân', criteria: 'B.I.1' } });
    expect(periods[1].counts['B.I.1']).toEqual({ Tốt: 0, Khá: 11, 'Trung bình': 0, Yếu: 1 });
  });
});
