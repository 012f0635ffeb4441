import { UserError } from '../../core/problems.js';
import { decodeCsv, parseCsv } from '../../io/csv.js';
import { runtime } from '../../io/runtime.js';
import { labelText } from './cell-text.js';
import { openWorkbookView } from './grid-reader.js';
import type { SheetView } from './sheet-view.js';

/** A sheet as rows of cell texts (merged cells' followers empty), for files that are plain tables. */
export function sheetTable(ws: SheetView): string[][] {
  const table: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    for (const [col, cell] of ws.cells(r)) {
      while (cells.length < col - 1) cells.push('');
      cells.push(cell.slave ? '' : labelText(cell.value));
    }
    table.push(cells);
  }
  return table;
}

/** A .csv (UTF-8) or the first visible sheet of an .xlsx, as rows of cell texts. */
export async function readTable(file: string): Promise<string[][]> {
  const ext = /\.[^.\\/]*$/u.exec(file)?.[0]?.toLowerCase() ?? '';
  if (ext === '.csv') {
    const text = decodeCsv(await runtime().readInput(file));
    if (text === undefined) throw new UserError('roster.notUtf8', { file });
    return parseCsv(text);
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    const ws = (await openWorkbookView(file)).sheets.find((w) => w.state === 'visible');
    return ws ? sheetTable(ws) : [];
  }
  if (ext === '.xls') throw new UserError('file.xls', { file });
  throw new UserError('roster.unsupported', { file });
}
