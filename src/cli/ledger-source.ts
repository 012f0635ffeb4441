import { type Ledger, parseLedger } from '../core/ledger.js';
import { besideFile } from '../core/output-names.js';
import { runtime } from '../io/runtime.js';

/**
 * Where a run's ledger of closed months is: `--ledger`, else a `so-chot.json` in the folder the
 * run starts in or one above (as quy-che.json is found), else one beside the first grid.
 */

const LEDGER_FILE_NAME = 'so-chot.json';

export interface FoundLedger {
  readonly file: string;
  readonly ledger: Ledger;
}

/** The ledger's path, whether or not it exists yet (`close` makes it beside the grids). */
export function ledgerPath(option: string | undefined, cwd: string, files: readonly string[]): { file: string; exists: boolean } {
  if (option) return { file: option, exists: runtime().exists(option) };
  const found =
    runtime().findUp(LEDGER_FILE_NAME, cwd) ?? (files[0] ? runtime().findUp(LEDGER_FILE_NAME, besideFile(files[0], '.')) : undefined);
  if (found) return { file: found, exists: true };
  return { file: besideFile(files[0] ?? LEDGER_FILE_NAME, LEDGER_FILE_NAME), exists: false };
}

async function readLedger(file: string): Promise<Ledger> {
  return parseLedger(new TextDecoder().decode(await runtime().readInput(file)), file);
}

/** The run's ledger, if the unit keeps one. */
export async function findLedger(option: string | undefined, cwd: string, files: readonly string[]): Promise<FoundLedger | undefined> {
  const where = ledgerPath(option, cwd, files);
  return where.exists ? { file: where.file, ledger: await readLedger(where.file) } : undefined;
}
