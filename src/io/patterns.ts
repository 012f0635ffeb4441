import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../core/problems.js';

/**
 * File patterns (`thang-*-2026.xlsx`, `thang-0?-2026.xlsx`, `thang-0[123]-2026.xlsx`) expanded by the
 * tool itself: PowerShell and cmd pass them on as typed, so the same command works in every shell.
 * Patterns stand in the file name, not in folder names; a name that exists as typed is taken as
 * it is. A pattern that matches nothing is an error naming it.
 */

const SPECIAL = /[*?[]/u;

function patternToRegExp(pattern: string, caseless: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/u, '^')
          .replace(/\\/gu, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\\]]/gu, '\\$&');
  }
  return new RegExp(`^${re}$`, caseless ? 'iu' : 'u');
}

export function expandPatterns(args: readonly string[], platform: NodeJS.Platform = process.platform): string[] {
  return args.flatMap((arg) => {
    if (!SPECIAL.test(basename(arg)) || existsSync(arg)) return [arg];
    const folder = dirname(arg);
    const re = patternToRegExp(basename(arg), platform === 'win32' || platform === 'darwin');
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // A folder that does not exist matches nothing.
    }
    const matched = names.filter((n) => re.test(n) && !n.startsWith('.')).sort();
    if (matched.length === 0) throw new UserError('usage.noMatch', { pattern: arg });
    return matched.map((n) => (folder === '.' && !/^\.[\\/]/u.test(arg) ? n : join(folder, n)));
  });
}
