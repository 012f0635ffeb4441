import { DAY_COLUMNS } from '../../core/calendar.js';
import { EVALUATION_PARTS, type EvaluationPart } from '../../core/evaluation.js';
import type { CellAccount, GridMetadata, RawCell, RawEvaluationCell, RawGrid, RawStaffRow } from '../../core/grid.js';
import { type Problem, problem, UserError } from '../../core/problems.js';
import type { CellAddress } from '../../core/types.js';
import { runtime } from '../../io/runtime.js';
import { METADATA_SHEET, readMetadata } from '../formats/grid-metadata.js';
import { type ColumnRole, columnRole, isStopMarker, sectionHeading } from '../formats/header-labels.js';
import { cellText, isFormulaWithoutResult, labelText, pointsValue } from './cell-text.js';
import { checkXlsxPackage } from './package-check.js';
import { readPackage } from './package-reader.js';
import {
  type CellValue,
  type CellView,
  cellAddress,
  type MergedRange,
  type RowCells,
  type SheetView,
  type WorkbookView,
} from './sheet-view.js';

/**
 * Finds the grid by its labels (not by fixed positions, so inserted rows and columns are fine)
 * and hands the core plain text with cell addresses.
 */

const HEADER_SEARCH_ROWS = 40;

/** Staff rows one grid may hold: a province's largest office, with room (docs/performance.md). */
export const MAX_STAFF_ROWS = 50_000;

export interface GridHeader {
  readonly row: number;
  readonly dataStart: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Day number → column number. */
  readonly days: ReadonlyMap<number, number>;
  /** A day label met again further right (a column inserted beside day 16 and headed 16): its cell. */
  readonly duplicateDays: readonly { readonly day: number; readonly address: CellAddress }[];
}

function dayNumber(value: CellValue): number | undefined {
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
      const duplicateDays: { day: number; address: CellAddress }[] = [];
      for (const [col, cell] of ws.cells(dayRow)) {
        const n = dayNumber(cell.value);
        if (n === undefined || col <= columns.name || cell.slave) continue;
        if (days.has(n)) duplicateDays.push({ day: n, address: cellAddress(dayRow, col) as CellAddress });
        else days.set(n, col);
      }
      if (days.size >= 28) return { row, dataStart: dayRow + 1, columns, days, duplicateDays };
    }
  }
  return undefined;
}

interface Where {
  readonly file: string;
  readonly sheet: string;
}

/** The columns whose content makes a number: days, name and Mã (who), the leader's points. */
function scoredColumns(header: GridHeader): number[] {
  const { columns } = header;
  const cols = [...header.days.values(), columns.name!];
  for (const role of ['id', ...EVALUATION_PARTS] as const) if (columns[role] !== undefined) cols.push(columns[role]!);
  return cols;
}

/** The days of a row without a mark: one list for all, never written to. */
const NO_DAYS: readonly (RawCell | undefined)[] = Object.freeze([]);

/** The leader's columns of a row in a grid without them: one record for all, never written to. */
const NO_EVALUATION: Partial<Record<EvaluationPart, RawEvaluationCell>> = Object.freeze({});

/** A cell as one number, for maps looked up for every scored cell of every row. */
const cellKey = (row: number, col: number) => row * 16384 + col;

/**
 * The name column's addresses, each made once for the run: every month names its people in the
 * same rows, so a province's twelve grids share one "C20" string rather than making 120,000 and
 * looking each up to share it.
 */
const NAME_ADDRESSES: string[][] = [];
function nameAddressOf(row: number, col: number): CellAddress {
  NAME_ADDRESSES[col] ??= [];
  const column = NAME_ADDRESSES[col];
  column[row] ??= cellAddress(row, col);
  return column[row] as CellAddress;
}

/**
 * Merged ranges that reach a scored cell of a person's row, by cell. A mark merged over five days,
 * or down three people, would count once: the clerk must type it in each cell.
 */
function mergesOverScoredCells(ws: SheetView, header: GridHeader, lastRow: number): Map<number, MergedRange> {
  const out = new Map<number, MergedRange>();
  const cols = scoredColumns(header);
  for (const m of ws.merges) {
    if (m.bottom < header.dataStart || m.top > lastRow) continue;
    for (let r = Math.max(m.top, header.dataStart); r <= Math.min(m.bottom, lastRow); r++) {
      for (const c of cols) if (c >= m.left && c <= m.right) out.set(cellKey(r, c), m);
    }
  }
  return out;
}

