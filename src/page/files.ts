import { UserError } from '../core/problems.js';

/**
 * The page's files: what the clerk opened, by name. In the page bundle this module stands in for
 * io/read-input.ts (see build-page.mjs), so the readers open a dropped file by its name exactly as
 * the command line opens a path.
 */

const opened = new Map<string, Uint8Array>();

export function putFile(name: string, bytes: Uint8Array): void {
  opened.set(name, bytes);
}

export async function readInputFile(file: string): Promise<Uint8Array> {
  const bytes = opened.get(file);
  if (!bytes) throw new UserError('file.notFound', { file });
  if (bytes.length === 0) throw new UserError('file.empty', { file });
  return bytes;
}
