import type ExcelJS from 'exceljs';

/**
 * What the document writers and the layout helpers use of a workbook: exceljs's own (the grid,
 * the small in-memory documents) and the streamed one of streamed-workbook.ts both are one.
 */
export interface DocumentCell {
  value: ExcelJS.CellValue;
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  border: Partial<ExcelJS.Borders>;
  fill: ExcelJS.Fill;
  style: Partial<ExcelJS.Style>;
}

export interface DocumentRow {
  height: number;
  getCell(col: number): DocumentCell;
  addPageBreak(): void;
  commit(): void;
}

export interface DocumentSheet {
  getCell(row: number, col: number): DocumentCell;
  getRow(row: number): DocumentRow;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  getColumn(col: number): { width?: number };
  columns: { width?: number }[];
  addRow(values: ExcelJS.CellValue[]): DocumentRow;
  /** The print setup, still to be changed while the sheet is being written (a table's scale, once planned). */
  readonly pageSetup: Partial<ExcelJS.PageSetup>;
  /**
   * A manual page break after `row`, written or not: a streaming sheet's rows are gone once written.
   * Without it (an in-memory sheet), the row's own addPageBreak.
   */
  addRowBreak?(row: number): void;
  commit(): void;
}

export interface DocumentWorkbook {
  creator: string;
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): DocumentSheet;
}

/**
 * How rows leave a writer. The streaming writer flushes each row once it is complete and shares
 * one style object per kind of cell (exceljs recognises an object it has seen, so 100,000 rows
 * cost a lookup per cell). An in-memory workbook that callers edit afterwards gives each cell its
 * own style, because exceljs mutates `cell.style` in place and one edit would restyle every cell.
 */
export interface RowSink {
  readonly shareStyles: boolean;
  rowDone(row: DocumentRow): Promise<void> | void;
  sheetDone(ws: DocumentSheet): Promise<void> | void;
  /**
   * A row of plain values, a shared style each, written at once without cell objects (a table's
   * hundred thousand data rows), where the sink can; as `rowDone` of the row built cell by cell.
   */
  valuesRow?(ws: DocumentSheet, row: ValuesRow): Promise<void> | void;
}

export interface ValuesRow {
  readonly number: number;
  readonly values: readonly ExcelJS.CellValue[];
  /** The style of the value in column `i + 1`: one object per kind of cell, shared by every row. */
  styleOf(value: ExcelJS.CellValue, i: number): Partial<ExcelJS.Style>;
  readonly height: number;
}

export const IN_MEMORY: RowSink = { shareStyles: false, rowDone: () => {}, sheetDone: () => {} };

/**
 * An in-memory workbook whose caller edits a cell's style only by giving it a new object
 * (`cell.style = { ...cell.style, fill }`), never through exceljs's setters: its rows share their
 * styles, so a 10,000-row grid is not 400,000 copies (annotate.ts).
 */
export const IN_MEMORY_SHARED: RowSink = { ...IN_MEMORY, shareStyles: true };

export function styleFor<T extends object>(sink: RowSink, style: T): T {
  return sink.shareStyles ? style : structuredClone(style);
}

/**
 * A new in-memory workbook. exceljs (and its ~680 files) is loaded here, when a workbook is made,
 * not when a command starts: a run that writes none (`--json`, `check`, `verify`) never pays for it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'scoring';
  return wb;
}
