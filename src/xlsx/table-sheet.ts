import type ExcelJS from 'exceljs';
import { font, printSetup, solidFill, thinBorder, writeLetterhead, writeSignatures, writeTitle, type FrameLayout, type Letterhead, type Signatures } from './document-frame.js';
import { documentTemplate } from './template.js';

/** A printable sheet: letterhead, titles, one bordered table with its header repeated on each page, signatures. */

export type CellData = string | number | null;

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableSheetSpec {
  readonly letterhead: Letterhead;
  readonly titles: readonly string[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly CellData[])[];
  readonly signatures?: Signatures;
  /** Lines under the table (summary, notes), each merged across the sheet. */
  readonly after?: readonly string[];
}

function layoutFor(columnCount: number): FrameLayout {
  const half = Math.max(1, Math.floor(columnCount / 2));
  return {
    left: { from: 1, to: Math.min(columnCount, Math.max(2, half - 1)) },
    right: { from: Math.min(columnCount, half + 1), to: columnCount },
    full: { from: 1, to: columnCount },
  };
}

export function writeTableSheet(ws: ExcelJS.Worksheet, spec: TableSheetSpec): void {
  const t = documentTemplate();
  const n = spec.columns.length;
  const layout = layoutFor(n);
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  let row = writeLetterhead(ws, layout, spec.letterhead);
  for (const title of spec.titles) row = writeTitle(ws, row, layout, title);
  row += 1;
  const headerRow = row;
  const header = ws.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font({ bold: true, size: t.font.smallSize });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thinBorder();
    cell.fill = solidFill(t.colors.headerFill);
  });
  for (const data of spec.rows) {
    const r = ws.getRow(++row);
    data.forEach((value, i) => {
      const cell = r.getCell(i + 1);
      // Plain values only: a name such as "=SUM(1)" is stored as text, never as a formula.
      cell.value = value;
      cell.font = font({ size: t.font.smallSize });
      cell.border = thinBorder();
      cell.alignment = { horizontal: spec.columns[i]?.align ?? (typeof value === 'number' ? 'right' : 'left'), vertical: 'middle', wrapText: true };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  printSetup(ws, `${headerRow}:${headerRow}`, n > 8);
  row += 2;
  for (const line of spec.after ?? []) {
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row++, 1);
    cell.value = line;
    cell.font = font();
    cell.alignment = { horizontal: 'left', wrapText: true };
  }
  if (spec.signatures) writeSignatures(ws, row + 1, layout, spec.signatures);
}
