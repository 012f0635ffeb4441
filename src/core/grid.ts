import { monthDays } from './calendar.js';
import {
  type EnteredEvaluation,
  EVALUATION_LABELS,
  EVALUATION_PARTS,
  type EvaluationPart,
  isEvaluationMonth,
  partMax,
} from './evaluation.js';
import { buildCodeIndex, type CellIssue, type CellParse, cellReader, parseCellText } from './grammar.js';
import { memo } from './memo.js';
import { atCell, type Problem, problem } from './problems.js';
import type { Rulebook } from './rulebook.js';
import { IdentityReadings } from './staff.js';
import { type CellAddress, type Code, isoDate, type PersonId, type SourceCell, type YearMonth } from './types.js';

/**
 * A monthly grid as the xlsx reader hands it over (plain data, no exceljs), and its interpretation
 * into deduction events. The reader decides where things are; this module decides what they mean.
 */

/** 2: the metadata carries the whole rulebook. */
export const GRID_FORMAT_VERSION = 2;

export interface GridMetadata {
  readonly formatVersion: number;
  readonly unit?: string;
  readonly year?: number;
  readonly month?: number;
  readonly rulesFingerprint?: string;
  /** The whole rulebook the grid was made with, as JSON (grids made since format 2 carry it). */
  readonly rulebook?: string;
  /** The roster's Nhóm by person id, as init-month wrote it. */
  readonly groups?: Readonly<Record<string, string>>;
}

/** A day cell's content: text, or the reason it could not be read as text (a date, a number, an error). */
export interface RawCell {
  readonly address: CellAddress;
  readonly text?: string;
  readonly issue?: CellIssue;
}

/** A cell of the leader's columns: a number, or the text that is not one (both absent: empty). */
export interface RawEvaluationCell {
  readonly address: CellAddress;
  readonly value?: number;
  readonly text?: string;
  /** What the reader could not take as a value (a formula saved without its result). */
  readonly issue?: CellIssue;
}

export interface RawStaffRow {
  readonly row: number;
  readonly id?: string;
  readonly name: string;
  readonly nameCell: CellAddress;
  readonly position?: string;
  /** Index 0 is day 1; a day without a cell may be a gap (the array may be shorter than the month). */
  readonly days: readonly (RawCell | undefined)[];
  /** The leader's columns (Nghị định 335/2025), where the grid has them. */
  readonly evaluation?: Partial<Record<EvaluationPart, RawEvaluationCell>>;
}

export interface RawGrid {
  readonly file: string;
  readonly sheet: string;
  /** Texts found above the header row, top to bottom: the unit and the month title live here. */
  readonly titleLines: readonly string[];
  readonly metadata?: GridMetadata;
  readonly rows: readonly RawStaffRow[];
  readonly problems: readonly Problem[];
  /** Which of the leader's columns the header has. */
  readonly evaluationColumns?: readonly EvaluationPart[];
  /** Loose cells of the day columns under the legend and signatures: marks there belong to nobody. */
  readonly belowEnd?: readonly RawCell[];
  /** Cells of people's rows outside every column the reader reads (a notes column, a total): reported by the core. */
  readonly stray?: readonly RawCell[];
  /** The reader's account of the staff rows' non-empty cells (every one consumed or reported). */
  readonly account?: CellAccount;
}

export interface CellAccount {
  readonly seen: number;
  readonly consumed: number;
  readonly reported: number;
}

export interface DeductionEvent {
  readonly personId: PersonId;
  readonly date: string;
  readonly code: Code;
  readonly count: number;
  readonly source: SourceCell;
}

/** A neutral mark (leave, sickness, maternity…): costs nothing but matters for the months-worked rules. */
export interface NeutralMark {
  readonly personId: PersonId;
  readonly date: string;
  readonly code: Code;
  readonly source: SourceCell;
}

export interface MonthStaff {
  readonly id: PersonId;
  readonly hasOwnId: boolean;
  readonly name: string;
  /** nameKey(name), computed once: matching people across twelve months compares it often. */
  readonly nameKey: string;
  readonly position?: string;
  readonly row: number;
  readonly nameCell: CellAddress;
}

