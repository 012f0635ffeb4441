import { dirname } from 'node:path';
import { UserError } from '../core/problems.js';
import type { MessageKey } from '../i18n/messages.js';

/**
 * What the operating system said, in words a clerk can act on: each code a user can cause becomes
 * one sentence naming the file and saying what to do. Anything else keeps its code as a detail.
 */
const WRITE: Readonly<Record<string, MessageKey>> = {
  ENOSPC: 'file.diskFull',
  EDQUOT: 'file.diskFull',
  EACCES: 'file.noWritePermission',
  EPERM: 'file.noWritePermission',
  EROFS: 'file.readOnlyFolder',
  EBUSY: 'file.locked',
  ETXTBSY: 'file.locked',
  ENAMETOOLONG: 'file.pathTooLong',
  ENOENT: 'file.folderMissing',
  ENOTDIR: 'file.folderMissing',
};

const READ: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'file.notFound',
  ENOTDIR: 'file.notFound',
  EACCES: 'file.notReadable',
  EPERM: 'file.notReadable',
  EISDIR: 'file.isDirectory',
  EBUSY: 'file.locked',
  ENAMETOOLONG: 'file.pathTooLong',
};

function codeOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

export function writeError(file: string, err: unknown): UserError {
  if (err instanceof UserError) return err;
  const code = codeOf(err);
  const key = code ? WRITE[code] : undefined;
  return key
    ? new UserError(key, { file, folder: dirname(file) })
    : new UserError('file.writeFailed', { file, detail: code ?? String(err) });
}

export function readError(file: string, err: unknown): UserError {
  if (err instanceof UserError) return err;
  const code = codeOf(err);
  const key = code ? READ[code] : undefined;
  return key
    ? new UserError(key, { file, folder: dirname(file) })
    : new UserError('file.readFailed', { file, detail: code ?? String(err) });
}
