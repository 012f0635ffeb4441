import { provisionalCalendarProblems } from '../../core/calendar.js';
import { cellReader } from '../../core/grammar.js';
import { interner, type ParsedMonth, type ParseOptions, parseGrid, type RawGrid } from '../../core/grid.js';
import { type Problem, UserError } from '../../core/problems.js';
import { type ChosenRulebook, chooseRulebook, type RulebookOrigin } from '../../core/rulebook-choice.js';
import type { Rulebook } from '../../core/rulebook-types.js';
import { IdentityReadings } from '../../core/staff.js';
import type { YearMonth } from '../../core/types.js';
import { readMetadata } from '../formats/grid-metadata.js';
import { readGridsFromView } from './grid-reader.js';
import type { WorkbookView } from './sheet-view.js';

/**
 * Opened workbooks to months, for the CLI (load-months.ts) and the page alike: the run's rulebook
 * is chosen against what each file's hidden metadata says made it, then each sheet that carries a
 * grid is parsed as a month. Views are let go one at a time, so only one sheet's cells are held.
 */

/** Staff rows over all the grids of one run: twelve months of the largest grid (MAX_STAFF_ROWS). */
const MAX_STAFF_ROWS_IN_RUN = 600_000;

export interface OpenedWorkbook {
  readonly file: string;
  view: WorkbookView | undefined;
}

export interface MonthsRead {
  readonly months: ParsedMonth[];
  readonly rules: Rulebook;
  readonly chosen: ChosenRulebook;
}

export async function monthsFromViews(
  opened: OpenedWorkbook[],
  initial: { rules: Rulebook; origin: RulebookOrigin },
  options: MonthOptions,
): Promise<MonthsRead> {
  const months: ParsedMonth[] = [];
  const read = await eachMonthFromViews(opened, initial, options, (month) => {
    months.push(month);
    return true;
  });
  if (months[0]) months[0] = { ...months[0], problems: [...read.runProblems, ...months[0].problems] };
  return { months, rules: read.rules, chosen: read.chosen };
}

export interface MonthOptions {
  readonly force: boolean;
  readonly month?: YearMonth;
  readonly afterFile?: (done: number, people: number) => Promise<void> | void;
}

export interface EachMonthRead {
  readonly rules: Rulebook;
  readonly chosen: ChosenRulebook;
  /** The run's own problems (the rulebook chosen, a provisional calendar), said before every month's. */
  readonly runProblems: readonly Problem[];
  /** False when `take` refused a month: reading stopped there. */
  readonly complete: boolean;
}

/** Parses grid `g` and takes it out of `raws`. */
function parseAndLetGo(raws: (RawGrid | undefined)[], g: number, rules: Rulebook, options: ParseOptions): ParsedMonth {
  const raw = raws[g]!;
  raws[g] = undefined;
  return parseGrid(raw, rules, options);
}

/**
 * The months one at a time, each handed to `take` as soon as its sheet is parsed and not kept
 * here (a province's year streams through YearTally); `take` may refuse one (false), which ends
 * the reading.
 */
export async function eachMonthFromViews(
  opened: OpenedWorkbook[],
  initial: { rules: Rulebook; origin: RulebookOrigin },
  options: MonthOptions,
  take: (month: ParsedMonth, rules: Rulebook) => boolean,
): Promise<EachMonthRead> {
  const chosen = await chooseRulebook(
    initial,
    opened.map((o) => ({ file: o.file, metadata: o.view ? readMetadata(o.view) : undefined })),
    options.force,
  );
  const rules = chosen.rules;
  const years: number[] = [];
  const intern = interner();
  const identities = new IdentityReadings();
  const readCell = cellReader(rules);
  let people = 0;
  const parseOptions = { month: options.month, intern, identities, readCell };
  for (const [i, o] of opened.entries()) {
    // Neither the file's sheets nor a grid's rows are held here once read: a province's month is
    // folded with only its parsed form alive, so collections copy less of what is let go.
    const raws: (RawGrid | undefined)[] = readGridsFromView(o.view!, o.file);
    o.view = undefined;
    for (let g = 0; g < raws.length; g++) {
      const parsed = parseAndLetGo(raws, g, rules, parseOptions);
      people += parsed.staff.length;
      if (people > MAX_STAFF_ROWS_IN_RUN) throw new UserError('grid.tooManyStaffInRun', { max: MAX_STAFF_ROWS_IN_RUN });
      years.push(parsed.ym.year);
      if (!take(parsed, rules)) return { rules, chosen, runProblems: [], complete: false };
    }
    await options.afterFile?.(i + 1, people);
  }
  const runProblems = [...chosen.problems, ...provisionalCalendarProblems(years, rules)];
  return { rules, chosen, runProblems, complete: true };
}
