import { defaultRulebook, type Rulebook } from '../core/rulebook.js';
import { type RulebookOrigin, rulebookFromText } from '../core/rulebook-choice.js';
import { runtime } from '../io/runtime.js';

export { type ChosenRulebook, chooseRulebook, type RulebookOrigin, type StoredRules } from '../core/rulebook-choice.js';

/**
 * Where a run's rulebook comes from (SPEC §2): `--rules`, else a `quy-che.json` in the current
 * folder or a folder above it (found the way linters find their configuration), else the rulebook
 * stored in the grids by init-month, else the built-in default. A rulebook that differs from the
 * one the grids were made with stops the run (unless --force): forgetting `--rules` must never
 * classify 2026 on the 2023 plan's bands.
 */

/** The unit's rulebook file, found in the folder a run starts in or one above. */
const RULEBOOK_FILE_NAME = 'quy-che.json';

export async function loadRulebook(file: string): Promise<Rulebook> {
  return rulebookFromText(new TextDecoder().decode(await runtime().readInput(file)), file);
}

/** The rulebook a run starts with, before any grid is read. */
export async function initialRulebook(option: string | undefined, cwd: string): Promise<{ rules: Rulebook; origin: RulebookOrigin }> {
  if (option) return { rules: await loadRulebook(option), origin: { kind: 'option', file: option } };
  const found = runtime().findUp(RULEBOOK_FILE_NAME, cwd);
  if (found) return { rules: await loadRulebook(found), origin: { kind: 'folder', file: found } };
  return { rules: defaultRulebook(), origin: { kind: 'default' } };
}
