import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formsOf } from '../src/core/forms.js';
import { parseGrid } from '../src/core/grid.js';
import { letterheadFor } from '../src/core/letterhead.js';
import { PRESETS } from '../src/core/rulebook.js';
import { tallyYear } from '../src/core/year.js';
import { readFilledForms } from '../src/xlsx/read/form-reader.js';
import { openWorkbookView } from '../src/xlsx/read/grid-reader.js';
import { FORM_SHEET_ROWS, writeFormsFile } from '../src/xlsx/write/forms-writer.js';
import { readBack, run, tempDir, writeGrid } from './helpers.js';

/**
 * Mẫu số 01 as input (issue 26): the leader scores each row of the form (column 5) and the person
 * their own (column 4); read back, the tool adds every heading and total, checks each row's
 * maximum, keeps I.2 from the grid, and the classification takes the figures. Worked by hand below.
 */

const rules = PRESETS['nd335-2025']();
const CRITERIA = {
  'I.1': 'Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ',
  'II.1': 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm',
  'II.2': 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao thường xuyên, đột xuất',
  'II.3': 'Tinh thần trách nhiệm trong thực thi công vụ',
  'II.4': 'Thái độ phục vụ người dân, doanh nghiệp và khả năng phối hợp với đồng nghiệp',
  III: 'Năng lực đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung trong thực thi công vụ',
  task: 'Số lượng, chất lượng, tiến độ sản phẩm được giao (theo tỷ lệ %; trừ 25% số điểm chất lượng hoặc tiến độ của sản phẩm cho mỗi lần không đạt yêu cầu hoặc chậm)',
} as const;

let dir: string;
let grids: string[];
let blank: string;

/** Fills the rows of one person's form: [own, leader] per criterion. */
async function fill(
  from: string,
  to: string,
  scores: Record<string, Partial<Record<keyof typeof CRITERIA, [number | string, number | string]>>>,
) {
  const wb = await readBack(from);
  const ws = wb.worksheets[0]!;
  let person = '';
  ws.eachRow((row) => {
    const a = row.getCell(1).value;
    if (typeof a === 'string' && a.startsWith('Họ và tên: ')) person = a.slice('Họ và tên: '.length);
    const b = row.getCell(2).value;
    for (const [key, words] of Object.entries(CRITERIA)) {
      const given = scores[person]?.[key as keyof typeof CRITERIA];
      if (b === words && given) {
        row.getCell(4).value = given[0];
        row.getCell(5).value = given[1];
      }
    }
  });
  await wb.xlsx.writeFile(to);
}

const texts = async (file: string) =>
  // The sheet's rows are sparse: Array.from fills the holes, so every row is an array.
  Array.from((await readBack(file)).worksheets[0]!.getSheetValues(), (row) =>
    Array.from({ length: 5 }, (_, i) => (Array.isArray(row) ? (row[i + 1] ?? null) : null)),
  );

beforeAll(async () => {
  dir = tempDir();
  grids = [];
  for (const month of [1, 2, 3])
    grids.push(await writeGrid(dir, `thang-0${month}-2026.xlsx`, { year: 2026, month, rules, cells: month === 2 ? { F9: 'V' } : {} }));
  blank = join(dir, 'phieu.xlsx');
  expect((await run(['forms', ...grids, '--period', 'Q1-2026', '--date', '31/03/2026', '-o', blank])).code).toBe(0);
});

