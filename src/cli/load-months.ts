import type { ParsedMonth } from '../core/grid.js';
import { UserError } from '../core/problems.js';
import type { ChosenRulebook } from '../core/rulebook-choice.js';
import type { YearMonth } from '../core/types.js';
import { openWorkbookView } from '../xlsx/read/grid-reader.js';
import { monthsFromViews, type OpenedWorkbook } from '../xlsx/read/months-from-views.js';
import type { Context } from './context.js';
import { terminalWidth, wrapText } from './terminal-table.js';

/**
 * Reads and interprets grids: every file is opened (its hidden metadata says which rulebook made
 * it), the run's rulebook is chosen against them, then each sheet that carries a grid is parsed as
 * a month. Files are parsed one at a time and let go, so only one sheet's cells are held at once;
 * between files the event loop runs, so Ctrl-C is heard during a long run. Reading on worker
 * threads was measured slower on two cores (docs/performance.md) and was removed.
 */

export interface LoadedMonths {
  readonly months: ParsedMonth[];
  /** The run with the rulebook chosen against the grids. */
  readonly ctx: Context;
  readonly chosen: ChosenRulebook;
}

/** The rulebook a run used, by name and origin, for the page's step 1 (which must never name another). */
export function rulebookUsed(ctx: Context, chosen: Pick<ChosenRulebook, 'from'>): { name: string; from: string } {
  const from = chosen.from;
  // Named by its file (a grid, quy-che.json); the built-in rulebook has none.
  return { name: ctx.rules.name, from: from.kind === 'default' ? '—' : (from.file.split(/[\\/]/u).pop() ?? from.file) };
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
  const opened: OpenedWorkbook[] = [];
  for (const file of files) opened.push({ file, view: await openWorkbookView(file) });
  const read = await monthsFromViews(
    opened,
    { rules: ctx.rules, origin: ctx.origin },
    {
      force: ctx.force,
      ...(month ? { month } : {}),
      // Between files the event loop runs, so Ctrl-C is heard during a long run.
      afterFile: (done, people) => {
        onFile?.(done, people);
        return breathe();
      },
    },
  );
  announceRulebook(ctx, read.chosen.from);
  return { months: read.months, ctx: { ...ctx, rules: read.rules }, chosen: read.chosen };
}
