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
function evaluationJson(e: PersonEvaluation, which: ReportScore = { kind: 'year' }) {
  const score = scoreForReport(e, which);
  const named = which.kind === 'year' ? { yearScore: e.yearScore } : which.kind === 'period' ? { periodScore: score?.value ?? null } : {};
  return {
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
  };
}

/** A person's figures in the JSON (SPEC §7). */
interface PersonJson {
  id: PersonYear['id'];
  name: string;
  deducted: number;
  total: PersonYear['total'];
  months: Record<string, { deducted: number; score: number }>;
  counts: PersonYear['counts'];
  evaluation?: ReturnType<typeof evaluationJson>;
  rank?: number | null;
}

/**
 * A person's figures, built field by field: a province's `--json` makes one for each of 30,000
 * people, where a spread and an entries array per month cost microseconds a person.
 */
function personJson(p: PersonYear, evaluation?: PersonEvaluation, which?: ReportScore): PersonJson {
  const months: PersonJson['months'] = {};
  for (const m in p.months) {
    const f = p.months[Number(m)]!;
    months[m] = { deducted: f.deducted, score: f.score };
  }
  const json: PersonJson = { id: p.id, name: p.name, deducted: p.deducted, total: p.total, months, counts: p.counts };
  if (evaluation) json.evaluation = evaluationJson(evaluation, which);
  return json;
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
    staff: year.staff.map((p) => {
      const json = personJson(
        p,
        evaluatePerson(p, rules, year),
        rules.evaluation ? reportScore(year.scope, rules.evaluation.period) : undefined,
      );
      if (ranks) json.rank = ranks.get(p.id) ?? null;
      return json;
    }),
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
