import type ExcelJS from 'exceljs';
import { DAY_COLUMNS } from '../core/calendar.js';
import type { RawCell, RawGrid, RawStaffRow } from '../core/grid.js';
import { problem, UserError, type Problem } from '../core/problems.js';
import type { CellAddress } from '../core/types.js';
import { cellText, labelText } from './cell-text.js';
import { readMetadata } from './grid-metadata.js';
import { columnRole, isStopMarker, type ColumnRole } from './header-labels.js';
import { openWorkbook } from './safe-open.js';

/**
 * Finds the grid by its labels (not by fixed positions, so inserted rows and columns are fine)
 * and hands the core plain text with cell addresses.
 */

const HEADER_SEARCH_ROWS = 40;

export interface GridHeader {
  readonly row: number;
  readonly dataStart: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Day number → column number. */
  readonly days: ReadonlyMap<number, number>;
}

function dayNumber(value: ExcelJS.CellValue): number | undefined {
  const text = labelText(value);
  if (!/^\d{1,2}$/u.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= DAY_COLUMNS ? n : undefined;
}

function rowLabels(ws: ExcelJS.Worksheet, row: number): Map<number, string> {
  const out = new Map<number, string>();
  ws.getRow(row).eachCell((cell, col) => {
    const text = isMergeSlave(cell) ? '' : labelText(cell.value);
    if (text) out.set(col, text);
  });
  return out;
}

/** The header row has TT/Họ và tên; day numbers sit on it or, in the hand-made layout, on one of the two rows under it. */
export function findGridHeader(ws: ExcelJS.Worksheet): GridHeader | undefined {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const [col, text] of rowLabels(ws, row)) {
      const role = columnRole(text);
      if (role && columns[role] === undefined) columns[role] = col;
    }
    if (columns.name === undefined) continue;
    for (let dayRow = row; dayRow <= row + 2; dayRow++) {
      const days = new Map<number, number>();
      ws.getRow(dayRow).eachCell((cell, col) => {
        const n = dayNumber(cell.value);
        if (n !== undefined && col > columns.name! && !days.has(n)) days.set(n, col);
      });
      if (days.size >= 28) return { row, dataStart: dayRow + 1, columns, days };
    }
  }
  return undefined;
}

/** The row's first text, wherever it stands: the legend may be merged from column A or sit anywhere. */
function firstText(row: ExcelJS.Row): string {
  let found = '';
  row.eachCell((cell) => {
    if (!found) found = labelText(cell.value);
  });
  return found;
}

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function readRows(ws: ExcelJS.Worksheet, header: GridHeader, where: { file: string; sheet: string }, problems: Problem[]): RawStaffRow[] {
  const rows: RawStaffRow[] = [];
  const { columns } = header;
  for (let r = header.dataStart; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (isStopMarker(firstText(row))) break;
    const days: (RawCell | undefined)[] = [];
    let anyCode = false;
    for (let day = 1; day <= DAY_COLUMNS; day++) {
      const col = header.days.get(day);
      const cell = col === undefined ? undefined : row.getCell(col);
      if (!cell || isMergeSlave(cell)) {
        days.push(undefined);
        continue;
      }
      const read = cellText(cell.value);
      if (read.text === undefined && !read.issue) {
        days.push(undefined);
        continue;
      }
      if (read.issue || read.text!.trim() !== '') anyCode = true;
      days.push({ address: cell.address as CellAddress, ...read });
    }
    const nameCell = row.getCell(columns.name!);
    const name = isMergeSlave(nameCell) ? '' : labelText(nameCell.value);
    if (!name) {
      if (anyCode) problems.push(problem('error', 'grid.codesWithoutName', { row: r }, { ...where, cell: nameCell.address }));
      continue;
    }
    const text = (role: ColumnRole) => (columns[role] === undefined ? undefined : labelText(row.getCell(columns[role]!).value) || undefined);
    rows.push({ row: r, id: text('id'), name, nameCell: nameCell.address as CellAddress, position: text('position'), days });
  }
  return rows;
}

/** Reads the first visible worksheet that carries a grid header. */
export function readGridFromWorkbook(wb: ExcelJS.Workbook, file: string): RawGrid {
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const header = findGridHeader(ws);
    if (!header) continue;
    const where = { file, sheet: ws.name };
    const problems: Problem[] = [];
    const missing = Array.from({ length: DAY_COLUMNS }, (_, i) => i + 1).filter((d) => !header.days.has(d));
    if (missing.length > 0) {
      problems.push(problem('error', 'grid.missingDayColumns', { days: missing.join(', ') }, { ...where, cell: ws.getCell(header.row, header.columns.name!).address }));
    }
    const titleLines: string[] = [];
    for (let r = 1; r < header.row; r++) {
      const texts = [...rowLabels(ws, r).values()];
      if (texts.length > 0) titleLines.push(texts.join(' '));
    }
    return { file, sheet: ws.name, titleLines, metadata: readMetadata(wb), rows: readRows(ws, header, where, problems), problems };
  }
  throw new UserError('grid.noHeader', { file });
}

export async function readGridFile(file: string): Promise<RawGrid> {
  return readGridFromWorkbook(await openWorkbook(file), file);
}
