import { scoreMonth } from '../../core/engine.js';
import { hasErrors } from '../../core/problems.js';
import { guardOutput } from '../../io/atomic-write.js';
import type { CommonOptions, Context } from '../context.js';
import { loadMonths } from '../load-months.js';
import { parseYearMonth } from '../options.js';
import { printJson, printProblems, problemsJson, say, table } from '../report.js';

export interface CheckOptions extends CommonOptions {
  annotate?: string;
  month?: string;
}

export async function check(ctx: Context, opts: CheckOptions, files: string[]): Promise<number> {
  if (opts.annotate) guardOutput(opts.annotate, files, ctx.force);
  const months = await loadMonths(files, ctx.rules, opts.month ? parseYearMonth(opts.month) : undefined);
  const problems = months.flatMap((m) => m.problems);
  const scores = months.map((m) => scoreMonth(m, ctx.rules));
  if (opts.annotate) {
    const { annotateGrid } = await import('../../xlsx/annotate.js');
    await annotateGrid(files[0]!, opts.annotate, months[0]!.problems, ctx.lang);
  }
  if (ctx.json) {
    printJson({
      months: scores.map((s) => ({
        file: s.file,
        year: s.ym.year,
        month: s.ym.month,
        staff: s.staff.map((p) => ({ id: p.id, name: p.name, deducted: p.deducted, score: p.score, counts: p.counts })),
      })),
      problems: problemsJson(problems, ctx.lang),
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
    if (opts.annotate) say(ctx, ctx.t('cli.wrote', { file: opts.annotate }));
  }
  printProblems(ctx, problems);
  return hasErrors(problems) ? 1 : 0;
}
