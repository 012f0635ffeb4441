import type { MessageKey } from '../i18n/messages.js';
import { normaliseCode } from './codes.js';
import { memo } from './memo.js';
import type { MessageParams, Severity } from './problems.js';
import type { DeductionCodeRule, NeutralCodeRule, Rulebook } from './rulebook.js';
import type { Code } from './types.js';

/**
 * The cell grammar (SPEC §3): tokens separated by `,` `;` `+`, white space or line breaks; a token is
 * an optional count and a code. Everything here is pure and never throws: bad text becomes issues.
 */

export type ResolvedCode =
  | { readonly kind: 'deduction'; readonly rule: DeductionCodeRule }
  | { readonly kind: 'neutral'; readonly rule: NeutralCodeRule };

export interface CodeIndex {
  readonly bySpelling: ReadonlyMap<string, ResolvedCode>;
  readonly canonical: readonly string[];
}

export interface CellToken {
  readonly code: Code;
  readonly count: number;
  readonly kind: 'deduction' | 'neutral';
  readonly raw: string;
}

export interface CellIssue {
  readonly severity: Severity;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface CellParse {
  readonly tokens: readonly CellToken[];
  readonly issues: readonly CellIssue[];
}

export function buildCodeIndex(rules: Pick<Rulebook, 'deductionCodes' | 'neutralCodes'>): CodeIndex {
  const bySpelling = new Map<string, ResolvedCode>();
  const canonical: string[] = [];
  const add = (spellings: string[], resolved: ResolvedCode) => {
    for (const s of spellings) bySpelling.set(normaliseCode(s), resolved);
  };
  for (const rule of rules.deductionCodes) {
    add([rule.code, ...rule.aliases], { kind: 'deduction', rule });
    canonical.push(rule.code);
  }
  for (const rule of rules.neutralCodes) {
    add([rule.code, ...rule.aliases], { kind: 'neutral', rule });
    canonical.push(rule.code);
  }
  return { bySpelling, canonical };
}

const SEPARATORS = /[,;+\s]+/u;
/** More than this many of one code in one day's cell is a typing slip (`31B`), not a day's record. */
const MAX_COUNT = 10;
const TOKEN = /^(\d+)?(.*)$/su;

/**
 * parseCellText under one rulebook, each distinct text read once: a province's year has a hundred
 * thousand marks, nearly all the same few texts (`V`, `B`, `2M`). A reading is never changed.
 */
export function cellReader(rules: Pick<Rulebook, 'deductionCodes' | 'neutralCodes'>): (text: string) => CellParse {
  const index = buildCodeIndex(rules);
  return memo((text: string) => parseCellText(text, index));
}

export function parseCellText(text: string, index: CodeIndex): CellParse {
  const tokens: CellToken[] = [];
  const issues: CellIssue[] = [];
  const words = text
    .normalize('NFC')
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
  const covered = new Map<string, string>();

  for (let i = 0; i < words.length; i++) {
    let raw = words[i]!;
    // "2 B" is read as "2B": a clerk's space between the count and the code is not a new token.
    if (/^\d+$/u.test(raw) && i + 1 < words.length && /^\D/u.test(words[i + 1]!)) {
      raw = `${raw}${words[++i]!}`;
    }
    const [, digits, rest = ''] = TOKEN.exec(raw) ?? [];
    const spelled = normaliseCode(rest);
    if (spelled === '') {
      issues.push({ severity: 'error', key: 'grammar.bareNumber', params: { token: raw } });
      continue;
    }
    const resolved = index.bySpelling.get(spelled);
    if (!resolved) {
      issues.push({
        severity: 'error',
        key: 'grammar.unknownCode',
        params: { token: raw, suggestion: nearestCode(spelled, index.canonical) },
      });
      continue;
    }
    const code = resolved.rule.code as Code;
    const count = digits === undefined ? 1 : Number(digits);
    if (count > MAX_COUNT) {
      issues.push({ severity: 'error', key: 'grammar.countTooLarge', params: { token: raw, max: MAX_COUNT } });
      continue;
    }
    if (count === 0) {
      issues.push({ severity: 'error', key: 'grammar.zeroCount', params: { token: raw } });
      continue;
    }
    if (digits !== undefined && !(resolved.kind === 'deduction' && resolved.rule.countAllowed)) {
      issues.push({ severity: 'error', key: 'grammar.countNotAllowed', params: { token: raw, code } });
      continue;
    }
    if (resolved.kind === 'deduction' && !overlapFree(resolved.rule, covered, issues)) continue;
    tokens.push({ code, count, kind: resolved.kind, raw });
  }
  return { tokens, issues };
}

/** Records the sessions an absence code covers; a second code on the same session is a contradiction. */
function overlapFree(rule: DeductionCodeRule, covered: Map<string, string>, issues: CellIssue[]): boolean {
  const clash = rule.covers.map((s) => covered.get(s)).find((c) => c !== undefined);
  if (clash === undefined) {
    for (const s of rule.covers) covered.set(s, rule.code);
    return true;
  }
  if (clash === rule.code) {
    issues.push({ severity: 'error', key: 'grammar.repeatedAbsence', params: { code: rule.code } });
  } else {
    issues.push({ severity: 'error', key: 'grammar.contradiction', params: { first: clash, second: rule.code } });
  }
  return false;
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The canonical code closest to what was typed (edit distance, accents ignored on ties). */
function nearestCode(typed: string, canonical: readonly string[]): string {
  let best = canonical[0] ?? '';
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of canonical) {
    const score = editDistance(typed, normaliseCode(candidate)) * 2 + (stripMarks(candidate) === stripMarks(typed) ? 0 : 1);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}
