import type { Classification } from '../core/classify.js';
import { evaluatePerson, type PersonEvaluation } from '../core/evaluation.js';
import type { Rulebook } from '../core/rulebook.js';
import type { PersonYear, YearResult } from '../core/year.js';
import type { Lang } from '../i18n/messages.js';
import { render } from '../i18n/messages.js';

export { isoToDdmmyyyy as ddmmyyyy } from '../core/dates.js';

/** The `--json` shape of SPEC §7, field names fixed (documented in README); `problems` is added by the reporter (plan.ts). */

function evaluationJson(e: PersonEvaluation | undefined) {
  if (!e) return {};
  return {
    evaluation: {
      periods: e.periods.map((p) => ({
        period: p.period,
        discipline: p.discipline,
        otherGeneral: p.otherGeneral,
        task: p.task,
        total: p.total,
        partial: p.partial,
      })),
      yearScore: e.yearScore,
      partial: e.partial,
    },
  };
}

function personJson(p: PersonYear, evaluation?: PersonEvaluation) {
  return {
    id: p.id,
    name: p.name,
    deducted: p.deducted,
    total: p.total,
    months: Object.fromEntries(Object.entries(p.months).map(([m, f]) => [m, { deducted: f.deducted, score: f.score }])),
    counts: p.counts,
    ...evaluationJson(evaluation),
  };
}

export function tallyJson(year: YearResult, rules: Rulebook, ranks?: Map<string, number>) {
  return {
    year: year.year,
    months: year.months,
    asOf: year.asOf ?? null,
    ...(year.period ? { period: year.period } : {}),
    staff: year.staff.map((p) => ({
      ...personJson(p, evaluatePerson(p, rules, year.months)),
      ...(ranks ? { rank: ranks.get(p.id) ?? null } : {}),
    })),
  };
}

export function classifyJson(result: Classification, lang: Lang) {
  const { summary } = result;
  return {
    year: result.year.year,
    months: result.year.months,
    asOf: result.year.asOf ?? null,
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
      quota: {
        holds: summary.quota.holds,
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
