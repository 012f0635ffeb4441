import type { Note } from './classify.js';
import { levelGap, overallLevel, type Rater, type ReviewRules, reviewItems } from './review.js';
import type { ReviewSheet } from './review-sheet.js';

/**
 * What the unit reports of a review period: each person's ratings and overall level, how the unit
 * stands on each criterion (how many at each level), who was rated Yếu anywhere, and the signs of a
 * sheet filled for form's sake — notes for the committee, never a change to anyone's level.
 */

export interface PersonReview {
  readonly id: string;
  readonly name: string;
  /** From the leader's ratings when the leader rates, else the person's own. */
  readonly overall?: string;
  /** The person's own overall level, where both rate. */
  readonly selfOverall?: string;
  /** How many criteria at each level (the counting rater's). */
  readonly counts: Readonly<Record<string, number>>;
  readonly ratings: ReviewSheet['people'][number]['ratings'];
}

export interface PeriodReview {
  readonly period: string;
  readonly people: readonly PersonReview[];
  /** By item id, by level: how many people. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly weak: readonly { readonly name: string; readonly items: readonly string[] }[];
  readonly notes: readonly Note[];
}

/** The rater whose ratings give the level: the leader where the leader rates. */
function countingRater(rules: ReviewRules): Rater {
  return rules.raters === 'self' ? 'self' : 'leader';
}

export function reviewPeriod(sheet: ReviewSheet, period: string, rules: ReviewRules): PeriodReview {
  const items = reviewItems(rules);
  const rater = countingRater(rules);
  const zero = () => Object.fromEntries(rules.levels.map((l) => [l, 0])) as Record<string, number>;
  const counts = Object.fromEntries(items.map((i) => [i.id, zero()]));
  const notes: Note[] = [];
  const people = sheet.people.map((p): PersonReview => {
    const given = items.flatMap((i) => (p.ratings[i.id]?.[rater] ? [p.ratings[i.id]![rater]!] : []));
    const own = items.flatMap((i) => (p.ratings[i.id]?.self ? [p.ratings[i.id]!.self!] : []));
    const mine = zero();
    for (const i of items) {
      const level = p.ratings[i.id]?.[rater];
      if (level) {
        counts[i.id]![level]! += 1;
        mine[level]! += 1;
      }
    }
    const overall = overallLevel(rules, given);
    const selfOverall = rules.raters === 'both' ? overallLevel(rules, own) : undefined;
    // A person who gave themselves one level on every criterion, and where the two ratings are far apart.
    if (rules.raters !== 'leader' && own.length === items.length && items.length >= 3 && new Set(own).size === 1)
      notes.push({ key: 'review.noteSelfSame', params: { name: p.name, level: own[0]! } });
    if (rules.raters === 'both') {
      const far = items.filter((i) => {
        const r = p.ratings[i.id];
        return r?.self && r.leader && levelGap(rules, r.self, r.leader) >= rules.selfGap;
      });
      if (far.length > 0) notes.push({ key: 'review.noteSelfFar', params: { name: p.name, criteria: far.map((i) => i.id).join(', ') } });
    }
    return {
      id: p.id,
      name: p.name,
      ...(overall ? { overall } : {}),
      ...(selfOverall ? { selfOverall } : {}),
      counts: mine,
      ratings: p.ratings,
    };
  });
  // The leader who gave everyone one level on every criterion.
  if (rules.raters !== 'self') {
    const all = sheet.people.flatMap((p) => items.flatMap((i) => (p.ratings[i.id]?.leader ? [p.ratings[i.id]!.leader!] : [])));
    if (sheet.people.length >= 2 && all.length === sheet.people.length * items.length && new Set(all).size === 1)
      notes.push({ key: 'review.noteLeaderSame', params: { level: all[0]!, people: sheet.people.length } });
  }
  const weakest = rules.levels.at(-1)!;
  const weak = people.flatMap((p) => {
    const at = items.filter((i) => p.ratings[i.id]?.[rater] === weakest).map((i) => i.id);
    return at.length > 0 ? [{ name: p.name, items: at }] : [];
  });
  return { period, people, counts, weak, notes };
}

/**
 * The review's ratings beside Mẫu số 01's general criteria, where the unit maps them (the rulebook's
 * review.formRows, off by default): one line per mapped row, as evidence for the leader's points,
 * never replacing them. By person id and by name, for the forms to look up.
 */
export function reviewEvidence(sheets: readonly ReviewSheet[], rules: ReviewRules): Map<string, string[]> {
  const rater = countingRater(rules);
  const out = new Map<string, string[]>();
  const mapping = Object.entries(rules.formRows ?? {});
  if (mapping.length === 0) return out;
  for (const sheet of sheets)
    for (const p of sheet.people) {
      const lines = mapping.flatMap(([row, ids]) => {
        const given = ids.flatMap((id) => (p.ratings[id]?.[rater] ? [`${id} ${p.ratings[id]![rater]}`] : []));
        return given.length > 0 ? [`${row}: ${given.join(', ')}${sheet.period ? ` (${sheet.period})` : ''}`] : [];
      });
      if (lines.length === 0) continue;
      for (const key of [p.id, p.name]) out.set(key, [...(out.get(key) ?? []), ...lines]);
    }
  return out;
}
