import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { METADATA_SHEET } from '../src/xlsx/formats/grid-metadata.js';
import { readGridFile } from '../src/xlsx/read/grid-reader.js';
import { dayCell, readBack, run, tempDir, writeGrid } from './helpers.js';

const rules = defaultRulebook();
let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function parse(path: string, month?: { year: number; month: number }) {
  return parseGrid(await readGridFile(path), rules, { month });
}

describe('init-month writes the grid of SPEC §3', () => {
  let ws: import('exceljs').Worksheet;
  let wb: import('exceljs').Workbook;
  beforeAll(async () => {
    const out = join(dir, 'feb.xlsx');
    const r = await run(['init-month', '--month', '2023-02', '--staff', 'fixtures/roster.csv', '-o', out]);
    expect(r.code).toBe(0);
    wb = await readBack(out);
    ws = wb.worksheets[0]!;
  });

  it('has the title rows with unit, year and month', () => {
    const texts = [1, 2, 3, 4, 5].flatMap((r) => ws.getRow(r).values as unknown[]).filter((v) => typeof v === 'string');
    expect(texts).toContain('ỦY BAN NHÂN DÂN XÃ HÀ BẮC');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('BẢNG DANH SÁCH CHẤM ĐIỂM HÀNG THÁNG ĐÁNH GIÁ CÁN BỘ, CÔNG CHỨC NĂM 2023');
    expect(texts).toContain('THÁNG 02 NĂM 2023');
  });

  it('has one header row with TT, Mã, Họ và tên, Chức vụ and days 1…31', () => {
    const header = ws.getRow(8);
    expect([1, 2, 3, 4].map((c) => header.getCell(c).value)).toEqual(['TT', 'Mã', 'Họ và tên', 'Chức vụ']);
    expect(Array.from({ length: 31 }, (_, i) => header.getCell(5 + i).value)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('greys and marks 29–31 February 2023 as not existing', () => {
    for (const col of ['AG', 'AH', 'AI']) {
      expect(ws.getCell(`${col}8`).note).toBeTruthy();
      expect(ws.getCell(`${col}7`).value).toBe('—');
      expect((ws.getCell(`${col}9`).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FF7F7F7F');
    }
    expect(ws.getCell('AF7').value).toBe('T3'); // 28/02/2023 is a Tuesday
  });

  it('shades weekends: 4 and 5 February 2023 are Saturday and Sunday', () => {
    expect(ws.getCell('H7').value).toBe('T7');
    expect(ws.getCell('I7').value).toBe('CN');
    for (const a of ['H9', 'I9', 'H20']) expect((ws.getCell(a).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFD9D9D9');
    expect((ws.getCell('G9').fill as { fgColor?: unknown } | undefined)?.fgColor).toBeUndefined();
  });

  it('formats every day cell as text and lists the staff in roster order with ids', () => {
    expect(ws.getCell('E9').numFmt).toBe('@');
    expect(ws.getCell('AI20').numFmt).toBe('@');
    expect(ws.getCell('C9').value).toBe('Nguyễn Thành Chân');
    expect(ws.getCell('B9').value).toBe('HB01');
    expect(ws.getCell('C20').value).toBe('Trần Thị Thủy Tiên');
  });

  it('puts the legend with every code, and the signature lines, under the grid', () => {
    const below: string[] = [];
    for (let r = 21; r <= ws.rowCount; r++) {
      // Merged cells repeat their text in every cell of the merge: one copy per row is enough.
      const texts = new Set((ws.getRow(r).values as unknown[]).filter((v): v is string => typeof v === 'string'));
      below.push(...texts);
    }
    const text = below.join('\n');
    for (const code of ['V:', 'VS:', 'VC:', 'M:', 'B:', 'H:', 'P:', 'Ô:', 'TS:', 'CT:', 'L:']) expect(text).toContain(code);
    expect(text).toContain('trừ 60 điểm');
    expect(text).toContain('NGƯỜI LẬP BIỂU');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).toContain('(Ký, ghi rõ họ tên)');
  });

  it('prints A4 landscape at a planned scale, on one page for twelve people (no header to repeat), panes frozen at the first day column', () => {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(false);
    // 31 day columns and the name columns on 842 pt of landscape A4: about two thirds.
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(55);
    expect(ws.pageSetup.scale).toBeLessThanOrEqual(75);
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 8 });
  });

  it('keeps metadata in a hidden sheet', () => {
    const meta = wb.getWorksheet(METADATA_SHEET)!;
    expect(meta.state).toBe('hidden');
    const values = Object.fromEntries(
      meta
        .getSheetValues()
        .slice(1)
        .map((r) => [(r as unknown[])[1], (r as unknown[])[2]]),
    );
    expect(values).toMatchObject({ formatVersion: 2, year: 2023, month: 2, unit: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC' });
    expect(String(values.staffIds).split('\n')).toHaveLength(12);
  });
});

describe('parsing a filled grid', () => {
  it('turns each cell into events with their source cell (March 2023)', async () => {
    // 1 March 2023 is a Wednesday; 6 March a Monday.
    const path = await writeGrid(dir, 'm.xlsx', { cells: { [dayCell(0, 1)]: 'V', [dayCell(1, 6)]: '2b, h', [dayCell(2, 7)]: 'VS+VC' } });
    const m = await parse(path);
    expect(m.ym).toEqual({ year: 2023, month: 3 });
    expect(m.problems).toEqual([]);
    expect(m.events.map((e) => [e.personId, e.date, e.code, e.count, e.source.cell])).toEqual([
      ['A1', '2023-03-01', 'V', 1, 'E9'],
      ['A2', '2023-03-06', 'B', 2, 'J10'],
      ['A2', '2023-03-06', 'H', 1, 'J10'],
      ['A3', '2023-03-07', 'VS', 1, 'K11'],
      ['A3', '2023-03-07', 'VC', 1, 'K11'],
    ]);
  });

  it('still reads the grid after a row is inserted above the header and a column after the names', async () => {
    const path = await writeGrid(dir, 'moved.xlsx', {
      cells: { [dayCell(1, 6)]: 'M' },
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.spliceRows(1, 0, ['Ghi chú của văn thư']);
        ws.spliceColumns(4, 0, []);
        ws.getCell('D9').value = 'Ghi chú';
      },
    });
    const m = await parse(path);
    expect(m.problems).toEqual([]);
    expect(m.events.map((e) => [e.personId, e.date, e.code, e.source.cell])).toEqual([['A2', '2023-03-06', 'M', 'K11']]);
  });

  it('rebuilds month and ids from the visible sheet when the metadata sheet is gone', async () => {
    const path = await writeGrid(dir, 'nometa.xlsx', {
      cells: { [dayCell(2, 1)]: 'H' },
      edit: (wb) => wb.removeWorksheet(wb.getWorksheet(METADATA_SHEET)!.id),
    });
    const m = await parse(path);
    expect(m.ym).toEqual({ year: 2023, month: 3 });
    expect(m.events.map((e) => [e.personId, e.date, e.code])).toEqual([['A3', '2023-03-01', 'H']]);
  });

  it('reports a code on a day the month does not have, and warns on a weekend deduction', async () => {
    const path = await writeGrid(dir, 'feb2.xlsx', {
      month: 2,
      cells: { [dayCell(0, 30)]: 'V', [dayCell(1, 4)]: 'M', [dayCell(2, 5)]: 'P' },
    });
    const m = await parse(path);
    expect(m.problems.map((p) => [p.severity, p.key, p.cell])).toEqual([
      ['error', 'grid.codeOnMissingDay', 'AH9'],
      ['warning', 'grid.deductionOnWeekend', 'H10'],
    ]);
  });

  it('warns on a deduction on a public holiday (1 May 2023)', async () => {
    const path = await writeGrid(dir, 'may.xlsx', { month: 5, cells: { [dayCell(0, 1)]: 'B' } });
    const m = await parse(path);
    expect(m.problems.map((p) => [p.key, p.cell])).toEqual([['grid.deductionOnHoliday', 'E9']]);
  });

  it('reports a metadata month that disagrees with the title', async () => {
    const path = await writeGrid(dir, 'conflict.xlsx', { edit: (wb) => (wb.worksheets[0]!.getCell('A5').value = 'THÁNG 04 NĂM 2023') });
    const m = await parse(path);
    expect(m.problems.map((p) => p.key)).toContain('grid.monthConflict');
  });

  it('reads a hand-made grid in the source plan layout with --month', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = 'UBND XÃ HÀ BẮC';
    ws.getCell('A2').value = 'BẢNG DANH SÁCH CHẤM ĐIỂM HÀNG THÁNG ĐÁNH GIÁ CÁN BỘ, CÔNG CHỨC NĂM 2023';
    ws.getCell('A3').value = 'THÁNG.....NĂM 2023';
    ws.getCell('A5').value = 'T T';
    ws.getCell('B5').value = 'Họ và tên';
    ws.mergeCells('A5:A6');
    ws.mergeCells('B5:B6');
    ws.getCell('C5').value = 'Ngày trong tháng';
    ws.mergeCells('C5:AG5');
    for (let d = 1; d <= 31; d++) ws.getCell(6, 2 + d).value = d;
    ws.getRow(7).values = [1, 'Nguyễn Thành Chân', 'M'];
    ws.getRow(8).values = [2, 'Tổng Văn Giang', null, 'V'];
    ws.getCell('A10').value = 'Cách chấm điểm:';
    ws.getCell('A11').value = 'V: nghỉ vô lý do';
    const path = join(dir, 'hand.xlsx');
    await wb.xlsx.writeFile(path);

    const without = await parse(path);
    expect(without.problems.map((p) => p.key)).toEqual(['grid.noMonth']);
    const m = await parse(path, { year: 2023, month: 3 });
    expect(m.problems).toEqual([]);
    expect(m.staff.map((s) => s.name)).toEqual(['Nguyễn Thành Chân', 'Tổng Văn Giang']);
    expect(m.events.map((e) => [e.date, e.code, e.source.cell])).toEqual([
      ['2023-03-01', 'M', 'C7'],
      ['2023-03-02', 'V', 'D8'],
    ]);
    expect(m.staff[0]!.hasOwnId).toBe(false);
  });

  it('gives two same-named people without ids an error that asks for ids', async () => {
    const path = await writeGrid(dir, 'twins.xlsx', {
      staff: [{ name: 'Lê Văn A' }, { name: 'Lê  Văn A ' }],
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.getCell('B9').value = null;
        ws.getCell('B10').value = null;
      },
    });
    const m = await parse(path);
    expect(m.problems.map((p) => [p.key, p.cell])).toEqual([['staff.duplicateName', 'C10']]);
  });

  it('stops two people without ids whose generated ids are the same, rather than add up their marks', async () => {
    // Found by search: both keys hash to c5018cd0 with 32-bit FNV-1a, the generated id of a name.
    const path = await writeGrid(dir, 'clash.xlsx', {
      staff: [{ name: 'Nguyễn Văn Hữu Hiếu Hạnh' }, { name: 'Nguyễn Đức Hồng Phong Hải' }],
      cells: { [dayCell(0, 1)]: 'M', [dayCell(1, 2)]: 'V' },
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.getCell('B9').value = null;
        ws.getCell('B10').value = null;
      },
    });
    const m = await parse(path);
    expect(m.staff.map((s) => s.id)).toEqual(['~c5018cd0']);
    expect(m.problems.map((p) => [p.severity, p.key, p.cell, p.params.other])).toEqual([['error', 'staff.derivedIdClash', 'C10', 9]]);
    // Only the first person's mark stands; the second's is not added to it.
    expect(m.events.map((e) => [e.code, e.source.cell])).toEqual([['M', dayCell(0, 1)]]);
  });

  it('warns at a TT that is no row number when the row has a Mã, and takes 2. and 3) as numbers', async () => {
    const path = await writeGrid(dir, 'tt.xlsx', { cells: { A9: '1a', A10: '2.', A11: '3)' } });
    const m = await parse(path);
    expect(m.staff.map((s) => s.id)).toEqual(['A1', 'A2', 'A3']);
    expect(m.problems.map((p) => [p.severity, p.key, p.cell, p.params.tt])).toEqual([['warning', 'grid.ttNotNumber', 'A9', '1a']]);
  });

  it('reports the exact cells of non-text values', async () => {
    const path = await writeGrid(dir, 'values.xlsx', {
      cells: { [dayCell(0, 1)]: 2, [dayCell(0, 2)]: new Date(Date.UTC(2023, 2, 2)), [dayCell(0, 3)]: { error: '#N/A' } as never },
      // Excel turns "2/3" into a date only in a cell whose format it changed to a date format.
      edit: (wb) => (wb.worksheets[0]!.getCell(dayCell(0, 2)).numFmt = 'dd/mm/yyyy'),
    });
    const m = await parse(path);
    expect(m.problems.map((p) => [p.key, p.cell])).toEqual([
      ['cell.number', 'E9'],
      ['cell.date', 'F9'],
      ['cell.error', 'G9'],
    ]);
  });
});
