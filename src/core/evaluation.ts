import type { EvaluationRules, Rulebook } from './rulebook.js';
import type { CellAddress } from './types.js';

/**
 * The 100-point evaluation of Nghị định 335/2025: per period (month or quarter), the discipline
 * sub-criterion from the grid + the other general criteria + task results entered by the leader;
 * the year score from the period scores. Pure arithmetic over the year's figures.
 */

export type EvaluationPart = 'otherGeneral' | 'task';
export const EVALUATION_PARTS: readonly EvaluationPart[] = ['otherGeneral', 'task'];

/** The exact column labels of the grid (the reader finds the columns by them). */
export const EVALUATION_LABELS: Readonly<Record<EvaluationPart, string>> = { otherGeneral: 'Tiêu chí chung khác', task: 'Kết quả nhiệm vụ' };

/** What the leader entered for one person in one grid (null: the cell is empty, not yet evaluated). */
export interface EnteredEvaluation {
  readonly otherGeneral: number | null;
  readonly task: number | null;
  readonly file: string;
  readonly sheet: string;
  readonly cells: Readonly<Record<EvaluationPart, CellAddress>>;
}

export interface PeriodScore {
  /** Month number (1–12) or quarter number (1–4). */
  readonly period: number;
  readonly months: readonly number[];
  readonly discipline: number;
  readonly otherGeneral: number | null;
  readonly task: number | null;
  /** discipline + otherGeneral + task; null while either entry is missing. */
  readonly total: number | null;
  /** The grids given lack a month of the period: its figures are provisional, not the period's. */
  readonly partial: boolean;
}

export interface MissingEvaluation {
  readonly period: number;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: CellAddress;
}

export interface PersonEvaluation {
  readonly periods: readonly PeriodScore[];
  /** Mean of the period totals over the periods worked; null while any of them is missing. */
  readonly yearScore: number | null;
  /** A period is partial, or the year's months are not all given: the year score is provisional. */
  readonly partial: boolean;
  readonly missing: readonly MissingEvaluation[];
}

/** What evaluatePerson needs of a person's year. */
export interface EvaluationInput {
  readonly months: Readonly<Record<number, { readonly deducted: number; readonly score: number }>>;
  readonly monthsWorked: readonly number[];
  readonly evaluations?: Readonly<Record<number, EnteredEvaluation>>;
}

export function round2(x: number): number {
  return Math.round(x * 100 + Number.EPSILON * 100) / 100;
}

/** The period a month belongs to: itself, or its quarter. */
export function periodOfMonth(month: number, ev: EvaluationRules): number {
  return ev.period === 'month' ? month : Math.ceil(month / 3);
}

/** The months of a period. */
export function monthsOfPeriod(period: number, ev: EvaluationRules): number[] {
  return ev.period === 'month' ? [period] : [period * 3 - 2, period * 3 - 1, period * 3];
}

/** The grid in which the leader enters a period's points: the period's last month. */
export function isEvaluationMonth(month: number, ev: EvaluationRules): boolean {
  return ev.period === 'month' || month % 3 === 0;
}

/** The discipline sub-criterion of a period from its month figures (deductions and scores). */
export function disciplinePoints(figures: readonly { deducted: number; score: number }[], ev: EvaluationRules, monthlyPoints: number): number {
  if (figures.length === 0) return ev.disciplineMax;
  if (ev.disciplineConversion === 'direct') return round2(Math.max(0, ev.disciplineMax - figures.reduce((n, f) => n + f.deducted, 0)));
  const share = figures.reduce((n, f) => n + f.score, 0) / (monthlyPoints * figures.length);
  return round2(ev.disciplineMax * Math.min(1, Math.max(0, share)));
}

/** The other general criteria may use what discipline leaves of the general points. */
export function otherGeneralMax(ev: EvaluationRules): number {
  return ev.generalMax - ev.disciplineMax;
}

export function partMax(part: EvaluationPart, ev: EvaluationRules): number {
  return part === 'task' ? ev.taskMax : otherGeneralMax(ev);
}

/**
 * A person's period scores and year score over the months present. A period counts when its
 * evaluation month is among `presentMonths` (later periods are not due yet) and the person worked
 * in it.
 */
export function evaluatePerson(person: EvaluationInput, rules: Rulebook, presentMonths: readonly number[]): PersonEvaluation | undefined {
  const ev = rules.evaluation;
  if (!ev) return undefined;
  const periods: PeriodScore[] = [];
  const missing: MissingEvaluation[] = [];
  const due = [...new Set(presentMonths.filter((m) => isEvaluationMonth(m, ev)).map((m) => periodOfMonth(m, ev)))].sort((a, b) => a - b);
  for (const period of due) {
    const months = monthsOfPeriod(period, ev).filter((m) => person.months[m] !== undefined);
    if (!months.some((m) => person.monthsWorked.includes(m))) continue;
    const discipline = disciplinePoints(months.map((m) => person.months[m]!), ev, rules.monthlyPoints);
    const entered = person.evaluations?.[monthsOfPeriod(period, ev).at(-1)!];
    const otherGeneral = entered?.otherGeneral ?? null;
    const task = entered?.task ?? null;
    const total = otherGeneral === null || task === null ? null : round2(discipline + otherGeneral + task);
    if (total === null) {
      const part: EvaluationPart = otherGeneral === null ? 'otherGeneral' : 'task';
      missing.push({ period, file: entered?.file, sheet: entered?.sheet, cell: entered?.cells[part] });
    }
    const partial = monthsOfPeriod(period, ev).some((m) => !presentMonths.includes(m));
    periods.push({ period, months, discipline, otherGeneral, task, total, partial });
  }
  const totals = periods.map((p) => p.total);
  const yearScore = totals.length === 0 || totals.some((t) => t === null) ? null : round2(totals.reduce((n: number, t) => n + (t ?? 0), 0) / totals.length);
  const partial = periods.some((p) => p.partial) || Array.from({ length: 12 }, (_, i) => i + 1).some((m) => !presentMonths.includes(m));
  return { periods, yearScore, missing, partial };
}
