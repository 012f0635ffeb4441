#!/usr/bin/env node
// npm run bench:scaling [-- --sizes 100,1000,10000]: every writer at several sizes, to show each
// grows linearly with the people (issue 31: the forms of 1,000 people once took over 300 s). One
// year of grids per size, made once with the real template under the Nghị định 335 preset (a
// deduction for one person in seven, the leader's points in each quarter's last grid, every other
// Mã of digits), cached in bench/data/year-N/. Each writer is run once per size: the grid
// (init-month), the checked copy (check --annotate), the report (tally), the classification, Mẫu
// số 01 for the year (forms) and the closing documents (close). Prints seconds, seconds per 100
// people and peak RSS, and the forms against the report of the same year (target ≤ 2); asserts
// nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../dist/io/node-runtime.js';
import { PRESETS } from '../dist/core/rulebook.js';
import { buildGridWorkbook, GRID_COLUMNS, GRID_HEADER_ROW } from '../dist/xlsx/write/grid-writer.js';
import { saveWorkbook } from '../dist/xlsx/write/save.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'bin', 'scoring');
const i = process.argv.indexOf('--sizes');
const sizes = (i > 0 ? process.argv[i + 1] : '100,1000,10000').split(',').map(Number);
const rules = PRESETS['nd335-2025']();

async function grids(size) {
  const dir = join(here, 'data', `year-${size}`);
  const files = Array.from({ length: 12 }, (_, m) => join(dir, `thang-${String(m + 1).padStart(2, '0')}-2026.xlsx`));
  if (files.every(existsSync)) return files;
  mkdirSync(dir, { recursive: true });
  // Every other Mã is digits, as many units number their staff: the zero-padding check must stay a lookup.
  const staff = Array.from({ length: size }, (_, k) => ({
    id: k % 2 === 0 ? String(k + 1) : `F${k + 1}`,
    name: `Người Số ${k + 1}`,
    position: 'Công chức',
  }));
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

const work = mkdtempSync(join(tmpdir(), 'scoring-scaling-'));
const rss = join(work, 'rss');
/** Runs the binary with `args`, returning wall seconds and peak RSS in MiB. */
function measure(args) {
  rmSync(rss, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(here, 'peak-rss.cjs'), bin, ...args], {
    cwd: work,
    env: { ...process.env, BENCH_RSS_FILE: rss, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, mib: Number(readFileSync(rss, 'utf8')) / 1024 };
}

console.log(`every writer, one year of grids per size; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log('writer (command)            people   seconds  s per 100   peak MiB');
for (const size of sizes) {
  const files = await grids(size);
  const out = (name) => join(work, `${size}-${name}`);
  const report = out('tong-hop.xlsx');
  const runs = [
    ['grid (init-month)', ['init-month', '--month', '2027-01', '--staff', files[11], '-o', out('grid.xlsx'), '--force']],
    ['checked copy (check)', ['check', files[2], '--annotate', out('kiem-tra.xlsx'), '--force']],
    ['report (tally)', ['tally', ...files, '--date', '31/12/2026', '--force', '-o', report]],
    ['classification', ['classify', report, '--date', '31/12/2026', '--allow-missing-evaluations', '--force', '-o', out('xep-loai.xlsx')]],
    ['forms --period 2026', ['forms', ...files, '--period', '2026', '--force', '-o', out('mau-01.xlsx')]],
    ['closing (close)', ['close', files[10], '--date', '03/12/2026', '--ledger', out('so-chot.json'), '-o', out('chot.xlsx'), '--force']],
  ];
  const seconds = {};
  for (const [name, args] of runs) {
    rmSync(out('so-chot.json'), { force: true });
    const m = measure(args);
    seconds[name] = m.seconds;
    console.log(
      `${name.padEnd(26)} ${String(size).padStart(7)} ${m.seconds.toFixed(2).padStart(9)} ${((m.seconds * 100) / size).toFixed(3).padStart(10)} ${m.mib.toFixed(0).padStart(10)}`,
    );
  }
  // Issue 31: the forms of a year within 2 × the report of the same year.
  const ratio = seconds['forms --period 2026'] / seconds['report (tally)'];
  console.log(`  forms / tally of the same year at ${size}: ${ratio.toFixed(2)} (target ≤ 2) ${ratio <= 2 ? 'met' : 'MISSED'}`);
}
console.log(
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
rmSync(work, { recursive: true, force: true });
