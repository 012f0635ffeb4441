import { monthDays } from './calendar.js';
import type { DeductionEvent, MonthStaff, ParsedMonth } from './grid.js';
import type { Rulebook } from './rulebook.js';
import type { Code, YearMonth } from './types.js';

/** Month scoring: events → points deducted per person. The rulebook decides every number. */

export interface PersonMonthScore extends MonthStaff {
  readonly month: number;
  readonly deducted: number;
  readonly score: number;
  /** Occurrences per deduction code (a `2B` counts 2). */
  readonly counts: Readonly<Record<string, number>>;
  /** Points per deduction code. */
  readonly points: Readonly<Record<string, number>>;
  /** Working days marked with a neutral absence code (leave, sickness, maternity), and how many of them were maternity. */
  readonly absentWorkdays: number;
  readonly maternityWorkdays: number;
  readonly workingDays: number;
}

export interface MonthScores {
  readonly ym: YearMonth;
  readonly file: string;
  readonly staff: readonly PersonMonthScore[];
}

/** Points by deduction code, made once per rulebook: a province's year asks for them twice per mark. */
const POINTS = new WeakMap<Rulebook, ReadonlyMap<string, number>>();

function pointsOf(rules: Rulebook, code: Code): number {
  let points = POINTS.get(rules);
  if (!points) {
    const byCode = new Map<string, number>();
    // The first rule of a code counts, as a search of the list would find it.
    for (const c of rules.deductionCodes) if (!byCode.has(c.code)) byCode.set(c.code, c.points);
    POINTS.set(rules, byCode);
    points = byCode;
  }
  return points.get(code) ?? 0;
}

export function eventPoints(rules: Rulebook, event: DeductionEvent): number {
  return pointsOf(rules, event.code) * event.count;
}

export function scoreMonth(month: ParsedMonth, rules: Rulebook, filter: (date: string) => boolean = () => true): MonthScores {
  const scorer = new MonthScorer(month, rules, filter);
  return { ym: month.ym, file: month.file, staff: month.staff.map((person) => scorer.score(person)) };
}

/**
 * Scores a month's people one at a time: a province's year folds each score as it is made, so no
 * month's scores are ever held together (they would outlive young-generation collection). A class,
 * not a closure made for each month: the year's fold calls the same `score` every month, where a
 * new closure each month made V8 throw away the fold's optimised code twelve times.
 */
export class MonthScorer {
  private readonly workdays: ReadonlySet<number>;
  private readonly eventsBy: ReadonlyMap<string, DeductionEvent[]>;
  private readonly marksBy: ReadonlyMap<string, ParsedMonth['marks'][number][]>;
  private readonly neutral: ReadonlyMap<string, Rulebook['neutralCodes'][number]>;

  constructor(
    private readonly month: ParsedMonth,
    private readonly rules: Rulebook,
    filter: (date: string) => boolean = () => true,
  ) {
    const days = monthDays(month.ym.year, month.ym.month, rules);
    this.workdays = new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day));
    this.eventsBy = groupBy(
      month.events.filter((e) => filter(e.date)),
      (e) => e.personId,
    );
    this.marksBy = groupBy(
      month.marks.filter((m) => filter(m.date)),
      (m) => m.personId,
    );
    this.neutral = new Map(rules.neutralCodes.map((c) => [c.code, c]));
  }

  score(person: ParsedMonth['staff'][number]): PersonMonthScore {
    const { rules, workdays } = this;
    // Most people have no mark in a month: they share one empty record and make no sets.
    const events = this.eventsBy.get(person.id);
    const counts: Record<string, number> = events ? {} : NONE;
    const points: Record<string, number> = events ? {} : NONE;
    let deducted = 0;
    // Indexed loops, and none for a person without marks: no empty list or iterator made per person.
    for (let i = 0; events !== undefined && i < events.length; i++) {
      const e = events[i]!;
      const p = eventPoints(rules, e);
      counts[e.code] = (counts[e.code] ?? 0) + e.count;
      points[e.code] = (points[e.code] ?? 0) + p;
      deducted += p;
    }
    const marks = this.marksBy.get(person.id);
    const absentDays = marks ? new Set<string>() : undefined;
    const maternityDays = marks ? new Set<string>() : undefined;
    for (let i = 0; marks !== undefined && i < marks.length; i++) {
      const m = marks[i]!;
      const rule = this.neutral.get(m.code);
      if (!rule?.absentDay || !workdays.has(Number(m.date.slice(8)))) continue;
      absentDays!.add(m.date);
      if (rule.maternity) maternityDays!.add(m.date);
    }
    const raw = rules.monthlyPoints - deducted;
    // Fields are listed, not spread: spreading costs about 3 µs a person, a third of a 10,000-staff tally.
    return {
      id: person.id,
      hasOwnId: person.hasOwnId,
      name: person.name,
      nameKey: person.nameKey,
      position: person.position,
      row: person.row,
      nameCell: person.nameCell,
      month: this.month.ym.month,
      deducted,
      score: rules.floorMonthAtZero ? Math.max(0, raw) : raw,
      counts,
      points,
      absentWorkdays: absentDays?.size ?? 0,
      maternityWorkdays: maternityDays?.size ?? 0,
      workingDays: workdays.size,
    };
  }
}

/** The counts and points of a month without deductions, shared (and frozen: no one adds to it). */
const NONE: Record<string, number> = Object.freeze({}) as Record<string, number>;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
