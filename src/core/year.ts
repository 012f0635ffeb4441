import { isoDate } from './dates.js';
import { eventPoints, type MonthFigures, MonthScorer } from './engine.js';
import {
  type EnteredEvaluation,
  EVALUATION_LABELS,
  EVALUATION_PARTS,
  evaluatePerson,
  monthsOfPeriod,
  partMax,
  type TransferredPeriod,
} from './evaluation.js';
import type { FormScores } from './form-scores.js';
import type { DeductionEvent, MonthStaff, ParsedMonth } from './grid.js';
import { addTo } from './group.js';
import { atCell, type Problem, problem } from './problems.js';
import { type ReportPeriod, reportEnd, reportMonths, reportPeriodOf } from './report-period.js';
import type { Rulebook } from './rulebook.js';
import { nameKey, visibleText } from './staff.js';
import type { PersonId } from './types.js';

/** The year: twelve (or fewer) parsed months → one row per person, with identity matched across months (SPEC §5). */

export interface MonthFigure {
  readonly deducted: number;
  readonly score: number;
}

export interface PersonYear {
  readonly id: PersonId;
  readonly hasOwnId: boolean;
  readonly name: string;
  readonly position?: string;
  /** The Nhóm the grids' roster gave the person (the latest month's), for the quota when the year-end roster lacks them. */
  readonly group?: string;
  /** Keyed by month number (1–12), only the months the person is on the grid. */
  readonly months: Readonly<Record<number, MonthFigure>>;
  readonly counts: Readonly<Record<string, number>>;
  readonly pointsByCode: Readonly<Record<string, number>>;
  readonly deducted: number;
  /** The sum of the month scores: monthlyPoints × months present − deductions, floored only as months are. */
  readonly total: number;
  readonly monthsPresent: number;
  /** Months not wholly spent on neutral absence (leave, sickness, maternity). */
  readonly monthsWorked: readonly number[];
  /** Months wholly off, mostly on maternity leave. */
  readonly maternityMonths: readonly number[];
  readonly unexcusedAbsence: boolean;
  /** The leader's points (Nghị định 335/2025), keyed by the month of the grid they were entered in. */
  readonly evaluations?: Readonly<Record<number, EnteredEvaluation>>;
  /** Periods a previous unit sent (classify --transfer). */
  readonly transferred?: readonly TransferredPeriod[];
  /** Mẫu số 01 filled by hand and read back, by period: the leader's and the person's score on each row. */
  readonly formScores?: Readonly<Record<number, FormScores>>;
}

export interface TracedDeduction extends DeductionEvent {
  readonly name: string;
  readonly points: number;
}

export interface YearResult {
  readonly year: number;
  readonly unit?: string;
  /** Months present in the input, ascending. */
  readonly months: readonly number[];
  readonly missingMonths: readonly number[];
  readonly staff: readonly PersonYear[];
  readonly deductions: readonly TracedDeduction[];
  readonly problems: readonly Problem[];
  readonly period?: DateRange;
  /** What the figures cover: the year, a quarter, a month or a range of dates (the report's title and labels). */
  readonly scope: ReportPeriod;
  /** The document's date (ISO) when what it covers is not over on it: everything is "tính đến ngày …". */
  readonly asOf?: string;
}

/**
 * The months a year (or a period of it) should have grids for. A document dated before the year
 * ends expects the months up to the one it is dated in: classifying before 15 December (Nghị định
 * 335/2025 Điều 19 khoản 2) needs December's grid (made on 1 December) but not January's of the next year.
 */
export function expectedMonths(year: number, period?: DateRange, asOf?: string): number[] {
  const last = asOf && asOf < `${year}-12-31` ? (asOf < `${year}-01-01` ? 0 : Number(asOf.slice(5, 7))) : 12;
  return Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => m <= last && monthOverlaps(year, m, period));
}

/** The document's date when it falls before the end of what the document covers: it is "tính đến ngày …". */
export function runningDate(scope: ReportPeriod, asOf?: string): string | undefined {
  return asOf && asOf < reportEnd(scope) ? asOf : undefined;
}

