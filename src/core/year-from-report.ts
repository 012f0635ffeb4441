import type { Problem } from './problems.js';
import { UserError } from './problems.js';
import { expectedMonths, type PersonYear, runningDate, type YearResult } from './year.js';

/** What a tally report keeps of its year (its hidden data sheet), as classify reads it back. */
export interface ReportedYear {
  readonly year: number;
  readonly unit?: string;
  readonly months: number[];
  readonly missingMonths: number[];
  readonly period?: { readonly from: string; readonly to: string };
}

/**
 * The year a tally report holds, as classify takes it instead of the grids: a report gives
 * exactly what its grids give, or is refused — one of part of the year (--from/--to) would rate
 * the year on part of it. The months expected are those of the classification's date, as for grids.
 */
export function yearFromReport(
  file: string,
  header: ReportedYear,
  staff: PersonYear[],
  asOf: string,
  problems: readonly Problem[],
): YearResult {
  const { period, ...kept } = header;
  if (period && !(period.from <= `${header.year}-01-01` && period.to >= `${header.year}-12-31`))
    throw new UserError('classify.periodReport', { file, from: period.from, to: period.to });
  const expected = expectedMonths(header.year, undefined, asOf);
  const scope = { kind: 'year' as const, year: header.year };
  const running = runningDate(scope, asOf);
  return {
    ...kept,
    scope,
    missingMonths: expected.filter((m) => !header.months.includes(m)),
    staff,
    deductions: [],
    problems: [...problems],
    ...(running ? { asOf: running } : {}),
  };
}
