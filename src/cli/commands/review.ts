import { reviewReportFileName } from '../../core/output-names.js';
import { problem, UserError } from '../../core/problems.js';
import {
  defaultReview,
  parseReviewPeriod,
  type ReviewPeriod,
  reviewPeriodName,
  reviewPeriodStart,
  reviewPeriodWords,
  wholeGroups,
} from '../../core/review.js';
import { reviewPeriod } from '../../core/review-report.js';
import { parseReview, type ReviewSheet } from '../../core/review-sheet.js';
import { runtime } from '../../io/runtime.js';
import { raterOf } from '../../xlsx/formats/review-sheet.js';
import { placeDateLine } from '../../xlsx/layout/document-frame.js';
import { readReviewFile } from '../../xlsx/read/review-reader.js';
import { writeReviewReport } from '../../xlsx/write/review-report-writer.js';
import { defineCommand } from '../command.js';
import { documentLetterhead } from '../letterhead-options.js';
import { documentDate, workbookOutput } from '../options.js';

/**
 * `scoring review FILE…`: filled "5 xây, 3 chống" sheets of one or more periods, read with the grids'
 * guarantees, into the unit's report: each person's overall level, each criterion's counts, the
 * people rated Yếu, and the committee's notes.
 */

const order = (p: ReviewPeriod) => p.year * 10 + (p.kind === 'half' ? p.half * 2 : p.quarter);

export default defineCommand({
  name: 'review',

  async plan(ctx, opts, files) {
    if (files.length === 0) throw new UserError('usage.noFiles', {}, 'usage');
    if (workbookOutput(opts.output)) runtime().guardOutput(opts.output!, files, ctx.force);
    const rules = ctx.rules.review ?? defaultReview();
    const given = opts.period === undefined ? undefined : parseReviewPeriod(opts.period);
    if (opts.period !== undefined && !given) throw new UserError('usage.badReviewPeriod', { value: opts.period }, 'usage');
    const byPeriod = new Map<string, { period: ReviewPeriod; sheets: ReviewSheet[] }>();
    for (const file of files) {
      const raw = await readReviewFile(file);
      const period = raw.period ? parseReviewPeriod(raw.period) : given;
      if (!period) throw new UserError('review.noPeriod', { file });
      const name = reviewPeriodName(period);
      const entry = byPeriod.get(name) ?? byPeriod.set(name, { period, sheets: [] }).get(name)!;
      entry.sheets.push(parseReview(raw, rules, raterOf));
    }
    const periods = [...byPeriod.values()].sort((a, b) => order(a.period) - order(b.period));
    const whole = wholeGroups(rules);
    const problems = [
      ...(whole.length > 0 ? [problem('warning', 'review.wholeGroups', { groups: whole.join('; ') })] : []),
      ...periods.flatMap((p) => p.sheets.flatMap((s) => s.problems)),
    ];
    const reviews = periods.map((p) => {
      // Sheets of one period (one per department) are one period's review.
      const merged = { ...p.sheets[0]!, people: p.sheets.flatMap((s) => s.people) };
      return { review: reviewPeriod(merged, reviewPeriodName(p.period), rules), words: reviewPeriodWords(p.period), period: p.period };
    });
    const last = reviews.at(-1)!.period;
    const name = reviews.length === 1 ? reviewPeriodName(last) : String(last.year);
    const output = opts.output ?? (ctx.json ? undefined : reviewReportFileName(name));
    const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, reviewPeriodStart(reviews[0]!.period));
    const dated = documentDate(opts.date);
    const text = reviews.flatMap(({ review }) => {
      const counts = rules.levels.map((l) => `${l} ${review.people.filter((p) => p.overall === l).length}`).join(', ');
      return [
        ctx.t('cli.reviewSummary', { period: review.period, people: review.people.length, counts }),
        ...(review.weak.length > 0
          ? [ctx.t('cli.reviewWeak', { people: review.weak.map((w) => `${w.name} (${w.items.join(', ')})`).join('; ') })]
          : []),
        ...review.notes.map((n) => ctx.t('cli.reviewNote', { note: ctx.t(n.key, n.params) })),
      ];
    });
    return {
      problems: [...problems, ...headProblems],
      inputs: files,
      writes: output
        ? [
            {
              path: output,
              write: () =>
                writeReviewReport(
                  {
                    rules,
                    periods: reviews,
                    letterhead,
                    signatures: {
                      placeDate: placeDateLine(ctx.rules.unit.place, last.year, dated.date),
                      leftTitle: ctx.rules.unit.preparerTitle,
                      rightTitle: ctx.rules.unit.headTitle,
                    },
                  },
                  output,
                ),
            },
          ]
        : [],
      json: { periods: reviews.map((r) => r.review), written: output ?? null },
      text,
    };
  },
});
