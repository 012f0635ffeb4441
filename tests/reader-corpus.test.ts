import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { openWorkbookView, readGridFile } from '../src/xlsx/read/grid-reader.js';
import { isDateFormat } from '../src/xlsx/read/package-reader.js';
import { ascii, decodeEntities, indexOfBytes, lastIndexOfBytes, visitXml } from '../src/xlsx/read/xml-bytes.js';
import { readZipEntry, zipEntries } from '../src/xlsx/read/zip-reader.js';
import { dayCell, tempDir, writeGrid } from './helpers.js';

/**
 * The reader against files as writers save them, each with the grid worked out by hand: our own
 * writer with every kind of value another program leaves in a cell, hand-made minimal packages
 * (inline strings, no styles, no shared strings), the .NET SDK's prefixed XML, and the zip and XML
 * readers' edge cases. openpyxl's and LibreOffice's files are read in other-writers.test.ts and
 * libreoffice.test.ts (they need those programs).
 */

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('every kind of cell value', () => {
  it('reads what each value is, and says at its cell what is not a mark', async () => {
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
        [dayCell(2, 1)]: { text: 'H', hyperlink: 'https://example.org' },
        [dayCell(2, 2)]: '   ',
        [dayCell(2, 3)]: 'Ô',
      },
      edit: (wb) => {
        wb.worksheets[0]!.getCell(dayCell(1, 1)).numFmt = 'dd/mm/yyyy';
      },
    });
    const m = parseGrid(await readGridFile(file), defaultRulebook());
    // By hand: person 1 has M (day 1), VS in two runs (day 2), B from a formula's result (day 3, a
    // warning); in 'A & B <c> "d"' (person 2, day 4) B is a code and the rest is not; H via a hyperlink.
    const events = m.events.map((e) => [e.source.cell, e.code]).sort();
    expect(events).toEqual(
      [
        ['E9', 'M'],
        ['F9', 'VS'],
        ['G9', 'B'],
        ['H10', 'B'],
        ['E11', 'H'],
      ].sort(),
    );
    expect(m.problems.map((p) => [p.key, p.cell]).sort()).toEqual(
      [
        ['cell.formula', 'G9'],
        ['cell.error', 'H9'],
        ['cell.number', 'I9'],
        ['cell.date', 'E10'],
        ['cell.boolean', 'F10'],
        ['cell.error', 'G10'],
        // A, &, <c> and "d" are no codes; 4 March 2023 is a Saturday.
        ['grammar.unknownCode', 'H10'],
        ['grammar.unknownCode', 'H10'],
        ['grammar.unknownCode', 'H10'],
        ['grammar.unknownCode', 'H10'],
        ['grid.deductionOnWeekend', 'H10'],
      ].sort(),
    );
  });
});

describe('workbooks rearranged by hand', () => {
  it('a renamed grid sheet after a notes sheet, a hidden old sheet, no metadata: the grid is found and read', async () => {
    const file = await writeGrid(dir, 'hand.xlsx', {
      cells: { [dayCell(1, 2)]: 'H' },
      edit: (wb) => {
        wb.worksheets[0]!.name = 'Chấm điểm';
        wb.removeWorksheet(wb.getWorksheet('_scoring')!.id);
        const hidden = wb.addWorksheet('Cũ', { state: 'hidden' });
        hidden.getCell('C8').value = 'Ghi chú cũ';
        const notes = wb.addWorksheet('Ghi chú');
        notes.getCell('A1').value = 'Ghi chú';
        (notes as unknown as { orderNo: number }).orderNo = -1;
      },
    });
    const grid = await readGridFile(file);
    expect(grid.sheet).toBe('Chấm điểm');
    const m = parseGrid(grid, defaultRulebook());
    expect(m.events.map((e) => [e.source.cell, e.code])).toEqual([[dayCell(1, 2), 'H']]);
  });
});

