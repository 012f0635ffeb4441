import type ExcelJS from 'exceljs';
import type { RowList } from '../../core/row-list.js';
import { type DocumentSheet, type DocumentWorkbook, type RowSink, styleFor, type ValuesRow } from '../write/workbook-file.js';
import {
  font,
  frameLayout,
  type Letterhead,
  mergedText,
  type Signatures,
  sheetPrintOptions,
  signaturesHeightPt,
  solidFill,
  thinBorder,
  writeLetterhead,
  writeSignatures,
  writeTitle,
} from './document-frame.js';
import {
  A4_UNITS,
  type CellText,
  columnWidthPt,
  DEFAULT_ROW_PT,
  fittedRowHeight,
  planTablePages,
  rowHeightPt,
  surelyOneLine,
  widthToFit,
  wrappedLines,
} from './print-layout.js';
import { documentTemplate } from './template.js';

/** A printable sheet: letterhead, titles, one bordered table with its header repeated on each page, signatures. */

export type CellData = string | number | null;

/**
 * The table's rows: an array, or rows made on demand (a year's detail at province scale is
 * hundreds of thousands of rows, each made as it is written, never all held).
 */
export type TableRows = RowList<readonly CellData[]>;

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
  /** Every text of the column prints on one line at this width (fittedColumn): its cells are not measured for row heights. */
  readonly fitted?: boolean;
}

/** The widest a fitted column grows: a 12-digit Mã still prints on one line; past it, texts wrap. */
const FITTED_MOST = 14;

/**
 * A column width in which every text prints on one line, never narrower than `least` nor wider
 * than FITTED_MOST, and whether they all do: a Mã, a date or a cell address broken over two lines
 * (`CB000` over `01`) is misread, and makes every row of a province's document two lines tall.
 */
export function fittedWidth(texts: Iterable<string>, size: number, least: number): { readonly width: number; readonly oneLine: boolean } {
  const { units, lineBreak } = widthToFit(texts, { size });
  // A text with a line break (Alt+Enter in its cell) is two lines at any width.
  return { width: Math.min(FITTED_MOST, Math.max(least, units)), oneLine: units <= FITTED_MOST && !lineBreak };
}

/** A table's column fitted to its texts (fittedWidth): a fitted column's cells are not measured for row heights. */
export function fittedColumn(column: Omit<TableColumn, 'width' | 'fitted'>, texts: Iterable<string>, least: number): TableColumn {
  const { width, oneLine } = fittedWidth(texts, documentTemplate().font.smallSize, least);
  return { ...column, width, fitted: oneLine };
}

export interface TableSheetSpec {
  readonly letterhead: Letterhead;
  readonly titles: readonly string[];
  readonly columns: readonly TableColumn[];
  readonly rows: TableRows;
  readonly signatures?: Signatures;
  /** Lines under the table (summary, notes), each merged across the sheet. */
  readonly after?: readonly string[];
  /** The check code of the grids the document was made from, printed in every page's footer. */
  readonly code?: string;
}

/** Data cell styles, one per column and kind of value, built once for the whole sheet. */
function dataStyles(columns: readonly TableColumn[]): (value: CellData, i: number) => Partial<ExcelJS.Style> {
  const base = { font: font({ size: documentTemplate().font.smallSize }), border: thinBorder() };
  const make = (i: number, numeric: boolean): Partial<ExcelJS.Style> => ({
    ...base,
    alignment: { horizontal: columns[i]?.align ?? (numeric ? 'right' : 'left'), vertical: 'middle', wrapText: true },
  });
  const text = columns.map((_, i) => make(i, false));
  const number = columns.map((_, i) => make(i, true));
  return (value, i) => (typeof value === 'number' ? number[i] : text[i]) ?? make(i, typeof value === 'number');
}

/**
 * Portrait while the table fits A4 portrait at 85 % or more (a quarter report of a commune then
 * prints on one page, its text at 9–10 pt), landscape for wider tables.
 */
const PORTRAIT_MIN_SCALE = 0.85;
function isLandscape(widths: readonly number[]): boolean {
  return widths.reduce((a, b) => a + b, 0) > A4_UNITS.portrait / PORTRAIT_MIN_SCALE;
}

/** Row height for one row of the table: only text cells can wrap, numbers stay on one line. */
function rowHeight(values: readonly CellData[], widthsPt: readonly number[], size: number, bold = false): number {
  const cells: CellText[] = [];
  values.forEach((v, i) => {
    if (typeof v === 'string' && v !== '') cells.push({ text: v, widthPt: widthsPt[i]!, style: { size, bold } });
  });
  return fittedRowHeight(cells, size);
}

/**
 * Texts a column remembers the height of, at most: a detail's dates, months, Mã and names repeat
 * by the thousand, its cell addresses (`AH10020`) never; past this many, a new text is measured
 * and not kept, so a column of all-different texts costs a lookup more, not a map of them all.
 */
const REMEMBERED_PER_COLUMN = 8192;

/**
 * A data row's height: each column's texts measured once per distinct text (a year's detail has
 * a hundred thousand rows of the same dates, labels, files and names); a fitted column's not at all.
 */