describe('the leader scores each row of Mẫu số 01', () => {
  it('the tool adds up every heading and total, both columns; the classification takes them', async () => {
    const filled = join(dir, 'phieu-da-cham.xlsx');
    await fill(blank, filled, {
      // An: leader 4,5 + 2,5 + 2 + 2,5 + 2 + 8 = 21,5 (typed as text with a comma for I.1), task 65; own 5 + 2,5 × 4 + 9 = 24, task 68.
      'Nguyễn Văn An': {
        'I.1': [5, '4,5'],
        'II.1': [2.5, 2.5],
        'II.2': [2.5, 2],
        'II.3': [2.5, 2.5],
        'II.4': [2.5, 2],
        III: [9, 8],
        task: [68, 65],
      },
      'Trần Thị Bình': {
        'I.1': [5, 5],
        'II.1': [2.5, 2.5],
        'II.2': [2.5, 2.5],
        'II.3': [2.5, 2.5],
        'II.4': [2.5, 2.5],
        III: [10, 10],
        task: [70, 70],
      },
    });
    const done = join(dir, 'phieu-xong.xlsx');
    const r = await run(['forms', ...grids, '--period', 'Q1-2026', '--date', '31/03/2026', '--filled', filled, '-o', done]);
    expect(r.code, r.stderr).toBe(0);
    const rows = await texts(done);
    const start = rows.findIndex((row) => row[0] === 'Họ và tên: Nguyễn Văn An');
    const line = (words: string) =>
      rows
        .slice(start)
        .find((row) => row[1] === words)!
        .slice(2);
    // An's February V (−60): I.2 = 5 × (100 + 40 + 100) / 300 = 4.
    expect(line('Ý thức kỷ luật, kỷ cương trong thực thi công vụ')).toEqual(['5', null, '4']);
    expect(
      line('Phẩm chất chính trị, phẩm chất đạo đức, văn hóa thực thi công vụ và ý thức kỷ luật, kỷ cương trong thực thi công vụ'),
    ).toEqual(['10', null, '8,5']);
    expect(line(CRITERIA['I.1'])).toEqual(['5', '5', '4,5']);
    expect(line('Cộng các tiêu chí I.1, II, III (lãnh đạo chấm)')).toEqual(['25', '24', '21,5']);
    // Own: I.2 is the grid's only in the leader's column, so the person's general total waits for their I.2.
    expect(line('Tổng điểm tiêu chí chung')).toEqual(['30', null, '25,5']);
    expect(line('TỔNG ĐIỂM (I + II)')).toEqual(['100', null, '90,5']);
    const all = rows.flat().filter((v): v is string => typeof v === 'string');
    expect(all).toContain('Xếp loại: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)');

    const c = await run(['classify', ...grids, '--date', '31/03/2026', '--filled', filled, '--allow-missing-evaluations', '--json']);
    const staff = JSON.parse(c.stdout).staff as { name: string; evaluation: { yearScore: number | null } }[];
    // Bình: 5 + 25 + 70 = 100; An 90,5; Cường not scored yet.
    expect(staff.map((p) => [p.name, p.evaluation.yearScore])).toEqual([
      ['Nguyễn Văn An', 90.5],
      ['Trần Thị Bình', 100],
      ['Lê Văn Cường', null],
    ]);
  });

  it('a row over its maximum, text, and I.2 changed by hand stop at their cells', async () => {
    const filled = join(dir, 'phieu-sai.xlsx');
    await fill(blank, filled, { 'Nguyễn Văn An': { 'I.1': [5, 6], 'II.1': [2.5, 'tốt'] } });
    const wb = await readBack(filled);
    const ws = wb.worksheets[0]!;
    let i2 = '';
    let seen = false;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'Họ và tên: Nguyễn Văn An') seen = true;
      if (seen && !i2 && row.getCell(2).value === 'Ý thức kỷ luật, kỷ cương trong thực thi công vụ') {
        row.getCell(5).value = 5;
        i2 = `E${n}`;
      }
    });
    await wb.xlsx.writeFile(filled);
    const r = await run(['forms', ...grids, '--period', 'Q1-2026', '--filled', filled, '-o', join(dir, 'x.xlsx'), '--json']);
    expect(r.code).toBe(1);
    const errors = (JSON.parse(r.stdout).problems as { severity: string; cell: string; message: string }[]).filter(
      (p) => p.severity === 'error',
    );
    expect(errors.map((e) => e.message.split(':')[0])).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(errors.some((e) => e.cell === i2 && e.message.includes('I.2'))).toBe(true);
    expect(errors.some((e) => e.message.includes('vượt điểm tối đa 5'))).toBe(true);
    expect(errors.some((e) => e.message.includes('"tốt"'))).toBe(true);
  });
});

