import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The unit's rulebook file, found the way linters find their configuration. */
const RULEBOOK_FILE_NAME = 'quy-che.json';

/** The nearest quy-che.json from `start` up to the root of the file system. */
export function findRulebookFile(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, RULEBOOK_FILE_NAME);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // An unreadable folder on the way up is no rulebook.
    }
    if (dirname(dir) === dir) return undefined;
  }
}
