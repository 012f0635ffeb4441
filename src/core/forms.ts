import { bandFor } from './classify.js';
import { evaluatePerson, monthsOfPeriod, type PeriodScore, periodLeftDuring, periodOfMonth } from './evaluation.js';
import type { FormScores } from './form-scores.js';
import { groupBy } from './group.js';
import type { EvaluationRules, Level, Rulebook } from './rulebook.js';
import type { TracedDeduction, YearResult } from './year.js';

/**
 * Nghị định 335/2025's Mẫu số 01 "Phiếu theo dõi, đánh giá công chức", one per person and period:
 * what the grids say of it. The grid is the evidence for criterion I.2 (ý thức kỷ luật, kỷ cương
 * trong thực thi công vụ); the leader's figures fill the rest where the grids have them.
 */

/** `Q4-2026`, `T11-2026` or `2026` (every period of the year). */
export type PeriodChoice = { readonly kind: 'period'; readonly period: number } | { readonly kind: 'year' };

export interface FormData {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly period: PeriodScore;
  /** The month scores behind I.2, month by month. */
  readonly monthScores: readonly { readonly month: number; readonly score: number }[];
  /** Each deduction of the period: date, code, points and the cell it came from. */
  readonly evidence: readonly TracedDeduction[];
  /** The band of the period's total, when it is complete. */
  readonly level: Level | null;
  /** The filled form read back (forms --filled): each row's scores, the leader's and the person's own. */
  readonly detail?: FormScores;
  /** "5 xây, 3 chống" ratings beside the general criteria (forms --review, where the rulebook maps them). */
  readonly review?: readonly string[];
}

/** Reads `--period`: Q1…Q4 or T01…T12 (the rulebook's kind of period) with the year, or the year alone. */
export function parsePeriodChoice(text: string, year: number, ev: EvaluationRules): PeriodChoice | undefined {
  const t = text.trim().toUpperCase();
  if (t === String(year)) return { kind: 'year' };
  const m = /^([QT])\s*0?(\d{1,2})[-/ ](\d{4})$/u.exec(t);
  if (!m || Number(m[3]) !== year) return undefined;
  const n = Number(m[2]);
  if (m[1] === 'Q' && ev.period === 'quarter' && n >= 1 && n <= 4) return { kind: 'period', period: n };
  if (m[1] === 'T' && ev.period === 'month' && n >= 1 && n <= 12) return { kind: 'period', period: n };
  return undefined;
}

/** The last period whose months are all in the grids given; else the last period begun. */
export function defaultPeriod(year: YearResult, ev: EvaluationRules): number {
  const periods = [...new Set(year.months.map((m) => periodOfMonth(m, ev)))].sort((a, b) => a - b);
  const complete = periods.filter((p) => monthsOfPeriod(p, ev).every((m) => year.months.includes(m)));
  return complete.at(-1) ?? periods.at(-1) ?? 1;
}

/**
 * Each person's deductions, found once: filtering the year's list for every person was people ×
 * deductions (a province's year: billions of comparisons).
 */
function deductionsByPerson(year: YearResult): Map<string, TracedDeduction[]> {
  return groupBy(year.deductions, (d) => d.personId as string);
}

export function formsOf(year: YearResult, rules: Rulebook, choice: PeriodChoice): FormData[] {
  const ev = rules.evaluation;
  if (!ev) return [];
  const forms: FormData[] = [];
  const deductionsOf = deductionsByPerson(year);
  for (const p of year.staff) {
    const e = evaluatePerson(p, rules, year)!;
    // A leaver's last period, not on its closing grid, still gets its form: I.2 for the next unit.
    const periods = [...e.periods, ...e.notOnGrid.map((n) => periodLeftDuring(p, n, rules))];
    for (const period of periods) {
      if (choice.kind === 'period' && period.period !== choice.period) continue;
      const evidence = (deductionsOf.get(p.id) ?? []).filter((d) => period.months.includes(Number(d.date.slice(5, 7))));
      forms.push({
        id: p.hasOwnId ? p.id : '',
        name: p.name,
        position: p.position ?? '',
        period,
        monthScores: period.months.map((m) => ({ month: m, score: p.months[m]!.score })),
        evidence,
        level: period.total === null ? null : bandFor(period.total, rules.classification.bands).band.level,
        ...(p.formScores?.[period.period] ? { detail: p.formScores[period.period] } : {}),
      });
    }
  }
  return forms;
}

/** One person's year for the personnel file: each period, the year score and its band, and the grounds. */
export interface YearPage {
  readonly name: string;
  readonly position: string;
  readonly periods: readonly (PeriodScore & { readonly level: Level | null; readonly deductions: number; readonly points: number })[];
  readonly yearScore: number | null;
  readonly level: Level | null;
  readonly partial: boolean;
  /** Periods not scored: no day worked in them, or not on their closing grid (left). */
  readonly notWorked: readonly number[];
  readonly notOnGrid: readonly number[];
}

export function yearPagesOf(year: YearResult, rules: Rulebook): YearPage[] {
  if (!rules.evaluation) return [];
  const band = (v: number | null) => (v === null ? null : bandFor(v, rules.classification.bands).band.level);
  const deductionsOf = deductionsByPerson(year);
  return year.staff.map((p) => {
    const e = evaluatePerson(p, rules, year)!;
    const mine = deductionsOf.get(p.id) ?? [];
    return {
      name: p.name,
      position: p.position ?? '',
      periods: e.periods.map((period) => {
        const ds = mine.filter((d) => period.months.includes(Number(d.date.slice(5, 7))));
        return {
          ...period,
          level: band(period.total),
          deductions: ds.reduce((n, d) => n + d.count, 0),
          points: ds.reduce((n, d) => n + d.points, 0),
        };
      }),
      yearScore: e.yearScore,
      level: band(e.yearScore),
      partial: e.partial,
      notWorked: e.notWorked,
      notOnGrid: e.notOnGrid,
    };
  });
}
