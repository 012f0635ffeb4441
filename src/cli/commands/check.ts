import { scoreMonth } from '../../core/engine.js';
import { evaluatePerson } from '../../core/evaluation.js';
import { hasErrors } from '../../core/problems.js';
import { tallyYear } from '../../core/year.js';
import { readGridFile } from '../../xlsx/grid-reader.js';
import { guardOutput } from '../../io/atomic-write.js';
import type { CommonOptions, Context } from '../context.js';
import { loadMonths } from '../load-months.js';
import { parseYearMonth } from '../options.js';
import { printJson, printProblems, problemsJson, say, table } from '../report.js';

export interface CheckOptions extends CommonOptions {
  annotate?: string;
  month?: string;
}

function periodLabel(ctx: Context, period: number): string {
  return ctx.rules.evaluation?.period === 'month' ? ctx.t('col.month', { month: period }) : ctx.t('col.quarter', { quarter: period });
}

export async function check(ctx: Context, opts: CheckOptions, files: string[]): Promise<number> {
  if (opts.annotate) guardOutput(opts.annotate, files, ctx.force);
  const months = await loadMonths(files, ctx.rules, opts.month ? parseYearMonth(opts.month) : undefined);
  const problems = months.flatMap((m) => m.problems);
  const scores = months.map((m) => scoreMonth(m, ctx.rules));
  if (opts.annotate) {
    const { annotateGrid } = await import('../../xlsx/annotate.js');
    // The copy is built from what the reader sees of the first grid, read again (the fast reader is cheap).
    await annotateGrid(await readGridFile(files[0]!), months[0]!, ctx.rules, opts.annotate, ctx.lang);
  }
  // Nghị định 335/2025: the period scores the given grids make (discipline from the months given).
  const year = ctx.rules.evaluation ? tallyYear(months, ctx.rules) : undefined;
  const evaluations = year ? year.staff.map((p) => ({ person: p, evaluation: evaluatePerson(p, ctx.rules, year.months)! })) : [];
  if (ctx.json) {
    printJson({
      months: scores.map((s) => ({
        file: s.file,
        year: s.ym.year,
        month: s.ym.month,
        staff: s.staff.map((p) => ({ id: p.id, name: p.name, deducted: p.deducted, score: p.score, counts: p.counts })),
      })),
      problems: problemsJson(problems, ctx.lang),
      ...(year ? { evaluation: evaluations.map(({ person, evaluation }) => ({ id: person.id, name: person.name, periods: evaluation.periods })) } : {}),
    });
  } else {
    const codes = ctx.rules.deductionCodes.map((c) => c.code);
    for (const s of scores) {
      say(ctx, ctx.out.bold(ctx.t('cli.monthHeading', { file: s.file, month: s.ym.month, year: s.ym.year })));
      say(ctx, 
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
      );
    }
    const periodRows = evaluations.flatMap(({ person, evaluation }) =>
      evaluation.periods.map((p) => [person.name, periodLabel(ctx, p.period), ctx.t('cli.periodScore', { discipline: p.discipline, other: p.otherGeneral ?? '?', task: p.task ?? '?', total: p.total ?? '?' })]),
    );
    if (periodRows.length > 0) {
      say(ctx, ctx.out.bold(ctx.t('cli.periodScoresHeading')));
      say(ctx, table(ctx, { head: [ctx.t('col.name'), ctx.t('col.period'), ctx.t('col.periodScore')], rows: periodRows }));
    }
    if (opts.annotate) say(ctx, ctx.t('cli.wrote', { file: opts.annotate }));
  }
  printProblems(ctx, problems);
  return hasErrors(problems) ? 1 : 0;
}
