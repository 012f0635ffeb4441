import { toUnits } from '../../core/decimal.js';
import { FORM_ROWS, type FormRow, type FormScores, formRowMax, OTHER_GENERAL_ROWS, sumOfRows } from '../../core/form-scores.js';
import { type Problem, problem } from '../../core/problems.js';
import type { Rulebook } from '../../core/rulebook.js';
import type { CellAddress } from '../../core/types.js';
import { documentTemplate } from '../layout/template.js';
import { labelText, pointsValue } from './cell-text.js';
import { openWorkbookView } from './grid-reader.js';
import { cellAddress, type SheetView } from './sheet-view.js';

/**
 * Reads back the Mẫu số 01 the tool wrote (`scoring forms`) once the leader and the person have
 * filled columns (5) and (4): each form by its "Họ và tên:" line and its period line, each row by its
 * criterion's words. Every figure typed in the table is consumed or said at its cell: a figure over
 * its row's maximum, text, a heading or a total that is not the sum of its rows, I.2 changed by hand.
 */

const COL = { tt: 1, criterion: 2, self: 4, leader: 5 } as const;

/** The criterion words of each row, as the writer prints them (templates/documents.json). */
function rowsByText(): Map<string, FormRow | 'I' | 'II' | 'other' | 'general' | 'total'> {
  const t = documentTemplate().forms;
  const c = t.criteria.map((row) => row[1]);
  const key = (s: string) => s.normalize('NFC').trim();
  return new Map<string, FormRow | 'I' | 'II' | 'other' | 'general' | 'total'>([
    [key(c[0]!), 'I'],
    [key(c[1]!), 'I.1'],
    [key(c[2]!), 'I.2'],
    [key(c[3]!), 'II'],
    [key(c[4]!), 'II.1'],
    [key(c[5]!), 'II.2'],
    [key(c[6]!), 'II.3'],
    [key(c[7]!), 'II.4'],
    [key(c[8]!), 'III'],
    [key(t.otherGeneral), 'other'],
    [key(t.generalTotal), 'general'],
    [key(t.task), 'task'],
    [key(t.total), 'total'],
  ]);
}

const PERIOD_LINE = /(Quý|Tháng)\s+([IV]+|\d{1,2})\s+năm\s+(\d{4})/u;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function text(ws: SheetView, row: number, col: number): string {
  const cell = ws.cells(row).get(col);
  return cell && !cell.slave ? labelText(cell.value) : '';
}

/** The sheets of forms the writer makes: `Phiếu đánh giá`, then `Phiếu đánh giá (2)` and on for a large unit. */
function isFormsSheet(name: string): boolean {
  const t = documentTemplate().forms;
  const [before, after] = t.sheetContinued.split('{n}') as [string, string];
  const n = name.startsWith(before) && name.endsWith(after) ? name.slice(before.length, name.length - after.length) : '';
  return name === t.sheet || /^\d+$/u.test(n);
}

export async function readFilledForms(file: string, rules: Rulebook, year: number): Promise<{ forms: FormScores[]; problems: Problem[] }> {
  const view = await openWorkbookView(file);
  const named = view.sheets.filter((s) => isFormsSheet(s.name));
  const sheets = named.length > 0 ? named : view.sheets.filter((s) => s.state === 'visible').slice(0, 1);
  const problems: Problem[] = [];
  const forms: FormScores[] = [];
  for (const ws of sheets) readFormsSheet(ws, file, rules, year, forms, problems);
  return { forms, problems };
}

