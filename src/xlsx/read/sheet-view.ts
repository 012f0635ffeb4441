/**
 * The little the grid reader needs from a workbook: sheets in tab order, and per row the cells
 * that hold something, with values in the reader's own model below (what SpreadsheetML stores, no
 * library's shapes). The package reader (package-reader.ts) builds it from the file.
 */

/** What a cell can hold once read: the value types of SpreadsheetML, a date being a number in a date format. */
export type PlainValue = string | number | boolean | Date;
/** `#N/A`, `#DIV/0!` …: a cell (or a formula's result) that is an error. */
export interface ErrorValue {
  readonly error: string;
}
/** A formula, with the result its writer saved, or none (openpyxl and exceljs save none). */
export interface FormulaValue {
  readonly formula: string;
  readonly result?: PlainValue | ErrorValue;
}
export type CellValue = PlainValue | ErrorValue | FormulaValue | null;

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}
export function isFormulaValue(value: unknown): value is FormulaValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'formula' in value;
}

export interface CellView {
  readonly value: CellValue;
  /** A covered cell of a merged range (not its top-left): its value is the top-left's. */
  readonly slave: boolean;
  /** A number shown as a percentage (15 % is stored as 0.15): never a count of points. */
  readonly percent?: boolean;
}

/** A merged range, as `A1:C3` and its bounds. */
export interface MergedRange {
  readonly ref: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A row's cells that hold a value or belong to a merged range, in column order, read by place. */
export interface RowCells {
  readonly size: number;
  /** The column of the row's i-th cell. */
  col(i: number): number;
  cell(i: number): CellView;
  get(col: number): CellView | undefined;
}

export interface SheetView {
  readonly name: string;
  readonly state: string;
  readonly rowCount: number;
  /** The cells of a row that hold a value or belong to a merged range, by column, in column order. */
  cells(row: number): ReadonlyMap<number, CellView>;
  /** The same cells with no map made for them: for the readers that walk every row of a grid. */
  row(row: number): RowCells;
  /** Merged ranges, as the sheet lists them. */
  readonly merges: readonly MergedRange[];
  /** Rows and columns the clerk hid: they do not print, so what they hold must not count unseen. */
  isRowHidden(row: number): boolean;
  isColumnHidden(col: number): boolean;
}

export interface WorkbookView {
  /** In tab order. */
  readonly sheets: readonly SheetView[];
}

/** Column letters by number (1 → A), made once each: every address of a sheet's cells is asked for, read or written. */
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  let letters = LETTERS[col];
  if (letters === undefined) {
    letters = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    if (col < 16_385) LETTERS[col] = letters;
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "AB12" → [12, 28]; [0, 0] for anything else. */
export function splitCellRef(ref: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u.exec(ref.trim().toUpperCase());
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** `B3:D5` (or a single cell) → its bounds; undefined when it is not a range. */
export function mergedRange(ref: string): MergedRange | undefined {
  const [from = '', to = from] = ref.split(':');
  const [top, left] = splitCellRef(from);
  const [bottom, right] = splitCellRef(to);
  if (!top || !left || !bottom || !right) return undefined;
  return { ref, top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}
