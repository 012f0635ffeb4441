import type ExcelJS from 'exceljs';

/**
 * The little the grid reader needs from a workbook: sheets in tab order, and per row the cells
 * that hold something. Two sources implement it: a loaded exceljs workbook (the plain path) and
 * the package reader (src/xlsx/package-reader.ts, the fast path). Values keep exceljs's shapes,
 * so both paths go through the same cellText and give the same grid.
 */

export interface CellView {
  readonly value: ExcelJS.CellValue;
  /** A covered cell of a merged range (not its top-left): its value is the master's, as in exceljs. */
  readonly slave: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly state: string;
  readonly rowCount: number;
  /** The cells of a row that hold a value or belong to a merged range, by column, in column order. */
  cells(row: number): ReadonlyMap<number, CellView>;
}

export interface WorkbookView {
  /** In tab order. */
  readonly sheets: readonly SheetView[];
}

export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function excelSheet(ws: ExcelJS.Worksheet): SheetView {
  return {
    name: ws.name,
    state: ws.state,
    rowCount: ws.rowCount,
    cells(row) {
      const out = new Map<number, CellView>();
      ws.getRow(row).eachCell((cell, col) => out.set(col, { value: cell.value, slave: isMergeSlave(cell) }));
      return out;
    },
  };
}

export function excelWorkbookView(wb: ExcelJS.Workbook): WorkbookView {
  return { sheets: wb.worksheets.map(excelSheet) };
}