function dataRowHeight(
  columns: readonly TableColumn[],
  widthsPt: readonly number[],
  size: number,
): (values: readonly CellData[]) => number {
  const style = { size, bold: false };
  const byColumn = widthsPt.map(() => new Map<string, number>());
  const minimum = fittedRowHeight([], size);
  const measured = columns.flatMap((c, i) => (c.fitted ? [] : [i]));
  return (values) => {
    let height = minimum;
    for (let k = 0; k < measured.length; k++) {
      const i = measured[k]!;
      const v = values[i];
      if (typeof v !== 'string' || v === '') continue;
      // A short text fits by its length alone, with no lookup (a detail row's code and count).
      if (surelyOneLine(v, widthsPt[i]!, size)) continue;
      const seen = byColumn[i]!;
      let h = seen.get(v);
      if (h === undefined) {
        h = Math.max(minimum, rowHeightPt(wrappedLines(v, widthsPt[i]!, style), size));
        if (seen.size < REMEMBERED_PER_COLUMN) seen.set(v, h);
      }
      if (h > height) height = h;
    }
    return height;
  };
}

/** A data row built cell by cell, for a sink that cannot write values at once (an in-memory workbook). */
export function writeValuesRow(ws: DocumentSheet, row: ValuesRow, sink: RowSink): Promise<void> | void {
  const r = ws.getRow(row.number);
  row.values.forEach((value, i) => {
    const cell = r.getCell(i + 1);
    cell.style = row.styleOf(value, i);
    cell.value = value;
  });
  r.height = row.height;
  return sink.rowDone(r);
}

/**
 * Adds a table sheet to `wb` and writes it whole; with a streaming workbook the sheet is committed.
 * Each data row is made once: its height is measured as it is written, and the pages are planned
 * from the heights when the rows are out (the print scale, the repeated header and the breaks are
 * all written after the rows).
 */
export async function addTableSheet(wb: DocumentWorkbook, name: string, spec: TableSheetSpec, sink: RowSink): Promise<void> {
  const t = documentTemplate();
  const widths = spec.columns.map((c) => c.width);
  const widthsPt = widths.map(columnWidthPt);
  const layout = frameLayout(widths, spec.letterhead);
  // Letterhead rows 1–3, then the titles, then one blank row: the header row is known before the
  // sheet exists, which a streaming sheet needs for its frozen pane.
  const headerRow = 4 + spec.titles.length + 1;
  const size = t.font.smallSize;
  const headerPt = rowHeight(
    spec.columns.map((c) => c.header),
    widthsPt,
    size,
    true,
  );
  // A scale for now (never fit-to-page, which the sheet's start would say): the plan's, set below.
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    ...sheetPrintOptions(undefined, isLandscape(widths), 100, spec.code),
  });
  spec.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  let row = writeLetterhead(ws, layout, spec.letterhead);
  for (const title of spec.titles) row = writeTitle(ws, row, layout, title);
  row = headerRow;
  const header = ws.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font({ bold: true, size: t.font.smallSize });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thinBorder();
    cell.fill = solidFill(t.colors.headerFill);
  });
  header.height = headerPt;
  const styleOf = dataStyles(spec.columns);
  const cellStyle = (value: CellData | ExcelJS.CellValue, i: number) => styleFor(sink, styleOf(value as CellData, i));
  const heightOf = dataRowHeight(spec.columns, widthsPt, size);
  const rowsPt = new Array<number>(spec.rows.length);
  for (let k = 0; k < spec.rows.length; k++) {
    const data = spec.rows.at(k)!;
    rowsPt[k] = heightOf(data);
    // Plain values only: a name such as "=SUM(1)" is stored as text, never as a formula.
    const values = { number: ++row, values: data, styleOf: cellStyle, height: rowsPt[k]! };
    // Only a pause between rows is waited for: awaiting every row costs a turn of the microtask queue.
    const pause = sink.valuesRow ? sink.valuesRow(ws, values) : writeValuesRow(ws, values, sink);
    if (pause) await pause;
  }
  const fullPt = widthsPt.reduce((a, b) => a + b, 0);
  const line = (text: string, bold = false, big = 0) =>
    fittedRowHeight([{ text, widthPt: fullPt, style: { size: t.font.size + big, bold } }], t.font.size + big);
  // One blank row, then the block writeSignatures writes.
  const signaturesPt = spec.signatures ? DEFAULT_ROW_PT + signaturesHeightPt(spec.signatures.recipients?.length ?? 0) : 0;
  const plan = planTablePages({
    landscape: isLandscape(widths),
    widthsPt,
    topPt: 3 * line('x') + spec.titles.reduce((n, title) => n + line(title, true, 1), 0) + DEFAULT_ROW_PT,
    headerPt,
    rowsPt,
    closingPt: 2 * DEFAULT_ROW_PT + (spec.after ?? []).reduce((n, text) => n + line(text), 0) + signaturesPt,
  });
  ws.pageSetup.scale = plan.scale;
  if (plan.repeatHeader) ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  // A manual break after the row before each page's first (rows already written, in a streaming sheet).
  for (const b of plan.breaks) ws.addRowBreak ? ws.addRowBreak(headerRow + b) : ws.getRow(headerRow + b).addPageBreak();
  row += 2;
  for (const line of spec.after ?? []) mergedText(ws, row++, layout.full, line, { align: 'left' }, layout.widths);
  if (spec.signatures) writeSignatures(ws, row + 1, layout, spec.signatures);
  await sink.sheetDone(ws);
}
