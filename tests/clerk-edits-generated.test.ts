import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { editProperty } from './edit-generator.js';
import { ROOT, tempDir } from './helpers.js';

/**
 * Clerks' edits, generated (issue 27; the kinds are in docs/bad-input.md and tests/edit-generator.ts):
 * right figures, or exit 1 naming a cell. 24 grids in the unit loop, EDIT_RUNS in CI; seeds of
 * failures found are kept in tests/edit-corpus.json and run first.
 */

const RUNS = Number(process.env.EDIT_RUNS ?? 24);
const corpus: { seed: number; path?: string }[] = JSON.parse(readFileSync(join(ROOT, 'tests', 'edit-corpus.json'), 'utf8'));

describe('clerks’ edits, generated', () => {
  const dir = tempDir();
  const property = editProperty(dir);
  for (const c of corpus) {
    it(`corpus seed ${c.seed}`, async () => {
      await fc.assert(property, { seed: c.seed, ...(c.path ? { path: c.path } : {}), numRuns: 1 });
    }, 60_000);
  }

  it(`right figures or exit 1 naming a cell, over ${RUNS} generated grids`, async () => {
    await fc.assert(property, { numRuns: RUNS });
  }, 600_000);
});
