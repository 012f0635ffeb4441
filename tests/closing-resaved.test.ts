import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithPrograms, SYSTEM_PYTHON } from './clients.js';
import { run, year2026Folder } from './helpers.js';

/**
 * Issue 29's code under real writers: a closed grid opened and saved again by openpyxl and by
 * LibreOffice keeps its check code (verify says so) and still matches the ledger (check passes).
 */

const closedYear = year2026Folder;

async function closeAndCode(dir: string): Promise<string> {
  const r = await run(['close', 'thang-11-2026.xlsx', '--date', '03/12/2026', '--json'], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).closed[0].code;
}

describeWithPrograms('a closed grid re-saved by openpyxl', ['openpyxl'], () => {
  it('keeps its check code and its closed content', async () => {
    const dir = closedYear();
    const code = await closeAndCode(dir);
    const grid = join(dir, 'thang-11-2026.xlsx');
    execFileSync(SYSTEM_PYTHON, ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.save(sys.argv[1])', grid]);
    expect((await run(['verify', grid, '--code', code], { cwd: dir })).code).toBe(0);
    expect((await run(['check', grid], { cwd: dir })).code).toBe(0);
  }, 60_000);
});

describeWithPrograms('a closed grid re-saved by LibreOffice', ['soffice'], () => {
  it('keeps its check code and its closed content', async () => {
    const dir = closedYear();
    const code = await closeAndCode(dir);
    const out = join(dir, 'lo');
    mkdirSync(out);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        out,
        join(dir, 'thang-11-2026.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    copyFileSync(join(out, 'thang-11-2026.xlsx'), join(dir, 'thang-11-2026.xlsx'));
    const grid = join(dir, 'thang-11-2026.xlsx');
    const verified = await run(['verify', grid, '--code', code], { cwd: dir });
    expect(verified.stderr).not.toContain('Lỗi');
    expect(verified.code).toBe(0);
    expect((await run(['check', grid], { cwd: dir })).code).toBe(0);
  }, 180_000);
});
