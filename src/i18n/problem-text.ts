import type { Problem, StoppingError } from '../core/problems.js';
import { type Lang, render } from './messages.js';

/** A problem as one line: severity, where (file › sheet › cell) and what to do; the terminal and the page print it alike. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = [p.file, p.sheet, p.cell].filter((x) => x !== undefined && x !== '').join(' › ');
  const severity = render(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning');
  const message = render(lang, p.key, p.params);
  return where ? `${severity}: ${where}: ${message}` : `${severity}: ${message}`;
}

/** A stopping error as the lines the terminal prints on stderr and the page shows in its alert. */
export function stoppingErrorLines(e: StoppingError, lang: Lang): string[] {
  if ('internal' in e) return [render(lang, 'internal.error', { detail: e.internal })];
  const details = e.details
    .filter((d) => d.key !== e.key || d.params !== e.params)
    .map((d) => (d.key.startsWith('rulebook.issue.') ? render(lang, d.key, d.params) : formatProblem(d, lang)));
  return [render(lang, e.key, e.params), ...details];
}
