import type { Classification } from './classify.js';
import type { Rulebook } from './rulebook.js';

/**
 * The unit's own administrative-reform (CCHC) indicators the classification already knows: the
 * share of civil servants rated HTTNV or above against its threshold (5.3.2 in the commune's plan),
 * and no civil servant disciplined from khiển trách up (5.4.2), the people behind it named. The
 * numbers are the rulebook's: provinces number their criteria differently.
 */

export type CchcIndicator =
  | { readonly kind: 'share'; readonly id: string; readonly share: number; readonly threshold: number; readonly met: boolean }
  | {
      readonly kind: 'discipline';
      readonly id: string;
      readonly people: readonly { readonly name: string; readonly measure: string }[];
      readonly met: boolean;
    };

export function cchcIndicators(result: Classification, rules: Rulebook): CchcIndicator[] {
  const ids = { shareIndicator: '5.3.2', disciplineIndicator: '5.4.2', ...rules.cchc };
  const threshold = rules.classification.cchcTarget;
  const share = result.summary.shareGoodOrAbove;
  const disciplined = result.people.flatMap((p) => (p.discipline ? [{ name: p.name, measure: p.discipline }] : []));
  return [
    { kind: 'share', id: ids.shareIndicator, share, threshold, met: share >= threshold },
    { kind: 'discipline', id: ids.disciplineIndicator, people: disciplined, met: disciplined.length === 0 },
  ];
}
