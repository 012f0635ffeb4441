import { provisionalCalendarProblems } from '../../core/calendar.js';
import { interner, type ParsedMonth, parseGrid } from '../../core/grid.js';
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
  options: { force: boolean; month?: YearMonth; afterFile?: (done: number, people: number) => Promise<void> | void },
): Promise<MonthsRead> {
  const chosen = await chooseRulebook(
    initial,
    opened.map((o) => ({ file: o.file, metadata: o.view ? readMetadata(o.view) : undefined })),
    options.force,
  );
  const rules = chosen.rules;
  const months: ParsedMonth[] = [];
  const intern = interner();
  const identities = new IdentityReadings();
  let people = 0;
  for (const [i, o] of opened.entries()) {
    const view = o.view!;
    o.view = undefined;
    for (const raw of readGridsFromView(view, o.file)) {
      const parsed = parseGrid(raw, rules, { month: options.month, intern, identities });
      people += parsed.staff.length;
      if (people > MAX_STAFF_ROWS_IN_RUN) throw new UserError('grid.tooManyStaffInRun', { max: MAX_STAFF_ROWS_IN_RUN });
      months.push(parsed);
    }
    await options.afterFile?.(i + 1, people);
  }
  const runProblems: Problem[] = [
    ...chosen.problems,
    ...provisionalCalendarProblems(
      months.map((m) => m.ym.year),
      rules,
    ),
  ];
  if (months[0]) months[0] = { ...months[0], problems: [...runProblems, ...months[0].problems] };
  return { months, rules, chosen };
}
