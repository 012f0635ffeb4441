import { ByPerson } from './by-person.js';
import { scoreMonth } from './engine.js';
import { scoringFingerprint } from './fingerprint.js';
import type { ParsedMonth } from './grid.js';
import type { Rulebook } from './rulebook.js';
import { type Hasher, Sha256 } from './sha256.js';

/**
 * What a month's grid says that can change a score: each person (Mã and name), each day's marks as
 * the grammar read them, the leader's figures, and the rulebook's scoring part. Widths, styles,
 * fonts, the order of a package's parts and the spelling of a mark (`v`, ` V `, `1V`) are not in
 * it, so a grid opened and saved again in Excel, LibreOffice or openpyxl keeps its check code; any
 * scored change gives another.
 */

export interface DayMark {
  /** The marks of the day as scored: `V`, `2B`, `P`, several joined by `,`. */
  readonly text: string;
  readonly cell: string;
}

export interface PersonContent {
  readonly id: string;
  readonly name: string;
  readonly nameCell: string;
  /** By day of the month (1–31), only days with marks. */
  readonly days: Readonly<Record<string, DayMark>>;
  /** The leader's figures, where the grid has them. */
  readonly evaluation?: {
    readonly otherGeneral: number | null;
    readonly task: number | null;
    readonly cells: Readonly<Record<string, string>>;
  };
  readonly score: number;
  readonly deducted: number;
}

export interface MonthContent {
  readonly year: number;
  readonly month: number;
  readonly unit?: string;
  /** The scoring fingerprint of the rulebook the month was scored under. */
  readonly rules: string;
  readonly people: readonly PersonContent[];
}

/** A month's content; `scored: false` leaves the scores at 0, for a code alone (the code never reads them). */
type MarksByDay = Map<number, { tokens: string[]; cell: string }>;

/** Each person's marks by day, as scored (`2B` for a count), in the order the grid gives them. */
function marksByPerson(month: ParsedMonth): Map<string, MarksByDay> {
  const days = new Map<string, MarksByDay>();
  const mark = (personId: string, date: string, token: string, cell: string) => {
    const byDay = days.get(personId) ?? days.set(personId, new Map()).get(personId)!;
    const day = Number(date.slice(8, 10));
    const entry = byDay.get(day) ?? byDay.set(day, { tokens: [], cell }).get(day)!;
    entry.tokens.push(token);
  };
  for (const e of month.events) mark(e.personId, e.date, e.count > 1 ? `${e.count}${e.code}` : e.code, e.source.cell);
  for (const m of month.marks) mark(m.personId, m.date, m.code, m.source.cell);
  return days;
}

export function monthContent(month: ParsedMonth, rules: Rulebook, scored = true): MonthContent {
  const scores = new Map(scored ? scoreMonth(month, rules).staff.map((p) => [p.id, p]) : []);
  const days = marksByPerson(month);
  const people = month.staff.map((s): PersonContent => {
    const own = [...(days.get(s.id) ?? new Map()).entries()].sort(([a], [b]) => a - b);
    const entered = month.evaluations.get(s.id);
    const score = scores.get(s.id);
    return {
      id: s.id,
      name: s.name,
      nameCell: s.nameCell,
      days: Object.fromEntries(own.map(([day, d]) => [String(day), { text: d.tokens.sort().join(','), cell: d.cell }])),
      ...(entered ? { evaluation: { otherGeneral: entered.otherGeneral, task: entered.task, cells: { ...entered.cells } } } : {}),
      score: score?.score ?? 0,
      deducted: score?.deducted ?? 0,
    };
  });
  return {
    year: month.ym.year,
    month: month.ym.month,
    ...(month.unit ? { unit: month.unit } : {}),
    rules: scoringFingerprint(rules),
    people,
  };
}

/** JSON with keys in order at every level: one content, one text, whatever built it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Only what is scored goes into the code, each month and each person a line of their own (tab
 * separated, JSON-quoted texts): cells' addresses and the scores they give do not. Fed to the hash
 * piece by piece, so a province's year is never one string.
 */
