import { cchcIndicators } from '../core/cchc.js';
import type { Classification } from '../core/classify.js';
import { evaluatePerson, type PersonEvaluation } from '../core/evaluation.js';
import { type ReportScore, reportScore, scoreForReport } from '../core/report-period.js';
import type { Rulebook } from '../core/rulebook.js';
import type { PersonYear, YearResult } from '../core/year.js';
import type { Lang } from '../i18n/messages.js';
import { render } from '../i18n/messages.js';

export { isoToDdmmyyyy as ddmmyyyy } from '../core/dates.js';

/** The `--json` shape of SPEC §7, field names fixed (documented in README); `problems` is added by the reporter (plan.ts). */

/**
 * A report's JSON names its score after what it covers: `yearScore` in the year's, `periodScore`
 * in a quarter's (or a month's, when months are evaluated), neither in a month of a quarterly evaluation.
 */
function evaluationJson(e: PersonEvaluation | undefined, which: ReportScore = { kind: 'year' }) {
  if (!e) return {};
  const score = scoreForReport(e, which);
  const named = which.kind === 'year' ? { yearScore: e.yearScore } : which.kind === 'period' ? { periodScore: score?.value ?? null } : {};
  return {
    evaluation: {
      periods: e.periods.map((p) => ({
        period: p.period,
        discipline: p.discipline,
        otherGeneral: p.otherGeneral,
        task: p.task,
        total: p.total,
        partial: p.partial,
        running: p.running,
      })),
      ...named,
      partial: which.kind === 'year' ? e.partial : (score?.provisional ?? false),
    },
  };
}

function personJson(p: PersonYear, evaluation?: PersonEvaluation, which?: ReportScore) {
  return {
    id: p.id,
    name: p.name,
    deducted: p.deducted,
    total: p.total,
    months: Object.fromEntries(Object.entries(p.months).map(([m, f]) => [m, { deducted: f.deducted, score: f.score }])),
    counts: p.counts,
    ...evaluationJson(evaluation, which),
  };
}

/** What the figures cover, and whether that is over on the document's date. */
function scopeJson(year: YearResult) {
  const s = year.scope;
  return {
    kind: s.kind,
    ...(s.kind === 'quarter' ? { quarter: s.quarter } : {}),
    ...(s.kind === 'month' ? { month: s.month } : {}),
    provisional: year.asOf !== undefined,
  };
}

export function tallyJson(year: YearResult, rules: Rulebook, ranks?: Map<string, number>) {
  return {
    year: year.year,
    months: year.months,
    asOf: year.asOf ?? null,
    scope: scopeJson(year),
    ...(year.period ? { period: year.period } : {}),
    staff: year.staff.map((p) => ({
      ...personJson(p, evaluatePerson(p, rules, year), rules.evaluation ? reportScore(year.scope, rules.evaluation.period) : undefined),
      ...(ranks ? { rank: ranks.get(p.id) ?? null } : {}),
    })),
  };
}

export function classifyJson(result: Classification, rules: Rulebook, lang: Lang) {
  const { summary } = result;
  return {
    year: result.year.year,
    months: result.year.months,
    asOf: result.year.asOf ?? null,
    scope: scopeJson(result.year),
    staff: result.people.map((p) => ({
      ...personJson(p, p.evaluation),
      level: p.level,
      flags: p.flags,
      compared: p.compared,
      group: p.group || null,
      notes: p.notes.map((n) => render(lang, n.key, n.params)),
    })),
    summary: {
      counts: summary.counts,
      shareGoodOrAbove: summary.shareGoodOrAbove,
      cchcTargetMet: summary.cchcTargetMet,
      unexcusedAbsencePeople: summary.unexcusedAbsencePeople,
      cchc: cchcIndicators(result, rules),
      quota: {
        holds: summary.quota.holds,
        share: summary.quota.share,
        basis: summary.quota.basis ?? null,
        moved: summary.quota.moved,
        groups: summary.quota.groups.map((g) => ({
          scope: g.scope,
          group: g.scope === 'unit' ? null : g.group || null,
          excellent: g.excellent,
          good: g.good,
          limit: g.limit,
          holds: g.holds,
        })),
      },
    },
  };
}

/** The JSON results as typed values: the page draws its tables from them, never re-adding a figure. */
export type TallyJson = ReturnType<typeof tallyJson>;
export type ClassifyJson = ReturnType<typeof classifyJson>;
