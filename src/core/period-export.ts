import { bandFor } from './classify.js';
import { evaluatePerson, monthsOfPeriod, periodLeftDuring } from './evaluation.js';
import type { Level, Rulebook } from './rulebook.js';
import type { YearResult } from './year.js';

/**
 * The bridge to the province's evaluation software and to a person's next unit (Nghị định
 * 335/2025 Điều 19 khoản 1: monthly results travel with the person): one row per person per
 * period, with the discipline criterion I.2, the deductions behind it and the leader's figures.
 * Without an evaluation section the period is the month and only the grid's figures are given.
 */

export interface PeriodRow {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  /** `Q1-2026` or `T03-2026`. */
  readonly period: string;
  readonly months: readonly number[];
  /** I.2 (or, without an evaluation section, the month's score) and its maximum. */
  readonly discipline: number;
  readonly disciplineMax: number;
  readonly deductionCount: number;
  readonly deductionPoints: number;
  readonly otherGeneral: number | null;
  readonly task: number | null;
  readonly total: number | null;
  /** The band of a complete period total. */
  readonly level: Level | null;
  /** Provisional: the grids given lack a month of the period, the period is not over on `asOf`, or the person left during it. */
  readonly partial: boolean;
  /** ISO date the figures stand at, for a period not over on the document's date. */
  readonly asOf: string | null;
}

export function periodName(kind: 'month' | 'quarter', period: number, year: number): string {
  return kind === 'quarter' ? `Q${period}-${year}` : `T${String(period).padStart(2, '0')}-${year}`;
}

export function periodRows(year: YearResult, rules: Rulebook): PeriodRow[] {
  const counts = new Map<string, number>();
  for (const d of year.deductions) {
    const key = `${d.personId}|${Number(d.date.slice(5, 7))}`;
    counts.set(key, (counts.get(key) ?? 0) + d.count);
  }
  const ev = rules.evaluation;
  const rows: PeriodRow[] = [];
  for (const p of year.staff) {
    const deductions = (months: readonly number[]) => ({
      deductionCount: months.reduce((n, m) => n + (counts.get(`${p.id}|${m}`) ?? 0), 0),
      deductionPoints: months.reduce((n, m) => n + (p.months[m]?.deducted ?? 0), 0),
    });
    const base = { id: p.hasOwnId ? p.id : '', name: p.name, position: p.position ?? '' };
    if (!ev) {
      for (const m of year.months.filter((m) => p.months[m] !== undefined)) {
        const score = p.months[m]!.score;
        rows.push({
          ...base,
          period: periodName('month', m, year.year),
          months: [m],
          discipline: score,
          disciplineMax: rules.monthlyPoints,
          ...deductions([m]),
          otherGeneral: null,
          task: null,
          total: null,
          level: null,
          partial: false,
          asOf: null,
        });
      }
      continue;
    }
    const e = evaluatePerson(p, rules, year)!;
    for (const period of e.periods) {
      const level = period.total === null ? null : bandFor(period.total, rules.classification.bands).band.level;
      rows.push({
        ...base,
        period: periodName(ev.period, period.period, year.year),
        months: monthsOfPeriod(period.period, ev),
        discipline: period.discipline,
        disciplineMax: ev.disciplineMax,
        ...deductions(period.months),
        otherGeneral: period.otherGeneral,
        task: period.task,
        total: period.total,
        level,
        partial: period.partial,
        asOf: period.running ? (year.asOf ?? null) : null,
      });
    }
    // A person who left before a period's last grid (Điều 19 khoản 1: the old unit sends what it has):
    // I.2 over the months worked, the leader's figures left to the new unit, marked provisional.
    for (const period of e.notOnGrid) {
      const left = periodLeftDuring(p, period, rules);
      rows.push({
        ...base,
        period: periodName(ev.period, period, year.year),
        months: left.months,
        discipline: left.discipline,
        disciplineMax: ev.disciplineMax,
        ...deductions(left.months),
        otherGeneral: null,
        task: null,
        total: null,
        level: null,
        partial: true,
        asOf: null,
      });
    }
  }
  return rows;
}
