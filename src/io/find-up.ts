import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest file called `name` from `start` up to the root of the file system (quy-che.json, so-chot.json). */
export function findUp(name: string, start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // An unreadable folder on the way up is no rulebook.
    }
    if (dirname(dir) === dir) return undefined;
  }
}
