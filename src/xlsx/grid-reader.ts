import type ExcelJS from 'exceljs';
import { DAY_COLUMNS } from '../core/calendar.js';
import { EVALUATION_PARTS, type EvaluationPart } from '../core/evaluation.js';
import type { RawCell, RawEvaluationCell, RawGrid, RawStaffRow } from '../core/grid.js';
import { problem, UserError, type Problem } from '../core/problems.js';
import type { CellAddress } from '../core/types.js';
import { readInputFile } from '../io/read-input.js';
import { cellText, labelText, pointsValue } from './cell-text.js';
import { readMetadata } from './grid-metadata.js';
import { columnRole, isStopMarker, type ColumnRole } from './header-labels.js';
import { readPackage } from './package-reader.js';
import { checkXlsxPackage } from './package-check.js';
import { cellAddress, excelWorkbookView, type CellView, type SheetView, type WorkbookView } from './sheet-view.js';

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

function rowLabels(ws: SheetView, row: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [col, cell] of ws.cells(row)) {
    const text = cell.slave ? '' : labelText(cell.value);
    if (text) out.set(col, text);
  }
  return out;
}

/** The header row has TT/Họ và tên; day numbers sit on it or, in the hand-made layout, on one of the two rows under it. */
export function findGridHeader(ws: SheetView): GridHeader | undefined {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    for (const [col, text] of rowLabels(ws, row)) {
      const role = columnRole(text);
      if (role && columns[role] === undefined) columns[role] = col;
    }
    if (columns.name === undefined) continue;
    // The leader's columns carry their label on the header row or on the row above it (where the
    // grid writer puts it, with the maximum on the header row under it).
    for (const above of row > 1 ? [row - 1] : []) {
      for (const [col, text] of rowLabels(ws, above)) {
        const role = columnRole(text);
        if ((role === 'otherGeneral' || role === 'task') && columns[role] === undefined) columns[role] = col;
      }
    }
    for (let dayRow = row; dayRow <= row + 2; dayRow++) {
      const days = new Map<number, number>();
      for (const [col, cell] of ws.cells(dayRow)) {
        const n = dayNumber(cell.value);
        if (n !== undefined && col > columns.name && !days.has(n)) days.set(n, col);
      }
      if (days.size >= 28) return { row, dataStart: dayRow + 1, columns, days };
    }
  }
  return undefined;
}

/** The row's first text, wherever it stands: the legend may be merged from column A or sit anywhere. */
function firstText(cells: ReadonlyMap<number, CellView>): string {
  for (const cell of cells.values()) {
    const text = labelText(cell.value);
    if (text) return text;
  }
  return '';
}

function readRows(ws: SheetView, header: GridHeader, where: { file: string; sheet: string }, problems: Problem[]): RawStaffRow[] {
  const rows: RawStaffRow[] = [];
  const { columns } = header;
  const nameCol = columns.name!;
  for (let r = header.dataStart; r <= ws.rowCount; r++) {
    const cells = ws.cells(r);
    if (isStopMarker(firstText(cells))) break;
    const days: (RawCell | undefined)[] = [];
    let anyCode = false;
    for (let day = 1; day <= DAY_COLUMNS; day++) {
      const col = header.days.get(day);
      const cell = col === undefined ? undefined : cells.get(col);
      if (!cell || cell.slave) {
        days.push(undefined);
        continue;
      }
      const read = cellText(cell.value);
      if (read.text === undefined && !read.issue) {
        days.push(undefined);
        continue;
      }
      if (read.issue || read.text!.trim() !== '') anyCode = true;
      days.push({ address: cellAddress(r, col!) as CellAddress, ...read });
    }
    const nameCell = cells.get(nameCol);
    const name = !nameCell || nameCell.slave ? '' : labelText(nameCell.value);
    const nameAddress = cellAddress(r, nameCol) as CellAddress;
    if (!name) {
      if (anyCode) problems.push(problem('error', 'grid.codesWithoutName', { row: r }, { ...where, cell: nameAddress }));
      continue;
    }
    const text = (role: ColumnRole) => (columns[role] === undefined ? undefined : labelText(cells.get(columns[role]!)?.value ?? null) || undefined);
    const evaluation: Partial<Record<EvaluationPart, RawEvaluationCell>> = {};
    for (const part of EVALUATION_PARTS) {
      const col = columns[part];
      if (col !== undefined) evaluation[part] = { address: cellAddress(r, col) as CellAddress, ...pointsValue(cells.get(col)?.value ?? null) };
    }
    rows.push({ row: r, id: text('id'), name, nameCell: nameAddress, position: text('position'), days, evaluation });
  }
  return rows;
}

/** Reads the first visible worksheet that carries a grid header. */
export function readGridFromView(wb: WorkbookView, file: string): RawGrid {
  for (const ws of wb.sheets) {
    if (ws.state !== 'visible') continue;
    const header = findGridHeader(ws);
    if (!header) continue;
    const where = { file, sheet: ws.name };
    const problems: Problem[] = [];
    const missing = Array.from({ length: DAY_COLUMNS }, (_, i) => i + 1).filter((d) => !header.days.has(d));
    if (missing.length > 0) {
      problems.push(problem('error', 'grid.missingDayColumns', { days: missing.join(', ') }, { ...where, cell: cellAddress(header.row, header.columns.name!) }));
    }
    const titleLines: string[] = [];
    for (let r = 1; r < header.row; r++) {
      const texts = [...rowLabels(ws, r).values()];
      if (texts.length > 0) titleLines.push(texts.join(' '));
    }
    const evaluationColumns = EVALUATION_PARTS.filter((part) => header.columns[part] !== undefined);
    return { file, sheet: ws.name, titleLines, metadata: readMetadata(wb), rows: readRows(ws, header, where, problems), problems, evaluationColumns };
  }
  throw new UserError('grid.noHeader', { file });
}

/** The plain path: a workbook exceljs has loaded. */
export function readGridFromWorkbook(wb: ExcelJS.Workbook, file: string): RawGrid {
  return readGridFromView(excelWorkbookView(wb), file);
}

/** Opens a workbook for reading through the fast path (checked, then read part by part), without exceljs. */
export async function openWorkbookView(file: string): Promise<WorkbookView> {
  const buf = await readInputFile(file);
  return readPackage(buf, file, checkXlsxPackage(file, buf));
}

/** The fast path: reads the package directly, without loading exceljs. */
export async function readGridFile(file: string): Promise<RawGrid> {
  return readGridFromView(await openWorkbookView(file), file);
}
