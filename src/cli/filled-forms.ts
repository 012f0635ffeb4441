import { applyFormScores } from '../core/form-scores.js';
import type { Problem } from '../core/problems.js';
import type { YearResult } from '../core/year.js';
import type { Context } from './context.js';

/**
 * `--filled FILE` (forms, classify): Mẫu số 01 the leader and the person filled row by row, read
 * back and given to the year as the leader's figures, with what the files raise.
 */
export async function withFilledForms(
  files: readonly string[],
  year: YearResult,
  ctx: Context,
): Promise<{ year: YearResult; problems: Problem[] }> {
  if (files.length === 0 || !ctx.rules.evaluation) return { year, problems: [] };
  const { readFilledForms } = await import('../xlsx/read/form-reader.js');
  const read = await Promise.all(files.map((f) => readFilledForms(f, ctx.rules, year.year)));
  const applied = applyFormScores(
    year,
    read.flatMap((r) => r.forms),
    ctx.rules,
  );
  return { year: applied.year, problems: [...read.flatMap((r) => r.problems), ...applied.problems] };
}
