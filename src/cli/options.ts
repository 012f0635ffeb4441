import { localDateOf, localIsoDate, readTypedDate } from '../core/dates.js';
import { UserError } from '../core/problems.js';
import type { YearMonth } from '../core/types.js';
import type { DateRange } from '../core/year.js';

/** Parsing of option values users type; a bad one is a usage error (exit 2). */

export function parseYearMonth(value: string): YearMonth {
  const m = /^(\d{4})-(\d{1,2})$/u.exec(value.trim());
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new UserError('usage.badMonth', { value }, 'usage');
  return { year: Number(m[1]), month };
}

/** Accepts 2023-03-01 and the Vietnamese 01/03/2023 (core/dates.ts); anything else is a usage error. */
function parseDate(value: string): string {
  const iso = readTypedDate(value);
  if (iso === undefined) throw new UserError('usage.badDate', { value }, 'usage');
  return iso;
}

export function parsePeriod(from: string | undefined, to: string | undefined): DateRange | undefined {
  if (from === undefined && to === undefined) return undefined;
  // An open end reaches past any year a grid can hold (ISO dates compare as text).
  const period = { from: from === undefined ? '0000-01-01' : parseDate(from), to: to === undefined ? '9999-12-31' : parseDate(to) };
  if (period.from > period.to) throw new UserError('usage.periodOrder', {}, 'usage');
  return period;
}

/** `--date`: the document's date (default today, on this computer's calendar), ISO and as a local Date. */
export function documentDate(value: string | undefined, now = new Date()): { iso: string; date: Date } {
  const iso = value === undefined ? localIsoDate(now) : parseDate(value);
  return { iso, date: localDateOf(iso) };
}

/** `tally --export`: a .csv or an .xlsx. */
export function exportOutput(path: string | undefined): string | undefined {
  if (path !== undefined && !/\.(csv|xlsx)$/iu.test(path)) throw new UserError('usage.notExportOutput', { file: path }, 'usage');
  return path;
}

/** A workbook is written under a name ending .xlsx: `-o report.csv` would be an .xlsx no program opens as CSV. */
export function workbookOutput<T extends string | undefined>(path: T): T {
  if (path !== undefined && !/\.xlsx$/iu.test(path)) throw new UserError('usage.notXlsxOutput', { file: path }, 'usage');
  return path;
}
