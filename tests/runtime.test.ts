import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runtime } from '../src/io/runtime.js';
import { pageRuntime } from '../src/page/page-runtime.js';
import { dayCell, run, tempDir, writeGrid } from './helpers.js';

/**
 * The runtime port (src/io/runtime.ts): the page's implementation inflates as Node's does and
 * stops as soon as a part passes its declared size; check --annotate of several grids writes a
 * copy of each grid with problems, named after it.
 */

describe('the runtime port', () => {
  it('inflates on the page as Node does', () => {
    const text = new TextEncoder().encode('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(5000));
    const packed = deflateRawSync(text);
    const node = runtime().inflateRaw(packed, text.length);
    const page = pageRuntime.inflateRaw(packed, text.length);
    expect(Buffer.from(page).equals(Buffer.from(text))).toBe(true);
    expect(Buffer.from(node).equals(Buffer.from(text))).toBe(true);
  });

  it('stops a part that inflates past its declared size, on the page as on Node', () => {
    // 256 MiB of zeros is a quarter of a megabyte packed: declared as 1,000 bytes it must never be inflated whole.
    const bomb = deflateRawSync(new Uint8Array(256 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    for (const r of [runtime(), pageRuntime]) {
      let code: string | undefined;
      try {
        r.inflateRaw(bomb, 1000);
      } catch (err) {
        code = (err as { code?: string }).code;
      }
      expect(code).toBe('ERR_BUFFER_TOO_LARGE');
    }
  });
});

describe('check --annotate of several grids', () => {
  it('writes a copy of each grid with problems, named after it, and none of a clean one', async () => {
    const dir = tempDir();
    const clean = await writeGrid(dir, 'thang-04-2026.xlsx', { year: 2026, month: 4 });
    const wrong = await writeGrid(dir, 'thang-05-2026.xlsx', { year: 2026, month: 5, cells: { [dayCell(0, 4)]: 'X' } });
    const r = await run(['check', clean, wrong, '--annotate', join(dir, 'kiem-tra.xlsx')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(dir).filter((f) => f.startsWith('kiem-tra'))).toEqual(['kiem-tra-thang-05-2026.xlsx']);
    expect(existsSync(join(dir, 'kiem-tra.xlsx'))).toBe(false);
  });
});