/** A minimal .xlsx as a hand (or a small tool) writes it: no styles, no shared strings, inline text. */
function handMadeGrid(prefix: '' | 'x:', odd = false, declarations = true): Uint8Array {
  const ns = prefix
    ? ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    : ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const p = prefix;
  const cell = (ref: string, text: string) => `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c>`;
  const num = (ref: string, n: number) => `<${p}c r="${ref}"><${p}v>${n}</${p}v></${p}c>`;
  const days = Array.from({ length: 31 }, (_, i) => num(cellRef(8, 5 + i), i + 1)).join('');
  // The odd grid says the same in shapes the reader's fast paths must hand on or read alike:
  // shared strings with runs, an empty <si/> and kept spaces, CDATA, a '>' inside an attribute,
  // a cell without r, empty styled cells, and a comment between rows. Without the comment and the
  // CDATA (`declarations` false), the native skim of the rows meets the cell without r midway.
  const shared = (ref: string, index: number) => `<c r="${ref}" s="3" t="s"><v>${index}</v></c>`;
  const rows = odd
    ? [
        `<row r="5">${cell('A5', 'THÁNG 03 NĂM 2023')}</row>`,
        // Rows with nothing in them, passed over on the way to the header's.
        '<row r="6" spans="1:3"><c r="A6" s="3"/><c r="B6" s="3"/></row><row r="7"/>',
        `<row r="8">${cell('A8', 'TT')}${cell('B8', 'Mã')}${cell('C8', 'Họ và tên')}${cell('D8', 'Chức vụ')}${days}</row>`,
        `<row r="9" spans="1:40" ht="20" customHeight="1">${num('A9', 1)}<c r="B9" cm="1>" t="inlineStr"><is><t>X1</t></is></c>${shared('C9', 1)}${shared('D9', 0)}<c r="E9" s="3"/>${shared('F9', 2)}<c r="G9" s="3"/><c r="H9" t="inlineStr"><is><t>${declarations ? '<![CDATA[2M]]>' : '2M'}</t></is></c></row>`,
        `<row r="10">${num('A10', 2)}${cell('C10', 'Lê Văn An')}<c r="D10" s="3"/><c t="inlineStr"><is><t>b, h</t></is></c></row>`,
        declarations ? '<!-- made by hand -->' : '<row r="12" s="3"/>',
      ].join('')
    : [
        `<${p}row r="5">${cell('A5', 'THÁNG 03 NĂM 2023')}</${p}row>`,
        `<${p}row r="8">${cell('A8', 'TT')}${cell('B8', 'Mã')}${cell('C8', 'Họ và tên')}${cell('D8', 'Chức vụ')}${days}</${p}row>`,
        `<${p}row r="9">${num('A9', 1)}${cell('B9', 'X1')}${cell('C9', 'Trần Thị Hoà')}${cell('F9', 'V')}${cell('H9', '2M')}</${p}row>`,
        `<${p}row r="10">${num('A10', 2)}${cell('C10', 'Lê Văn An')}${cell('E10', 'b, h')}</${p}row>`,
      ].join('');
  const strings: Record<string, Uint8Array> = odd
    ? {
        'xl/sharedStrings.xml': strToU8(
          `<?xml version="1.0"?><sst${ns} count="3"><si/><si><r><t xml:space="preserve">Trần Thị </t></r><r><rPr><b/></rPr><t>Hoà</t></r><rPh sb="0" eb="1"><t>ホア</t></rPh></si><si><t xml:space="preserve">V</t></si></sst>`,
        ),
      }
    : {};
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><${p}workbook${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}sheets><${p}sheet name="T3" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><${p}worksheet${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`),
    ...strings,
  });
}

function cellRef(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

describe('hand-made packages', () => {
  for (const [kind, prefix, odd, declarations] of [
    ['plain', '', false, true],
    ['prefixed as the .NET SDK writes it (x:)', 'x:', false, true],
    ['in odd but valid shapes (runs, CDATA, a cell without r, a comment)', '', true, true],
    ['in odd shapes, a cell without r met after cells with content', '', true, false],
  ] as const) {
    it(`a minimal grid, ${kind}: the people and their marks, worked by hand`, async () => {
      const file = join(dir, `hand-${prefix ? 'x' : 'plain'}${odd ? '-odd' : ''}${declarations ? '' : '-bare'}.xlsx`);
      writeFileSync(file, handMadeGrid(prefix, odd, declarations));
      const m = parseGrid(await readGridFile(file), defaultRulebook());
      expect(m.ym).toEqual({ year: 2023, month: 3 });
      expect(m.problems.filter((p) => p.severity === 'error')).toEqual([]);
      // Trần Thị Hoà: V on day 2 (F9), 2M on day 4 (H9); Lê Văn An: B and H on day 1 (E10).
      const nameOf = new Map(m.staff.map((p) => [p.id, p.name]));
      expect(m.events.map((e) => [nameOf.get(e.personId), e.source.cell, e.code, e.count]).sort()).toEqual(
        [
          ['Trần Thị Hoà', 'F9', 'V', 1],
          ['Trần Thị Hoà', 'H9', 'M', 2],
          ['Lê Văn An', 'E10', 'B', 1],
          ['Lê Văn An', 'E10', 'H', 1],
        ].sort(),
      );
    });
  }
});

describe('the two ways through a sheet', () => {
  // With a formula the next cell is searched by its `</c>`; without one (nor inline text) by its `v`.
  // A row whose tag is numbered apart from its cells (row 10 tagged 99): its cells are where their `r` says, both ways.
  for (const [kind, formula, renumbered] of [
    ['with a formula', true, false],
    ["with values only, and a `v` in an empty cell's attribute", false, false],
    ['with a row tag numbered apart from its cells', false, true],
  ] as const) {
    it(`reads a grid ${kind} by native search exactly as tag by tag: every cell, row count, merge and hidden row`, async () => {
      const file = await writeGrid(dir, `two-ways-${formula}-${renumbered}.xlsx`, {
        cells: { [dayCell(0, 2)]: 'V', [dayCell(1, 5)]: '2M', [dayCell(2, 9)]: 3, [dayCell(3, 1)]: 'b, h', E30: 'ghi chú' },
        edit: (wb) => {
          const ws = wb.worksheets[0]!;
          ws.getRow(12).hidden = true;
          ws.mergeCells('AK20:AL21');
          ws.getCell('AK20').value = 'gộp';
          ws.getCell('AM9').value = formula ? ({ formula: 'SUM(E9:F9)', result: 0 } as ExcelJS.CellValue) : 7;
        },
      });
      const parts = unzipSync(readFileSync(file));
      const saved = strFromU8(parts['xl/worksheets/sheet1.xml']!).replace(/<c r="G9"([^>]*)\/>/u, '<c r="G9"$1 vm="1"/>');
      const plain = renumbered ? saved.replace('<row r="10"', '<row r="99"') : saved;
      expect(plain.includes('vm="1"')).toBe(true);
      expect(plain.includes('<row r="99"')).toBe(renumbered);
      const searched = join(dir, `two-ways-${formula}-${renumbered}-searched.xlsx`);
      writeFileSync(searched, zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(plain) }));
      // A comment among the rows hands the sheet to the tag-by-tag reader.
      const scanned = join(dir, `two-ways-${formula}-${renumbered}-scanned.xlsx`);
      const commented = plain.replace('<sheetData>', '<sheetData><!-- tag by tag -->');
      writeFileSync(scanned, zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(commented) }));
      const [a, b] = [await openWorkbookView(searched), await openWorkbookView(scanned)];
      const [wa, wb] = [a.sheets[0]!, b.sheets[0]!];
      expect(wa.rowCount).toBe(wb.rowCount);
      expect(wa.merges).toEqual(wb.merges);
      const all = (ws: typeof wa) =>
        Array.from({ length: ws.rowCount }, (_, r) => [r + 1, ws.isRowHidden(r + 1), [...ws.cells(r + 1)]] as const);
      expect(all(wa)).toEqual(all(wb));
      // Worked by hand: AM9 (column 39) holds the formula and its saved result, or 7; AL21 is covered by AK20's merge.
      expect(wa.cells(9).get(39)).toEqual({ value: formula ? { formula: 'SUM(E9:F9)', result: 0 } : 7, slave: false });
      expect(wa.isRowHidden(12)).toBe(true);
      expect(wa.cells(21).get(38)).toEqual({ value: 'gộp', slave: true });
      expect(wa.cells(9).get(7)).toBeUndefined();
    });
  }
});

describe('texts decoded from UTF-8', () => {
  it('reads a Vietnamese name as typed and drops a byte order mark that starts a text, as a decoder does', async () => {
    const dir = await tempDir();
    const file = await writeGrid(dir, 'bom.xlsx', { staff: [{ name: 'Nguyễn Thị Ánh Tuyết' }], cells: { [dayCell(0, 2)]: 'Mx' } });
    const parts = unzipSync(readFileSync(file));
    // The mark "Mx" becomes a byte order mark and "M": the shared string's text starts with EF BB BF.
    const strings = strFromU8(parts['xl/sharedStrings.xml']!).replace('<t>Mx</t>', '<t>\uFEFFM</t>');
    expect(strings.includes('\uFEFFM')).toBe(true);
    const edited = join(dir, 'bom-edited.xlsx');
    writeFileSync(edited, zipSync({ ...parts, 'xl/sharedStrings.xml': strToU8(strings) }));
    const raw = await readGridFile(edited);
    expect(raw.rows.map((r) => r.name)).toEqual(['Nguyễn Thị Ánh Tuyết']);
    expect(raw.rows[0]!.days[1]).toEqual({ address: dayCell(0, 2), text: 'M' });
  });
});

describe('shared strings with references and line ends among plain ones', () => {
  it('decodes each text that has them, and leaves the plain ones before, between and after as they are', async () => {
    const dir = await tempDir();
    const file = await writeGrid(dir, 'refs.xlsx', {
      staff: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }, { name: 'Lê Văn Cường' }],
      cells: { [dayCell(0, 1)]: 'Mx', [dayCell(1, 1)]: 'Hx', [dayCell(2, 1)]: 'Bx' },
    });
    const parts = unzipSync(readFileSync(file));
    // By hand: the first person's mark becomes `M&amp;H` (M & H: two codes, one of them H after an
    // ampersand that is no part of a code), the second's a plain `H`, the third's `B` then a CR LF.
    const strings = strFromU8(parts['xl/sharedStrings.xml']!)
      .replace('<t>Mx</t>', '<t>M &amp; H</t>')
      .replace('<t>Hx</t>', '<t>H</t>')
      .replace('<t>Bx</t>', '<t xml:space="preserve">B\r\n</t>');
    const edited = join(dir, 'refs-edited.xlsx');
    writeFileSync(edited, zipSync({ ...parts, 'xl/sharedStrings.xml': strToU8(strings) }));
    const raw = await readGridFile(edited);
    expect(raw.rows.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(raw.rows.map((r) => r.days[0]?.text)).toEqual(['M & H', 'H', 'B\n']);
  });
});

describe('the zip and XML readers', () => {
  it('lists and inflates entries, stored and deflated', () => {
    const zip = zipSync({ 'a.txt': [strToU8('xin chào'), { level: 0 }], 'b.txt': strToU8('ố'.repeat(500)) });
    const entries = zipEntries(zip);
    expect([...entries.keys()].sort()).toEqual(['a.txt', 'b.txt']);
    expect(new TextDecoder().decode(readZipEntry(zip, entries.get('a.txt')!))).toBe('xin chào');
    expect(new TextDecoder().decode(readZipEntry(zip, entries.get('b.txt')!))).toBe('ố'.repeat(500));
  });

  it('finds byte patterns alike in Node buffers (natively) and in plain bytes (as on the page)', () => {
    const text = '<row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row><c<c r';
    const plain = strToU8(text);
    const buffer = Buffer.from(text);
    for (const pattern of ['<c', '</c>', '<row', 'zz', '<c r']) {
      const bytes = ascii(pattern);
      for (let from = 0; from <= text.length; from++) {
        // Worked out on the string itself: the same search over UTF-16 units of ASCII text.
        expect([indexOfBytes(plain, bytes, from), indexOfBytes(buffer, bytes, from)]).toEqual(Array(2).fill(text.indexOf(pattern, from)));
        expect([lastIndexOfBytes(plain, bytes, from), lastIndexOfBytes(buffer, bytes, from)]).toEqual(
          Array(2).fill(text.lastIndexOf(pattern, from)),
        );
      }
    }
    expect(lastIndexOfBytes(plain, ascii('<c'), -1)).toBe(-1);
  });

  it('refuses a zip without its directory, naming the code', () => {
    expect(() => zipEntries(strToU8('PK not a zip at all'))).toThrow(/zip\.noEndOfDirectory/u);
  });

  it('decodes text as an XML parser does: references and line ends', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;&apos; &#7889; &#x1EA1;')).toBe('a & b <c> "\' ố ạ');
    expect(decodeEntities('x\r\ny\rz')).toBe('x\ny\nz');
    expect(decodeEntities('&unknown; stays')).toBe('&unknown; stays');
  });

  it('refuses an unterminated tag with a code and its byte', () => {
    const visitor = { open: () => undefined, close: () => undefined, text: () => undefined, wantsText: () => false };
    expect(() => visitXml(strToU8('<row r="1"><c r="A1"'), visitor)).toThrow(/xml\.unterminated@\d+/u);
  });

  it('reads as dates the number formats that show dates, and no other', () => {
    for (const format of ['dd/mm/yyyy', 'mm-dd-yy', 'h:mm AM/PM', '[$-42A]dd/mm/yyyy', '"ngày" d'])
      expect(isDateFormat(format), format).toBe(true);
    for (const format of ['0.00', '@', 'General', '#,##0', '[Red]0', '0%']) expect(isDateFormat(format), format).toBe(false);
  });
});