/** Points kept over the months of quarter `q` the person was on the grid; null when none. */
export function quarterScore(person: Pick<PersonYear, 'months'>, q: number): number | null {
  const present = [1, 2, 3].map((k) => person.months[(q - 1) * 3 + k]).filter((f) => f !== undefined);
  return present.length === 0 ? null : present.reduce((n, f) => n + f.score, 0);
}

/** A range of dates (a campaign, `--from/--to`, e.g. 01/03–19/05): only marks dated inside it count. ISO dates, inclusive. Not to be confused with an evaluation period (a month or quarter number) or a ReportPeriod (what a report covers). */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

interface Accumulator {
  id: PersonId;
  hasOwnId: boolean;
  name: string;
  nameKey: string;
  position?: string;
  months: Record<number, MonthFigure>;
  /** The person's months folded as they come (a province's year never holds every month's rows). */
  counts: Record<string, number>;
  points: Record<string, number>;
  deducted: number;
  scoreSum: number;
  monthsPresent: number;
  monthsWorked: number[];
  maternityMonths: number[];
  firstFile: string;
  // Present from the start, if undefined: every accumulator keeps one shape, which the fold's
  // optimised code relies on (a field added to some people later discarded it month after month).
  evaluations: Record<number, EnteredEvaluation> | undefined;
  group: string | undefined;
}

function checkMonthsBelongTogether(months: readonly Pick<ParsedMonth, 'file' | 'sheet' | 'ym' | 'unit'>[]): Problem[] {
  const problems: Problem[] = [];
  const first = months[0];
  if (!first) return problems;
  const seen = new Map<number, (typeof months)[number]>();
  for (const m of months) {
    const where = { file: m.file, sheet: m.sheet };
    if (m.ym.year !== first.ym.year) {
      problems.push(problem('error', 'tally.mixedYears', { year: m.ym.year, other: first.ym.year, otherFile: first.file }, where));
    }
    if (m.unit && first.unit && nameKey(m.unit) !== nameKey(first.unit)) {
      problems.push(problem('error', 'tally.mixedUnits', { unit: m.unit, other: first.unit, otherFile: first.file }, where));
    }
    const twin = seen.get(m.ym.month);
    if (twin) problems.push(problem('error', 'tally.duplicateMonth', { month: m.ym.month, otherFile: twin.file }, where));
    else seen.set(m.ym.month, m);
  }
  return problems;
}

function monthOverlaps(year: number, month: number, period?: DateRange): boolean {
  if (!period) return true;
  const start = isoDate(year, month, 1);
  const end = isoDate(year, month, 31);
  return start <= period.to && end >= period.from;
}

/** Matches people across months: by id when the grid has one, else by normalised name. */
class Registry {
  readonly people: Accumulator[] = [];
  private readonly byId = new Map<string, Accumulator>();
  private readonly byName = new Map<string, Accumulator[]>();
  /** People seen without a Mã so far, by name key: the ones a Mã given later is matched to. */
  private readonly idlessByName = new Map<string, Accumulator[]>();
  /** People with a Mã of digits, by those digits without leading zeros: `001` and `1` meet here. */
  private readonly byDigits = new Map<string, Accumulator[]>();
  readonly problems: Problem[] = [];