/** A TT as clerks number rows: digits, and perhaps a '.' or ')' (`12`, `12.`, `12)`); a test without a regex for each row. */
function isRowNumber(tt: string): boolean {
  const last = tt.charCodeAt(tt.length - 1);
  const end = last === 0x2e || last === 0x29 ? tt.length - 1 : tt.length;
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = tt.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function hasContent(cell: CellView | undefined): boolean {
  if (!cell || cell.slave) return false;
  // Text and numbers, nearly every cell, without building their reading.
  if (typeof cell.value === 'string') return cell.value.trim() !== '';
  if (typeof cell.value === 'number') return true;
  const read = cellText(cell.value);
  return read.issue !== undefined || (read.text ?? '').trim() !== '';
}

/** Whether the row's first text is a legend's or a signature's: a row starting with a number (its TT) is not. */
function startsWithStopMarker(cells: RowCells): boolean {
  for (let i = 0; i < cells.size; i++) {
    const cell = cells.cell(i);
    if (typeof cell.value === 'number') return false;
    const text = labelText(cell.value);
    if (text) return isStopMarker(text);
  }
  return false;
}

/** The row that ends the staff list (legend or signatures), or the row after the last. */
function endOfStaff(ws: SheetView, header: GridHeader): number {
  for (let r = header.dataStart; r <= ws.rowCount; r++) if (startsWithStopMarker(ws.row(r))) return r;
  return ws.rowCount + 1;
}

/**
 * Under the legend and the signatures the reader reads no people; what a clerk typed there must
 * not vanish. A row with a TT number and a name is a person left out of the grid (an error); the
 * loose cells of day columns go to the core, which reports those that read as marks (legend lines
 * and signers' names do not). Merged blocks are the document's own text.
 */
function readBelowEnd(ws: SheetView, header: GridHeader, end: number, where: Where, problems: Problem[]): RawCell[] {
  const merged = new Set<string>();
  for (const m of ws.merges) {
    if (m.bottom < end) continue;
    for (let r = Math.max(m.top, end); r <= m.bottom && r <= ws.rowCount; r++)
      for (let c = m.left; c <= m.right && c <= m.left + 256; c++) merged.add(`${r}:${c}`);
  }
  const dayCols = new Set(header.days.values());
  const { tt, name } = header.columns;
  const loose: RawCell[] = [];
  for (let r = end; r <= ws.rowCount; r++) {
    const cells = ws.cells(r);
    const text = (c: number | undefined) => (c === undefined || merged.has(`${r}:${c}`) ? '' : labelText(cells.get(c)?.value ?? null));
    if (name !== undefined && text(name) && /^\d+$/u.test(text(tt))) {
      problems.push(problem('error', 'grid.rowBelowEnd', { row: r, name: text(name) }, { ...where, cell: cellAddress(r, name) }));
      continue;
    }
    for (const [c, cell] of cells) {
      if (!dayCols.has(c) || merged.has(`${r}:${c}`) || !hasContent(cell)) continue;
      loose.push({ address: cellAddress(r, c) as CellAddress, ...cellText(cell.value) });
    }
  }
  return loose;
}

/**
 * The staff rows, with the account of every non-empty cell between the header and the legend:
 * each is consumed (a person's field, a mark, the leader's points, a heading's text) or reported
 * (its row stopped at a cell, or the cell itself handed to the core as stray), never skipped. A
 * cell that ends neither way is an internal error naming it: a new rule cannot forget the account.
 */
function readRows(
  ws: SheetView,
  header: GridHeader,
  where: Where,
  problems: Problem[],
): { rows: RawStaffRow[]; belowEnd: RawCell[]; stray: RawCell[]; account: CellAccount } {
  const rows: RawStaffRow[] = [];
  const stray: RawCell[] = [];
  const account = { seen: 0, consumed: 0, reported: 0 };
  const { columns } = header;
  const nameCol = columns.name!;
  const end = endOfStaff(ws, header);
  const merges = mergesOverScoredCells(ws, header, end - 1);
  const reportedMerges = new Set<string>();
  const scored = scoredColumns(header);
  const hiddenColumns = scored.filter((c) => ws.isColumnHidden(c));
  // The columns a person's row is read in, by column: everything else in it is stray.
  const readColumns: boolean[] = [];
  for (const c of scored) readColumns[c] = true;
  for (const role of ['tt', 'position'] as const) if (columns[role] !== undefined) readColumns[columns[role]!] = true;
  const evaluationParts = EVALUATION_PARTS.filter((part) => columns[part] !== undefined);
  const dayColumns = [...header.days.values()];
  const [firstDay, lastDay] = [Math.min(...dayColumns), Math.max(...dayColumns)];
  // Day by column: a row's few cells are looked up, not its 31 days.
  const dayOfColumn: number[] = [];
  for (const [day, col] of header.days) dayOfColumn[col] = day;
  // The row being counted: its cells with content, the first of them, and those outside the read columns.
  let filled = 0;
  let firstFilled = 0;
  let outside = 0;
  const count = (cell: CellView, c: number): void => {
    if (!hasContent(cell)) return;
    if (filled++ === 0) firstFilled = c;
    if (readColumns[c] !== true) outside++;
  };
  for (let r = header.dataStart; r < end; r++) {
    const cells = ws.row(r);
    if (cells.size === 0) continue;
    filled = 0;
    outside = 0;
    for (let i = 0; i < cells.size; i++) count(cells.cell(i), cells.col(i));
    account.seen += filled;
    const outcome = readRow(r, cells);
    if (outcome === 'person') {
      account.consumed += filled - outside;
      if (outside > 0) reportOutside(r, cells);
    } else if (outcome === 'heading') account.consumed += filled;
    else if (outcome === 'reported') account.reported += filled;
    else if (filled > 0) {
      // Neither a person nor a heading, and nothing to say of its marks: say the row is not read.
      problems.push(problem('warning', 'grid.rowNotRead', { row: r }, { ...where, cell: cellAddress(r, firstFilled) }));
      account.reported += filled;
    }
  }
  if (account.seen !== account.consumed + account.reported)
    throw new Error(`internal: cell account of ${where.file} › ${where.sheet} does not balance (${JSON.stringify(account)})`);
  return { rows, belowEnd: readBelowEnd(ws, header, end, where, problems), stray, account };

  /** The label in a role's column of a row, undefined when the grid has no such column or the cell is empty. */
  function roleText(cells: RowCells, role: ColumnRole): string | undefined {
    const col = columns[role];
    return col === undefined ? undefined : labelText(cells.get(col)?.value ?? null) || undefined;
  }

  /** A person's cells outside the columns read: each one said, never left to count unseen. */
  function reportOutside(r: number, cells: RowCells): void {
    for (let i = 0; i < cells.size; i++) {
      const cell = cells.cell(i);
      const c = cells.col(i);
      if (readColumns[c] === true || !hasContent(cell)) continue;
      const address = cellAddress(r, c) as CellAddress;
      // Inside the days, a column that is not a day (one inserted and headed 16 again) could change a score.
      if (c > firstDay && c < lastDay)
        problems.push(problem('error', 'grid.cellInsideDays', { column: address.replace(/\d+$/u, '') }, { ...where, cell: address }));
      else stray.push({ address, ...cellText(cell.value) });
      account.reported++;
    }
  }

  /** Reads row `r`: a person (pushed to rows), a heading, a row stopped at a cell (reported), or nothing. */
  function readRow(r: number, cells: RowCells): 'person' | 'heading' | 'reported' | 'empty' {
    // By day, only the days with something: most people's rows have none (and share one empty list),
    // and walking the days skips the gaps.
    let days: (RawCell | undefined)[] | undefined;
    // The mark of the earliest day (not the leftmost column: a day's column may have been moved).
    let firstMarkDay = DAY_COLUMNS + 1;
    let firstMark: CellAddress | undefined;
    // By place, not for…of over a map: no [column, cell] pair is made for each of a province's million cells.
    for (let i = 0; i < cells.size; i++) {
      const col = cells.col(i);
      const day = dayOfColumn[col];
      const cell = cells.cell(i);
      if (day === undefined || cell.slave) continue;
      // A mark is text nearly always: then its reading is the text itself, with no object made for it.
      const value = cell.value;
      const read = typeof value === 'string' ? undefined : cellText(value);
      const text = read ? read.text : (value as string);
      const issue = read?.issue;
      if (text === undefined && !issue) continue;
      const address = cellAddress(r, col) as CellAddress;
      if ((issue || text!.trim() !== '') && day < firstMarkDay) {
        firstMarkDay = day;
        firstMark = address;
      }
      // Sized for the month at once: a first mark on day 25 would otherwise grow an empty list to 53 slots.
      days ??= new Array<RawCell | undefined>(DAY_COLUMNS);
      // Built field by field: a spread costs more, for each of a province's marks.
      if (!issue) days[day - 1] = { address, text: text! };
      else days[day - 1] = text === undefined ? { address, issue } : { address, text, issue };
    }
    const nameCell = cells.get(nameCol);
    const name = !nameCell || nameCell.slave ? '' : labelText(nameCell.value);
    const nameAddress = nameAddressOf(r, nameCol);
    if (nameCell && !nameCell.slave && isFormulaWithoutResult(nameCell.value)) {
      problems.push(problem('error', 'cell.formulaNoResult', { value: '' }, { ...where, cell: nameAddress }));
      return 'reported';
    }
    if (!name) {
      if (firstMark) {
        problems.push(problem('error', 'grid.codesWithoutName', { row: r }, { ...where, cell: nameAddress }));
        return 'reported';
      }
      return 'empty';
    }
    // Each label read once (labelText normalises): TT and Mã are asked for several times.
    const tt = roleText(cells, 'tt');
    const id = roleText(cells, 'id');
    const section = sectionHeading(tt ?? '', name, id);
    if (section) {
      if (firstMark) {
        problems.push(problem('error', 'grid.marksOnSection', { row: r, name }, { ...where, cell: firstMark }));
        return 'reported';
      }
      if (section === 'capitals') problems.push(problem('warning', 'grid.sectionRow', { row: r, name }, { ...where, cell: nameAddress }));
      return 'heading';
    }
    // With a TT column, people are numbered or carry a Mã: a bare name may be a heading (`Khối Đảng`) that
    // would otherwise be scored as a person at full marks.
    if (columns.tt !== undefined && !tt && !id) {
      problems.push(problem('error', 'grid.rowWithoutNumber', { row: r, name }, { ...where, cell: cellAddress(r, columns.tt) }));
      return 'reported';
    }
    if (tt !== undefined && !isRowNumber(tt) && id)
      problems.push(problem('warning', 'grid.ttNotNumber', { tt, name }, { ...where, cell: cellAddress(r, columns.tt!) }));
    if (ws.isRowHidden(r)) {
      problems.push(problem('error', 'grid.hiddenRow', { row: r, name }, { ...where, cell: nameAddress }));
      return 'reported';
    }
    // Indexed loops in what runs for every row: they make no iterator, even before the code is optimised.
    let merged = false;
    for (let k = 0; merges.size > 0 && k < scored.length; k++) {
      const c = scored[k]!;
      const m = merges.get(cellKey(r, c));
      if (!m) continue;
      merged = true;
      if (reportedMerges.has(m.ref)) continue;
      reportedMerges.add(m.ref);
      problems.push(problem('error', 'grid.mergedCells', { range: m.ref }, { ...where, cell: cellAddress(m.top, m.left) }));
    }
    if (merged) return 'reported';
    for (let k = 0; k < hiddenColumns.length; k++) {
      const c = hiddenColumns[k]!;
      if (hasContent(cells.get(c)))
        problems.push(
          problem('error', 'grid.hiddenColumn', { column: cellAddress(r, c).replace(/\d+$/u, '') }, { ...where, cell: cellAddress(r, c) }),
        );
    }
    let evaluation: Partial<Record<EvaluationPart, RawEvaluationCell>> | undefined;
    for (let k = 0; k < evaluationParts.length; k++) {
      const part = evaluationParts[k]!;
      const col = columns[part]!;
      const cell = cells.get(col);
      evaluation ??= {};
      evaluation[part] = { address: cellAddress(r, col) as CellAddress, ...pointsValue(cell?.value ?? null, cell?.percent) };
    }
    const position = roleText(cells, 'position');
    rows.push({ row: r, id, name, nameCell: nameAddress, position, days: days ?? NO_DAYS, evaluation: evaluation ?? NO_EVALUATION });
    return 'person';
  }
}

function titleLinesOf(ws: SheetView, header: GridHeader): string[] {
  const lines: string[] = [];
  for (let r = 1; r < header.row; r++) {
    const texts = [...rowLabels(ws, r).values()];
    if (texts.length > 0) lines.push(texts.join(' '));
  }
  return lines;
}

function readSheetGrid(ws: SheetView, header: GridHeader, file: string, metadata: GridMetadata | undefined): RawGrid {
  const where = { file, sheet: ws.name };
  const problems: Problem[] = [];
  const missing = Array.from({ length: DAY_COLUMNS }, (_, i) => i + 1).filter((d) => !header.days.has(d));
  if (missing.length > 0) {
    problems.push(
      problem(
        'error',
        'grid.missingDayColumns',
        { days: missing.join(', ') },
        { ...where, cell: cellAddress(header.row, header.columns.name!) },
      ),
    );
  }
  for (const d of header.duplicateDays) problems.push(problem('error', 'grid.duplicateDay', { day: d.day }, { ...where, cell: d.address }));
  const evaluationColumns = EVALUATION_PARTS.filter((part) => header.columns[part] !== undefined);
  const { rows, belowEnd, stray, account } = readRows(ws, header, where, problems);
  if (rows.length > MAX_STAFF_ROWS)
    throw new UserError('grid.tooManyStaff', { file, sheet: ws.name, count: rows.length, max: MAX_STAFF_ROWS });
  return {
    file,
    sheet: ws.name,
    titleLines: titleLinesOf(ws, header),
    metadata,
    rows,
    problems,
    evaluationColumns,
    belowEnd,
    stray,
    account,
  };
}

/**
 * A sheet that holds a row of day numbers 1…31 but no header the reader knows (`Họ và tên cán bộ`):
 * a month, never to be skipped unseen. Its header cell, and the label it nearly is, when one is.
 */
function unrecognisedGrid(ws: SheetView): { cell: string; label: string } | undefined {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const days = new Set<number>();
    for (const cell of ws.cells(row).values()) {
      const n = dayNumber(cell.value);
      if (n !== undefined) days.add(n);
    }
    if (days.size < 28) continue;
    for (let r = Math.max(1, row - 2); r <= row; r++)
      for (const [col, text] of rowLabels(ws, r))
        if (/h[oọ]\s*(v[aà]\s*)?t[eê]n/iu.test(text.normalize('NFC'))) return { cell: cellAddress(r, col), label: text };
    return { cell: cellAddress(row, 1), label: '' };
  }
  return undefined;
}

