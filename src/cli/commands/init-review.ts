import { reviewFormFileName } from '../../core/output-names.js';
import { problem, UserError } from '../../core/problems.js';
import {
  defaultReview,
  parseReviewPeriod,
  reviewItems,
  reviewPeriodName,
  reviewPeriodStart,
  reviewPeriodWords,
  wholeGroups,
} from '../../core/review.js';
import { runtime } from '../../io/runtime.js';
import { readRoster } from '../../xlsx/read/roster-reader.js';
import { writeReviewForm } from '../../xlsx/write/review-form-writer.js';
import { defineCommand } from '../command.js';
import { documentLetterhead } from '../letterhead-options.js';
import { workbookOutput } from '../options.js';

/** `scoring init-review --period H2-2026 --staff ROSTER`: the blank "5 xây, 3 chống" sheet of a period. */

export default defineCommand({
  name: 'init-review',

  async plan(ctx, opts) {
    const period = parseReviewPeriod(opts.period);
    if (!period) throw new UserError('usage.badReviewPeriod', { value: opts.period }, 'usage');
    const name = reviewPeriodName(period);
    const output = workbookOutput(opts.output) ?? reviewFormFileName(name);
    runtime().guardOutput(output, [opts.staff], ctx.force);
    const rules = ctx.rules.review ?? defaultReview();
    const staff = await readRoster(opts.staff);
    const { letterhead, problems } = documentLetterhead(ctx, opts, reviewPeriodStart(period));
    const whole = wholeGroups(rules);
    return {
      problems: [...problems, ...(whole.length > 0 ? [problem('warning', 'review.wholeGroups', { groups: whole.join('; ') })] : [])],
      inputs: [opts.staff],
      writes: [
        {
          path: output,
          write: () =>
            writeReviewForm(
              {
                rules,
                items: reviewItems(rules),
                staff,
                period: name,
                periodWords: reviewPeriodWords(period),
                letterhead,
                place: ctx.rules.unit.place,
                year: period.year,
                signers: { left: ctx.rules.unit.preparerTitle, right: ctx.rules.unit.headTitle },
              },
              output,
            ),
        },
      ],
      json: { written: output, period: name, staff: staff.length, criteria: reviewItems(rules).length },
      text: [],
      silentWhenClean: true,
    };
  },
});
