import { cchcIndicators } from '../../core/cchc.js';
import { borderNames, type Classification, classifyYear } from '../../core/classify.js';
import { classificationFileName } from '../../core/output-names.js';
import { hasErrors, UserError } from '../../core/problems.js';
import { mapRows } from '../../core/row-list.js';
import type { YearResult } from '../../core/year.js';
import { yearFromReport } from '../../core/year-from-report.js';
import { documentText } from '../../i18n/messages.js';
import { runtime } from '../../io/runtime.js';
import { openWorkbookView } from '../../xlsx/read/grid-reader.js';
import { readRoster } from '../../xlsx/read/roster-reader.js';
import { readYearData } from '../../xlsx/read/year-data-reader.js';
import { writeClassificationFile } from '../../xlsx/write/classification-writer.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { withFilledForms } from '../filled-forms.js';
import { documentLetterhead } from '../letterhead-options.js';
import { announceRulebook, closedLines, rulebookUsed, tallyMonths } from '../load-months.js';
import { documentDate, workbookOutput } from '../options.js';
import { progressReporter } from '../progress.js';
import { chooseRulebook } from '../rulebook-source.js';
import { table } from '../terminal-output.js';
import { classifyJson, ddmmyyyy } from '../year-json.js';

/** `scoring classify`: the year-end classification, from the year's grids or its tally report. */

/** The terminal names the first few people at a broken quota's border; the workbook marks every one. */
const BORDER_NAMES_ON_SCREEN = 20;

/** The year from a tally report (one file holding the report's year data), else from monthly grids. */
async function loadYear(
  ctx: Context,
  files: string[],
  asOf: string,
  ledger: string | undefined,
): Promise<{ year: YearResult; ctx: Context; rulebook: { name: string; from: string }; code?: string; notes: string[] }> {
  if (files.length === 1) {
    const file = files[0]!;
    const data = readYearData(await openWorkbookView(file), file);
    if (data) {
      const chosen = await chooseRulebook(
        { rules: ctx.rules, origin: ctx.origin },
        [{ file, metadata: { rulebook: data.header.rulebook } }],
        ctx.force,
      );
      announceRulebook(ctx, chosen.from);
      const { rulebook: _stored, ...header } = data.header;
      const year = yearFromReport(file, header, data.staff, asOf, chosen.problems);
      const used = { ...ctx, rules: chosen.rules };
      return { year, ctx: used, rulebook: rulebookUsed(used, chosen), notes: [] };
    }
  }
  const progress = progressReporter(ctx, files.length);
  // Each month tallied as it is read, with the check code (load-months.ts).
  const loaded = await tallyMonths(ctx, files, { onFile: progress.update, ledger, asOf, code: true, deductions: true });
  progress.done();
  return {
    year: loaded.year,
    ctx: loaded.ctx,
    rulebook: rulebookUsed(loaded.ctx, loaded.chosen),
    ...(loaded.code ? { code: loaded.code } : {}),
    notes: closedLines(documentText, loaded),
  };
}

/** The terminal's view: the ranked list, the summary, each quota group. */
function classificationText(ctx: Context, result: Classification): string[] {
  const colour = { HTXSNV: ctx.out.green, HTTNV: ctx.out.cyan, HTNV: ctx.out.yellow, KHTNV: ctx.out.red } as const;
  type Person = (typeof result.people)[number];
  const levelOf = (p: Person) =>
    p.level ? colour[p.level](p.level) : ctx.out.magenta(ctx.t(p.flags.includes('gap') ? 'level.review' : 'level.none'));
  const compared = ctx.t(ctx.rules.evaluation ? 'col.yearScore' : 'col.compared');
  const notes = (p: Person) => p.notes.map((n) => ctx.t(n.key, n.params)).join('\n');
  const text = [
    table(
      ctx,
      {
        head: [
          ctx.t('col.tt'),
          ctx.t('col.name'),
          ctx.t('col.group'),
          // One scale a document: from 2026 the 100-point year score alone, as on paper.
          ...(ctx.rules.evaluation ? [] : [ctx.t('col.total')]),
          compared,
          ctx.t('col.level'),
          ctx.t('col.notes'),
        ],
        rows: mapRows(result.people, (p, i) => [
          i + 1,
          p.name,
          p.group,
          ...(ctx.rules.evaluation ? [] : [p.total]),
          p.compared ?? '',
          levelOf(p),
          notes(p),
        ]),
      },
      {
        head: [ctx.t('col.tt'), ctx.t('col.name'), compared, ctx.t('col.level'), ctx.t('col.notes')],
        rows: mapRows(result.people, (p, i) => [i + 1, p.name, p.compared ?? '', levelOf(p), notes(p)]),
        note: ctx.t('cli.narrowClassification'),
      },
    ),
  ];
  const year = result.year;
  if (year.asOf) text.push(ctx.t('cli.asOf', { date: ddmmyyyy(year.asOf), year: year.year }));
  const s = result.summary;
  const target = Math.round(ctx.rules.classification.cchcTarget * 100);
  text.push(
    ctx.t('cli.summary', {
      ...s.counts,
      share: (s.shareGoodOrAbove * 100).toFixed(1),
      target: ctx.t(s.cchcTargetMet ? 'cli.targetMet' : 'cli.targetMissed', { target }),
      absent: s.unexcusedAbsencePeople,
    }),
  );
  for (const c of cchcIndicators(result, ctx.rules)) {
    const verdict = ctx.t(c.met ? 'cli.cchcMet' : 'cli.cchcMissed');
    if (c.kind === 'share')
      text.push(
        ctx.t('cli.cchcShare', { id: c.id, share: (c.share * 100).toFixed(1), threshold: Math.round(c.threshold * 1000) / 10, verdict }),
      );
    else
      text.push(
        c.people.length === 0
          ? ctx.t('cli.cchcDisciplineNone', { id: c.id, verdict })
          : ctx.t('cli.cchcDiscipline', {
              id: c.id,
              verdict,
              count: c.people.length,
              people: c.people.map((p) => `${p.name} – ${p.measure}`).join(', '),
            }),
      );
  }
  const share = Math.round(s.quota.share * 100);
  // The rule in words, then its count for each scope: the committee must be able to explain every limit.
  if (result.year.year >= 2026) text.push(ctx.t('cli.quotaRule', { share, min: Math.ceil(1 / s.quota.share - 1e-9) }));
  if (s.quota.basis) text.push(ctx.t('cli.quotaBasis', { share, basis: s.quota.basis }));
  for (const g of s.quota.groups) {
    const { names, more } = borderNames(g, BORDER_NAMES_ON_SCREEN);
    const border = (names.join(', ') || '—') + (more > 0 ? ctx.t('cli.andMore', { count: more }) : '');
    const scope = g.scope === 'unit' ? ctx.t('cli.quotaUnit') : ctx.t('cli.quotaGroup', { group: g.group });
    const verdict = g.holds ? ctx.t('cli.quotaOk') : ctx.t('cli.quotaOver', { border });
    text.push(ctx.t('cli.quotaLine', { group: scope, good: g.good, share, limit: g.limit, excellent: g.excellent, verdict }));
  }
  if (s.quota.moved.length > 0)
    text.push(ctx.t('cli.quotaMoved', { people: s.quota.moved.map((m) => `${m.name} (${m.compared})`).join(', ') }));
  return text;
}

