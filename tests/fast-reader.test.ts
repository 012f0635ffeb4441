import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { readGridFile, readGridFromWorkbook } from '../src/xlsx/grid-reader.js';
import { isDateFormat } from '../src/xlsx/package-reader.js';
import { decodeEntities } from '../src/xlsx/xml-bytes.js';
import { dayCell, ROOT, tempDir, writeGrid } from './helpers.js';

/**
 * The fast reader (zip + byte tokenizer) must give exactly what the plain path (exceljs loads the
 * workbook) gives, on every kind of file: the RawGrid is compared whole, cell by cell.
 */

async function plain(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readGridFromWorkbook(wb, file);
}

async function expectSameGrid(file: string): Promise<void> {
  const fast = await readGridFile(file);
  expect(fast).toEqual(await plain(file));
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('fast reader = exceljs reader', () => {
  const fixtures = readdirSync(join(ROOT, 'fixtures', '2023')).map((f) => join(ROOT, 'fixtures', '2023', f));

  it.each(fixtures)('on fixture %s', async (file) => {
    await expectSameGrid(file);
  });

  it('on grids generated at scale by the benchmark generator (every code, counts, combinations)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { generate } = await import('../bench/generate.mjs');
    const data = (await generate(400, join(dir, 'bench'))) as { files: string[]; cells: number };
    expect(data.cells).toBeGreaterThan(2000);
    for (const file of [data.files[0]!, data.files[6]!]) await expectSameGrid(file);
  });

  it('on every kind of cell value another writer can leave', async () => {
    const file = await writeGrid(dir, 'values.xlsx', {
      cells: {
        [dayCell(0, 1)]: 'M',
        [dayCell(0, 2)]: { richText: [{ text: 'V' }, { text: 'S', font: { bold: true } }] },
        [dayCell(0, 3)]: { formula: '"B"', result: 'B' } as ExcelJS.CellFormulaValue,
        [dayCell(0, 4)]: { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue,
        [dayCell(0, 5)]: 2,
        [dayCell(1, 1)]: new Date(Date.UTC(2023, 2, 5)),
        [dayCell(1, 2)]: true,
        [dayCell(1, 3)]: { error: '#N/A' } as ExcelJS.CellErrorValue,
        [dayCell(1, 4)]: 'A & B <c> "d"',
        [dayCell(1, 5)]: 'dòng 1\r\ndòng 2',
        [dayCell(2, 1)]: { text: 'H', hyperlink: 'https://example.org' },
        [dayCell(2, 2)]: '   ',
        [dayCell(2, 3)]: 'Ô',
      },
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.getCell(dayCell(1, 1)).numFmt = 'dd/mm/yyyy';
        ws.getCell(dayCell(0, 5)).numFmt = '0.00';
        ws.mergeCells(`${dayCell(2, 5)}:${dayCell(2, 7)}`);
        ws.getCell(dayCell(2, 5)).value = 'M';
      },
    });
    await expectSameGrid(file);
    const m = parseGrid(await readGridFile(file), defaultRulebook());
    expect(m.problems.map((p) => [p.key, p.cell])).toEqual(
      expect.arrayContaining([
        ['cell.date', 'E10'],
        ['cell.number', 'I9'],
        ['cell.boolean', 'F10'],
        ['cell.error', 'G10'],
        ['cell.error', 'H9'],
      ]),
    );
  });

  it('on a hand-made grid: renamed and hidden sheets, a sheet before the grid, no metadata', async () => {
    const file = await writeGrid(dir, 'hand.xlsx', {
      cells: { [dayCell(1, 2)]: 'H' },
      edit: (wb) => {
        wb.worksheets[0]!.name = 'Chấm điểm';
        wb.removeWorksheet(wb.getWorksheet('_scoring')!.id);
        const hidden = wb.addWorksheet('Cũ', { state: 'hidden' });
        hidden.getCell('C8').value = 'Họ và tên';
        const notes = wb.addWorksheet('Ghi chú');
        notes.getCell('A1').value = 'Ghi chú';
        (notes as unknown as { orderNo: number }).orderNo = -1;
      },
    });
    await expectSameGrid(file);
  });

  it('decodes text as an XML parser does: references and line ends', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;&apos; &#7889; &#x1EA1;')).toBe('a & b <c> "\' ố ạ');
    expect(decodeEntities('x\r\ny\rz')).toBe('x\ny\nz');
    expect(decodeEntities('&unknown; stays')).toBe('&unknown; stays');
  });

  it('treats as dates the number formats exceljs treats as dates', async () => {
    const utils = (await import('exceljs/lib/utils/utils.js' as string)) as { default: { isDateFmt(f: string): boolean } };
    for (const format of [
      'dd/mm/yyyy',
      'mm-dd-yy',
      'h:mm AM/PM',
      '[$-42A]dd/mm/yyyy',
      '"ngày" d',
      '0.00',
      '@',
      'General',
      '#,##0',
      '[Red]0',
    ]) {
      expect(isDateFormat(format)).toBe(utils.default.isDateFmt(format));
    }
  });
});
