import { groupBy } from './group.js';
import { fnv1aHex } from './hash.js';
import { memo } from './memo.js';
import type { PersonId } from './types.js';

/** Names match across months after NFC, trimming and collapsing white space; case is kept for display. */
function normaliseName(name: string): string {
  const nfc = name.normalize('NFC');
  // Most names are already clean; the regex is the costly part at 100,000 names. Invisible format
  // characters (a zero-width space pasted from the web) are no part of a name.
  return /\s\s|[^\S ]|^\s|\s$|\p{Cf}/u.test(nfc)
    ? nfc
        .replace(/\p{Cf}/gu, '')
        .replace(/\s+/gu, ' ')
        .trim()
    : nfc;
}

/** A text with its invisible characters shown (`An⟨U+200B⟩`), for messages that set two look-alike texts side by side. */
export function visibleText(text: string): string {
  return text.replace(/[\p{Cf}\u00A0]/gu, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Key used to compare names: the normalised name in lower case. */
export function nameKey(name: string): string {
  return keyOfNormalised(normaliseName(name));
}

/** People by their name's key, each list in the given order: one lookup per row, not a search of everyone. */
export function byNameKey<T extends { readonly name: string }>(people: readonly T[]): Map<string, T[]> {
  return groupBy(people, (p) => nameKey(p.name));
}

/** People by id, the first of any two that share one (namesakes without a Mã share a derived id). */
export function byFirstId<T extends { readonly id: string }>(people: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const p of people) if (!index.has(p.id)) index.set(p.id, p);
  return index;
}

/** A tone mark on the glide of oa, oe, uy: `hòa`, `thủy` (Unikey's "kiểu cũ"). */
const TONE_ON_GLIDE = /[òóỏõọùúủũụ][aey]/u;
const TONE_ON_GLIDE_NFD = /([ou])([\u0300\u0301\u0303\u0309\u0323])([aey])/gu;

/**
 * One spelling of the tone's place: `Hòa` and `Hoà`, `Thủy` and `Thuỷ` are the same name typed
 * with the old or the new placement (both common); the key puts the mark on the second vowel.
 */
function placeTones(lower: string): string {
  if (!TONE_ON_GLIDE.test(lower)) return lower;
  return lower.normalize('NFD').replace(TONE_ON_GLIDE_NFD, '$1$3$2').normalize('NFC');
}

/** nameKey of a name already normalised. */
function keyOfNormalised(name: string): string {
  // Plain toLowerCase: Vietnamese has no special casing rules (only Turkish, Azeri and Lithuanian
  // do), and the locale-aware call is several times slower on 100,000 names.
  return placeTones(name.toLowerCase());
}

/**
 * A stable id for a person who has none in the grid: derived from the normalised name so the same
 * person gets the same id in every run (prefixed with ~ so it never looks like a real Mã).
 */
function derivedPersonId(name: string): PersonId {
  return `~${fnv1aHex(nameKey(name))}` as PersonId;
}

/**
 * A Mã as people type it, reduced to what identifies: case folded, spaces (no-break ones too) and
 * invisible format characters (zero-width space, joiners, BOM) removed — `a01`, `A 01` and `A\u200B01`
 * are one Mã. Empty when nothing is left.
 */
export function idKey(id: string | undefined): string {
  return (id ?? '')
    .normalize('NFC')
    .replace(/[\s\p{Cf}]/gu, '')
    .toUpperCase();
}

export function personIdOf(id: string | undefined, name: string): PersonId {
  const key = idKey(id);
  return (key ? key : derivedPersonId(name)) as PersonId;
}

/** A name as identity reads it: normalised, its key, and the id it gives a person without a Mã. */
export interface NameReading {
  readonly name: string;
  readonly key: string;
  readonly derivedId: PersonId;
  /** The run's claims on its key and on its derived id (see Claim), found once, with the reading. */
  readonly keyClaim: Claim;
  readonly derivedIdClaim: Claim;
}

/** A Mã as identity reads it: its key ('' when it has none) and the run's claim on that key. */
export interface IdReading {
  readonly key: string;
  readonly claim: Claim | undefined;
}

const NO_ID: IdReading = { key: '', claim: undefined };

/**
 * The readings of a run's names and Mã, each distinct text worked out once: a province's twelve
 * grids name every person twelve times, and normalising is the costly part of telling people
 * apart. Equal texts get the same strings, so the months also share their memory.
 */
export class IdentityReadings {
  private readonly ids = new Map<string, Claim>();
  private readonly keys = new Map<string, Claim>();

  /** The reading of a name as typed. */
  readonly name = memo((raw: string): NameReading => {
    const name = normaliseName(raw);
    const key = keyOfNormalised(name);
    const derivedId = `~${fnv1aHex(key)}` as PersonId;
    return { name, key, derivedId, keyClaim: claimOf(this.keys, key), derivedIdClaim: claimOf(this.ids, derivedId) };
  });

  private readonly idOf = memo((raw: string): IdReading => {
    const key = idKey(raw);
    return key ? { key, claim: claimOf(this.ids, key) } : NO_ID;
  });

  /** The reading of a Mã as typed (idKey, and the claim on it). */
  id(raw: string | undefined): IdReading {
    return raw === undefined ? NO_ID : this.idOf(raw);
  }

  /**
   * The last name and Mã read in each row of a sheet, with their readings: a unit's grids list
   * their people in the same rows month after month, and comparing a text with last month's is
   * cheaper than looking it up (which hashes it first).
   */
  private readonly rows: { name: string; reading: NameReading; id: string | undefined; idReading: IdReading }[] = [];

  /** name(raw) and id(rawId) for the person in sheet row `row` (read them before the next call). */
  person(row: number, raw: string, rawId: string | undefined): { readonly reading: NameReading; readonly idReading: IdReading } {
    let last = this.rows[row];
    if (last === undefined) {
      last = { name: raw, reading: this.name(raw), id: rawId, idReading: this.id(rawId) };
      this.rows[row] = last;
    } else {
      if (last.name !== raw) {
        last.name = raw;
        last.reading = this.name(raw);
      }
      if (last.id !== rawId) {
        last.id = rawId;
        last.idReading = this.id(rawId);
      }
    }
    return last;
  }

  /** A new sheet's stamp, for its rows' claims. */
  sheet(): object {
    return {};
  }
}

function claimOf(table: Map<string, Claim>, text: string): Claim {
  let claim = table.get(text);
  if (claim === undefined) {
    claim = new Claim();
    table.set(text, claim);
  }
  return claim;
}

/**
 * Which row of the sheet being read took an id or a name key, so a second row with one of them is
 * seen. One claim per id and key lasts the run, each stamped with the sheet that took it last, and
 * the readings point at their claims: a province's twelve sheets name the same people, so no sheet
 * builds (or even looks up) a table of its own.
 */
class Claim {
  /** The row that took it, and whether that row has its own Mã. */
  row = 0;
  ownId = false;
  private sheet: object | undefined;

  /** This claim if a row of `sheet` took it, else undefined (a claim of another sheet is free). */
  in(sheet: object): Claim | undefined {
    return this.sheet === sheet ? this : undefined;
  }

  /** Row `row` of `sheet` takes it. */
  take(sheet: object, row: number, ownId: boolean): void {
    this.sheet = sheet;
    this.row = row;
    this.ownId = ownId;
  }
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
  /** The other listed cases of KHTNV (b, d), as the roster's column says them. */
  readonly listedCase?: string;
  /** Where the row stands in its file, for problems at its cells. */
  readonly source?: RosterSource;
}

export interface RosterSource {
  readonly file: string;
  readonly sheet?: string;
  readonly nameCell?: string;
  readonly disciplineCell?: string;
  readonly dateCell?: string;
  readonly listedCaseCell?: string;
}

export interface RosterRow extends YearEndStaffMember {
  /** The row number in the source file, for messages. */
  readonly line: number;
}

export type RosterIssue =
  | { readonly key: 'roster.blankName'; readonly params: { row: number } }
  | { readonly key: 'roster.duplicateName'; readonly params: { name: string; row: number; other: number } }
  | { readonly key: 'roster.duplicateId'; readonly params: { id: string; row: number; other: number } }
  | { readonly key: 'roster.derivedIdClash'; readonly params: { name: string; row: number; other: number } };

/** Checks a roster: no blank names, no id twice, no name twice unless ids tell the two apart. */
export function validateRoster(rows: readonly RosterRow[]): RosterIssue[] {
  const issues: RosterIssue[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, RosterRow>();
  // The ids made from the names of people without a Mã, and the name each was made from.
  const derived = new Map<string, { key: string; line: number }>();
  for (const r of rows) {
    if (!normaliseName(r.name)) {
      issues.push({ key: 'roster.blankName', params: { row: r.line } });
      continue;
    }
    const id = idKey(r.id) || undefined;
    if (id) {
      const other = ids.get(id);
      if (other !== undefined) issues.push({ key: 'roster.duplicateId', params: { id, row: r.line, other } });
      ids.set(id, r.line);
    }
    const key = nameKey(r.name);
    const twin = names.get(key);
    if (twin && !(id && idKey(twin.id))) {
      issues.push({ key: 'roster.duplicateName', params: { name: normaliseName(r.name), row: r.line, other: twin.line } });
    }
    names.set(key, r);
    if (!id) {
      // Two names whose made ids are the same would be one person in the grids (grid.ts, staff.derivedIdClash).
      const made = derivedPersonId(r.name);
      const first = derived.get(made);
      if (first && first.key !== key)
        issues.push({ key: 'roster.derivedIdClash', params: { name: normaliseName(r.name), row: r.line, other: first.line } });
      else if (!first) derived.set(made, { key, line: r.line });
    }
  }
  return issues;
}
