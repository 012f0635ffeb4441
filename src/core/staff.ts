import { fnv1aHex } from './hash.js';
import type { PersonId } from './types.js';

/** Names match across months after NFC, trimming and collapsing white space; case is kept for display. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Key used to compare names: the normalised name in lower case. */
export function nameKey(name: string): string {
  return normaliseName(name).toLocaleLowerCase('vi');
}

/**
 * A stable id for a person who has none in the grid: derived from the normalised name so the same
 * person gets the same id in every run (prefixed with ~ so it never looks like a real Mã).
 */
export function derivedPersonId(name: string): PersonId {
  return `~${fnv1aHex(nameKey(name))}` as PersonId;
}

export function personIdOf(id: string | undefined, name: string): PersonId {
  const trimmed = id?.normalize('NFC').trim();
  return (trimmed ? trimmed : derivedPersonId(name)) as PersonId;
}

export interface StaffMember {
  readonly id?: string;
  readonly name: string;
  readonly position?: string;
  readonly group?: string;
}

/** Year-end roster entries also carry discipline (Kỷ luật) and its decision date. */
export interface YearEndStaffMember extends StaffMember {
  readonly discipline?: string;
  readonly disciplineDate?: string;
}