function feedScored(hash: Hasher, c: MonthContent): void {
  hash.update(monthLine(c.year, c.month, c.rules));
  const lines = new LineBatch(hash);
  for (const p of c.people) {
    const days = Object.keys(p.days)
      .map(Number)
      .sort((a, b) => a - b)
      .map((d) => `${d}=${p.days[String(d)]!.text}`)
      .join(' ');
    lines.add(personLine(lineHead(p.id, p.name), days, p.evaluation));
  }
  lines.flush();
}

/**
 * The same lines straight from a parsed month, one person at a time: the code of a province's year
 * never builds a month's content (it would outlive young-generation collection). The month's
 * events and marks are walked in step with its staff (ByPerson), with no map of its people.
 */
function feedMonth(hash: Hasher, month: ParsedMonth, rules: Rulebook, heads: LineHeads): void {
  hash.update(monthLine(month.ym.year, month.ym.month, scoringFingerprint(rules)));
  const events = new ByPerson(month.events, month.staff);
  const marks = new ByPerson(month.marks, month.staff);
  const marksOf = new PersonMarks();
  const lines = new LineBatch(hash);
  for (let p = 0; p < month.staff.length; p++) {
    const s = month.staff[p]!;
    events.of(s);
    marks.of(s);
    const head = heads.of(p, s.id, s.name);
    const evaluation = month.evaluations.get(s.id);
    // Most people have no mark in a month and no leader's figures: their line is made once for the run.
    if (events.from === events.to && marks.from === marks.to && evaluation === undefined) {
      lines.add(heads.bareLine(p));
      continue;
    }
    marksOf.clear();
    for (let i = events.from; i < events.to; i++) {
      const e = events.list[i]!;
      marksOf.add(dayOf(e.date), e.count > 1 ? `${e.count}${e.code}` : e.code);
    }
    for (let i = marks.from; i < marks.to; i++) {
      const m = marks.list[i]!;
      marksOf.add(dayOf(m.date), m.code);
    }
    lines.add(personLine(head, marksOf.text(), evaluation));
  }
  lines.flush();
}

/** The day of an ISO date (`2023-03-09` → 9), read from its two digits: the parsed month's dates are all so written. */
function dayOf(date: string): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

/**
 * One person's marks of a month as the code reads them: by day, then by text, each day once
 * (`3=M 9=2B,H`). The lists are kept for the next person: a province's year has 120,000 of them.
 */
class PersonMarks {
  private readonly days: number[] = [];
  private readonly tokens: string[] = [];
  private readonly order: number[] = [];
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  add(day: number, token: string): void {
    this.days[this.count] = day;
    this.tokens[this.count] = token;
    this.count++;
  }

  /** Sorted by day, then token, ties in the order given (a stable insertion sort: a person has a few marks). */
  text(): string {
    const { days, tokens, order, count } = this;
    const before = (a: number, b: number) => days[a]! - days[b]! || (tokens[a]! < tokens[b]! ? -1 : tokens[a]! > tokens[b]! ? 1 : 0);
    for (let i = 0; i < count; i++) {
      let j = i;
      while (j > 0 && before(order[j - 1]!, i) > 0) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    let text = '';
    for (let k = 0; k < count; k++) {
      const day = days[order[k]!]!;
      let same = tokens[order[k]!]!;
      while (k + 1 < count && days[order[k + 1]!] === day) same += `,${tokens[order[++k]!]!}`;
      text += text === '' ? `${day}=${same}` : ` ${day}=${same}`;
    }
    return text;
  }
}

function monthLine(year: number, month: number, rules: string): string {
  return `${year}-${month}\t${rules}\n`;
}

/** The start of a person's line: Mã and name as JSON.stringify quotes them. */
function lineHead(id: string, name: string): string {
  return `${JSON.stringify(id)}\t${JSON.stringify(name)}\t`;
}

/** A person's line: its head, the marks by day, the leader's figures (`-` without). */
function personLine(head: string, days: string, ev: { otherGeneral: number | null; task: number | null } | undefined): string {
  const figures = ev ? `${ev.otherGeneral ?? ''}/${ev.task ?? ''}` : '-';
  return `${head}${days}\t${figures}\n`;
}

/**
 * Each person's line head made once: the same people come back month after month, 120,000 times in
 * a province's year, and mostly in the same place of the staff, which is tried before the map.
 */
class LineHeads {
  private readonly byId = new Map<string, { readonly name: string; readonly head: string }>();
  private readonly byPlace: PlacedHead[] = [];
  of(place: number, id: string, name: string): string {
    const last = this.byPlace[place];
    if (last !== undefined && last.id === id && last.name === name) return last.head;
    const known = this.byId.get(id);
    const head = known?.name === name ? known.head : lineHead(id, name);
    if (known?.name !== name) this.byId.set(id, { name, head });
    this.byPlace[place] = { id, name, head, bare: undefined };
    return head;
  }