/** `--quota-share 0.3 --quota-basis "Quyết định số …"`: a share allowed for the year, never without its basis. */
function quotaDecision(share: string | undefined, basis: string | undefined): { quota?: { share: number; basis: string } } {
  if (share === undefined && basis === undefined) return {};
  const value = Number(share?.replace(',', '.'));
  if (share === undefined || !basis?.trim() || !Number.isFinite(value) || value <= 0 || value > 1)
    throw new UserError('usage.quotaShare', {}, 'usage');
  return { quota: { share: value, basis: basis.trim() } };
}

/** `--transfer FILE` (repeatable): the periods previous units sent, with what their files raise. */
async function readTransfers(files: readonly string[], year: number, ctx: Context) {
  const ev = ctx.rules.evaluation;
  if (files.length === 0) return { periods: [], problems: [] };
  if (!ev) throw new UserError('transfer.noEvaluation', { name: ctx.rules.name }, 'usage');
  const { readTransfer } = await import('../../xlsx/read/transfer-reader.js');
  const read = await Promise.all(files.map((f) => readTransfer(f, year, ev)));
  return { periods: read.flatMap((r) => r.periods), problems: read.flatMap((r) => r.problems) };
}

export default defineCommand({
  name: 'classify',

  async plan(given, opts, files) {
    if (files.length === 0) throw new UserError('usage.noFiles', {}, 'usage');
    const inputs = [...files, ...(opts.staff ? [opts.staff] : []), ...(opts.transfer ?? []), ...(opts.filled ?? [])];
    if (workbookOutput(opts.output)) runtime().guardOutput(opts.output!, inputs, given.force);
    const dated = documentDate(opts.date);
    const loadedYear = await loadYear(given, files, dated.iso, opts.ledger);
    const ctx = loadedYear.ctx;
    const filled = await withFilledForms(opts.filled ?? [], loadedYear.year, ctx);
    const year = filled.year;
    const roster = opts.staff ? await readRoster(opts.staff) : undefined;
    const transfers = await readTransfers(opts.transfer ?? [], year.year, ctx);
    const result = classifyYear(year, ctx.rules, {
      roster,
      ...quotaDecision(opts.quotaShare, opts.quotaBasis),
      transferred: transfers.periods,
      enforceQuota: opts.enforceQuota,
      allowMissingMonths: opts.allowMissingMonths,
      allowMissingEvaluations: opts.allowMissingEvaluations,
    });
    const failed = hasErrors(result.problems);
    // --json is machine mode: a workbook only where -o asks for one.
    const output = opts.output ?? (ctx.json ? undefined : classificationFileName(year.year));
    const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, `${year.year}-01-01`, year.unit);
    return {
      problems: [...transfers.problems, ...filled.problems, ...result.problems, ...headProblems],
      inputs,
      rulebook: loadedYear.rulebook,
      writes: output
        ? [
            {
              path: output,
              write: () =>
                writeClassificationFile(
                  result,
                  {
                    rules: ctx.rules,
                    letterhead,
                    today: dated.date,
                    notes: loadedYear.notes,
                    ...(loadedYear.code ? { code: loadedYear.code } : {}),
                  },
                  output,
                ),
            },
          ]
        : [],
      json: () => ({ ...classifyJson(result, ctx.rules, ctx.lang), written: failed ? null : (output ?? null) }),
      text: classificationText(ctx, result),
      sayNothingWritten: true,
    };
  },
});
