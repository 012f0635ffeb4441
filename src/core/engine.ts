import { ByPerson } from './by-person.js';
import { monthDays } from './calendar.js';
import type { DeductionEvent, MonthStaff, ParsedMonth } from './grid.js';
import type { Rulebook } from './rulebook.js';
import type { Code, YearMonth } from './types.js';

/** Month scoring: events → points deducted per person. The rulebook decides every number. */

/** What a person's month adds to their year. */
export interface MonthFigures {
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

export interface PersonMonthScore extends MonthStaff, MonthFigures {}

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

export function scoreMonth(month: ParsedMonth, rules: Rulebook, filter?: (date: string) => boolean): MonthScores {
  const scorer = new MonthScorer(month, rules, filter);
  return { ym: month.ym, file: month.file, staff: month.staff.map((person) => scorer.scoreOf(person)) };
}

/**
 * Scores a month's people one at a time: a province's year folds each score as it is made, so no
 * month's scores are ever held together (they would outlive young-generation collection). A class,
 * not a closure made for each month: the year's fold calls the same `score` every month, where a
 * new closure each month made V8 throw away the fold's optimised code twelve times.
 */
export class MonthScorer {
  private readonly workdays: ReadonlySet<number>;
  private readonly events: ByPerson<DeductionEvent>;
  private readonly marks: ByPerson<ParsedMonth['marks'][number]>;
  private readonly neutral: ReadonlyMap<string, Rulebook['neutralCodes'][number]>;

  /**
   * `inTurn`: the caller scores the month's staff once each, in their order (the year's fold), so
   * a person's events are found by walking the month's list (see ByPerson).
   */
  constructor(
    private readonly ofMonth: ParsedMonth,
    private readonly rules: Rulebook,
    filter?: (date: string) => boolean,
    inTurn = false,
  ) {
    const days = monthDays(ofMonth.ym.year, ofMonth.ym.month, rules);
    this.workdays = new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day));
    const staff = inTurn ? ofMonth.staff : undefined;
    // Without a filter (no period) the month's own lists, not copies of them.
    this.events = new ByPerson(filter ? ofMonth.events.filter((e) => filter(e.date)) : ofMonth.events, staff);
    this.marks = new ByPerson(filter ? ofMonth.marks.filter((m) => filter(m.date)) : ofMonth.marks, staff);
    this.neutral = new Map(rules.neutralCodes.map((c) => [c.code, c]));
  }

  /** The figures of the person `measure` was last given. */
  deducted = 0;
  score = 0;
  counts: Readonly<Record<string, number>> = NONE;
  points: Readonly<Record<string, number>> = NONE;
  absentWorkdays = 0;
  maternityWorkdays = 0;

  get month(): number {
    return this.ofMonth.ym.month;
  }

  get workingDays(): number {
    return this.workdays.size;
  }

  /**
   * Works out one person's month into the scorer's own fields (MonthFigures), making no object for
   * it: the year's fold reads them at once, for each of a province's 120,000 person-months.
   */
  measure(person: MonthStaff): MonthFigures {
    const { rules, workdays } = this;
    // Most people have no mark in a month: they share one empty record.
    const events = this.events.of(person);
    const counts: Record<string, number> = events.from < events.to ? {} : NONE;
    const points: Record<string, number> = events.from < events.to ? {} : NONE;
    let deducted = 0;
    // Indexed loops, and none for a person without marks: no empty list or iterator made per person.
    for (let i = events.from; i < events.to; i++) {
      const e = events.list[i]!;
      const p = eventPoints(rules, e);
      counts[e.code] = (counts[e.code] ?? 0) + e.count;
      points[e.code] = (points[e.code] ?? 0) + p;
      deducted += p;
    }
    // Working days with a neutral absence, and those of maternity: bits 1–31 by day of the month.
    let absentDays = 0;
    let maternityDays = 0;
    const marks = this.marks.of(person);
    for (let i = marks.from; i < marks.to; i++) {
      const m = marks.list[i]!;
      const rule = this.neutral.get(m.code);
      const day = Number(m.date.slice(8));
      if (!rule?.absentDay || !workdays.has(day)) continue;
      absentDays |= 1 << day;
      if (rule.maternity) maternityDays |= 1 << day;
    }
    const raw = rules.monthlyPoints - deducted;
    this.deducted = deducted;
    this.score = rules.floorMonthAtZero ? Math.max(0, raw) : raw;
    this.counts = counts;
    this.points = points;
    this.absentWorkdays = bitCount(absentDays);
    this.maternityWorkdays = bitCount(maternityDays);
    return this;
  }

  /** One person's month as an object of its own. */
  scoreOf(person: MonthStaff): PersonMonthScore {
    this.measure(person);
    // Fields are listed, not spread: spreading costs about 3 µs a person, a third of a 10,000-staff tally.
    return {
      id: person.id,
      hasOwnId: person.hasOwnId,
      name: person.name,
      nameKey: person.nameKey,
      position: person.position,
      row: person.row,
      nameCell: person.nameCell,
      month: this.month,
      deducted: this.deducted,
      score: this.score,
      counts: this.counts,
      points: this.points,
      absentWorkdays: this.absentWorkdays,
      maternityWorkdays: this.maternityWorkdays,
      workingDays: this.workingDays,
    };
  }
}

/** The counts and points of a month without deductions, shared (and frozen: no one adds to it). */
const NONE: Record<string, number> = Object.freeze({}) as Record<string, number>;

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
