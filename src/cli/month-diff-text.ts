import type { MonthDiff } from '../core/month-diff.js';
import type { Context } from './context.js';
import { table } from './terminal-output.js';

/** The changes between two versions of a month as the terminal shows them (diff, reopen). */

/** A day as "ngày 5", the leader's columns and the name by their own words. */
export function whatText(ctx: Context, what: string): string {
  if (what === 'otherGeneral') return ctx.t('diff.otherGeneral');
  if (what === 'task') return ctx.t('diff.task');
  if (what === 'name') return ctx.t('diff.name');
  return what;
}

export function monthDiffText(ctx: Context, d: MonthDiff): string[] {
  const text: string[] = [];
  if (d.rulesChanged) text.push(ctx.t('cli.diffRules'));
  if (d.cells.length > 0)
    text.push(
      table(ctx, {
        head: [ctx.t('col.name'), ctx.t('col.cell'), ctx.t('col.what'), ctx.t('col.before'), ctx.t('col.after')],
        rows: d.cells.map((c) => [c.name, c.cell, whatText(ctx, c.what), c.before, c.after]),
      }),
    );
  for (const p of d.added) text.push(ctx.t('cli.diffAdded', p));
  for (const p of d.removed) text.push(ctx.t('cli.diffRemoved', p));
  if (d.effects.length > 0)
    text.push(
      table(ctx, {
        head: [ctx.t('col.name'), ctx.t('col.scoreBefore'), ctx.t('col.scoreAfter')],
        rows: d.effects.map((e) => [e.name, e.before ?? '—', e.after ?? '—']),
      }),
    );
  return text;
}
