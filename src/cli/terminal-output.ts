import type { Problem } from '../core/problems.js';
import type { RowList } from '../core/row-list.js';
import type { Lang } from '../i18n/messages.js';
import { render } from '../i18n/messages.js';
import { formatProblem } from '../i18n/problem-text.js';
import type { Context } from './context.js';
import { renderTable, terminalWidth, wrapText } from './terminal-table.js';

/** Rendering for the terminal: problems one line each, tables, JSON. Nothing here decides anything. */

export { formatProblem } from '../i18n/problem-text.js';

/**
 * The terminal shows the first rows and problems only: a screen of 10,000 lines helps nobody, and
 * cli-table3 lays tables out in quadratic time (25 s for 10,000 rows). The workbook, --json and
 * --annotate always carry everything.
 */
const TERMINAL_ROWS = 100;
const TERMINAL_PROBLEMS = 200;

/**
 * Problems on stderr, one line each (all of them with --json, whose stdout carries them too); a
 * run without problems says so, unless it is machine mode.
 */
export function printProblems(ctx: Context, problems: readonly Problem[]): void {
  const shown = ctx.json ? problems : problems.slice(0, TERMINAL_PROBLEMS);
  const width = terminalWidth(ctx.io.stderr, ctx.io.env);
  for (const p of shown) {
    const line = wrapText(formatProblem(p, ctx.lang), width);
    ctx.io.stderr.write(`${p.severity === 'error' ? ctx.err.red(line) : ctx.err.yellow(line)}\n`);
  }
  if (ctx.json) return;
  if (problems.length > shown.length)
    ctx.io.stderr.write(`${wrapText(ctx.t('cli.moreProblems', { count: problems.length - shown.length }), width)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary =
    problems.length === 0 ? ctx.t('cli.noProblems') : ctx.t('cli.problemCount', { errors, warnings: problems.length - errors });
  ctx.io.stderr.write(`${summary}\n`);
}

/** Problems in the SPEC §7 JSON shape, messages rendered in the chosen language. */
export function problemsJson(problems: readonly Problem[], lang: Lang) {
  return problems.map((p) => ({
    severity: p.severity,
    file: p.file ?? null,
    sheet: p.sheet ?? null,
    cell: p.cell ?? null,
    message: render(lang, p.key, p.params),
  }));
}

/** One way to show a table; a command offers its layouts widest first. */
export interface TableLayout {
  readonly head: readonly string[];
  /** Only a screenful is shown: the rest are never made (see RowList). */
  readonly rows: RowList<readonly (string | number)[]>;
  /** Said under the table when this layout leaves columns out (e.g. "the workbook has every month"). */
  readonly note?: string;
}

/**
 * The first layout that fits the terminal (every one fits when output is piped: rows stay whole);
 * when none does, the narrowest, wrapped as tightly as its words allow.
 */
export function table(ctx: Context, ...layouts: readonly TableLayout[]): string {
  // A --json run prints no text: its tables are not laid out at all.
  if (ctx.json) return '';
  const shown = (l: TableLayout) => Array.from({ length: Math.min(l.rows.length, TERMINAL_ROWS) }, (_, i) => l.rows.at(i)!);
  let text: string | undefined;
  let chosen = layouts[layouts.length - 1]!;
  for (const layout of layouts) {
    text = renderTable(layout.head, shown(layout), ctx.width);
    if (text !== undefined) {
      chosen = layout;
      break;
    }
  }
  text ??= renderTable(chosen.head, shown(chosen), undefined)!;
  const rest = chosen.rows.length - TERMINAL_ROWS;
  const lines = [text];
  if (rest > 0) lines.push(ctx.t('cli.moreRows', { count: rest }));
  if (chosen.note && chosen !== layouts[0]) lines.push(chosen.note);
  return lines.join('\n');
}

/**
 * Machine output: indented for a person reading it in a terminal, on one line for a program that
 * reads it from a pipe or a file (a province's year is 4.9 MB so, where indenting made it 11 MB).
 */
export function printJson(ctx: Pick<Context, 'io'>, value: unknown): void {
  ctx.io.stdout.write(`${ctx.io.stdout.isTTY === true ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}

/** A line (or block) on stdout, long prose wrapped at word boundaries to the terminal's width. */
export function say(ctx: Pick<Context, 'width' | 'io'>, text: string): void {
  ctx.io.stdout.write(`${wrapText(text, ctx.width)}\n`);
}
