import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/problems.js';
import { readError } from './system-errors.js';

/**
 * Reads the file's bytes, turning file-system failures into user errors. Read at once, not through
 * fs/promises: that read a grid in 512 KiB pieces, each a round trip through the thread pool, and
 * the main thread waited through every one (a run of twelve grids sat idle 27–50 ms).
 */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new UserError('file.isDirectory', { file });
    if (info.size === 0) throw new UserError('file.empty', { file });
    return readFileSync(file);
  } catch (err) {
    throw readError(file, err);
  }
}
