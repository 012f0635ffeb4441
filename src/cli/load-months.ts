import { provisionalCalendarProblems } from '../core/calendar.js';
import { type ParsedMonth, parseGrid } from '../core/grid.js';
import { type Problem, UserError } from '../core/problems.js';
import type { YearMonth } from '../core/types.js';
import { readMetadata } from '../xlsx/grid-metadata.js';
import { openWorkbookView, readGridsFromView } from '../xlsx/grid-reader.js';
import type { WorkbookView } from '../xlsx/sheet-view.js';
import type { Context } from './context.js';
import { type ChosenRulebook, chooseRulebook } from './rulebook-source.js';
import { terminalWidth, wrapText } from './terminal-table.js';

/**
 * Reads and interprets grids: every file is opened (its hidden metadata says which rulebook made
 * it), the run's rulebook is chosen against them, then each sheet that carries a grid is parsed as
 * a month. Files are parsed one at a time and let go, so only one sheet's cells are held at once;
 * between files the event loop runs, so Ctrl-C is heard during a long run. Reading on worker
 * threads was measured slower on two cores (docs/performance.md) and was removed.
 */

/** Staff rows over all the grids of one run: twelve months of the largest grid (MAX_STAFF_ROWS). */
const MAX_STAFF_ROWS_IN_RUN = 600_000;

export interface LoadedMonths {
  readonly months: ParsedMonth[];
  /** The run with the rulebook chosen against the grids. */
  readonly ctx: Context;
  readonly chosen: ChosenRulebook;
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Says which rulebook file the run uses when it was found in the folder, not named by --rules. */
export function announceRulebook(ctx: Context, from: ChosenRulebook['from']): void {
  if (ctx.json || ctx.quiet) return;
  // A rulebook found in the folder is said once; the grids' own rulebook is the expected case.
  if (from.kind === 'folder')
    ctx.io.stderr.write(`${wrapText(ctx.t('rules.usingFolder', { file: from.file }), terminalWidth(ctx.io.stderr, ctx.io.env))}\n`);
}

export async function loadMonths(
  ctx: Context,
  files: readonly string[],
  month?: YearMonth,
  onFile?: (done: number, people: number) => void,
): Promise<LoadedMonths> {
  if (files.length === 0) throw new UserError('usage.noFiles', {}, 'usage');
  const views: (WorkbookView | undefined)[] = [];
  for (const file of files) views.push(await openWorkbookView(file));
  const chosen = await chooseRulebook(
    { rules: ctx.rules, origin: ctx.origin },
    files.map((file, i) => ({ file, metadata: readMetadata(views[i]!) })),
    ctx.force,
  );
  announceRulebook(ctx, chosen.from);
  const rules = chosen.rules;
  const months: ParsedMonth[] = [];
  let people = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const view = views[i]!;
    views[i] = undefined;
    for (const raw of readGridsFromView(view, file)) {
      const parsed = parseGrid(raw, rules, { month });
      people += parsed.staff.length;
      if (people > MAX_STAFF_ROWS_IN_RUN) throw new UserError('grid.tooManyStaffInRun', { max: MAX_STAFF_ROWS_IN_RUN });
      months.push(parsed);
    }
    onFile?.(i + 1, people);
    await breathe();
  }
  const runProblems: Problem[] = [
    ...chosen.problems,
    ...provisionalCalendarProblems(
      months.map((m) => m.ym.year),
      rules,
    ),
  ];
  if (months[0]) months[0] = { ...months[0], problems: [...runProblems, ...months[0].problems] };
  return { months, ctx: { ...ctx, rules }, chosen };
}
