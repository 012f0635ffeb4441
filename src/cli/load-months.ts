import { parseGrid, type ParsedMonth } from '../core/grid.js';
import { problem, UserError } from '../core/problems.js';
import { rulebookFingerprint, type Rulebook } from '../core/rulebook.js';
import type { YearMonth } from '../core/types.js';
import { readGridFile } from '../xlsx/grid-reader.js';

/**
 * Reads and interprets grids one after another. A file that cannot be opened at all stops the
 * run (its error names the file); problems inside a grid are collected and reported together.
 */
export async function loadMonths(files: readonly string[], rules: Rulebook, month?: YearMonth, onFile?: (done: number, people: number) => void): Promise<ParsedMonth[]> {
  if (files.length === 0) throw new UserError('usage.noFiles', {}, 2);
  const fingerprint = rulebookFingerprint(rules);
  const out: ParsedMonth[] = [];
  let people = 0;
  for (const file of files) {
    const raw = await readGridFile(file);
    const parsed = parseGrid(raw, rules, { month });
    const made = raw.metadata?.rulesFingerprint;
    const extra = made && made !== fingerprint ? [problem('warning', 'grid.rulesChanged', { grid: made, rules: fingerprint }, { file, sheet: raw.sheet })] : [];
    out.push({ ...parsed, problems: [...parsed.problems, ...extra] });
    people += parsed.staff.length;
    onFile?.(out.length, people);
  }
  return out;
}
