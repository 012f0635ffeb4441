import { scoreMonth } from '../../core/engine.js';
import { evaluatePerson } from '../../core/evaluation.js';
import { checkedCopyOf } from '../../core/output-names.js';
import { tallyYear } from '../../core/year.js';
import { runtime } from '../../io/runtime.js';
import { readGridFile } from '../../xlsx/read/grid-reader.js';
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
    if (workbookOutput(opts.annotate) && files.length === 1) runtime().guardOutput(opts.annotate!, files, given.force);
    const { months, ctx, chosen } = await loadMonths(given, files, {
      month: opts.month ? parseYearMonth(opts.month) : undefined,
      ledger: opts.ledger,
    });
    const scores = months.map((m) => scoreMonth(m, ctx.rules));
    // Several months get every cross-month check tally makes (a name changed under one Mã, a month
    // given twice); Nghị định 335/2025's period scores come from the months given.
    const year = months.length > 1 || ctx.rules.evaluation ? tallyYear(months, ctx.rules) : undefined;
    const problems = (year?.problems ?? months.flatMap((m) => m.problems)).filter((p) => !NOT_FOR_CHECK.has(p.key));
    const evaluations =
      year && ctx.rules.evaluation ? year.staff.map((p) => ({ person: p, evaluation: evaluatePerson(p, ctx.rules, year)! })) : [];
    // The checked copy is written even when the grid has errors: marking them is its purpose. One
    // grid: its copy under the name given. Several: a copy of each grid that has problems, the
    // grid's name added to the one given, so the copy is of the month the problems are in.
    const annotate = opts.annotate;
    const copied = !annotate ? [] : months.length === 1 ? months : months.filter((m) => problems.some((p) => p.file === m.file));
    const annotated = copied.map((m) => {
      const path = months.length === 1 ? annotate! : checkedCopyOf(annotate!, m.file);
      return {
        path,
        write: async () => {
          const { annotateGrid } = await import('../../xlsx/write/annotate.js');
          // The copy is built from what the reader sees of the grid, read again (the fast reader is cheap).
          await annotateGrid(await readGridFile(m.file), m, ctx.rules, path, ctx.lang);
        },
      };
    });
    if (annotate && months.length > 1) for (const w of annotated) runtime().guardOutput(w.path, files, given.force);
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
