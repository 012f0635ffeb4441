import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeStreamedWorkbook } from '../src/xlsx/write/streamed-workbook.js';
import { describeWithPrograms, SYSTEM_PYTHON } from './clients.js';
import { readBack, tempDir } from './helpers.js';

/**
 * The documents' own writer (streamed-workbook.ts) read back by two other readers: exceljs, and
 * openpyxl as a real client. What is written is what a document needs on paper.
 */

const bold = { font: { name: 'Times New Roman', size: 11, bold: true }, border: { top: { style: 'thin' as const } } };

async function sample(path: string): Promise<void> {
  await writeStreamedWorkbook(path, async (wb, sink) => {
    const ws = wb.addWorksheet("Bảng 'A' 1", {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: false,
        scale: 80,
        firstPageNumber: 1,
        printTitlesRow: '2:2',
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: '&L&"Times New Roman,Regular"&9Mã & <mã>&CTrang &P' },
    });
    ws.columns = [{ width: 4 }, { width: 20 }, { width: 9 }, { width: 7.5 }];
    ws.mergeCells(1, 1, 1, 3);
    const title = ws.getCell(1, 1);
    title.value = 'Tiêu đề';
    title.font = { name: 'Times New Roman', size: 13, bold: true };
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(1).height = 30;
    const header = ws.getRow(2);
    ['TT', 'Tên', 'Điểm', 'Có'].forEach((text, i) => {
      const cell = header.getCell(i + 1);
      cell.style = bold;
      cell.value = text;
    });
    await sink.rowDone(header);
    const row = ws.getRow(3);
    const values = [1, ' a & b <c> ', 'x\u0001y\nz', 12.5] as const;
    values.forEach((v, i) => {
      row.getCell(i + 1).value = v;
    });
    row.addPageBreak();
    await sink.rowDone(row);
    ws.getRow(4).getCell(2).value = { richText: [{ text: 'một ' }, { text: 'hai' }] };
    ws.getRow(4).getCell(4).value = true;
    await sink.sheetDone(ws);
    const hidden = wb.addWorksheet('_data', { state: 'hidden' });
    for (let i = 1; i <= 3; i++) await sink.rowDone(hidden.addRow(['k', i]));
    await sink.sheetDone(hidden);
  });
}

describe('the streamed workbook', () => {
  it('is read back by exceljs with its values, merges, widths, styles, pane and page setup', async () => {
    const path = join(tempDir(), 'mau.xlsx');
    await sample(path);
    const wb = await readBack(path);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Bảng 'A' 1", 'visible'],
      ['_data', 'hidden'],
    ]);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Tiêu đề');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 13, name: 'Times New Roman' });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getRow(1).height).toBe(30);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([4, 20, 9, 7.5]);
    expect(ws.getCell('B2').font.bold).toBe(true);
    expect(ws.getCell('B2').border.top?.style).toBe('thin');
    expect(ws.getCell('A3').value).toBe(1);
    // Spaces kept; a control character that XML cannot hold is written as Excel writes it.
    expect(ws.getCell('B3').value).toBe(' a & b <c> ');
    expect(ws.getCell('C3').value).toBe('x_x0001_y\nz');
    expect(ws.getCell('D3').value).toBe(12.5);
    expect(ws.getCell('B4').value).toBe('một hai');
    expect(ws.getCell('D4').value).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 80, firstPageNumber: 1 });
    expect(ws.headerFooter.oddFooter).toBe('&L&"Times New Roman,Regular"&9Mã & <mã>&CTrang &P');
    expect(wb.worksheets[1]!.getCell('B3').value).toBe(3);
  });

  it('joins a sheet written in many deflated pieces into one part, merges too', async () => {
    const path = join(tempDir(), 'dai.xlsx');
    const rows = 40_000;
    await writeStreamedWorkbook(path, async (wb, sink) => {
      const ws = wb.addWorksheet('Dài');
      for (let i = 1; i <= rows; i++) {
        const row = ws.addRow([i, `Người thứ ${i} — ${'x'.repeat(i % 50)}`]);
        // C:D merged in every tenth row: 4,000 ranges, more than one piece of <mergeCells>.
        if (i % 10 === 0) ws.mergeCells(i, 3, i, 4);
        await sink.rowDone(row);
      }
      await sink.sheetDone(ws);
    });
    const ws = (await readBack(path)).worksheets[0]!;
    expect(ws.rowCount).toBe(rows);
    expect(ws.getCell(`B${rows}`).value).toBe(`Người thứ ${rows} — ${'x'.repeat(rows % 50)}`);
    expect(ws.getCell('A20000').value).toBe(20000);
    const merges = (ws.model as { merges: string[] }).merges;
    expect([merges.length, merges[0], merges.at(-1)]).toEqual([rows / 10, 'C10:D10', `C${rows}:D${rows}`]);
  });
});

