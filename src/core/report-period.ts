import { isoDate as iso } from './dates.js';
import type { DateRange } from './year.js';

/**
 * What a tally report covers, for its title: the periodic report to the chairperson names its
 * month, quarter or dates ("… THÁNG 03 NĂM 2023", "… QUÝ I NĂM 2023", "… TỪ 01/03/2023 ĐẾN
 * 19/05/2023"); a whole year is the year report.
 */
export type ReportPeriod =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'range'; readonly year: number; readonly from: string; readonly to: string };

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months m..n of `year` as a report period: one month, one quarter, the year, or a range of dates. */
function ofMonths(year: number, first: number, last: number): ReportPeriod {
  if (first === last) return { kind: 'month', year, month: first };
  if (first === 1 && last === 12) return { kind: 'year', year };
  if (last - first === 2 && first % 3 === 1) return { kind: 'quarter', year, quarter: (first + 2) / 3 };
  return { kind: 'range', year, from: iso(year, first, 1), to: iso(year, last, lastDay(year, last)) };
}

/**
 * From the `--from/--to` period when given (whole months and quarters are named as such), else
 * from the months of the grids: twelve (or scattered) months make the year report.
 */
export function reportPeriodOf(year: number, months: readonly number[], period?: DateRange): ReportPeriod {
  if (period) {
    const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
    if (fy === ty && fd === 1 && td === lastDay(ty, tm)) return ofMonths(fy, fm, tm);
    return { kind: 'range', year, from: period.from, to: period.to };
  }
  const sorted = [...months].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const contiguous = first !== undefined && last !== undefined && last - first + 1 === sorted.length;
  if (!contiguous || sorted.length === 12) return { kind: 'year', year };
  const p = ofMonths(year, first, last);
  // A run of months that is neither one month nor a quarter is still the year report so far.
  return p.kind === 'range' ? { kind: 'year', year } : p;
}

/** The first day a report covers: its letterhead belongs to that date. */
export function reportStart(p: ReportPeriod): string {
  switch (p.kind) {
    case 'year':
      return iso(p.year, 1, 1);
    case 'month':
      return iso(p.year, p.month, 1);
    case 'quarter':
      return iso(p.year, p.quarter * 3 - 2, 1);
    case 'range':
      return p.from;
  }
}

/** The months a report shows as columns. */
export function reportMonths(p: ReportPeriod, present: readonly number[]): number[] {
  switch (p.kind) {
    case 'year':
      return Array.from({ length: 12 }, (_, i) => i + 1);
    case 'month':
      return [p.month];
    case 'quarter':
      return [1, 2, 3].map((k) => p.quarter * 3 - 3 + k);
    case 'range':
      return [...present];
  }
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** The report's default file name by its period, so the March report never takes the year report's name. */
export function reportFileName(p: ReportPeriod): string {
  const dmy = (isoDate: string) => isoDate.split('-').reverse().join('-');
  switch (p.kind) {
    case 'year':
      return `tong-hop-${p.year}.xlsx`;
    case 'month':
      return `bao-cao-thang-${String(p.month).padStart(2, '0')}-${p.year}.xlsx`;
    case 'quarter':
      return `bao-cao-quy-${ROMAN_QUARTERS[p.quarter - 1]}-${p.year}.xlsx`;
    case 'range':
      return `bao-cao-${dmy(p.from)}-den-${dmy(p.to)}.xlsx`;
  }
}
