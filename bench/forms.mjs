#!/usr/bin/env node
// npm run bench:forms [-- --sizes 100,300,1000]: Mẫu số 01 for a year (four quarters and the year
// page per person) at several sizes, to show the forms grow linearly with the people (issue 31:
// 1,000 people once took over 300 s). Grids are made once per size with the real template under the
// Nghị định 335 preset (leader's points in each quarter's last grid), cached in bench/data/forms-N/.
// Prints seconds, seconds per 100 people and peak RSS; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../dist/io/node-runtime.js';
import { PRESETS } from '../dist/core/rulebook.js';
import { buildGridWorkbook, GRID_COLUMNS, GRID_HEADER_ROW } from '../dist/xlsx/write/grid-writer.js';
import { saveWorkbook } from '../dist/xlsx/write/save.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'bin', 'scoring');
const i = process.argv.indexOf('--sizes');
const sizes = (i > 0 ? process.argv[i + 1] : '100,300,1000').split(',').map(Number);
const rules = PRESETS['nd335-2025']();

async function grids(size) {
  const dir = join(here, 'data', `forms-${size}`);
  const files = Array.from({ length: 12 }, (_, m) => join(dir, `thang-${String(m + 1).padStart(2, '0')}-2026.xlsx`));
  if (files.every(existsSync)) return files;
  mkdirSync(dir, { recursive: true });
  const staff = Array.from({ length: size }, (_, k) => ({ id: `F${k + 1}`, name: `Người Số ${k + 1}`, position: 'Công chức' }));
  for (let month = 1; month <= 12; month++) {
    const wb = await buildGridWorkbook({ ym: { year: 2026, month }, unit: 'ỦY BAN NHÂN DÂN XÃ THỬ', rules, staff });
    const ws = wb.worksheets[0];
    staff.forEach((_, k) => {
      const row = GRID_HEADER_ROW + 1 + k;
      // A deduction for one person in seven, on the month's second day column.
      if (k % 7 === 0) ws.getCell(row, GRID_COLUMNS.firstDay + 1).value = 'M';
      if (month % 3 === 0) {
        ws.getCell(row, GRID_COLUMNS.firstDay + 31).value = 20;
        ws.getCell(row, GRID_COLUMNS.firstDay + 32).value = 60;
      }
    });
    await saveWorkbook(wb, files[month - 1]);
  }
  return files;
}

console.log(`forms --period 2026 (four quarters + the year page per person), node ${process.version}`);
for (const size of sizes) {
  const files = await grids(size);
  const out = join(here, 'data', `forms-${size}.xlsx`);
  const rss = join(here, 'data', 'rss');
  /** Runs the binary with `args`, returning wall seconds and peak RSS in MiB. */
  const measure = (args) => {
    rmSync(rss, { force: true });
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', join(here, 'peak-rss.cjs'), bin, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rss, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0) throw new Error(`${args[0]} for ${size} exited ${r.status}: ${r.stderr}`);
    return { seconds, mib: Number(readFileSync(rss, 'utf8')) / 1024 };
  };
  const { seconds, mib } = measure(['forms', ...files, '--period', '2026', '--force', '-o', out]);
  // Issue 31: the forms of a year within 2 × the report of the same year.
  const tally = measure(['tally', ...files, '--date', '31/12/2026', '--force', '-o', join(here, 'data', `tally-${size}.xlsx`)]);
  console.log(
    `${String(size).padStart(6)} people  ${seconds.toFixed(2).padStart(7)} s  ${((seconds * 100) / size).toFixed(2).padStart(6)} s per 100  ${mib.toFixed(0).padStart(5)} MiB   tally ${tally.seconds.toFixed(2)} s: forms / tally ${(seconds / tally.seconds).toFixed(1)} (target ≤ 2)`,
  );
}
