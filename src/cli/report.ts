import Table from 'cli-table3';
import type { Problem } from '../core/problems.js';
import type { Lang } from '../i18n/messages.js';
import { render } from '../i18n/messages.js';
import type { Context } from './context.js';

/** Rendering for the terminal: problems one line each, tables, JSON. Nothing here decides anything. */

export function formatProblem(p: Problem, lang: Lang): string {
  const where = [p.file, p.sheet, p.cell].filter((x) => x !== undefined && x !== '').join(' › ');
  const severity = render(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning');
  const message = render(lang, p.key, p.params);
  return where ? `${severity}: ${where}: ${message}` : `${severity}: ${message}`;
}

/**
 * The terminal shows the first rows and problems only: a screen of 10,000 lines helps nobody, and
 * cli-table3 lays tables out in quadratic time (25 s for 10,000 rows). The workbook, --json and
 * --annotate always carry everything.
 */
export const TERMINAL_ROWS = 100;
export const TERMINAL_PROBLEMS = 200;

export function printProblems(ctx: Context, problems: readonly Problem[]): void {
  const shown = ctx.json ? problems : problems.slice(0, TERMINAL_PROBLEMS);
  for (const p of shown) {
    const line = formatProblem(p, ctx.lang);
    process.stderr.write(`${p.severity === 'error' ? ctx.err.red(line) : ctx.err.yellow(line)}\n`);
  }
  if (ctx.json) return;
  if (problems.length > shown.length) process.stderr.write(`${ctx.t('cli.moreProblems', { count: problems.length - shown.length })}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = problems.length === 0 ? ctx.t('cli.noProblems') : ctx.t('cli.problemCount', { errors, warnings: problems.length - errors });
  process.stderr.write(`${summary}\n`);
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

export function table(ctx: Context, head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const t = new Table({ head: [...head], style: { head: [], border: [] } });
  for (const r of rows.slice(0, TERMINAL_ROWS)) t.push(r.map((v) => String(v)));
  const rest = rows.length - TERMINAL_ROWS;
  return rest > 0 ? `${t.toString()}\n${ctx.t('cli.moreRows', { count: rest })}` : t.toString();
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
