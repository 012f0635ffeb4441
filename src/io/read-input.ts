import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/problems.js';

function errnoOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** Reads the file's bytes, turning file-system failures into user errors. */
export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError('file.isDirectory', { file });
    if (info.size === 0) throw new UserError('file.empty', { file });
    return await readFile(file);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = errnoOf(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('file.notFound', { file });
    if (code === 'EACCES' || code === 'EPERM') throw new UserError('file.notReadable', { file });
    if (code === 'EISDIR') throw new UserError('file.isDirectory', { file });
    throw new UserError('file.corrupt', { file, detail: code ?? String(err) });
  }
}
