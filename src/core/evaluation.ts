import { isoDate } from './dates.js';
import { divideHalfUp, fromUnits, toUnits } from './decimal.js';
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
export const EVALUATION_LABELS: Readonly<Record<EvaluationPart, string>> = {
  otherGeneral: 'Tiêu chí chung khác',
  task: 'Kết quả nhiệm vụ',
};

/** What the leader entered for one person in one grid (null: the cell is empty, not yet evaluated). */
export interface EnteredEvaluation {
  readonly otherGeneral: number | null;
  readonly task: number | null;
  readonly file: string;
  readonly sheet: string;
  readonly cells: Readonly<Record<EvaluationPart, CellAddress>>;
  /** Parts whose cell holds something that is not a figure (already an error at the cell). */
  readonly invalid?: readonly EvaluationPart[];
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
  /** Provisional: the grids given lack a month of the period, or the period runs past the document's date. */
  readonly partial: boolean;
  /** The file a previous unit sent this period's result in (a transfer, Điều 19 khoản 1), when it came from there. */
  readonly from?: string;
  /** The period is not over on the document's date ("tính đến ngày …"). */
  readonly running: boolean;
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
  /**
   * Periods the person worked in but is not on the grid that carries their points (left before the
   * period's last month): they are not scored, and nobody is asked for a cell no grid has.
   */
  readonly notOnGrid: readonly number[];
  /**
   * Periods with no day worked (Nghị định 335/2025 Điều 19 khoản 3: the time actually worked): not
   * scored; the leader's figures typed for them are listed so they are not ignored without a word.
   */
  readonly notWorked: readonly number[];
  readonly ignoredEntries: readonly EnteredEvaluation[];
}

/** What a person's evaluation is measured over: the year, the months given, and the document's date when the period runs on it. */
export interface EvaluationScope {
  readonly year: number;
  readonly months: readonly number[];
  /** ISO date; a period ending after it is provisional. */
  readonly asOf?: string;
}

/** A period's result sent by a person's previous unit (its `tally --export`), for the new unit's classification. */
export interface TransferredPeriod {
  readonly id?: string;
  readonly name: string;
  readonly period: number;
  readonly discipline: number;
  readonly otherGeneral: number;
  readonly task: number;
  readonly total: number;
  readonly file: string;
  readonly line: number;
}

/** What evaluatePerson needs of a person's year. */
export interface EvaluationInput {
  readonly months: Readonly<Record<number, { readonly deducted: number; readonly score: number }>>;
  readonly monthsWorked: readonly number[];
  readonly evaluations?: Readonly<Record<number, EnteredEvaluation>>;
  /** Periods spent in a previous unit, as it sent them: counted where this unit's grids do not have the person. */
  readonly transferred?: readonly TransferredPeriod[];
}

/** Decimals of the scores (the unit's quy chế may choose; 2 unless it says). */
export function scorePlaces(ev: EvaluationRules): number {
  return ev.decimals ?? 2;
}

/** The period a month belongs to: itself, or its quarter. */
export function periodOfMonth(month: number, ev: EvaluationRules): number {
  return ev.period === 'month' ? month : Math.ceil(month / 3);
}

/** The months of a period. */
export function monthsOfPeriod(period: number, ev: EvaluationRules): number[] {
  return ev.period === 'month' ? [period] : [period * 3 - 2, period * 3 - 1, period * 3];
}

/** The last day (ISO) of a period of `year`. */
function periodEnd(period: number, ev: EvaluationRules, year: number): string {
  const last = monthsOfPeriod(period, ev).at(-1)!;
  return isoDate(year, last, new Date(Date.UTC(year, last, 0)).getUTCDate());
}

/** The grid in which the leader enters a period's points: the period's last month. */
export function isEvaluationMonth(month: number, ev: EvaluationRules): boolean {
  return ev.period === 'month' || month % 3 === 0;
}

/** The discipline sub-criterion of a period, in units (see decimal.ts), from its month figures. */
function disciplineUnits(figures: readonly { deducted: number; score: number }[], ev: EvaluationRules, monthlyPoints: number): number {
  const places = scorePlaces(ev);
  const max = toUnits(ev.disciplineMax, places);
  if (figures.length === 0) return max;
  if (ev.disciplineConversion === 'direct')
    return Math.max(
      0,
      max -
        toUnits(
          figures.reduce((n, f) => n + f.deducted, 0),
          places,
        ),
    );
  // disciplineMax × (points kept ÷ points possible), the share held within 0..1, divided once.
  const possible = monthlyPoints * figures.length;
  const kept = Math.min(
    possible,
    Math.max(
      0,
      figures.reduce((n, f) => n + f.score, 0),
    ),
  );
  return divideHalfUp(max * kept, possible);
}

