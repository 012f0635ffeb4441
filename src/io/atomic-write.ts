import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/problems.js';
import { writeError } from './system-errors.js';

/**
 * Writes next to the target under a temporary name, then renames: an interrupted run leaves
 * either the old file whole or no file, never half a workbook.
 */
export async function writeAtomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (err) {
    // The temporary name may itself be what failed (too long): removing it must not hide the cause.
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(path, err);
  }
}

export function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  return writeAtomically(path, (temp) => writeFile(temp, data));
}

function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** Refuses to write over an input, and over any existing file without --force. */
export function guardOutput(output: string, inputs: readonly string[], force: boolean): void {
  const target = canonical(output);
  if (inputs.some((i) => canonical(i) === target)) throw new UserError('file.outputIsInput', { file: output });
  if (!force && existsSync(output)) throw new UserError('file.outputExists', { file: output });
}