export interface ParsedMonth {
  readonly file: string;
  readonly sheet: string;
  readonly ym: YearMonth;
  readonly unit?: string;
  /** In the grid's order, each id once (identifyStaff leaves a second row of an id out). */
  readonly staff: readonly MonthStaff[];
  /** Person by person in the staff's order (ByPerson walks them so). */
  readonly events: readonly DeductionEvent[];
  readonly marks: readonly NeutralMark[];
  /** What the leader entered, per person, in a grid of a month that closes an evaluation period. */
  readonly evaluations: ReadonlyMap<PersonId, EnteredEvaluation>;
  readonly problems: readonly Problem[];
  /** The roster's Nhóm by person id, from the grid's metadata. */
  readonly groups?: Readonly<Record<string, string>>;
}

export interface ParseOptions {
  /** `--month`, for a hand-made grid whose title does not say it. */
  readonly month?: YearMonth;
  /**
   * One string for each text the months of a run share (Mã, names, positions): a province's twelve
   * grids otherwise hold twelve copies of every name. See `interner`.
   */
  readonly intern?: Interner;
  /** The run's readings of names and Mã, shared by its months (see IdentityReadings). */
  readonly identities?: IdentityReadings;
  /** The run's reading of cell texts under its rulebook, shared by its months (see cellReader). */
  readonly readCell?: (text: string) => CellParse;
}

export type Interner = <T extends string>(text: T) => T;

const sameText: Interner = (text) => text;

/** A run's string table for ParseOptions.intern. */
export function interner(): Interner {
  const first = memo((text: string) => text);
  return <T extends string>(text: T): T => first(text) as T;
}

const TITLE_MONTH = /TH[AÁ]NG\s*(\d{1,2})\s*(?:N[AĂ]M|[/.-])\s*(\d{4})/iu;
const TITLE_YEAR = /N[AĂ]M\s*(\d{4})/iu;

/**
 * Reads `THÁNG 03 NĂM 2023` (or `THÁNG.....NĂM 2023`, which gives the year alone) from the title
 * lines. The month is the grid's own month line — a line that starts with THÁNG — never a date in a
 * reference to another document (`Kèm theo Kế hoạch số …, ngày … tháng 01 năm 2023`); two month
 * lines that disagree are reported, naming both.
 */
