import { isoDate as iso } from './dates.js';
import type { PeriodScore } from './evaluation.js';
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

/** The last day a report covers: after its date, the report is final. */
export function reportEnd(p: ReportPeriod): string {
  switch (p.kind) {
    case 'year':
      return iso(p.year, 12, 31);
    case 'month':
      return iso(p.year, p.month, lastDay(p.year, p.month));
    case 'quarter':
      return iso(p.year, p.quarter * 3, lastDay(p.year, p.quarter * 3));
    case 'range':
      return p.to;
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

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** Quarters are written in Roman numerals on Vietnamese documents: quý IV. */
export function romanQuarter(quarter: number): string {
  return ROMAN_QUARTERS[quarter - 1] ?? String(quarter);
}

/**
 * Which evaluation score a report shows: the year's (the year report), one period's (a quarter's
 * report in a quarterly evaluation, a month's in a monthly one), or none (a month of a quarterly
 * evaluation, a range of dates): a period score never stands under a year label.
 */
export type ReportScore = { readonly kind: 'year' } | { readonly kind: 'period'; readonly period: number } | { readonly kind: 'none' };

export function reportScore(p: ReportPeriod, evaluationPeriod: 'month' | 'quarter'): ReportScore {
  if (p.kind === 'year') return { kind: 'year' };
  if (p.kind === 'quarter' && evaluationPeriod === 'quarter') return { kind: 'period', period: p.quarter };
  if (p.kind === 'month' && evaluationPeriod === 'month') return { kind: 'period', period: p.month };
  return { kind: 'none' };
}

/** A person's score for the report, with whether it is provisional; null while not complete. */
export function scoreForReport(
  e: {
    readonly yearScore: number | null;
    readonly partial: boolean;
    readonly periods: readonly Pick<PeriodScore, 'period' | 'total' | 'partial'>[];
  },
  which: ReportScore,
): { value: number | null; provisional: boolean } | undefined {
  if (which.kind === 'none') return undefined;
  if (which.kind === 'year') return { value: e.yearScore, provisional: e.partial };
  const period = e.periods.find((p) => p.period === which.period);
  return period ? { value: period.total, provisional: period.partial } : undefined;
}

/** How a report's figures are named after what it covers ("Tổng điểm quý IV"): the words are the caller's. */
export function scopeParams(p: ReportPeriod): { kind: ReportPeriod['kind']; quarter: string; month: number; year: number } {
  return {
    kind: p.kind,
    quarter: p.kind === 'quarter' ? romanQuarter(p.quarter) : '',
    month: p.kind === 'month' ? p.month : 0,
    year: p.year,
  };
}
