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

/**
 * The fingerprint of everything in a rulebook that can change a score or a level: points, codes,
 * classification, evaluation. Letterhead texts, the rulebook's name and the holiday calendar
 * (which only raises warnings) are left out, so editing them never makes grids "differ".
 */
export function scoringFingerprint(
  rb: Pick<Rulebook, 'monthlyPoints' | 'floorMonthAtZero' | 'deductionCodes' | 'neutralCodes' | 'classification' | 'evaluation'>,
): string {
  const scoring = {
    monthlyPoints: rb.monthlyPoints,
    floor: rb.floorMonthAtZero,
    codes: rb.deductionCodes.map((c) => [
      c.code,
      c.points,
      c.countAllowed,
      [...c.covers].sort(),
      c.unexcusedAbsence,
      [...c.aliases].sort(),
    ]),
    neutral: rb.neutralCodes.map((c) => [c.code, [...c.aliases].sort(), c.absentDay, c.maternity]),
    classification: rb.classification,
    evaluation: rb.evaluation ?? null,
  };
  return fnv1aHex(JSON.stringify(scoring));
}