function monthFromTitle(lines: readonly string[]): { year?: number; month?: number; conflict?: [string, string] } {
  const nfc = lines.map((l) => l.normalize('NFC').trim());
  const monthLines = nfc.filter((l) => /^TH[AÁ]NG\b/iu.test(l));
  // Without a line of its own, a month named outside any date ("ngày … tháng …") and outside a reference.
  const candidates = monthLines.length > 0 ? monthLines : nfc.filter((l) => !/ng[aà]y|^\(|k[eè]m theo/iu.test(l));
  const found = candidates.flatMap((line) => {
    const m = TITLE_MONTH.exec(line);
    return m ? [{ line, month: Number(m[1]), year: Number(m[2]) }] : [];
  });
  const first = found[0];
  const other = found.find((f) => first && (f.month !== first.month || f.year !== first.year));
  if (first && other) return { conflict: [first.line, other.line] };
  if (first) return { month: first.month, year: first.year };
  for (const line of candidates) {
    if (!/TH[AÁ]NG/iu.test(line)) continue;
    const y = TITLE_YEAR.exec(line);
    if (y) return { year: Number(y[1]) };
  }
  return {};
}

type MonthSource = { year?: number; month?: number; from: 'metadata' | 'title' | 'option' };

function resolveMonth(raw: RawGrid, opts: ParseOptions): { ym?: YearMonth; problems: Problem[] } {
  const where = { file: raw.file, sheet: raw.sheet };
  const title = monthFromTitle(raw.titleLines);
  if (title.conflict) {
    return { problems: [problem('error', 'grid.monthLinesDisagree', { a: title.conflict[0], b: title.conflict[1] }, where)] };
  }
  const sources: MonthSource[] = [
    { ...(raw.metadata ?? {}), from: 'metadata' as const },
    { year: title.year, month: title.month, from: 'title' as const },
    { ...(opts.month ?? {}), from: 'option' as const },
  ];
  const problems: Problem[] = [];
  let year: MonthSource | undefined;
  let month: MonthSource | undefined;
  for (const s of sources) {
    if (s.year !== undefined) {
      if (year && year.year !== s.year) {
        problems.push(problem('error', 'grid.monthConflict', { a: year.from, b: s.from, va: `${year.year}`, vb: `${s.year}` }, where));
      }
      year ??= s;
    }
    if (s.month !== undefined) {
      if (month && month.month !== s.month) {
        problems.push(problem('error', 'grid.monthConflict', { a: month.from, b: s.from, va: `${month.month}`, vb: `${s.month}` }, where));
      }
      month ??= s;
    }
  }
  if (year?.year === undefined || month?.month === undefined || month.month < 1 || month.month > 12) {
    problems.push(problem('error', 'grid.noMonth', {}, where));
    return { problems };
  }
  return { ym: { year: year.year, month: month.month }, problems };
}

/** Staff of one sheet: the same id twice, or the same name twice without ids, cannot be told apart. */
function identifyStaff(
  raw: RawGrid,
  intern: Interner,
  identities: IdentityReadings,
): { staff: MonthStaff[]; rowsOf: RawStaffRow[]; problems: Problem[] } {
  const staff: MonthStaff[] = [];
  // Each person's row, by the person's place in `staff`.
  const rowsOf: RawStaffRow[] = [];
  const problems: Problem[] = [];
  const sheet = identities.sheet();
  for (const row of raw.rows) {
    const { reading, idReading: own } = identities.person(row.row, row.name, row.id);
    const { name, key, derivedId } = reading;
    const ownId = own.key;
    const id = (ownId || derivedId) as PersonId;
    const idClaim = own.claim ?? reading.derivedIdClaim;
    const sameId = idClaim.in(sheet);
    const sameName = reading.keyClaim.in(sheet);
    if (row.id && sameId) {
      problems.push(problem('error', 'staff.duplicateId', { id, row: row.row, other: sameId.row }, atCell(raw, row.nameCell)));
      continue;
    }
    // One name twice is one person twice (a row copied to add a mark) unless two Mã tell them apart.
    if (sameName && !(row.id && sameName.ownId)) {
      problems.push(problem('error', 'staff.duplicateName', { name, row: row.row, other: sameName.row }, atCell(raw, row.nameCell)));
      continue;
    }
    // Two names without a Mã whose generated ids are the same (an 8-digit hash of the name: about one
    // pair in 4 billion, but a province's 30,000 names make 450 million pairs): their marks would be
    // added together. Said, and the row left out, as a duplicate is.
    if (!ownId && sameId) {
      problems.push(problem('error', 'staff.derivedIdClash', { name, row: row.row, other: sameId.row }, atCell(raw, row.nameCell)));
      continue;
    }
    const typedId = row.id !== undefined && row.id !== '';
    idClaim.take(sheet, row.row, typedId);
    reading.keyClaim.take(sheet, row.row, typedId);
    staff.push({
      // Mã, name and key are the run's own strings already (IdentityReadings).
      id,
      hasOwnId: ownId !== '',
      name,
      nameKey: key,
      position: row.position === undefined ? undefined : intern(row.position),
      row: row.row,
      // The reader gives every month's row the same address string (grid-reader.ts).
      nameCell: row.nameCell,
    });
    rowsOf.push(row);
  }
  return { staff, rowsOf, problems };
}

/** A day cell's place and text, for a problem said of it: made only when there is one. */
function placeOf(raw: RawGrid, cell: RawCell): Pick<Problem, 'file' | 'sheet' | 'cell' | 'raw'> {
  return { file: raw.file, sheet: raw.sheet, cell: cell.address, raw: cell.text };
}

/** Interprets a raw grid: month, staff, and every day cell through the grammar and the calendar. */
export function parseGrid(raw: RawGrid, rules: Rulebook, opts: ParseOptions = {}): ParsedMonth {
  const problems: Problem[] = [...raw.problems];
  const { ym, problems: monthProblems } = resolveMonth(raw, opts);
  problems.push(...monthProblems);
  const { staff, rowsOf, problems: staffProblems } = identifyStaff(raw, opts.intern ?? sameText, opts.identities ?? new IdentityReadings());
  problems.push(...staffProblems);
  // The leader's columns read under a rulebook without an evaluation section would vanish from the figures.
  if ((raw.evaluationColumns ?? []).length > 0 && !rules.evaluation) {
    problems.push(problem('error', 'grid.evaluationWithoutRules', { name: rules.name }, { file: raw.file, sheet: raw.sheet }));
  }
  // Every month the same fields in the same order, none spread in: the year's fold, optimised for
  // the first months' shape, is not thrown away by a later month of another one.
  const month = (
    ym: YearMonth,
    events: DeductionEvent[],
    marks: NeutralMark[],
    evaluations: ReadonlyMap<PersonId, EnteredEvaluation>,
  ): ParsedMonth => ({
    file: raw.file,
    sheet: raw.sheet,
    ym,
    unit: raw.metadata?.unit,
    staff,
    events,
    marks,
    evaluations,
    problems,
    groups: raw.metadata?.groups,
  });
  if (!ym) return month({ year: 0, month: 0 }, [], [], new Map());

  const index = buildCodeIndex(rules);
  const readCell = opts.readCell ?? cellReader(rules);
  const days = monthDays(ym.year, ym.month, rules);
  // One string per day of the month, shared by every mark made on it.
  const dates = days.map((d) => isoDate(ym.year, ym.month, d.day));
  const events: DeductionEvent[] = [];
  const marks: NeutralMark[] = [];
  for (let p = 0; p < staff.length; p++) {
    const person = staff[p]!;
    // Indexed, not forEach: no closure made for each of a province's people, no hole looked up.
    const cells = rowsOf[p]!.days;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      if (cell.issue) {
        problems.push(problem(cell.issue.severity, cell.issue.key, cell.issue.params, placeOf(raw, cell)));
        if (cell.issue.severity === 'error') continue;
      }
      if (cell.text === undefined || cell.text.trim() === '') continue;
      const day = days[i]!;
      const parsed = readCell(cell.text);
      for (const issue of parsed.issues) problems.push(problem(issue.severity, issue.key, issue.params, placeOf(raw, cell)));
      if (day.kind === 'missing') {
        problems.push(problem('error', 'grid.codeOnMissingDay', { day: day.day, month: ym.month, year: ym.year }, placeOf(raw, cell)));
        continue;
      }
      const date = dates[i]!;
      const source = { file: raw.file, sheet: raw.sheet, cell: cell.address };
      for (const token of parsed.tokens) {
        if (token.kind === 'neutral') {
          marks.push({ personId: person.id, date, code: token.code, source });
          continue;
        }
        if (day.kind !== 'workday') {
          problems.push(
            problem(
              'warning',
              day.kind === 'weekend' ? 'grid.deductionOnWeekend' : 'grid.deductionOnHoliday',
              { day: day.day, code: token.code, holiday: day.note ?? '' },
              placeOf(raw, cell),
            ),
          );
        }
        events.push({ personId: person.id, date, code: token.code, count: token.count, source });
      }
    }
  }
  // Under the legend, a cell that reads as marks was typed for someone the grid does not list.
  for (const cell of raw.belowEnd ?? []) {
    if (cell.text === undefined) continue;
    const parsed = parseCellText(cell.text, index);
    if (parsed.tokens.length > 0 && parsed.issues.length === 0) {
      problems.push(problem('error', 'grid.marksBelowEnd', {}, { file: raw.file, sheet: raw.sheet, cell: cell.address, raw: cell.text }));
    }
  }
  problems.push(...strayProblems(raw, index));
  const evaluations = readEvaluations(raw, staff, rowsOf, ym, rules, problems);
  return month(ym, events, marks, evaluations);
}

