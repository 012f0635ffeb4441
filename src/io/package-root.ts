import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's folder (where fixtures/ and dist/scoring.html are), found by walking up
 * to its package.json: the same whether the code runs bundled (dist/scoring.mjs), as compiled
 * modules (dist/cli/…) or from source under the tests.
 */
export function packageRoot(from: string = import.meta.url): string {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'scoring') return dir;
    if (dirname(dir) === dir) throw new Error('the scoring package folder was not found');
  }
}
