/**
 * Dates, in one place. The core keeps dates as ISO strings (2026-12-10: they sort and compare as
 * text); clerks read and type them as 10/12/2026.
 */

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a local calendar day (this computer's, as the clerk sees it). */
export function localIsoDate(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The local Date of an ISO day, at midnight. */
export function localDateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** 2026-12-10 prints 10/12/2026. */
export function isoToDdmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A date typed as dd/mm/yyyy (d/m/yyyy too) or yyyy-mm-dd, as ISO; undefined when it is no real day. */
export function readTypedDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
  const [y, m, d] = (iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : []).map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoDate(y, m, d) : undefined;
}