  find(row: MonthStaff, where: Pick<Problem, 'file' | 'sheet'>): Accumulator {
    const key = row.nameKey;
    if (row.hasOwnId) {
      const known = this.byId.get(row.id);
      if (known) {
        if (known.nameKey !== key) {
          this.problems.push(
            problem(
              'error',
              'staff.idNameMismatch',
              { id: row.id, name: visibleText(row.name), other: visibleText(known.name), otherFile: known.firstFile },
              atCell(where, row.nameCell),
            ),
          );
        }
        return known;
      }
      // Indexed apart: a province's namesakes with their own Mã would make a search quadratic.
      const idless = this.idlessByName.get(key) ?? [];
      if (idless.length === 1) return this.rekey(idless[0]!, row);
      // `001` that Excel turned into the number 1 in one month: the same digits, zero-padded.
      // Looked up, not searched: a province's numeric Mã would make the search quadratic.
      const digits = digitsOf(row.id);
      const same = digits === undefined ? [] : (this.byDigits.get(digits) ?? []);
      if (same.length === 1) {
        const known = same[0]!;
        this.problems.push(
          problem('warning', 'staff.idZeroPadded', { id: row.id, other: known.id, name: row.name }, atCell(where, row.nameCell)),
        );
        // The zero-padded form is the roster's: it is kept.
        return row.id.length > known.id.length ? this.rekey(known, row) : known;
      }
    } else {
      const sameName = this.byName.get(key) ?? [];
      if (sameName.length === 1) return sameName[0]!;
      if (sameName.length > 1) {
        this.problems.push(problem('error', 'staff.ambiguousName', { name: row.name }, atCell(where, row.nameCell)));
      }
    }
    return this.add(row, where.file ?? '');
  }

  private add(row: MonthStaff, file: string): Accumulator {
    const key = row.nameKey;
    const acc: Accumulator = {
      id: row.id,
      hasOwnId: row.hasOwnId,
      name: row.name,
      nameKey: key,
      position: row.position,
      months: {},
      counts: {},
      points: {},
      deducted: 0,
      scoreSum: 0,
      monthsPresent: 0,
      monthsWorked: [],
      maternityMonths: [],
      firstFile: file,
      evaluations: undefined,
      group: undefined,
    };
    this.people.push(acc);
    this.byId.set(acc.id, acc);
    addTo(this.byName, key, acc);
    if (acc.hasOwnId) this.indexDigits(acc);
    else addTo(this.idlessByName, key, acc);
    return acc;
  }

  private indexDigits(acc: Accumulator): void {
    const digits = digitsOf(acc.id);
    if (digits !== undefined) addTo(this.byDigits, digits, acc);
  }

  /**
   * One name under two Mã in different months is one person whose Mã was retyped, not two people:
   * an error naming both. Namesakes on the grids in the same month are two people.
   */
  namesUnderTwoIds(): Problem[] {
    const out: Problem[] = [];
    for (const same of this.byName.values()) {
      if (same.length < 2) continue;
      const own = same.filter((p) => p.hasOwnId);
      // Each one's months as bits, worked out once: the pairs of a large group of namesakes are many.
      const months = own.map((p) => Object.keys(p.months).reduce((bits, m) => bits | (1 << Number(m)), 0));
      for (let i = 0; i < own.length; i++)
        for (let j = i + 1; j < own.length; j++) {
          if ((months[i]! & months[j]!) !== 0) continue;
          const [a, b] = [own[i]!, own[j]!];
          out.push(
            problem('error', 'staff.nameTwoIds', { name: a.name, id: a.id, other: b.id, otherFile: b.firstFile }, { file: a.firstFile }),
          );
        }
    }
    return out;
  }

  /** A person first seen without an id gets the id a later grid gives them. */
  private rekey(acc: Accumulator, row: MonthStaff): Accumulator {
    this.byId.delete(acc.id);
    // A zero-padded Mã keeps its digits; a person first seen without one is indexed now.
    if (!acc.hasOwnId) {
      acc.id = row.id;
      acc.hasOwnId = true;
      this.indexDigits(acc);
      const idless = this.idlessByName.get(acc.nameKey)!;
      idless.splice(idless.indexOf(acc), 1);
    } else acc.id = row.id;
    this.byId.set(acc.id, acc);
    return acc;
  }
}

/** A Mã's digits without leading zeros (`007` → `7`), or undefined when it is not all digits. */
function digitsOf(id: string): string | undefined {
  return /^\d+$/u.test(id) ? id.replace(/^0+(?=\d)/u, '') : undefined;
}

