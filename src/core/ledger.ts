import * as z from 'zod';
import { canonicalJson, type MonthContent } from './month-content.js';
import type { ChangedCell } from './month-diff.js';
import { UserError } from './problems.js';
import { sha256Hex } from './sha256.js';

/**
 * The unit's ledger of closed months (`so-chot.json`, one per unit and year, beside the grids):
 * each close and each reopening is an entry with the month's code and content, chained to the
 * entry before it by its fingerprint, so an entry edited, removed or reordered by hand is seen.
 * A person can read it; nobody can change it quietly.
 */

const LEDGER_KIND = 'scoring-ledger';

const dayMark = z.object({ text: z.string(), cell: z.string() }).strict();
const person = z
  .object({
    id: z.string(),
    name: z.string(),
    nameCell: z.string(),
    days: z.record(z.string(), dayMark),
    evaluation: z
      .object({ otherGeneral: z.number().nullable(), task: z.number().nullable(), cells: z.record(z.string(), z.string()) })
      .strict()
      .optional(),
    score: z.number(),
    deducted: z.number(),
  })
  .strict();
const content = z
  .object({
    year: z.number().int(),
    month: z.number().int().min(1).max(12),
    unit: z.string().optional(),
    rules: z.string(),
    people: z.array(person),
  })
  .strict();
const changed = z
  .object({ id: z.string(), name: z.string(), what: z.string(), cell: z.string(), before: z.string(), after: z.string() })
  .strict();
const entry = z
  .object({
    n: z.number().int().min(1),
    action: z.enum(['close', 'reopen']),
    month: z.string().regex(/^\d{4}-\d{2}$/u),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    file: z.string(),
    code: z.string(),
    reason: z.string().optional(),
    changes: z.array(changed).optional(),
    content,
    prev: z.string(),
    hash: z.string(),
  })
  .strict();
const ledgerSchema = z
  .object({ kind: z.literal(LEDGER_KIND), version: z.literal(1), unit: z.string(), year: z.number().int(), entries: z.array(entry) })
  .strict();

export type LedgerEntry = z.infer<typeof entry>;
export type Ledger = z.infer<typeof ledgerSchema>;

export function newLedger(unit: string, year: number): Ledger {
  return { kind: LEDGER_KIND, version: 1, unit, year, entries: [] };
}

/** An entry's fingerprint: everything in it but the fingerprint itself, keys in order. */
function entryHash(e: Omit<LedgerEntry, 'hash'>): string {
  const { hash: _hash, ...rest } = e as LedgerEntry;
  return sha256Hex(canonicalJson(rest));
}

/** Reads a ledger's text: not one, or one edited by hand, stops the run naming the entry. */
export function parseLedger(text: string, file: string): Ledger {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError('ledger.notLedger', { file });
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) {
    if ((json as { kind?: unknown } | null)?.kind !== LEDGER_KIND) throw new UserError('ledger.notLedger', { file });
    const at = parsed.error.issues[0]?.path;
    const n = at && at[0] === 'entries' && typeof at[1] === 'number' ? at[1] + 1 : 0;
    throw new UserError('ledger.edited', { file, entry: n });
  }
  let prev = '';
  for (const [i, e] of parsed.data.entries.entries()) {
    if (e.n !== i + 1 || e.prev !== prev || entryHash(e) !== e.hash) throw new UserError('ledger.edited', { file, entry: i + 1 });
    prev = e.hash;
  }
  return parsed.data;
}

export function ledgerText(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 1)}\n`;
}

/** The month as closed now: its last entry (a close, or the reopening that replaced it), if any. */
export function closedMonth(ledger: Ledger, year: number, month: number): LedgerEntry | undefined {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  return ledger.entries.filter((e) => e.month === key).at(-1);
}

export function appendEntry(
  ledger: Ledger,
  e: {
    action: 'close' | 'reopen';
    date: string;
    file: string;
    code: string;
    content: MonthContent;
    reason?: string;
    changes?: readonly ChangedCell[];
  },
): Ledger {
  const prev = ledger.entries.at(-1)?.hash ?? '';
  const month = `${e.content.year}-${String(e.content.month).padStart(2, '0')}`;
  const base = {
    n: ledger.entries.length + 1,
    action: e.action,
    month,
    date: e.date,
    file: e.file.split(/[\\/]/u).pop() ?? e.file,
    code: e.code,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.changes ? { changes: [...e.changes] } : {}),
    content: e.content as LedgerEntry['content'],
    prev,
  };
  return { ...ledger, entries: [...ledger.entries, { ...base, hash: entryHash(base) }] };
}
