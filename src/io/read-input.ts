import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/problems.js';
import { readError } from './system-errors.js';

/** Reads the file's bytes, turning file-system failures into user errors. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError('file.isDirectory', { file });
    if (info.size === 0) throw new UserError('file.empty', { file });
    return await readFile(file);
  } catch (err) {
    throw readError(file, err);
  }
}
