import type { Problem } from '../core/problems.js';
import { type Lang, render } from './messages.js';

/** A problem as one line: severity, where (file › sheet › cell) and what to do; the terminal and the page print it alike. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = [p.file, p.sheet, p.cell].filter((x) => x !== undefined && x !== '').join(' › ');
  const severity = render(lang, p.severity === 'error' ? 'severity.error' : 'severity.warning');
  const message = render(lang, p.key, p.params);
  return where ? `${severity}: ${where}: ${message}` : `${severity}: ${message}`;
}
