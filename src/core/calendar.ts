import { isoToDdmmyyyy } from './dates.js';
import { tetDate } from './lunar.js';
import { type Problem, problem } from './problems.js';
import type { Rulebook } from './rulebook.js';
import { provisionalDaysOff } from './statutory-holidays.js';
import { isoDate } from './types.js';

/** What a day column means for one month: it may not exist (31 February), be a weekend, a holiday or a working day. */
export type DayKind = 'missing' | 'weekend' | 'holiday' | 'workday';

export interface DayInfo {
  readonly day: number;
  readonly kind: DayKind;
  /** 0 = Sunday … 6 = Saturday; undefined for a missing day. */
  readonly weekday?: number;
  /** The holiday or swapped-day name from the rulebook, if any. */
  readonly note?: string;
}

/** Whether the rulebook has the official schedule of `year`; without it the law's days are used, provisionally. */
export function hasOfficialCalendar(year: number, rules: Pick<Rulebook, 'calendar'>): boolean {
  return rules.calendar[String(year)] !== undefined;
}

export const DAY_COLUMNS = 31;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The 31 day columns of a month with their kinds; a swapped working Saturday (làm bù) is a workday. */
export function monthDays(year: number, month: number, rules: Pick<Rulebook, 'calendar'>): DayInfo[] {
  const cal = rules.calendar[String(year)];
  // A year the rulebook does not list: the days off the law fixes, marked "dự kiến" (statutory-holidays.ts).
  const off = new Map((cal?.daysOff ?? provisionalDaysOff(year)).map((d) => [d.date, d.name]));
  const swapped = new Map((cal?.workingWeekendDays ?? []).map((d) => [d.date, d.name]));
  const last = daysInMonth(year, month);
  const out: DayInfo[] = [];
  for (let day = 1; day <= DAY_COLUMNS; day++) {
    if (day > last) {
      out.push({ day, kind: 'missing' });
      continue;
    }
    const date = isoDate(year, month, day);
    const weekday = weekdayOf(year, month, day);
    const swappedName = swapped.get(date);
    const offName = off.get(date);
    if (swappedName !== undefined) out.push({ day, kind: 'workday', weekday, note: swappedName });
    else if (offName !== undefined) out.push({ day, kind: 'holiday', weekday, note: offName });
    else if (weekday === 0 || weekday === 6) out.push({ day, kind: 'weekend', weekday });
    else out.push({ day, kind: 'workday', weekday });
  }
  return out;
}

/** One warning per year the grids cover that has no official schedule in the rulebook. */
export function provisionalCalendarProblems(years: Iterable<number>, rules: Pick<Rulebook, 'calendar'>): Problem[] {
  return [...new Set(years)]
    .filter((y) => y > 0 && !hasOfficialCalendar(y, rules))
    .sort()
    .map((year) => problem('warning', 'calendar.provisional', { year, tet: isoToDdmmyyyy(tetDate(year)) }));
}