function addRecord(into: Record<string, number>, record: Readonly<Record<string, number>>): void {
  // for…in, not Object.entries: no array made for each of a province's 360,000 person-months.
  for (const k in record) into[k] = (into[k] ?? 0) + record[k]!;
}

function isEmpty(record: Readonly<Record<string, number>>): boolean {
  for (const _ in record) return false;
  return true;
}

function hasAnyKey(record: Readonly<Record<string, number>>, keys: ReadonlySet<string>): boolean {
  for (const k in record) if (keys.has(k)) return true;
  return false;
}

/** Adds one month's row to the person's year. */
function fold(acc: Accumulator, s: MonthFigures): void {
  addRecord(acc.counts, s.counts);
  addRecord(acc.points, s.points);
  acc.deducted += s.deducted;
  acc.scoreSum += s.score;
  acc.monthsPresent += 1;
  const off = s.workingDays > 0 && s.absentWorkdays >= s.workingDays;
  if (!off) acc.monthsWorked.push(s.month);
  else if (s.maternityWorkdays * 2 > s.absentWorkdays) acc.maternityMonths.push(s.month);
}

export function tallyYear(input: readonly ParsedMonth[], rules: Rulebook, period?: DateRange, asOf?: string): YearResult {
  const tally = new YearTally(rules, period, asOf);
  // A stable sort by month: the order YearTally takes months in.
  const order = [...input].sort((a, b) => a.ym.month - b.ym.month);
  for (const m of order) tally.fold(m);
  for (const m of input) tally.record(m);
  return tally.result();
}

/** What a month leaves once folded: where it came from and what it is, for the checks across months. */
type MonthHead = Pick<ParsedMonth, 'file' | 'sheet' | 'ym' | 'unit' | 'problems'>;

/**
 * A year (or a period of it) tallied month by month: each month is scored and folded into its
 * people when given, then can be let go, so a province's twelve grids need never be held together
 * (load-months.ts streams them). Months are folded in the order of their month number (as a
 * stable sort gives them, so two grids of one month keep their order): `canFold` says whether a
 * month may come next. Every month given, folded or outside the period, is also `record`ed, in
 * the order the run gave them: its problems come first in the result, in that order.
 */
export class YearTally {
  private readonly heads: MonthHead[] = [];
  private readonly folded: number[] = [];
  private readonly registry = new Registry();
  private readonly deductions: TracedDeduction[] = [];
  private readonly foldProblems: Problem[] = [];
  private readonly afterDate: Problem[] = [];
  private readonly unexcused: ReadonlySet<string>;

  /**
   * `listDeductions`: whether each deduction is traced to its person for the result's `deductions`
   * (the report's Chi tiết, the forms, the period export). A --json run writes none of them: without
   * it the list stays empty, and 110,000 records of a province's year are never made.
   */
  constructor(
    private readonly rules: Rulebook,
    private readonly period?: DateRange,
    private readonly asOf?: string,
    private readonly listDeductions = true,
  ) {
    this.unexcused = new Set(rules.deductionCodes.filter((c) => c.unexcusedAbsence).map((c) => c.code as string));
  }

  /** Whether `month` may be folded now: it comes no earlier than every month folded so far. */
  canFold(month: ParsedMonth): boolean {
    return month.ym.month >= (this.folded.at(-1) ?? 0);
  }

  /** Whether a date is in the period tallied (every date is, without one). */
  private inPeriod(date: string): boolean {
    const { period } = this;
    return !period || (date >= period.from && date <= period.to);
  }

