import { rulebookFingerprint, scoringFingerprint } from './fingerprint.js';
import type { GridMetadata } from './grid.js';
import { type Problem, problem, UserError } from './problems.js';
import type { Rulebook } from './rulebook-types.js';

/**
 * Choosing a run's rulebook against what its inputs were made with (SPEC §2), for the CLI and the
 * page alike: where the first rulebook came from (a file given, a quy-che.json found, the default)
 * is told by the caller; a rulebook that differs from the one the grids were made with stops the
 * run (unless forced): forgetting `--rules` must never classify 2026 on the 2023 plan's bands.
 */

export type RulebookOrigin =
  | { readonly kind: 'option'; readonly file: string }
  | { readonly kind: 'folder'; readonly file: string }
  | { readonly kind: 'default' };

/** A rulebook's JSON, validated (the schema is loaded only now); `file` names it in the problems. */
export async function validated(json: unknown, file: string): Promise<Rulebook> {
  const { validateRulebook } = await import('./rulebook-schema.js');
  const result = validateRulebook(json);
  if (result.ok) return result.rulebook;
  throw new UserError(
    'rulebook.invalid',
    { file, count: result.issues.length },
    'input',
    result.issues.map((i) => problem('error', i.key, { path: i.path, ...i.params })),
  );
}

/** A rulebook file's text (a quy-che.json), parsed and validated. */
export async function rulebookFromText(text: string, file: string): Promise<Rulebook> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new UserError('rulebook.notJson', { file, detail: err instanceof Error ? err.message : String(err) });
  }
  return validated(json, file);
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