describeWithPrograms('the streamed workbook in openpyxl', ['openpyxl'], () => {
  it('has its print titles, row break, merges and freeze pane', async () => {
    const path = join(tempDir(), 'mau.xlsx');
    await sample(path);
    const script = [
      'import openpyxl, sys, json',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb.worksheets[0]',
      'print(json.dumps({"titles": ws.print_title_rows, "breaks": [b.id for b in ws.row_breaks.brk],',
      '  "merged": [str(r) for r in ws.merged_cells.ranges], "pane": ws.freeze_panes, "hidden": wb.worksheets[1].sheet_state,',
      '  "b3": ws["B3"].value, "scale": ws.page_setup.scale, "orientation": ws.page_setup.orientation}))',
    ].join('\n');
    const out = JSON.parse(execFileSync(SYSTEM_PYTHON, ['-c', script, path], { encoding: 'utf8' }));
    expect(out).toEqual({
      titles: '$2:$2',
      breaks: [3],
      merged: ['A1:C1'],
      pane: 'A3',
      hidden: 'hidden',
      b3: ' a & b <c> ',
      scale: 80,
      orientation: 'landscape',
    });
  });
});

describe('a table of more distinct texts than a column remembers', () => {
  it('gives every row the height of its own text, before the column is full and after', async () => {
    const { addTableSheet } = await import('../src/xlsx/layout/table-sheet.js');
    const path = join(tempDir(), 'bang.xlsx');
    // Column B holds 9,000 different texts that fit one line once measured (narrow letters, too many
    // of them to fit by their count alone), more than the 8,192 a column keeps; and in three rows a
    // text that needs two lines in its 10-unit column: one early, the same one late (remembered from
    // the first), and a new one late (measured though the column keeps no more).
    const long = 'Nguyễn Thị Thanh Hương Giang';
    const other = 'Trần Văn Bảo Long Phúc Lộc';
    const texts = Array.from({ length: 9_000 }, (_, i) => `iiiiii${i}`);
    texts[10] = long;
    texts[8_900] = long;
    texts[8_950] = other;
    await writeStreamedWorkbook(path, async (wb, sink) => {
      await addTableSheet(
        wb,
        'Bảng',
        {
          letterhead: { unit: 'UBND XÃ A' },
          titles: ['BẢNG'],
          columns: [
            { header: 'TT', width: 5 },
            { header: 'Tên', width: 10 },
          ],
          rows: texts.map((t, i) => [i + 1, t]),
        },
        sink,
      );
    });
    const ws = (await readBack(path)).getWorksheet('Bảng')!;
    // The data rows start below the letterhead, the title, a blank row and the header row.
    let first = 0;
    for (let r = 1; r < 20 && !first; r++) if (ws.getCell(r, 2).value === 'iiiiii0') first = r;
    const height = (i: number) => ws.getRow(first + i).height;
    const short = height(0);
    expect(short).toBeGreaterThan(0);
    expect(height(10)).toBeGreaterThan(short);
    expect(height(8_900)).toBe(height(10));
    expect(height(8_950)).toBeGreaterThan(short);
    for (const i of [1, 8_191, 8_192, 8_193, 8_899, 8_999]) expect(height(i)).toBe(short);
  }, 60_000);
});
