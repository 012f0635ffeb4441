import { problem, UserError } from '../../core/problems.js';
import { personIdOf, type RosterRow, validateRoster } from '../../core/staff.js';
import { decodeCsv, parseCsv } from '../../io/csv.js';
import { runtime } from '../../io/runtime.js';
import { type ColumnRole, columnRole } from '../formats/header-labels.js';
import { findGridHeader, openWorkbookView, readGridFromView } from './grid-reader.js';
import { columnLetters, type WorkbookView } from './sheet-view.js';
import { sheetTable } from './table-reader.js';

/** Rosters (SPEC §5) from .csv, .xlsx, or a previous month's grid (reusing its staff list). */

const HEADER_SEARCH_ROWS = 10;

function rowsFromTable(file: string, table: readonly (readonly string[])[], sheet?: string, firstLine = 1): RosterRow[] {
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex((cells) => cells.some((c) => columnRole(c) === 'name'));
  if (headerIndex < 0) throw new UserError('roster.noNameColumn', { file });
  const columns = new Map<ColumnRole, number>();
  table[headerIndex]!.forEach((label, i) => {
    const role = columnRole(label);
    if (role && !columns.has(role)) columns.set(role, i);
  });
  const get = (cells: readonly string[], role: ColumnRole) => {
    const i = columns.get(role);
    const v = i === undefined ? undefined : cells[i]?.normalize('NFC').trim();
    return v ? v : undefined;
  };
  const at = (role: ColumnRole, line: number) => (columns.has(role) ? `${columnLetters(1 + columns.get(role)!)}${line}` : undefined);
  return table.slice(headerIndex + 1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const line = firstLine + headerIndex + 1 + i;
    return [
      {
        line,
        source: {
          file,
          sheet,
          nameCell: at('name', line),
          disciplineCell: at('discipline', line),
          dateCell: at('disciplineDate', line),
          listedCaseCell: at('listedCase', line),
        },
        id: get(cells, 'id'),
        name: get(cells, 'name') ?? '',
        position: get(cells, 'position'),
        group: get(cells, 'group'),
        discipline: get(cells, 'discipline'),
        disciplineDate: get(cells, 'disciplineDate'),
        listedCase: get(cells, 'listedCase'),
      },
    ];
  });
}

/** The first visible sheet: last month's grid (its staff list), or a table with a "Họ và tên" column. */
function rowsFromWorkbook(file: string, view: WorkbookView): RosterRow[] {
  const ws = view.sheets.find((w) => w.state === 'visible');
  if (!ws) throw new UserError('roster.noNameColumn', { file });
  if (findGridHeader(ws)) {
    // A row the reader stopped at (merged, hidden, a bare name) would vanish from next month's staff list.
    const grid = readGridFromView(view, file);
    const errors = grid.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new UserError('roster.gridHasErrors', { file, count: errors.length }, 'input', errors);
    // Last month's grid carries the roster's Nhóm in its metadata: next month keeps it.
    const groups = grid.metadata?.groups ?? {};
    return grid.rows.map((r) => {
      const group = groups[personIdOf(r.id, r.name)];
      return { line: r.row, id: r.id, name: r.name, position: r.position, ...(group ? { group } : {}) };
    });
  }
  return rowsFromTable(file, sheetTable(ws), ws.name);
}

export async function readRoster(file: string): Promise<RosterRow[]> {
  const ext = /\.[^.\\/]*$/u.exec(file)?.[0]?.toLowerCase() ?? '';
  let rows: RosterRow[];
  if (ext === '.csv') {
    const bytes = await runtime().readInput(file);
    const text = decodeCsv(bytes);
    if (text === undefined) throw new UserError('roster.notUtf8', { file });
    rows = rowsFromTable(file, parseCsv(text));
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    // The project's own package reader, as for grids: exceljs's reader throws on files other writers save.
    rows = rowsFromWorkbook(file, await openWorkbookView(file));
  } else if (ext === '.xls') {
    throw new UserError('file.xls', { file });
  } else {
    throw new UserError('roster.unsupported', { file });
  }
  if (rows.length === 0) throw new UserError('roster.empty', { file });
  const issues = validateRoster(rows);
  const first = issues[0];
  if (first) {
    throw new UserError(
      first.key,
      { file, ...first.params },
      'input',
      issues.map((i) => problem('error', i.key, { file, ...i.params })),
    );
  }
  return rows;
}
