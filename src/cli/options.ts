import { UserError } from '../core/problems.js';
import type { YearMonth } from '../core/types.js';
import type { Period } from '../core/year.js';

/** Parsing of option values users type; a bad one is a usage error (exit 2). */

export function parseYearMonth(value: string): YearMonth {
  const m = /^(\d{4})-(\d{1,2})$/u.exec(value.trim());
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new UserError('usage.badMonth', { value }, 'usage');
  return { year: Number(m[1]), month };
}

/** Accepts 2023-03-01 and the Vietnamese 01/03/2023. */
export function parseDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value.trim());
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(value.trim());
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (y === undefined || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d))
    throw new UserError('usage.badDate', { value }, 'usage');
  return date.toISOString().slice(0, 10);
}

export function parsePeriod(from: string | undefined, to: string | undefined): Period | undefined {
  if (from === undefined && to === undefined) return undefined;
  const period = { from: parseDate(from ?? '0000-01-01'), to: parseDate(to ?? '9999-12-31') };
  if (period.from > period.to) throw new UserError('usage.periodOrder', {}, 'usage');
  return period;
}

/** `--date`: the document's date (default today, on this computer's calendar), ISO and as a local Date. */
export function documentDate(value: string | undefined, now = new Date()): { iso: string; date: Date } {
  const iso =
    value === undefined
      ? `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
      : parseDate(value);
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, date: new Date(y!, m! - 1, d!) };
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