  /** Scores the month and adds each person's figures to their year (a month outside the period adds nothing). */
  fold(month: ParsedMonth): void {
    if (!monthOverlaps(month.ym.year, month.ym.month, this.period)) return;
    if (!this.canFold(month)) throw new Error(`internal: month ${month.ym.month} folded after ${this.folded.at(-1)}`);
    this.folded.push(month.ym.month);
    // Each person scored once, in the staff's order: the scorer walks the month's events in step.
    const scorer = new MonthScorer(month, this.rules, this.period ? (date) => this.inPeriod(date) : undefined, true);
    // The year of each person with a deduction this month, by the month's id (unique in a month:
    // identifyStaff), for the deductions' list. Most people have none and are not looked up.
    const idMap = new Map<PersonId, Accumulator>();
    const where = { file: month.file, sheet: month.sheet };
    // The loops' bodies are methods: each is optimised once for the whole run, where one long
    // function, optimised in the middle of a month's loop, was thrown back every month.
    for (const person of month.staff) this.foldPerson(month, person, scorer.measure(person), where, idMap);
    if (this.listDeductions) for (const e of month.events) this.trace(e, idMap);
    if (this.asOf) this.afterDate.push(...afterDateProblems([month], this.asOf));
  }

  /** Adds one person's month to their year; a second row of the same person that month is an error. */
  private foldPerson(
    month: ParsedMonth,
    row: MonthStaff,
    figures: MonthFigures,
    where: Pick<Problem, 'file' | 'sheet'>,
    idMap: Map<PersonId, Accumulator>,
  ): void {
    const acc = this.registry.find(row, where);
    // Two rows of one month never feed one person: the second would replace (or add to) the first.
    if (acc.months[month.ym.month] !== undefined) {
      this.foldProblems.push(
        problem('error', 'staff.twoRowsOneMonth', { name: row.name, month: month.ym.month }, { ...where, cell: row.nameCell }),
      );
      return;
    }
    acc.months[month.ym.month] = { deducted: figures.deducted, score: figures.score };
    fold(acc, figures);
    acc.position ??= row.position;
    const group = month.groups?.[row.id];
    if (group) acc.group = group;
    const entered = month.evaluations.get(row.id);
    if (entered) {
      acc.evaluations ??= {};
      acc.evaluations[month.ym.month] = entered;
    }
    if (this.listDeductions && !isEmpty(figures.counts)) idMap.set(row.id, acc);
  }

  /** A deduction of the period, traced to its person's year for the report's list. */
  private trace(e: DeductionEvent, idMap: ReadonlyMap<PersonId, Accumulator>): void {
    if (!this.inPeriod(e.date)) return;
    const acc = idMap.get(e.personId);
    if (acc)
      this.deductions.push({
        personId: acc.id,
        date: e.date,
        code: e.code,
        count: e.count,
        source: e.source,
        name: acc.name,
        points: eventPoints(this.rules, e),
      });
  }

  /** Keeps what the checks across months need of a month the run gave (folded or not), in the run's order. */
  record(month: ParsedMonth): void {
    this.heads.push({ file: month.file, sheet: month.sheet, ym: month.ym, unit: month.unit, problems: month.problems });
  }

