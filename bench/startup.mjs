#!/usr/bin/env node
// npm run bench:startup [-- --rounds N]: a commune's commands against `node -e 0` (issue 31's light
// start: each ≤ 5 ×). The 2026 example (12 grids × 12 people), its rulebook given, in a folder of
// its own. Rounds are interleaved (every command once per round, node -e 0 first) so machine noise
// falls on all alike; each ratio is the median of the per-round ratios, with its spread (min–max),
// and the machine's load is printed. `--json` runs write no workbook; the `+ workbook` rows show
// what loading exceljs and writing the document add. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'scoring');
const i = process.argv.indexOf('--rounds');
const rounds = i > 0 ? Number(process.argv[i + 1]) : 9;
const work = mkdtempSync(join(tmpdir(), 'scoring-startup-'));
const fixtures = join(root, 'fixtures', '2026');
const grids = readdirSync(fixtures).filter((f) => f.endsWith('.xlsx'));
for (const f of grids) copyFileSync(join(fixtures, f), join(work, f));
copyFileSync(join(fixtures, 'quy-che-nd335.json'), join(work, 'quy-che.json'));

const COMMANDS = {
  'node -e 0': ['-e', '0'],
  'tally --json': [bin, 'tally', ...grids, '--date', '10/12/2026', '--json'],
  'classify --json': [bin, 'classify', ...grids, '--date', '10/12/2026', '--allow-missing-evaluations', '--json'],
  'forms --json': [bin, 'forms', ...grids, '--date', '10/12/2026', '--json'],
  'tally + workbook': [bin, 'tally', ...grids, '--date', '10/12/2026', '--force', '-o', 'r.xlsx'],
  'classify + workbook': [bin, 'classify', ...grids, '--date', '10/12/2026', '--allow-missing-evaluations', '--force', '-o', 'x.xlsx'],
  'forms + workbook': [bin, 'forms', ...grids, '--date', '10/12/2026', '--force', '-o', 'f.xlsx'],
};

function seconds(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const times = Object.fromEntries(Object.keys(COMMANDS).map((k) => [k, []]));
for (let round = 0; round < rounds; round++) for (const [name, args] of Object.entries(COMMANDS)) times[name].push(seconds(args));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = times['node -e 0'];
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; node ${process.version}; ${rounds} rounds`,
);
console.log('command               median s   ratio to node -e 0 (median, min–max of rounds)');
for (const [name, xs] of Object.entries(times)) {
  const ratios = xs.map((x, r) => x / base[r]);
  const spread = `${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}`;
  console.log(`${name.padEnd(22)}${median(xs).toFixed(3).padStart(7)}   ${median(ratios).toFixed(1).padStart(5)} × (${spread})`);
}
rmSync(work, { recursive: true, force: true });
