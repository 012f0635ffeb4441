import { codeOf, monthContent } from '../../core/month-content.js';
import { diffMonths, isSame } from '../../core/month-diff.js';
import { UserError } from '../../core/problems.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';
import { loadMonths } from '../load-months.js';
import { monthDiffText, whatText } from '../month-diff-text.js';
import { parseYearMonth, workbookOutput } from '../options.js';

/**
 * `scoring diff OLD NEW`: two versions of one month as scored — the cells that differ, people added
 * or removed, and each person's score before and after — on the terminal and, with -o, as a
 * workbook. Each version is scored under the rulebook it carries; a difference is no error.
 */

const two = (n: number) => String(n).padStart(2, '0');

export default defineCommand({
  name: 'diff',

  async plan(given, opts, files) {
    if (files.length !== 2) throw new UserError('diff.twoFiles', {}, 'usage');
    if (workbookOutput(opts.output)) runtime().guardOutput(opts.output!, files, given.force);
    const month = opts.month ? parseYearMonth(opts.month) : undefined;
    const [old, now] = await Promise.all(files.map((f) => loadMonths(given, [f], { month, checkClosed: false })));
    const a = old!.months[0]!;
    const b = now!.months[0]!;
    const label = (m: typeof a) => `${two(m.ym.month)}/${m.ym.year}`;
    if (a.ym.year !== b.ym.year || a.ym.month !== b.ym.month)
      throw new UserError('diff.notSameMonth', { old: files[0]!, new: files[1]!, oldMonth: label(a), newMonth: label(b) }, 'usage');
    const before = monthContent(a, old!.ctx.rules);
    const after = monthContent(b, now!.ctx.rules);
    const d = diffMonths(before, after);
    const codes = { oldCode: codeOf([before]), newCode: codeOf([after]) };
    const ctx = now!.ctx;
    const text = [
      ctx.t('cli.diffHeading', { old: files[0]!, new: files[1]!, month: label(b), ...codes }),
      ...(isSame(d) ? [ctx.t('cli.diffNone', { code: codes.newCode })] : monthDiffText(ctx, d)),
    ];
    const output = opts.output;
    return {
      // Each version's own problems are check's business: diff says only how they differ.
      problems: [],
      inputs: files,
      writes: output
        ? [
            {
              path: output,
              write: async () => {
                const { writeDiffFile } = await import('../../xlsx/write/diff-writer.js');
                await writeDiffFile(
                  {
                    title: ctx.t('cli.diffHeading', { old: files[0]!, new: files[1]!, month: label(b), ...codes }),
                    columns: [ctx.t('col.name'), ctx.t('col.cell'), ctx.t('col.what'), ctx.t('col.before'), ctx.t('col.after')],
                    rows: d.cells.map((c) => [c.name, c.cell, whatText(ctx, c.what), c.before, c.after]),
                    lines: [
                      ...d.added.map((p) => ctx.t('cli.diffAdded', p)),
                      ...d.removed.map((p) => ctx.t('cli.diffRemoved', p)),
                      ...d.effects.map((e) => `${e.name}: ${e.before ?? '—'} → ${e.after ?? '—'}`),
                    ],
                  },
                  output,
                );
              },
            },
          ]
        : [],
      json: { old: files[0], new: files[1], year: b.ym.year, month: b.ym.month, ...codes, ...d },
      text,
    };
  },
});
