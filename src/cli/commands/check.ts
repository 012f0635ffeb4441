import { scoreMonth } from '../../core/engine.js';
import { evaluatePerson } from '../../core/evaluation.js';
import { tallyYear } from '../../core/year.js';
import { guardOutput } from '../../io/atomic-write.js';
import { readGridFile } from '../../xlsx/grid-reader.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { loadMonths, rulebookUsed } from '../load-months.js';
import { parseYearMonth, workbookOutput } from '../options.js';
import { table } from '../terminal-output.js';

/** `scoring check`: each month's scores and problems, and with --annotate a copy of the grid marked at its cells. */

function periodLabel(ctx: Context, period: number): string {
  return ctx.rules.evaluation?.period === 'month' ? ctx.t('col.month', { month: period }) : ctx.t('col.quarter', { quarter: period });
}

/** Said by tally of a year; for a check of some months, that the others are absent is no news. */
const NOT_FOR_CHECK = new Set(['tally.missingMonths']);

export default defineCommand({
  name: 'check',

  async plan(given, opts, files) {
    if (workbookOutput(opts.annotate)) guardOutput(opts.annotate!, files, given.force);
    const { months, ctx, chosen } = await loadMonths(given, files, opts.month ? parseYearMonth(opts.month) : undefined);
    const scores = months.map((m) => scoreMonth(m, ctx.rules));
    // Several months get every cross-month check tally makes (a name changed under one Mã, a month
    // given twice); Nghị định 335/2025's period scores come from the months given.
    const year = months.length > 1 || ctx.rules.evaluation ? tallyYear(months, ctx.rules) : undefined;
    const problems = (year?.problems ?? months.flatMap((m) => m.problems)).filter((p) => !NOT_FOR_CHECK.has(p.key));
    const evaluations =
      year && ctx.rules.evaluation ? year.staff.map((p) => ({ person: p, evaluation: evaluatePerson(p, ctx.rules, year)! })) : [];
    const annotate = opts.annotate;
    // The checked copy is written even when the grid has errors: marking them is its purpose.
    const annotated = annotate
      ? [
          {
            path: annotate,
            write: async () => {
              const { annotateGrid } = await import('../../xlsx/annotate.js');
              // The copy is built from what the reader sees of the first grid, read again (the fast reader is cheap).
              await annotateGrid(await readGridFile(files[0]!), months[0]!, ctx.rules, annotate, ctx.lang);
            },
          },
        ]
      : [];
    const codes = ctx.rules.deductionCodes.map((c) => c.code);
    const text = scores.flatMap((s) => [
      ctx.out.bold(ctx.t('cli.monthHeading', { file: s.file, month: s.ym.month, year: s.ym.year })),
      table(
        ctx,
        {
          head: [ctx.t('col.tt'), ctx.t('col.name'), ...codes, ctx.t('col.deducted'), ctx.t('col.score')],
          rows: s.staff.map((p, i) => [i + 1, p.name, ...codes.map((c) => p.counts[c] ?? ''), p.deducted, p.score]),
        },
        {
          head: [ctx.t('col.tt'), ctx.t('col.name'), ctx.t('col.deducted'), ctx.t('col.score')],
          rows: s.staff.map((p, i) => [i + 1, p.name, p.deducted, p.score]),
          note: ctx.t('cli.narrowCheck'),
        },
      ),
    ]);
    const periodRows = evaluations.flatMap(({ person, evaluation }) =>
      evaluation.periods.map((p) => [
        person.name,
        p.partial
          ? ctx.t('col.partialPeriod', { period: periodLabel(ctx, p.period), months: p.months.join(', ') })
          : periodLabel(ctx, p.period),
        ctx.t('cli.periodScore', { discipline: p.discipline, other: p.otherGeneral ?? '?', task: p.task ?? '?', total: p.total ?? '?' }),
      ]),
    );
    if (periodRows.length > 0) {
      text.push(ctx.out.bold(ctx.t('cli.periodScoresHeading')));
      text.push(table(ctx, { head: [ctx.t('col.name'), ctx.t('col.period'), ctx.t('col.periodScore')], rows: periodRows }));
    }
    return {
      problems,
      inputs: files,
      rulebook: rulebookUsed(ctx, chosen),
      writes: annotated,
      // The errors a checked copy marks do not stop it being written.
      writeDespiteErrors: true,
      json: {
        months: scores.map((s) => ({
          file: s.file,
          year: s.ym.year,
          month: s.ym.month,
          staff: s.staff.map((p) => ({ id: p.id, name: p.name, deducted: p.deducted, score: p.score, counts: p.counts })),
        })),
        ...(year
          ? { evaluation: evaluations.map(({ person, evaluation }) => ({ id: person.id, name: person.name, periods: evaluation.periods })) }
          : {}),
      },
      text,
    };
  },
});