  /** The year, with the run's own problems (the rulebook chosen, the calendar) first. */
  result(runProblems: readonly Problem[] = []): YearResult {
    const { heads, registry, period, asOf } = this;
    const problems: Problem[] = [...runProblems, ...heads.flatMap((m) => m.problems)];
    problems.push(...checkMonthsBelongTogether(heads), ...this.foldProblems);
    problems.push(...registry.problems, ...registry.namesUnderTwoIds());
    const year = heads[0]?.ym.year ?? 0;
    const present = [...this.folded];
    const scope = reportPeriodOf(year, present, period);
    // A report names the months of what it covers that no grid gives: a quarter's report, the quarter's.
    const expected = period
      ? expectedMonths(year, period, asOf)
      : expectedMonths(year, undefined, asOf).filter((m) => reportMonths(scope, present).includes(m));
    const missingMonths = expected.filter((m) => !present.includes(m));
    if (heads.length > 0 && missingMonths.length > 0) {
      // A year report says what it lacks; a period report without all its months would pass part of the period for the whole.
      problems.push(
        problem(period ? 'error' : 'warning', period ? 'tally.missingPeriodMonths' : 'tally.missingMonths', {
          months: missingMonths.join(', '),
        }),
      );
    }

    const staff = registry.people.map((acc): PersonYear => {
      const counts = acc.counts;
      if (acc.monthsPresent < present.length) {
        const list = Object.keys(acc.months).join(', ');
        problems.push(problem('warning', 'staff.partialMonths', { name: acc.name, months: list }));
      }
      return {
        id: acc.id,
        hasOwnId: acc.hasOwnId,
        name: acc.name,
        position: acc.position,
        ...(acc.group ? { group: acc.group } : {}),
        months: acc.months,
        counts,
        pointsByCode: acc.points,
        deducted: acc.deducted,
        // One floor rule for months and the year (the rulebook's floorMonthAtZero): the year is the sum of
        // its months as printed, so a negative month shown on the report is never lost from the total.
        total: acc.scoreSum,
        monthsPresent: acc.monthsPresent,
        monthsWorked: acc.monthsWorked,
        maternityMonths: acc.maternityMonths,
        unexcusedAbsence: hasAnyKey(counts, this.unexcused),
        ...(acc.evaluations ? { evaluations: acc.evaluations } : {}),
      };
    });
    problems.push(...this.afterDate);
    const running = runningDate(scope, asOf);
    const result: YearResult = {
      year,
      unit: heads[0]?.unit,
      months: present,
      missingMonths,
      staff,
      deductions: this.deductions,
      problems,
      period,
      scope,
      ...(running ? { asOf: running } : {}),
    };
    problems.push(...leaderEntryProblems(result, this.rules));
    return result;
  }
}

/**
 * A document dated `asOf` cannot count what happened after it: a grid of a later month is refused,
 * a deduction marked on a later day is an error at its cell. A neutral mark there (leave planned
 * ahead) costs nothing: a warning.
 */
function afterDateProblems(months: readonly ParsedMonth[], asOf: string): Problem[] {
  const problems: Problem[] = [];
  const date = asOf.split('-').reverse().join('/');
  for (const m of months) {
    const where = { file: m.file, sheet: m.sheet };
    if (isoDate(m.ym.year, m.ym.month, 1) > asOf) {
      problems.push(problem('error', 'tally.monthAfterDate', { month: m.ym.month, year: m.ym.year, date }, where));
      continue;
    }
    for (const e of m.events)
      if (e.date > asOf) problems.push(problem('error', 'grid.markAfterDate', { code: e.code, date }, { ...where, cell: e.source.cell }));
    for (const e of m.marks)
      if (e.date > asOf)
        problems.push(problem('warning', 'grid.neutralAfterDate', { code: e.code, date }, { ...where, cell: e.source.cell }));
  }
  return problems;
}

/**
 * The leader's figures, person by person: a part left empty in a period that is over is said at its
 * cell; figures typed for a period the person did not work are said to be set aside. A period still
 * running is not yet due, and a period not worked is not asked for.
 */
function leaderEntryProblems(year: YearResult, rules: Rulebook): Problem[] {
  const ev = rules.evaluation;
  if (!ev) return [];
  const problems: Problem[] = [];
  for (const p of year.staff) {
    const e = evaluatePerson(p, rules, year)!;
    for (const period of e.periods) {
      if (period.total !== null || period.running) continue;
      const entered = p.evaluations?.[monthsOfPeriod(period.period, ev).at(-1)!];
      if (!entered) continue;
      for (const part of EVALUATION_PARTS) {
        if (entered[part] !== null || entered.invalid?.includes(part)) continue;
        problems.push(
          problem(
            'warning',
            'evaluation.missing',
            { label: EVALUATION_LABELS[part], name: p.name, max: partMax(part, ev) },
            { file: entered.file, sheet: entered.sheet, cell: entered.cells[part] || undefined },
          ),
        );
      }
    }
    for (const entered of e.ignoredEntries) {
      const part = entered.otherGeneral !== null ? 'otherGeneral' : 'task';
      problems.push(
        problem(
          'warning',
          'evaluation.notWorked',
          { name: p.name },
          { file: entered.file, sheet: entered.sheet, cell: entered.cells[part] || undefined },
        ),
      );
    }
  }
  return problems;
}
