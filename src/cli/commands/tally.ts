import { evaluatePerson } from '../../core/evaluation.js';
import { reportFileName } from '../../core/output-names.js';
import { hasErrors, UserError } from '../../core/problems.js';
import { rankByTotal } from '../../core/ranking.js';
import { reportScore, reportStart, romanQuarter, scoreForReport } from '../../core/report-period.js';
import { mapRows } from '../../core/row-list.js';
import { quarterScore } from '../../core/year.js';
import { documentText } from '../../i18n/messages.js';
import { scopeText } from '../../i18n/scope-text.js';
import { runtime } from '../../io/runtime.js';
import { writeReportFile } from '../../xlsx/write/report-writer.js';
import { defineCommand } from '../command.js';
import { documentLetterhead } from '../letterhead-options.js';
import { closedLines, closedMonthsLine, rulebookUsed, tallyMonths } from '../load-months.js';
import { documentDate, exportOutput, parsePeriod, parseYearMonth, workbookOutput } from '../options.js';
import type { PlannedWrite } from '../plan.js';
import { progressReporter } from '../progress.js';
import { table } from '../terminal-output.js';
import { ddmmyyyy, tallyJson } from '../year-json.js';

/** `scoring tally`: the report of a month, a quarter, a period or the year, from its grids. */

const MAX_GRIDS = 12;

export default defineCommand({
  name: 'tally',

  async plan(given, opts, files) {
    if (files.length > MAX_GRIDS) throw new UserError('tally.tooManyFiles', { count: files.length }, 'usage');
    const period = parsePeriod(opts.from, opts.to);
    const dated = documentDate(opts.date);
    if (workbookOutput(opts.output)) runtime().guardOutput(opts.output!, files, given.force);
    if (exportOutput(opts.export)) runtime().guardOutput(opts.export!, files, given.force);
    const progress = progressReporter(given, files.length);
    // Each month is tallied as it is read and let go: a province's year is never held whole. The
    // check code for the workbook's footer is made on the way, and the deductions listed for its
    // Chi tiết (a --json run without -o writes none, and lists them only for --export).
    const writesReport = opts.output !== undefined || !given.json;
    const loaded = await tallyMonths(given, files, {
      month: opts.month ? parseYearMonth(opts.month) : undefined,
      onFile: progress.update,
      ledger: opts.ledger,
      period,
      asOf: dated.iso,
      code: writesReport,
      deductions: writesReport || opts.export !== undefined,
    });
    progress.done();
    const { ctx, year } = loaded;
    const ranks = period ? rankByTotal(year) : undefined;
    // --json is machine mode: a workbook only where -o asks for one, so the same run twice gives the same output.
    const output = opts.output ?? (ctx.json ? undefined : reportFileName(year.scope));
    const failed = hasErrors(year.problems);
    const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, reportStart(year.scope), year.unit);
    const code = output ? loaded.code : undefined;
    // Taken now: the write below must not hold the months (a province's year) while it writes.
    const notes = closedLines(documentText, loaded);
    const writes: PlannedWrite[] = [];
    if (output)
      writes.push({
        path: output,
        before: () => progress.writing(output),
        write: () => writeReportFile(year, { rules: ctx.rules, letterhead, today: dated.date, ...(code ? { code } : {}), notes }, output),
      });
    const exported = opts.export;
    if (exported) {
      writes.push({
        path: exported,
        write: async () => {
          const { periodRows } = await import('../../core/period-export.js');
          const { writePeriodExport } = await import('../../xlsx/write/period-export-writer.js');
          await writePeriodExport(periodRows(year, ctx.rules), exported);
        },
      });
    }

    const closed = closedMonthsLine(ctx.t, loaded);
    const people = ranks ? [...year.staff].sort((a, b) => ranks.get(a.id)! - ranks.get(b.id)!) : year.staff;
    const text: string[] = [];
    const scope = scopeText(ctx.lang, year.scope);
    if (period) text.push(ctx.t('cli.ranking', { from: period.from, to: period.to }));
    if (closed) text.push(closed);
    if (year.asOf)
      text.push(
        year.scope.kind === 'year'
          ? ctx.t('cli.asOf', { date: ddmmyyyy(year.asOf), year: year.year })
          : ctx.t('cli.asOfPeriod', { date: ddmmyyyy(year.asOf), scope }),
      );
    const rank = (p: (typeof people)[number], i: number) => ranks?.get(p.id) ?? i + 1;
    const first = ranks ? ctx.t('col.rank') : ctx.t('col.tt');
    const ev = ctx.rules.evaluation;
    // The score the report is about: the year's, its own period's, or none (a month of a quarterly evaluation).
    const which = ev ? reportScore(year.scope, ev.period) : { kind: 'none' as const };
    if (ev && which.kind === 'none' && year.scope.kind === 'month')
      text.push(ctx.t('cli.byQuarterOnly', { quarter: romanQuarter(Math.ceil(year.scope.month / 3)) }));
    const scored = which.kind !== 'none';
    const last = [
      ctx.t('col.deducted'),
      ranks ? ctx.t('col.kept') : ctx.t('col.totalOf', { scope }),
      ...(scored ? [ctx.t('col.scoreOf', { scope })] : []),
    ];
    const score = (p: (typeof people)[number]) => {
      const s = scoreForReport(evaluatePerson(p, ctx.rules, year)!, which);
      // A score of a period not over, or of months not all given, is provisional: it is said where it prints.
      return s?.value == null ? '?' : s.provisional ? ctx.t('col.provisional', { value: s.value }) : s.value;
    };
    const tail = (p: (typeof people)[number]) => [p.deducted, p.total, ...(scored ? [score(p)] : [])];
    const quarters = [1, 2, 3, 4].filter((q) => year.months.some((m) => Math.ceil(m / 3) === q));
    text.push(
      table(
        ctx,
        {
          head: [first, ctx.t('col.name'), ...year.months.map((m) => ctx.t('col.month', { month: m })), ...last],
          rows: mapRows(people, (p, i) => [rank(p, i), p.name, ...year.months.map((m) => p.months[m]?.score ?? ''), ...tail(p)]),
        },
        {
          head: [first, ctx.t('col.name'), ...quarters.map((q) => ctx.t('col.quarter', { quarter: q })), ...last],
          rows: mapRows(people, (p, i) => [rank(p, i), p.name, ...quarters.map((q) => quarterScore(p, q) ?? ''), ...tail(p)]),
          note: ctx.t('cli.narrowByQuarter'),
        },
        {
          head: [first, ctx.t('col.name'), ...last],
          rows: mapRows(people, (p, i) => [rank(p, i), p.name, ...tail(p)]),
          note: ctx.t('cli.narrowTotals'),
        },
      ),
    );
    return {
      problems: [...year.problems, ...headProblems],
      inputs: files,
      rulebook: rulebookUsed(ctx, loaded.chosen),
      writes,
      json: () => ({ ...tallyJson(year, ctx.rules, ranks), written: failed ? null : (output ?? null) }),
      text,
      sayNothingWritten: true,
    };
  },
});