  /** The line of the person `of` last gave at `place` when they have no mark and no leader's figures. */
  bareLine(place: number): string {
    const placed = this.byPlace[place]!;
    placed.bare ??= personLine(placed.head, '', undefined);
    return placed.bare;
  }
}

interface PlacedHead {
  readonly id: string;
  readonly name: string;
  readonly head: string;
  bare: string | undefined;
}

/** Lines go to the hash some 64 K characters at a time: one call per person cost more than the hashing. */
class LineBatch {
  private lines = '';
  constructor(private readonly hash: Hasher) {}
  add(line: string): void {
    this.lines += line;
    if (this.lines.length >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.lines.length > 0) this.hash.update(this.lines);
    this.lines = '';
  }
}

/** Crockford's base 32: no I, L, O, U, so a code read aloud or copied by hand is not misread. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Twelve characters in three groups (`7K2M-Q9XA-3FTB`): 60 bits of SHA-256, printed on every document. */
export function codeOf(contents: readonly MonthContent[], hash: Hasher = new Sha256()): string {
  for (const c of [...contents].sort((a, b) => a.year - b.year || a.month - b.month)) feedScored(hash, c);
  return codeText(hash.hex());
}

/** The code of the months a document is made from, each month's content made and let go in turn. */
export function codeOfMonths(months: readonly ParsedMonth[], rules: Rulebook, hash: Hasher = new Sha256()): string {
  const code = new MonthsCode(rules, hash);
  for (const m of [...months].sort((a, b) => monthKey(a) - monthKey(b))) code.add(m);
  return code.text();
}

const monthKey = (m: ParsedMonth) => m.ym.year * 12 + m.ym.month;

/**
 * The code of months given one at a time, in the order codeOfMonths sorts them (a stable sort by
 * year and month): `canAdd` says whether a month may come next. Each is hashed and can be let go.
 */
export class MonthsCode {
  private readonly heads = new LineHeads();
  private last = 0;

  constructor(
    private readonly rules: Rulebook,
    private readonly hash: Hasher = new Sha256(),
  ) {}

  canAdd(month: ParsedMonth): boolean {
    return monthKey(month) >= this.last;
  }

  add(month: ParsedMonth): void {
    if (!this.canAdd(month)) throw new Error(`internal: ${month.ym.month}/${month.ym.year} hashed out of order`);
    this.last = monthKey(month);
    feedMonth(this.hash, month, this.rules, this.heads);
  }

  text(): string {
    return codeText(this.hash.hex());
  }
}

function codeText(hex: string): string {
  let bits = BigInt(`0x${hex.slice(0, 15)}`);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = BASE32[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** A code as typed by a person: case, spaces and dashes do not matter, nor O for 0 or I/L for 1. */
export function sameCode(a: string, b: string): boolean {
  const norm = (s: string) => s.toUpperCase().replace(/[\s-]/gu, '').replace(/O/gu, '0').replace(/[IL]/gu, '1');
  return norm(a) === norm(b);
}