/**
 * Every sheet that carries a grid header is a month (a clerk's year in one workbook). A hidden
 * sheet with a grid is not read and is reported: it does not print, so it cannot be a month the
 * committee saw. The hidden metadata names one month: with several grids it speaks for none.
 */
export function readGridsFromView(wb: WorkbookView, file: string): RawGrid[] {
  const found = wb.sheets.flatMap((ws) => {
    if (ws.name === METADATA_SHEET) return [];
    const header = findGridHeader(ws);
    return header ? [{ ws, header }] : [];
  });
  // A visible sheet of day columns whose header is worded otherwise stops at its header cell.
  const unread = wb.sheets.flatMap((ws) => {
    if (ws.name === METADATA_SHEET || ws.state !== 'visible' || found.some((f) => f.ws === ws)) return [];
    const near = unrecognisedGrid(ws);
    return near
      ? [
          problem(
            'error',
            near.label ? 'grid.headerNearly' : 'grid.headerMissing',
            { label: near.label },
            { file, sheet: ws.name, cell: near.cell },
          ),
        ]
      : [];
  });
  const visible = found.filter((f) => f.ws.state === 'visible');
  if (visible.length === 0 && unread.length > 0) {
    const first = unread[0]!;
    throw new UserError(first.key, { ...first.params }, 'input', unread);
  }
  if (visible.length === 0) throw new UserError(found.length > 0 ? 'grid.onlyHiddenSheets' : 'grid.noHeader', { file });
  const metadata = readMetadata(wb);
  const shared = metadata && visible.length > 1 ? { ...metadata, month: undefined } : metadata;
  const grids = visible.map(({ ws, header }) => readSheetGrid(ws, header, file, shared));
  const hidden = found.filter((f) => f.ws.state !== 'visible');
  const extra = [...hidden.map((h) => problem('error', 'grid.hiddenSheet', { sheet: h.ws.name }, { file, sheet: h.ws.name })), ...unread];
  if (extra.length > 0) grids[0] = { ...grids[0]!, problems: [...grids[0]!.problems, ...extra] };
  return grids;
}

/** The first grid of a workbook (rosters taken from last month's grid, the annotated copy). */
export function readGridFromView(wb: WorkbookView, file: string): RawGrid {
  return readGridsFromView(wb, file)[0]!;
}

/** Opens a workbook for reading through the fast path (checked, then read part by part), without exceljs. */
export async function openWorkbookView(file: string): Promise<WorkbookView> {
  const buf = await runtime().readInput(file);
  return readPackage(buf, file, checkXlsxPackage(file, buf));
}

/** The first grid of a file, read through the package reader. */
export async function readGridFile(file: string): Promise<RawGrid> {
  return readGridFromView(await openWorkbookView(file), file);
}

/** Every grid of a file (one per sheet that carries a grid header). */
export async function readGridFiles(file: string): Promise<RawGrid[]> {
  return readGridsFromView(await openWorkbookView(file), file);
}
