import source from './five-three-criteria.json' with { type: 'json' };
import { foldKey } from './fold.js';

/**
 * The periodic review of conduct, "5 xây, 3 chống" (Đà Nẵng's plan under Chỉ thị 29-CT/TU): each
 * civil servant rated Tốt / Khá / Trung bình / Yếu on written criteria, by themselves, their leader
 * or both, twice a year. The criteria are data (the rulebook's `review` section; the source's by
 * default); a group whose criteria the unit has not written yet is rated as a whole.
 */

export interface ReviewCriterion {
  id: string;
  name: string;
  description?: string | undefined;
  /** The descriptor of each level, by level name. */
  levels: Record<string, string>;
}

export interface ReviewGroup {
  id: string;
  /** `5 XÂY`, `3 CHỐNG`. */
  part: string;
  title: string;
  criteria: ReviewCriterion[];
  /** Criteria the unit has not written yet (the source copy lacks them): the group is then rated as a whole too. */
  missing?: string[] | undefined;
}

/** The first rule a person's ratings meet gives the overall level; the last rule has no condition. */
export interface OverallRule {
  level: string;
  /** At least this share of the criteria rated at this rule's level or better. */
  share?: number | undefined;
  /** No criterion rated at any of these levels. */
  noneAt?: string[] | undefined;
}

export type Rater = 'self' | 'leader';

export interface ReviewRules {
  name: string;
  /** Best first. */
  levels: string[];
  raters: 'self' | 'leader' | 'both';
  period: 'half-year' | 'quarter';
  groups: ReviewGroup[];
  overall: OverallRule[];
  /** Levels apart at which a person's own rating and the leader's are noted for the committee. */
  selfGap: number;
  /** Review groups shown beside Mẫu số 01's general criteria (by its row number, `I.1`…), as evidence; none by default. */
  formRows?: Record<string, string[]> | undefined;
}

/** A column of the review sheet: a criterion, or a group rated as a whole. */
export interface ReviewItem {
  readonly id: string;
  readonly name: string;
  readonly group: ReviewGroup;
  readonly whole: boolean;
  readonly description?: string | undefined;
  readonly levels: Readonly<Record<string, string>>;
}

type SourceCriterion = { id: string; name?: string | null; description?: string; levels?: Record<string, string> };

/** The source's criteria as a rulebook section: Tốt when at least 80 % are Tốt and none is Yếu, and so on down. */
export function defaultReview(): ReviewRules {
  const levels = [...source.levels];
  const groups = source.groups.flatMap((part) =>
    part.sections.map((s): ReviewGroup => {
      const all = s.criteria as SourceCriterion[];
      const complete = all.filter((c) => c.name && c.levels && levels.every((l) => c.levels![l]));
      const missing = all.filter((c) => !complete.includes(c)).map((c) => c.id);
      return {
        id: s.id,
        part: part.title,
        title: s.title,
        criteria: complete.map((c) => ({ id: c.id, name: c.name!, description: c.description, levels: c.levels! })),
        ...(missing.length > 0 ? { missing } : {}),
      };
    }),
  );
  return {
    name: '5 xây, 3 chống',
    levels,
    raters: 'both',
    period: 'half-year',
    groups,
    overall: [
      { level: 'Tốt', share: 0.8, noneAt: ['Yếu'] },
      { level: 'Khá', share: 0.8, noneAt: ['Yếu'] },
      { level: 'Trung bình', share: 0.8 },
      { level: 'Yếu' },
    ],
    selfGap: 2,
  };
}

/** The sheet's columns: each group not fully written is rated as a whole, then its written criteria. */
export function reviewItems(rules: ReviewRules): ReviewItem[] {
  return rules.groups.flatMap((g) => {
    const whole =
      g.criteria.length === 0 || (g.missing?.length ?? 0) > 0
        ? [{ id: g.id, name: g.title, group: g, whole: true, levels: {} as Record<string, string> }]
        : [];
    return [
      ...whole,
      ...g.criteria.map((c) => ({ id: c.id, name: c.name, group: g, whole: false, description: c.description, levels: c.levels })),
    ];
  });
}

