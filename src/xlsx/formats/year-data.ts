import type { PersonYear } from '../../core/year.js';
import type { DocumentWorkbook, RowSink } from '../write/workbook-file.js';

/**
 * The report keeps the exact year figures in a hidden sheet, so `classify` can start from a tally
 * report without re-reading twelve grids. It is validated on the way back in like any input.
 */

export const YEAR_DATA_SHEET = '_scoring_year';

export interface YearData {
  readonly year: number;
  readonly unit?: string;
  readonly months: number[];
  readonly missingMonths: number[];
  /** A --from/--to report covers part of the year only. */
  readonly period?: { readonly from: string; readonly to: string };
  /** The rulebook the report was made with, as JSON. */
  readonly rulebook?: string;
}

export async function writeYearData(wb: DocumentWorkbook, header: YearData, staff: readonly PersonYear[], sink: RowSink): Promise<void> {
  // One JSON per person: a year's runs past the 255 characters the writer shares, so it stays inline.
  const ws = wb.addWorksheet(YEAR_DATA_SHEET, { state: 'hidden' });
  await sink.rowDone(ws.addRow(['year', JSON.stringify(header)]));
  for (const p of staff) {
    const pause = sink.rowDone(ws.addRow(['person', personJson(p)]));
    if (pause) await pause;
  }
  await sink.sheetDone(ws);
}

/** A person's year as JSON; the replacer (several times slower) only when a file is named in it. */
function personJson(p: PersonYear): string {
  const json = JSON.stringify(p);
  return json.includes('"file":') ? JSON.stringify(p, withoutPaths) : json;
}

/** The report carries file names, never a path of the computer it was made on (not even in its hidden data). */
function withoutPaths(key: string, value: unknown): unknown {
  return key === 'file' && typeof value === 'string' ? (value.split(/[\\/]/u).pop() ?? value) : value;
}