/**
 * Cells of people's rows that no column of the grid reads: one that reads as marks would have
 * counted had it been in a day column (an error at it); the rest (a notes or totals column) is said
 * once per column, at its first cell, with how many cells it holds.
 */
function strayProblems(raw: RawGrid, index: ReturnType<typeof buildCodeIndex>): Problem[] {
  const problems: Problem[] = [];
  const byColumn = new Map<string, { first: RawCell; count: number }>();
  for (const cell of raw.stray ?? []) {
    const where = { file: raw.file, sheet: raw.sheet, cell: cell.address, raw: cell.text };
    const parsed = cell.text === undefined ? undefined : parseCellText(cell.text, index);
    if (parsed && parsed.tokens.length > 0 && parsed.issues.length === 0) {
      problems.push(problem('error', 'grid.marksOutsideDays', {}, where));
      continue;
    }
    const column = cell.address.replace(/\d+$/u, '');
    const seen = byColumn.get(column);
    if (seen) seen.count++;
    else byColumn.set(column, { first: cell, count: 1 });
  }
  for (const [column, { first, count }] of byColumn)
    problems.push(problem('warning', 'grid.columnNotRead', { column, count }, { file: raw.file, sheet: raw.sheet, cell: first.address }));
  return problems;
}

/**
 * The leader's points in the grid of a month that closes a period: numbers within 0..max; an empty
 * cell is not yet evaluated (a warning here; classify decides whether it may be missing).
 */
