import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitColumns, renderTable } from '../src/cli/terminal-table.js';
import { describeWithPrograms } from './clients.js';
import { BIN, ROOT, run, tempDir } from './helpers.js';

/** Terminal output fits the terminal: at 80 and 120 columns no line is wider; piped output keeps whole rows. */

const GRIDS = Array.from({ length: 12 }, (_, i) => join(ROOT, 'fixtures', '2023', `thang-${String(i + 1).padStart(2, '0')}-2023.xlsx`));
const width = (line: string) => [...line.normalize('NFC')].length;
const widest = (text: string) => Math.max(...text.split(/\r?\n/u).map(width));

describe('tables that fit', () => {
  const head = ['TT', 'Họ và tên', 'Tổng điểm năm', 'Ghi chú'];
  const rows = [[1, 'Nguyễn Thành Chân', 1200, 'Bị kỷ luật (Khiển trách, 15/11/2023): xếp KHTNV theo khoản 5 Điều 2 NĐ 90/2020']];

  it('a table wider than the screen wraps its long texts at word boundaries', () => {
    const text = renderTable(head, rows, 60)!;
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toContain('Nguyễn Thành Chân');
    expect(text.split('\n').some((l) => l.includes('Khiển'))).toBe(true);
  });

  it('headers give way before names do', () => {
    // 60 columns: the note wraps and "Tổng điểm năm" goes onto two lines, while the name stays whole.
    const widths = fitColumns(head, rows, 60)!;
    expect(widths[1]).toBe('Nguyễn Thành Chân'.length);
    expect(widths[2]).toBeLessThan('Tổng điểm năm'.length);
  });

  it('a table that cannot fit says so, and without a limit rows stay whole', () => {
    expect(renderTable(head, rows, 20)).toBeUndefined();
    const whole = renderTable(head, rows, undefined)!;
    expect(
      whole.split('\n').some((l) => l.includes('Bị kỷ luật (Khiển trách, 15/11/2023): xếp KHTNV theo khoản 5 Điều 2 NĐ 90/2020')),
    ).toBe(true);
  });
});

/** Runs the CLI on a pseudo-terminal of `columns` columns (util-linux `script`). */
function onTerminal(args: string[], columns: number, cwd: string): Promise<string> {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/gu, "'\\''")}'`).join(' ');
  return new Promise((resolve, reject) => {
    execFile(
      'script',
      ['-qec', `stty cols ${columns} 2>/dev/null; ${command}`, '/dev/null'],
      { cwd, env: { ...process.env, NO_COLOR: '1', COLUMNS: String(columns) }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout) => {
        if (err && (err as { code?: number }).code !== 0) reject(err);
        else resolve(stdout.replace(/\r/gu, ''));
      },
    );
  });
}

describeWithPrograms('commands on a terminal of 80 and 120 columns', ['script'], () => {
  for (const columns of [80, 120]) {
    it(`tally and classify at ${columns} columns: no line wider than the terminal`, async () => {
      const dir = tempDir();
      const tally = await onTerminal(['tally', ...GRIDS, '-o', join(dir, 't.xlsx')], columns, dir);
      expect(tally).toContain('Nguyễn Thành Chân');
      expect(widest(tally)).toBeLessThanOrEqual(columns);
      const classify = await onTerminal(
        ['classify', ...GRIDS, '--staff', join(ROOT, 'fixtures', 'roster-cuoi-nam.csv'), '-o', join(dir, 'x.xlsx')],
        columns,
        dir,
      );
      expect(classify).toContain('HTXSNV');
      expect(widest(classify)).toBeLessThanOrEqual(columns);
      if (columns === 80) expect(tally).toContain('bảng gộp theo quý');
    });
  }

  it('piped output keeps whole rows: every month in one line', async () => {
    const dir = tempDir();
    const r = await run(['tally', ...GRIDS, '-o', join(dir, 't.xlsx')]);
    const header = r.stdout.split('\n').find((l) => l.includes('T12'))!;
    expect(header).toContain('T1 ');
    expect(header).toContain('Tổng điểm năm');
  });
});

/** What a process prints and how it ends. */
function spawned(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout, stderr }),
    );
  });
}

describe('the binary', () => {
  // bin/scoring prints help and the version from a bundle without the commands (help-main.ts).
  const FULL = join(ROOT, 'dist', 'bin', 'main.js');
  for (const args of [[], ['--help'], ['-h'], ['help'], ['-V'], ['--lang', 'en', '--help'], ['--lang=en'], ['tally', '--help']]) {
    it(`scoring ${args.join(' ')}: prints what the full program prints`, async () => {
      const [small, full] = await Promise.all([spawned([BIN, ...args]), spawned([FULL, ...args])]);
      expect(small).toEqual(full);
      // Something was said: help, the version, or commander's word on a usage it does not know.
      expect(small.stdout + small.stderr).toMatch(args.includes('-V') ? /^\d+\.\d+\.\d+\n$/u : /scoring|--lang/u);
    });
  }
  it('runs a command through the full program', async () => {
    const r = await spawned([BIN, 'tally', ...GRIDS, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).staff.length).toBeGreaterThan(0);
  });
});
