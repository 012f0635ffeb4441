import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { rulebookFingerprint, scoringFingerprint } from '../core/fingerprint.js';
import type { GridMetadata } from '../core/grid.js';
import { type Problem, problem, UserError } from '../core/problems.js';
import { defaultRulebook, type Rulebook } from '../core/rulebook.js';
import { readInputFile } from '../io/read-input.js';

/**
 * Where a run's rulebook comes from (SPEC §2): `--rules`, else a `quy-che.json` in the current
 * folder or a folder above it (found the way linters find their configuration), else the rulebook
 * stored in the grids by init-month, else the built-in default. A rulebook that differs from the
 * one the grids were made with stops the run (unless --force): forgetting `--rules` must never
 * classify 2026 on the 2023 plan's bands.
 */

const RULEBOOK_FILE_NAME = 'quy-che.json';

export type RulebookOrigin =
  | { readonly kind: 'option'; readonly file: string }
  | { readonly kind: 'folder'; readonly file: string }
  | { readonly kind: 'default' };

/** The nearest quy-che.json from `start` up to the root of the file system. */
function findRulebookFile(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, RULEBOOK_FILE_NAME);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // An unreadable folder on the way up is no rulebook.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

async function validated(json: unknown, file: string): Promise<Rulebook> {
  const { validateRulebook } = await import('../core/rulebook-schema.js');
  const result = validateRulebook(json);
  if (result.ok) return result.rulebook;
  throw new UserError(
    'rulebook.invalid',
    { file, count: result.issues.length },
    'input',
    result.issues.map((i) => problem('error', i.key, { path: i.path, ...i.params })),
  );
}

export async function loadRulebook(file: string): Promise<Rulebook> {
  const text = Buffer.from(await readInputFile(file)).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new UserError('rulebook.notJson', { file, detail: err instanceof Error ? err.message : String(err) });
  }
  return validated(json, file);
}

/** The rulebook a run starts with, before any grid is read. */
export async function initialRulebook(option: string | undefined, cwd: string): Promise<{ rules: Rulebook; origin: RulebookOrigin }> {
  if (option) return { rules: await loadRulebook(option), origin: { kind: 'option', file: option } };
  const found = findRulebookFile(cwd);
  if (found) return { rules: await loadRulebook(found), origin: { kind: 'folder', file: found } };
  return { rules: defaultRulebook(), origin: { kind: 'default' } };
}

/** What a grid (or a report) says of the rulebook it was made with. */
export interface StoredRules {
  readonly file: string;
  readonly sheet?: string;
  readonly metadata?: Pick<GridMetadata, 'rulebook' | 'rulesFingerprint'>;
}

interface Known {
  readonly source: StoredRules;
  readonly rules?: Rulebook;
  /** scoringFingerprint of the stored rulebook, or the older, narrower fingerprint alone. */
  readonly fingerprint: string;
  readonly narrow: boolean;
}

export interface ChosenRulebook {
  readonly rules: Rulebook;
  /** How the rulebook was found, for the one line the CLI says about it. */
  readonly from: RulebookOrigin | { readonly kind: 'grid'; readonly file: string };
  readonly problems: readonly Problem[];
}

const cache = new Map<string, Promise<Rulebook>>();

async function storedRulebook(source: StoredRules): Promise<Rulebook> {
  const json = source.metadata!.rulebook!;
  let found = cache.get(json);
  if (!found) {
    found = (async () => {
      try {
        return await validated(JSON.parse(json), source.file);
      } catch (err) {
        if (err instanceof UserError && err.key === 'rulebook.invalid') throw err;
        throw new UserError('rules.storedBroken', { file: source.file });
      }
    })();
    cache.set(json, found);
  }
  return found;
}

async function known(source: StoredRules): Promise<Known | undefined> {
  if (source.metadata?.rulebook) {
    const rules = await storedRulebook(source);
    return { source, rules, fingerprint: scoringFingerprint(rules), narrow: false };
  }
  if (source.metadata?.rulesFingerprint) return { source, fingerprint: source.metadata.rulesFingerprint, narrow: true };
  return undefined;
}

function differs(rules: Rulebook, k: Known): boolean {
  return k.narrow ? rulebookFingerprint(rules) !== k.fingerprint : scoringFingerprint(rules) !== k.fingerprint;
}

const nameOf = (k: Known) => k.rules?.name ?? k.fingerprint;

/**
 * Picks the run's rulebook against what the inputs were made with. Grids made under different
 * rulebooks, or a rulebook given that differs from theirs, are errors naming both; with --force,
 * warnings (they reach every document's Kiểm tra sheet).
 */
export async function chooseRulebook(
  initial: { rules: Rulebook; origin: RulebookOrigin },
  sources: readonly StoredRules[],
  force: boolean,
): Promise<ChosenRulebook> {
  const all = (await Promise.all(sources.map(known))).filter((k): k is Known => k !== undefined);
  const severity = force ? 'warning' : 'error';
  const problems: Problem[] = [];
  const where = (k: Known) => ({ file: k.source.file, sheet: k.source.sheet });
  const first = all.find((k) => !k.narrow) ?? all[0];
  const explicit = initial.origin.kind !== 'default';
  const rules = explicit || !first?.rules ? initial.rules : first.rules;
  const from = explicit || !first?.rules ? initial.origin : { kind: 'grid' as const, file: first.source.file };
  const given = initial.origin.kind === 'default' ? undefined : initial.origin.file;
  const reported = new Set<string>();
  for (const k of all) {
    if (!differs(rules, k) || reported.has(k.fingerprint)) continue;
    reported.add(k.fingerprint);
    if (given)
      problems.push(
        problem(severity, force ? 'rules.givenDiffersForced' : 'rules.givenDiffers', { rules: given, grid: nameOf(k) }, where(k)),
      );
    else if (first && first !== k && first.rules)
      problems.push(
        problem(
          severity,
          force ? 'rules.gridsDifferForced' : 'rules.gridsDiffer',
          { other: first.source.file, name: nameOf(k), otherName: nameOf(first) },
          where(k),
        ),
      );
    else problems.push(problem(severity, force ? 'rules.defaultDiffersForced' : 'rules.defaultDiffers', {}, where(k)));
  }
  return { rules, from, problems };
}
