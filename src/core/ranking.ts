import type { YearResult } from './year.js';

/**
 * A window's report (tally --from/--to) ranks people by points kept, best first; equal totals
 * share a rank (1, 2, 2, 4). A decision, so it lives here: the workbook and the JSON show it alike.
 */
export function rankByTotal(year: YearResult): Map<string, number> {
  const sorted = [...year.staff].sort((a, b) => b.total - a.total);
  const ranks = new Map<string, number>();
  for (const [i, p] of sorted.entries()) {
    const before = sorted[i - 1];
    ranks.set(p.id, before && before.total === p.total ? ranks.get(before.id)! : i + 1);
  }
  return ranks;
}
