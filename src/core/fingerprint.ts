import { fnv1aHex } from './hash.js';
import type { Rulebook } from './rulebook.js';

/**
 * A short stable fingerprint of the rules that change scores, stored in each grid so a later run
 * can tell the grid was made under other rules. Kept apart from rulebook.ts so that reading a grid
 * (on a worker thread too) does not load zod.
 */
export function rulebookFingerprint(rb: Pick<Rulebook, 'monthlyPoints' | 'deductionCodes' | 'neutralCodes'>): string {
  const scoring = {
    monthlyPoints: rb.monthlyPoints,
    codes: rb.deductionCodes.map((c) => [c.code, c.points, c.countAllowed]),
    neutral: rb.neutralCodes.map((c) => c.code),
  };
  return fnv1aHex(JSON.stringify(scoring));
}