/** Groups rated as a whole because the unit has not written their criteria: said once, as a warning. */
export function wholeGroups(rules: ReviewRules): string[] {
  return rules.groups.filter((g) => g.criteria.length === 0 || (g.missing?.length ?? 0) > 0).map((g) => `${g.id} ${g.title}`);
}

/** A level as typed: accents, case, NFD and spaces do not matter; T, K, TB, Y are the usual short forms. */
export function readLevel(text: string, levels: readonly string[]): string | undefined {
  const key = foldKey(text);
  if (key === '') return undefined;
  const exact = levels.find((l) => foldKey(l) === key);
  if (exact) return exact;
  const initials = levels.filter(
    (l) =>
      foldKey(
        l
          .split(/\s+/u)
          .map((w) => w[0])
          .join(''),
      ) === key,
  );
  return initials.length === 1 ? initials[0] : undefined;
}

const rank = (rules: ReviewRules, level: string) => rules.levels.indexOf(level);

/** A person's overall level from their ratings (criteria left blank are not counted). */
export function overallLevel(rules: ReviewRules, ratings: readonly string[]): string | undefined {
  if (ratings.length === 0) return undefined;
  for (const rule of rules.overall) {
    const atOrBetter = ratings.filter((r) => rank(rules, r) <= rank(rules, rule.level)).length / ratings.length;
    if (rule.share !== undefined && atOrBetter + 1e-9 < rule.share) continue;
    if (rule.noneAt?.some((l) => ratings.includes(l))) continue;
    return rule.level;
  }
  return rules.levels.at(-1);
}

/** Levels apart, for the committee's notes on a self-rating far from the leader's. */
export function levelGap(rules: ReviewRules, a: string, b: string): number {
  return Math.abs(rank(rules, a) - rank(rules, b));
}

/** `H2-2026`, `6T-2026`, `Q3-2026` → the period; undefined when unreadable. */
export function parseReviewPeriod(
  text: string,
): { kind: 'half'; half: 1 | 2; year: number } | { kind: 'quarter'; quarter: number; year: number } | undefined {
  const t = text.trim().toUpperCase();
  const half = /^H([12])[-/ ]?(\d{4})$/u.exec(t);
  if (half) return { kind: 'half', half: Number(half[1]) as 1 | 2, year: Number(half[2]) };
  const quarter = /^Q([1-4])[-/ ]?(\d{4})$/u.exec(t);
  if (quarter) return { kind: 'quarter', quarter: Number(quarter[1]), year: Number(quarter[2]) };
  return undefined;
}

export type ReviewPeriod = NonNullable<ReturnType<typeof parseReviewPeriod>>;

/** `H2-2026` as a title says it: 6 THÁNG CUỐI NĂM 2026; `Q3-2026`: QUÝ III NĂM 2026. */
export function reviewPeriodWords(p: ReviewPeriod): string {
  if (p.kind === 'half') return `6 THÁNG ${p.half === 1 ? 'ĐẦU' : 'CUỐI'} NĂM ${p.year}`;
  return `QUÝ ${['I', 'II', 'III', 'IV'][p.quarter - 1]} NĂM ${p.year}`;
}

/** The period's name as files carry it (`H2-2026`), and its order in the year. */
export function reviewPeriodName(p: ReviewPeriod): string {
  return p.kind === 'half' ? `H${p.half}-${p.year}` : `Q${p.quarter}-${p.year}`;
}

/** The first day of the period (ISO), for the letterhead of its documents. */
export function reviewPeriodStart(p: ReviewPeriod): string {
  const month = p.kind === 'half' ? (p.half === 1 ? 1 : 7) : (p.quarter - 1) * 3 + 1;
  return `${p.year}-${String(month).padStart(2, '0')}-01`;
}
