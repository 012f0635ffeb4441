import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { temporaryPrefix } from '../src/io/atomic-write.js';
import { BIN, ROOT, tempDir } from './helpers.js';

/** Interrupted runs leave nothing behind: Ctrl-C and SIGTERM clean up; a killed run's leftovers go at the next run. */

let files: string[];
const TEMP = (output: string) => new RegExp(`^${temporaryPrefix(output).replace(/\./gu, '\\.')}\\d+\\.[0-9a-f]+\\.tmp$`, 'u');

beforeAll(async () => {
  // @ts-expect-error: a plain .mjs script without types
  const { generate } = await import('../bench/generate.mjs');
  // 1,500 staff: the report takes long enough to write that the signal arrives while it is written.
  files = ((await generate(1500, join(tempDir(), 'data'))) as { files: string[] }).files;
}, 120_000);

/** Runs tally and sends `signal` as soon as its temporary output appears. */
function interruptWhileWriting(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; sawTemp: boolean; dir: string }> {
  const dir = tempDir();
  const child = spawn(process.execPath, [BIN, 'tally', ...files, '-o', join(dir, 'out.xlsx')], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  let sawTemp = false;
  const poll = setInterval(() => {
    if (!sawTemp && readdirSync(dir).some((n) => TEMP('out.xlsx').test(n))) {
      sawTemp = true;
      child.kill(signal);
    }
  }, 2);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, sawTemp, dir });
    }),
  );
}

describe('an interrupted tally', () => {
  for (const [signal, exit] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} while writing removes the temporary file, exits ${exit} and says nothing was written`, async () => {
      const r = await interruptWhileWriting(signal);
      expect(r.sawTemp).toBe(true);
      expect(r.code).toBe(exit);
      expect(r.stderr.trim().split('\n').at(-1)).toBe('Đã dừng theo yêu cầu; không ghi file nào.');
      expect(readdirSync(r.dir)).toEqual([]);
    });
  }

  it('a later run removes what a killed run left, but not the files of a run still going', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `${temporaryPrefix('out.xlsx')}${dead}.0badc0de.tmp`;
    const live = `${temporaryPrefix('out.xlsx')}${process.pid}.0badc0de.tmp`;
    writeFileSync(join(dir, stale), 'half a workbook');
    writeFileSync(join(dir, live), 'being written');
    const grids = readdirSync(join(ROOT, 'fixtures', '2023'))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(ROOT, 'fixtures', '2023', f));
    const r = spawnSync(process.execPath, [BIN, 'tally', ...grids, '-o', join(dir, 'out.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, stale))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([live, 'out.xlsx'].sort());
  });
});
