#!/usr/bin/env node
// npm run bench [-- --size N --runs R]: generates (once) twelve grids of N staff with the real
// template, then measures on the same files, each figure the median of R runs (3 by default):
//   tally      scoring tally, end to end (report written)
//   extract    baseline (b): fflate + saxes, non-empty day cells only
//   exceljs    baseline (c): exceljs Workbook.xlsx.readFile alone
//   init-month scoring init-month for the roster
//   bare       exceljs streaming writer, a bare grid of the same size (35 cells a row, no styles);
//              'bare (4 col)' leaves out the empty day cells, for information
//   help       scoring --help, against node -e ""
//   near read, near write, fused tally: issue 31's floors (see each file), the fused tally's output
//              first checked to be tally --json's, byte for byte
// Rounds are interleaved (every command once per round) so machine noise falls on all alike.
// Wall seconds and peak RSS (every thread of the process) per figure, then the ratios against the
// targets of issue #6. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const bin = join(root, 'bin', 'scoring');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('size', 10000);
const runs = arg('runs', 3);
const work = mkdtempSync(join(tmpdir(), 'scoring-bench-'));

function once(args) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(here, 'peak-rss.cjs'), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { seconds, rssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs every measurement once per round, round after round, so that a slow spell of this shared
 * machine falls on all of them alike instead of on whichever figure was being measured then.
 */
function measureAll(list) {
  const samples = list.map(() => []);
  for (let round = 0; round < runs; round++) for (const [i, [, args]] of list.entries()) samples[i].push(once(args));
  return list.map(([name], i) => {
    const s = samples[i];
    const m = {
      name,
      seconds: median(s.map((x) => x.seconds)),
      rssMiB: median(s.map((x) => x.rssMiB)),
      all: s.map((x) => x.seconds.toFixed(2)).join(' '),
      samples: s.map((x) => x.seconds),
    };
    console.log(`${name.padEnd(12)} ${m.seconds.toFixed(2).padStart(7)} s  ${m.rssMiB.toFixed(0).padStart(5)} MiB   runs: ${m.all}`);
    return m;
  });
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
const started = Date.now();
const data = await generate(size);
console.log(
  `input: 12 grids × ${size} staff in ${data.dir}, ${data.cells} day cells with codes (${((100 * data.cells) / (12 * size * 31)).toFixed(1)}% of all day cells)${Date.now() - started > 1000 ? `, generated in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}`,
);
console.log(`median of ${runs} rounds (each round runs every command once), wall time and peak RSS:\n`);

const report = join(work, 'tong-hop.xlsx');
// The fused tally is a floor of this very job only if it gives this job's output: checked once.
const jsonOf = (args) => spawnSync(process.execPath, args, { cwd: root, maxBuffer: 256 * 1024 * 1024 }).stdout;
const fusedAgrees = jsonOf([join(here, 'fused-tally.mjs'), ...data.files]).equals(jsonOf([bin, 'tally', ...data.files, '--json']));
const [tally, readScore, nearRead, nearWrite, fused, extract, exceljs, init, bare, bareValues, help, node] = measureAll([
  ['tally', [bin, 'tally', ...data.files, '-o', report, '--force']],
  // Issue 31's near-limit baselines: read + score alone (no workbook), and the floors of each half.
  ['tally --json', [bin, 'tally', ...data.files, '--json']],
  ['near read', [join(here, 'near-read.mjs'), ...data.files]],
  ['near write', [join(here, 'near-write.mjs'), join(work, 'near.xlsx'), String(size), String(data.cells)]],
  ['fused tally', [join(here, 'fused-tally.mjs'), ...data.files]],
  ['extract (b)', [join(here, 'baseline-extract.mjs'), ...data.files]],
  ['exceljs (c)', [join(here, 'baseline-exceljs.mjs'), ...data.files]],
  ['init-month', [bin, 'init-month', '--month', '2023-03', '--staff', data.roster, '-o', join(work, 'grid.xlsx'), '--force']],
  ['bare writer', [join(here, 'bare-writer.mjs'), data.roster, join(work, 'bare.xlsx')]],
  ['bare (4 col)', [join(here, 'bare-writer.mjs'), data.roster, join(work, 'bare4.xlsx'), '--values-only']],
  ['--help', [bin, '--help']],
  ['node -e ""', ['-e', '']],
]);

const checks = [
  ['tally / extract (b)', tally.seconds / extract.seconds, '≤ 2.0', tally.seconds / extract.seconds <= 2.0],
  ['tally / exceljs (c)', tally.seconds / exceljs.seconds, '< 1.0', tally.seconds < exceljs.seconds],
  ['tally peak RSS MiB', tally.rssMiB, '≤ 400', tally.rssMiB <= 400],
  ['init-month / bare writer', init.seconds / bare.seconds, '≤ 1.5', init.seconds / bare.seconds <= 1.5],
  ['init-month / bare (4 col)', init.seconds / bareValues.seconds, '(info)', true],
  ['--help / node -e ""', help.seconds / node.seconds, '≤ 2.0', help.seconds / node.seconds <= 2.0],
];
console.log('');
for (const [what, value, target, ok] of checks)
  console.log(`${what.padEnd(26)} ${value.toFixed(2).padStart(7)}   target ${target.padEnd(6)} ${ok ? 'met' : 'MISSED'}`);
// Each ratio the median of its per-round ratios (rounds are interleaved), with its spread: one slow
// round moves the spread, not the verdict.
const ratio = (f) => {
  const xs = tally.samples.map((_, i) => f(i));
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: median(xs), spread: `${sorted[0].toFixed(2)}–${sorted.at(-1).toFixed(2)}` };
};
const s = (m, i) => m.samples[i];
const near = [
  ['read + score / near read', ratio((i) => s(readScore, i) / s(nearRead, i)), 1.5],
  ['write / near write', ratio((i) => (s(tally, i) - s(readScore, i)) / s(nearWrite, i)), 1.3],
  ['tally / near read + write', ratio((i) => s(tally, i) / (s(nearRead, i) + s(nearWrite, i))), 1.5],
];
console.log(
  `\nnear-limit ratios (median of ${runs} interleaved rounds, spread), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}:`,
);
for (const [what, r, target] of near)
  console.log(
    `${what.padEnd(26)} ${r.median.toFixed(2).padStart(7)}   (${r.spread})  target ≤ ${target}  ${r.median <= target ? 'met' : 'MISSED'}`,
  );
const fusedRatio = ratio((i) => s(fused, i) / s(nearRead, i));
console.log(
  fusedAgrees
    ? `${'fused tally / near read'.padEnd(26)} ${fusedRatio.median.toFixed(2).padStart(7)}   (${fusedRatio.spread})  (info: same output, one loop)`
    : "fused tally: its output is not tally --json's on these grids, no ratio",
);
const perRound = (a, b) => a.samples.map((x, i) => (x / b.samples[i]).toFixed(2)).join(' ');
console.log(`\nper round: tally / extract (b) ${perRound(tally, extract)}; init-month / bare writer ${perRound(init, bare)}`);
rmSync(work, { recursive: true, force: true });
