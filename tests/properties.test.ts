import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCodeIndex, parseCellText } from '../src/core/grammar.js';
import { parseGrid } from '../src/core/grid.js';
import { UserError } from '../src/core/problems.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { readGridFile } from '../src/xlsx/read/grid-reader.js';
import { dayCell, tempDir, writeGrid } from './helpers.js';

const rules = defaultRulebook();
const index = buildCodeIndex(rules);

describe('properties', () => {
  it('the cell grammar never throws, and every token it returns is a rulebook code', () => {
    const codes = new Set([...rules.deductionCodes, ...rules.neutralCodes].map((c) => c.code));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const r = parseCellText(text, index);
        for (const t of r.tokens) expect(codes.has(t.code)).toBe(true);
        for (const t of r.tokens) expect(t.count).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 20231 },
    );
  });

  it('codes joined by any separator read back as those codes', () => {
    // No two of these cover the same session, so any mix of them is a valid cell.
    const code = fc.constantFrom('VS', 'VC', 'M', 'B', 'H', 'P', 'Ô', 'ct');
    const sep = fc.constantFrom(',', ';', '+', ' ', '\n', ' , ');
    fc.assert(
      fc.property(fc.array(fc.tuple(code, sep), { minLength: 1, maxLength: 3 }), (parts) => {
        const distinct = [...new Set(parts.map(([c]) => c))];
        const text = distinct.map((c, i) => `${c}${i < distinct.length - 1 ? parts[i]![1] : ''}`).join('');
        const r = parseCellText(text, index);
        expect(r.issues).toEqual([]);
        expect(r.tokens.map((t) => t.code)).toEqual(distinct.map((c) => c.toUpperCase()));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  describe('random corruption of a valid grid', () => {
    let bytes: Buffer;
    let dir: string;
    beforeAll(async () => {
      dir = tempDir();
      bytes = readFileSync(await writeGrid(dir, 'base.xlsx', { cells: { [dayCell(0, 1)]: 'M' } }));
    });

    it('never crashes the reader: it parses or answers with a UserError', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
          const copy = Buffer.from(bytes);
          for (const [at, value] of flips) copy[at % copy.length] = value;
          const path = join(dir, 'corrupt.xlsx');
          writeFileSync(path, copy);
          try {
            const m = parseGrid(await readGridFile(path), rules);
            expect(Array.isArray(m.problems)).toBe(true);
          } catch (err) {
            expect(err).toBeInstanceOf(UserError);
          }
        }),
        { numRuns: 60, seed: 42 },
      );
    });
  });
});
