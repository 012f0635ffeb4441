import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/problems.js';
import { writeError } from './system-errors.js';

/**
 * Writes next to the target under a temporary name, then renames: an interrupted run leaves
 * either the old file whole or no file, never half a workbook. Temporary files still being
 * written are known here, so a signal handler can remove them (stopWriting); those a
 * killed process left behind are removed by the next run that writes the same output.
 */

const active = new Set<string>();
/** Outputs guardOutput found absent without --force: they are created, never replaced (another run may have made one since). */
const mustBeNew = new Set<string>();

/**
 * `.scoring-HASH.PID.HEX.tmp`: short and fixed in length, so an output name the file system allows
 * (up to 255 bytes) never fails because of its temporary name.
 */
export function temporaryPrefix(path: string): string {
  let h = 0x811c9dc5;
  for (const ch of basename(path)) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `.scoring-${h.toString(16).padStart(8, '0')}.`;
}

function temporaryName(path: string, pid: number): string {
  return join(dirname(path), `${temporaryPrefix(path)}${pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of `path` left by processes that no longer exist (a SIGKILL, a power cut). */
function removeStaleTemporaries(path: string): void {
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-f]+\.tmp$/u.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    rmSync(join(dirname(path), name), { force: true });
  }
}

/** Set by a signal: no write starts, and none is put in place, once the run is stopping. */
let stopping = false;
/** A stopping run's writes never settle: nothing more is written or said before the process exits. */
const never = () => new Promise<never>(() => {});

export async function writeAtomically(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  if (stopping) return never();
  removeStaleTemporaries(path);
  const temp = temporaryName(path, process.pid);
  active.add(temp);
  try {
    // Created first, so a missing folder, a refused permission or a name too long fail here at
    // once (a streaming writer's own open error would never settle its promise).
    await writeFile(temp, '');
    await write(temp);
    if (stopping) {
      rmSync(temp, { force: true });
      return never();
    }
    // Taken once: a later run in this process (the page, tests) decides afresh.
    if (mustBeNew.delete(resolve(path))) await linkNew(temp, path);
    else await rename(temp, path);
  } catch (err) {
    // The temporary name may itself be what failed (too long): removing it must not hide the cause.
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(path, err);
  } finally {
    active.delete(temp);
  }
}

/** Puts `temp` in place as `path` only if `path` still does not exist (two runs, one new output). */
async function linkNew(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError('file.outputExists', { file: path });
    // File systems without hard links (FAT on a USB stick): the plain rename.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return rename(temp, path);
    throw err;
  }
  await rm(temp, { force: true });
}

/**
 * For a signal handler: stops every write (none is put in place from now on) and removes the
 * temporary files being written; may be called again, as an open still in flight on libuv's
 * threads can create a temporary file once more.
 */
export function stopWriting(): void {
  stopping = true;
  for (const temp of active) rmSync(temp, { force: true });
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
/** Two outputs of one run that resolve to one file: the second would replace the first. A usage error, before anything is written. */
export function guardDistinctOutputs(outputs: readonly string[]): void {
  const seen = new Set<string>();
  for (const output of outputs) {
    const target = canonical(output);
    if (seen.has(target)) throw new UserError('file.sameOutputTwice', { file: output }, 'usage');
    seen.add(target);
  }
}

export function guardOutput(output: string, inputs: readonly string[], force: boolean): void {
  const target = canonical(output);
  if (inputs.some((i) => canonical(i) === target)) throw new UserError('file.outputIsInput', { file: output });
  if (!force && existsSync(output)) throw new UserError('file.outputExists', { file: output });
  if (force) mustBeNew.delete(resolve(output));
  else mustBeNew.add(resolve(output));
}