function readEvaluations(
  raw: RawGrid,
  staff: readonly MonthStaff[],
  rowsOf: readonly RawStaffRow[],
  ym: YearMonth,
  rules: Rulebook,
  problems: Problem[],
): Map<PersonId, EnteredEvaluation> {
  const out = new Map<PersonId, EnteredEvaluation>();
  const ev = rules.evaluation;
  if (!ev || !isEvaluationMonth(ym.month, ev)) return out;
  const where = { file: raw.file, sheet: raw.sheet };
  const columns = raw.evaluationColumns ?? [];
  for (const part of EVALUATION_PARTS) {
    if (!columns.includes(part))
      problems.push(problem('error', 'evaluation.noColumn', { label: EVALUATION_LABELS[part], month: ym.month }, where));
  }
  if (columns.length < EVALUATION_PARTS.length) return out;
  for (let p = 0; p < staff.length; p++) {
    const person = staff[p]!;
    const cells = rowsOf[p]!.evaluation ?? {};
    const invalid: EvaluationPart[] = [];
    /** The figure, null when the cell is empty, undefined when what it holds is not a figure (an error said here). */
    const readValue = (part: EvaluationPart): number | null | undefined => {
      const cell = cells[part];
      const at = { ...where, cell: cell?.address, raw: cell?.text };
      const max = partMax(part, ev);
      if (cell?.issue) {
        problems.push(problem(cell.issue.severity, cell.issue.key, cell.issue.params, at));
        return undefined;
      }
      if (cell?.text !== undefined) {
        problems.push(problem('error', 'evaluation.notNumber', { label: EVALUATION_LABELS[part], value: cell.text, max }, at));
        return undefined;
      }
      // An empty cell is not yet evaluated: the year decides whether that is due (tallyYear).
      if (cell?.value === undefined) return null;
      if (cell.value < 0 || cell.value > max) {
        problems.push(problem('error', 'evaluation.outOfRange', { label: EVALUATION_LABELS[part], value: cell.value, max }, at));
        return undefined;
      }
      return cell.value;
    };
    const value = (part: EvaluationPart): number | null => {
      const read = readValue(part);
      if (read === undefined) invalid.push(part);
      return read ?? null;
    };
    const addressOf = (part: EvaluationPart) => cells[part]?.address ?? ('' as CellAddress);
    out.set(person.id, {
      otherGeneral: value('otherGeneral'),
      task: value('task'),
      file: raw.file,
      sheet: raw.sheet,
      cells: { otherGeneral: addressOf('otherGeneral'), task: addressOf('task') },
      ...(invalid.length > 0 ? { invalid } : {}),
    });
  }
  return out;
}
