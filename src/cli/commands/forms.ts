import { monthsOfPeriod } from '../../core/evaluation.js';
import { defaultPeriod, formsOf, type PeriodChoice, parsePeriodChoice, yearPagesOf } from '../../core/forms.js';
import { formsFileName } from '../../core/output-names.js';
import { periodName } from '../../core/period-export.js';
import { hasErrors, type Problem, problem, UserError } from '../../core/problems.js';
import type { ReviewRules } from '../../core/review.js';
import { reviewEvidence } from '../../core/review-report.js';
import { parseReview } from '../../core/review-sheet.js';
import { isoDate } from '../../core/types.js';
import { runtime } from '../../io/runtime.js';
import { raterOf } from '../../xlsx/formats/review-sheet.js';
import { writeFormsFile } from '../../xlsx/write/forms-writer.js';
import { defineCommand } from '../command.js';
import { withFilledForms } from '../filled-forms.js';
import { documentLetterhead } from '../letterhead-options.js';
import { rulebookUsed, tallyMonths } from '../load-months.js';
import { documentDate, workbookOutput } from '../options.js';
import { progressReporter } from '../progress.js';

/** `scoring forms`: Nghị định 335/2025's Mẫu số 01 for every person and period of the grids given. */

function usage(value: string, year: number, kind: 'month' | 'quarter'): never {
  throw new UserError('usage.badFormPeriod', { value, example: kind === 'quarter' ? `Q4-${year}` : `T11-${year}`, year }, 'usage');
}

/** The review sheets given to `forms --review`, as evidence lines by person; nothing unless the rulebook maps them. */
async function reviewLines(
  files: readonly string[],
  rules: ReviewRules | undefined,
): Promise<{ lines: Map<string, string[]>; problems: Problem[] }> {
  if (files.length === 0) return { lines: new Map(), problems: [] };
  if (!rules?.formRows) return { lines: new Map(), problems: [problem('warning', 'forms.reviewNotMapped', {})] };
  const { readReviewFile } = await import('../../xlsx/read/review-reader.js');
  const sheets = await Promise.all(files.map(async (f) => parseReview(await readReviewFile(f), rules, raterOf)));
  return { lines: reviewEvidence(sheets, rules), problems: sheets.flatMap((s) => s.problems) };
}

export default defineCommand({
  name: 'forms',

  async plan(given, opts, files) {
    if (workbookOutput(opts.output)) runtime().guardOutput(opts.output!, [...files, ...(opts.filled ?? [])], given.force);
    const progress = progressReporter(given, files.length);
    // The figures stand at the document's date (today unless --date): a period not over on it is provisional.
    const asOf = documentDate(opts.date).iso;
    // Each month tallied as it is read, with the check code (load-months.ts).
    const loaded = await tallyMonths(given, files, { onFile: progress.update, ledger: opts.ledger, asOf, code: true, deductions: true });
    progress.done();
    const ctx = loaded.ctx;
    const ev = ctx.rules.evaluation;
    if (!ev) throw new UserError('forms.noEvaluation', { name: ctx.rules.name });
    const filled = await withFilledForms(opts.filled ?? [], loaded.year, ctx);
    const year = filled.year;
    // The forms of the grids given: months the grids lack are no problem of theirs.
    const problems = [
      ...year.problems.filter((p) => p.key !== 'tally.missingMonths' && p.key !== 'tally.missingPeriodMonths'),
      ...filled.problems,
    ];
    const choice: PeriodChoice = opts.period
      ? (parsePeriodChoice(opts.period, year.year, ev) ?? usage(opts.period, year.year, ev.period))
      : { kind: 'period', period: defaultPeriod(year, ev) };
    const name = choice.kind === 'year' ? String(year.year) : periodName(ev.period, choice.period, year.year);
    const output = opts.output ?? (ctx.json ? undefined : formsFileName(name));
    // "5 xây, 3 chống" ratings beside the general criteria, where the unit maps them (off by default).
    const review = await reviewLines(opts.review ?? [], ctx.rules.review);
    const data = formsOf(year, ctx.rules, choice).map((f) => {
      const lines = review.lines.get(f.id) ?? review.lines.get(f.name);
      return lines ? { ...f, review: lines } : f;
    });
    const first = choice.kind === 'year' ? 1 : monthsOfPeriod(choice.period, ev)[0]!;
    const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, isoDate(year.year, first, 1), year.unit);
    // Each person signs their own form on their own day: the date line stays blank unless --date is given.
    const date = opts.date === undefined ? undefined : documentDate(opts.date).date;
    const written = !hasErrors(problems) && output ? output : null;
    const code = loaded.code;
    return {
      problems: [...problems, ...headProblems, ...review.problems],
      inputs: [...files, ...(opts.filled ?? []), ...(opts.review ?? [])],
      rulebook: rulebookUsed(ctx, loaded.chosen),
      writes: output
        ? [
            {
              path: output,
              write: () =>
                writeFormsFile(
                  data,
                  {
                    rules: ctx.rules,
                    letterhead,
                    year: year.year,
                    code,
                    ...(date ? { date } : {}),
                    ...(year.asOf ? { asOf: year.asOf } : {}),
                  },
                  output,
                  // The year's forms come with one page per person for the year, for the personnel file.
                  choice.kind === 'year' ? yearPagesOf(year, ctx.rules) : [],
                ),
              said: ctx.t('cli.wroteForms', { file: output, count: data.length, period: name }),
            },
          ]
        : [],
      json: { year: year.year, period: name, forms: data.length, written },
      text: [],
      sayNothingWritten: true,
    };
  },
});
