import { type Letterhead, letterheadFor } from '../core/letterhead.js';
import type { Problem } from '../core/problems.js';
import type { Context } from './context.js';

/** `--unit` and `--parent`: the letterhead of one run, over the rulebook's. */
export interface LetterheadOptions {
  unit?: string;
  parent?: string;
}

/** The letterhead of a document whose period starts on `start`, and the warning that it names a district too late. */
export function documentLetterhead(
  ctx: Context,
  opts: LetterheadOptions,
  start: string,
  gridUnit?: string,
): { letterhead: Letterhead; problems: Problem[] } {
  const { head, problems } = letterheadFor(ctx.rules.unit, start, { unit: opts.unit ?? gridUnit, parent: opts.parent });
  return { letterhead: head, problems };
}