/** The forms of one sheet, added to `forms`; what is wrong in them, to `problems`. */
function readFormsSheet(ws: SheetView, file: string, rules: Rulebook, year: number, forms: FormScores[], problems: Problem[]): void {
  const rowKinds = rowsByText();
  const namePrefix = documentTemplate().forms.name.split('{')[0]!;
  const at = (row: number, col: number) => ({ file, sheet: ws.name, cell: cellAddress(row, col) as CellAddress });
  let period: number | undefined;
  for (let r = 1; r <= ws.rowCount; r++) {
    const first = text(ws, r, COL.tt);
    const m = PERIOD_LINE.exec(first);
    if (m && Number(m[3]) === year) period = m[1] === 'Quý' ? (ROMAN[m[2]!] ?? 0) : Number(m[2]);
    if (!first.startsWith(namePrefix) || period === undefined) continue;
    const name = first.slice(namePrefix.length).trim();
    const leader: Partial<Record<FormRow, number>> = {};
    const self: Partial<Record<FormRow, number>> = {};
    const cells: Partial<Record<FormRow, CellAddress>> = {};
    const typedTotals: { kind: string; column: 'self' | 'leader'; value: number; row: number; col: number }[] = [];
    let end = r + 1;
    for (; end <= ws.rowCount; end++) {
      const kind = rowKinds.get(text(ws, end, COL.criterion).normalize('NFC').trim());
      if (kind === undefined) continue;
      for (const column of ['self', 'leader'] as const) {
        const col = COL[column];
        const cell = ws.cells(end).get(col);
        if (!cell || cell.slave) continue;
        const read = pointsValue(cell.value);
        if (read.issue) {
          problems.push(problem(read.issue.severity, read.issue.key, read.issue.params, at(end, col)));
          continue;
        }
        if (read.text !== undefined) {
          problems.push(problem('error', 'formScores.notNumber', { name, value: read.text }, at(end, col)));
          continue;
        }
        if (read.value === undefined) continue;
        if ((FORM_ROWS as readonly string[]).includes(kind)) {
          const row = kind as FormRow;
          const max = formRowMax(row, rules);
          if (read.value < 0 || read.value > max) {
            problems.push(problem('error', 'formScores.outOfRange', { name, value: read.value, max }, at(end, col)));
            continue;
          }
          if (column === 'leader') {
            leader[row] = read.value;
            cells[row] = cellAddress(end, col) as CellAddress;
          } else self[row] = read.value;
        } else typedTotals.push({ kind, column, value: read.value, row: end, col });
      }
      if (kind === 'total') break;
    }
    // I.2 is the grid's, with its evidence: applyFormScores says so at the cell if it was changed.
    const f: FormScores = { name, period, leader, self, file, sheet: ws.name, nameCell: cellAddress(r, COL.tt) as CellAddress, cells };
    problems.push(...checkTotals(f, typedTotals, at));
    forms.push(f);
    r = end;
  }
}

/** A heading or total typed by hand must be the sum of its rows (column by column): else it is said at its cell. */
function checkTotals(
  f: FormScores,
  typed: readonly { kind: string; column: 'self' | 'leader'; value: number; row: number; col: number }[],
  at: (row: number, col: number) => Pick<Problem, 'file' | 'sheet' | 'cell'>,
): Problem[] {
  const out: Problem[] = [];
  for (const t of typed) {
    const values = t.column === 'leader' ? f.leader : f.self;
    const rows: readonly FormRow[] =
      t.kind === 'I'
        ? ['I.1', 'I.2']
        : t.kind === 'II'
          ? ['II.1', 'II.2', 'II.3', 'II.4']
          : t.kind === 'other'
            ? OTHER_GENERAL_ROWS
            : t.kind === 'general'
              ? [...OTHER_GENERAL_ROWS, 'I.2']
              : [...OTHER_GENERAL_ROWS, 'I.2', 'task'];
    // The tool's own figures (I.2 from the grid, and totals of the grid's columns) are in the leader's column already.
    const sum = sumOfRows(values, rows);
    if (sum === null) continue;
    if (toUnits(sum, 2) !== toUnits(t.value, 2))
      out.push(problem('error', 'formScores.badTotal', { name: f.name, value: t.value, sum }, at(t.row, t.col)));
  }
  return out;
}