describe('a form read twice', () => {
  it('a sheet copied in Excel, or the same period in two files, is an error at the second form, never a silent choice', async () => {
    const filled = join(dir, 'phieu-hai-lan.xlsx');
    await fill(blank, filled, { 'Nguyễn Văn An': { 'I.1': [5, 4] } });
    // Excel's "Move or Copy…" names the copy "Phiếu đánh giá (2)": the values of every row copied.
    const wb = await readBack(filled);
    const original = wb.worksheets[0]!;
    const copy = wb.addWorksheet('Phiếu đánh giá (2)');
    original.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        copy.getCell(n, c).value = cell.value;
      });
    });
    await wb.xlsx.writeFile(filled);
    const nameRows = (await texts(filled)).flatMap((row, n) => (String(row[0]).startsWith('Họ và tên: ') ? [`A${n}`] : []));
    const copied = await run(['classify', ...grids, '--date', '31/03/2026', '--filled', filled, '--allow-missing-evaluations', '--json']);
    expect(copied.code).toBe(1);
    const twice = (r: typeof copied) =>
      (JSON.parse(r.stdout).problems as { sheet: string; cell: string; message: string }[])
        .filter((p) => p.message.includes('có hai phiếu'))
        .map((p) => [p.sheet, p.cell, p.message.split(',')[0]]);
    expect(twice(copied)).toEqual([
      ['Phiếu đánh giá (2)', nameRows[0], 'Nguyễn Văn An'],
      ['Phiếu đánh giá (2)', nameRows[1], 'Trần Thị Bình'],
      ['Phiếu đánh giá (2)', nameRows[2], 'Lê Văn Cường'],
    ]);
    // The blank forms given again beside the filled ones: the same three, on the second file's sheet.
    const again = await run(['classify', ...grids, '--date', '31/03/2026', '--filled', blank, '--filled', blank, '--json']);
    expect(twice(again).map(([sheet, , name]) => [sheet, name])).toEqual([
      ['Phiếu đánh giá', 'Nguyễn Văn An'],
      ['Phiếu đánh giá', 'Trần Thị Bình'],
      ['Phiếu đánh giá', 'Lê Văn Cường'],
    ]);
  });
});

describe('a unit whose forms pass one sheet', () => {
  it('goes on on numbered sheets under the row limit, and every form on them is read back', async () => {
    // 420 people's year in four quarters: 1,680 forms, past FORM_SHEET_ROWS rows on one sheet.
    const people = Array.from({ length: 420 }, (_, k) => ({ id: `P${k + 1}`, name: `Người Số ${k + 1}` }));
    const months = Array.from({ length: 12 }, (_, i) =>
      parseGrid(
        {
          file: `thang-${i + 1}.xlsx`,
          sheet: 'S',
          titleLines: [`THÁNG ${i + 1} NĂM 2026`],
          rows: people.map((p, k) => ({ row: 9 + k, id: p.id, name: p.name, nameCell: `C${9 + k}` as never, days: [] })),
          problems: [],
        },
        rules,
      ),
    );
    const year = tallyYear(months, rules, undefined, '2026-12-31');
    const forms = formsOf(year, rules, { kind: 'year' });
    expect(forms).toHaveLength(1680);
    const out = join(tempDir(), 'mau-01-2026.xlsx');
    const letterhead = letterheadFor(rules.unit, '2026-01-01').head;
    await writeFormsFile(forms, { rules, letterhead, year: 2026 }, out);
    const view = await openWorkbookView(out);
    const sheets = view.sheets.map((s) => [s.name, s.rowCount > FORM_SHEET_ROWS / 2 && s.rowCount < 60_000]);
    expect(sheets).toEqual([
      ['Phiếu đánh giá', true],
      ['Phiếu đánh giá (2)', false],
    ]);
    const read = await readFilledForms(out, rules, 2026);
    expect(read.problems).toEqual([]);
    // Every form, in order: the first person's four quarters first, the last person's last.
    expect(read.forms).toHaveLength(1680);
    expect([read.forms[0], read.forms.at(-1)].map((f) => [f?.name, f?.period, f?.sheet])).toEqual([
      ['Người Số 1', 1, 'Phiếu đánh giá'],
      ['Người Số 420', 4, 'Phiếu đánh giá (2)'],
    ]);
  });
});