/** The discipline sub-criterion of a period from its month figures (deductions and scores). */
export function disciplinePoints(
  figures: readonly { deducted: number; score: number }[],
  ev: EvaluationRules,
  monthlyPoints: number,
): number {
  return fromUnits(disciplineUnits(figures, ev, monthlyPoints), scorePlaces(ev));
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
 * evaluation month is among the months given (later periods are not due yet) and the person worked
 * in it; I.2 is measured over the months worked in it (a month wholly on leave or sick is not one).
 */
export function evaluatePerson(person: EvaluationInput, rules: Rulebook, scope: EvaluationScope): PersonEvaluation | undefined {
  const presentMonths = scope.months;
  const ev = rules.evaluation;
  if (!ev) return undefined;
  const periods: PeriodScore[] = [];
  const missing: MissingEvaluation[] = [];
  const places = scorePlaces(ev);
  const totalUnits: number[] = [];
  const due = [...new Set(presentMonths.filter((m) => isEvaluationMonth(m, ev)).map((m) => periodOfMonth(m, ev)))].sort((a, b) => a - b);
  const notOnGrid: number[] = [];
  const notWorked: number[] = [];
  const ignoredEntries: EnteredEvaluation[] = [];
  for (const period of due) {
    const months = monthsOfPeriod(period, ev).filter((m) => person.months[m] !== undefined);
    const worked = months.filter((m) => person.monthsWorked.includes(m));
    const sent = person.transferred?.find((t) => t.period === period);
    if (months.length === 0 && sent) {
      // Not on this unit's grids in the period: the previous unit's result stands, as it sent it.
      totalUnits.push(toUnits(sent.total, places));
      periods.push({
        period,
        months: [],
        discipline: sent.discipline,
        otherGeneral: sent.otherGeneral,
        task: sent.task,
        total: sent.total,
        partial: false,
        running: false,
        // Named by its file name: a document never shows a path of the computer.
        from: sent.file.split(/[\\/]/u).pop() ?? sent.file,
      });
      continue;
    }
    if (worked.length === 0) {
      if (months.length > 0) notWorked.push(period);
      const entered = person.evaluations?.[monthsOfPeriod(period, ev).at(-1)!];
      if (entered && (entered.otherGeneral !== null || entered.task !== null)) ignoredEntries.push(entered);
      continue;
    }
    if (person.months[monthsOfPeriod(period, ev).at(-1)!] === undefined) {
      notOnGrid.push(period);
      continue;
    }
    const disciplineU = disciplineUnits(
      worked.map((m) => person.months[m]!),
      ev,
      rules.monthlyPoints,
    );
    const discipline = fromUnits(disciplineU, places);
    const entered = person.evaluations?.[monthsOfPeriod(period, ev).at(-1)!];
    const otherGeneral = entered?.otherGeneral ?? null;
    const task = entered?.task ?? null;
    const totalU = otherGeneral === null || task === null ? null : disciplineU + toUnits(otherGeneral, places) + toUnits(task, places);
    if (totalU !== null) totalUnits.push(totalU);
    const total = totalU === null ? null : fromUnits(totalU, places);
    if (total === null) {
      const part: EvaluationPart = otherGeneral === null ? 'otherGeneral' : 'task';
      missing.push({ period, file: entered?.file, sheet: entered?.sheet, cell: entered?.cells[part] });
    }
    const running = scope.asOf !== undefined && periodEnd(period, ev, scope.year) > scope.asOf;
    const partial = running || monthsOfPeriod(period, ev).some((m) => !presentMonths.includes(m));
    periods.push({ period, months: worked, discipline, otherGeneral, task, total, partial, running });
  }
  // The mean of the period totals, divided once in integers and rounded half up: 89.995 is 90.00.
  const complete = periods.length > 0 && totalUnits.length === periods.length;
  const yearScore = complete
    ? fromUnits(
        divideHalfUp(
          totalUnits.reduce((n, t) => n + t, 0),
          totalUnits.length,
        ),
        places,
      )
    : null;
  const partial = periods.some((p) => p.partial) || Array.from({ length: 12 }, (_, i) => i + 1).some((m) => !presentMonths.includes(m));
  return { periods, yearScore, missing, partial, notOnGrid, notWorked, ignoredEntries };
}

/**
 * The period of a person who left before its last grid (where the leader enters the figures): I.2
 * over the months worked, the leader's parts left open, provisional. The old unit sends it with the
 * person (Nghị định 335/2025 Điều 19 khoản 1): on the export and on a Mẫu số 01.
 */
export function periodLeftDuring(person: EvaluationInput, period: number, rules: Rulebook): PeriodScore {
  const ev = rules.evaluation!;
  const months = monthsOfPeriod(period, ev).filter((m) => person.months[m] !== undefined && person.monthsWorked.includes(m));
  const discipline = disciplinePoints(
    months.map((m) => person.months[m]!),
    ev,
    rules.monthlyPoints,
  );
  return { period, months, discipline, otherGeneral: null, task: null, total: null, partial: true, running: false };
}
