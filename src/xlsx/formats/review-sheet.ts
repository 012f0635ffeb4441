import { foldKey } from '../../core/fold.js';
import type { Rater } from '../../core/review.js';

/**
 * What the review sheet's writer (init-review) and reader (review) agree on: where the table
 * starts, how a rater's column is labelled, and the hidden sheet that keeps the period.
 */

/** Letterhead rows 1–3, the title, the subtitle, one blank: the two header rows then the people. */
export const REVIEW_HEADER_ROW = 7;
export const REVIEW_COLUMNS = { tt: 1, id: 2, name: 3, position: 4, firstItem: 5 } as const;
export const REVIEW_META_SHEET = '_scoring_review';

export const RATER_LABELS: Record<Rater, string> = { self: 'CN', leader: 'LĐ' };

/** A rater's column label as typed: CN / cá nhân / tự đánh giá, LĐ / lãnh đạo. */
export function raterOf(text: string): Rater | undefined {
  const key = foldKey(text);
  if (['cn', 'canhan', 'tudanhgia', 'canhantudanhgia'].includes(key)) return 'self';
  if (['ld', 'lanhdao', 'lanhdaodanhgia', 'ldanhgia'].includes(key)) return 'leader';
  return undefined;
}

/** The period the sheet is for (`H2-2026`), kept hidden in it as the grids keep their month. */
export interface ReviewMeta {
  readonly period: string;
  /** The people the sheet was made for: one missing from the filled sheet is said. */
  readonly staff: readonly { readonly id: string; readonly name: string }[];
}
