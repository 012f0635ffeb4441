import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommonOptions, Context } from '../context.js';
import { say } from '../report.js';
import { check } from './check.js';
import { classify } from './classify.js';
import { initMonth } from './init-month.js';
import { tally } from './tally.js';

/** The whole year on the bundled example: every output a newcomer should see, from one command. */

export interface DemoOptions extends CommonOptions {
  out?: string;
}

export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export async function demo(given: Context, opts: DemoOptions): Promise<number> {
  // The demo folder is the demo's own: re-running it replaces its outputs.
  const ctx = { ...given, force: true };
  const dir = opts.out ?? 'demo-output';
  await mkdir(dir, { recursive: true });
  const yearDir = join(FIXTURES_DIR, '2023');
  const grids = (await readdir(yearDir)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(yearDir, f));
  const common = { rules: opts.rules, lang: opts.lang, force: true, json: false, quiet: opts.quiet };
  const step = (name: string, file: string) => say(ctx, ctx.out.bold(ctx.t('cli.demoStep', { step: name, file })));

  const blank = join(dir, 'thang-01-2023-trong.xlsx');
  step('scoring init-month', blank);
  await initMonth(ctx, { ...common, month: '2023-01', staff: join(FIXTURES_DIR, 'roster.csv'), unit: ctx.rules.unit.name, output: blank });

  const february = grids.find((g) => g.includes('thang-02')) ?? grids[0]!;
  step('scoring check', february);
  const checked = await check(ctx, { ...common, annotate: join(dir, 'thang-02-2023-kiem-tra.xlsx') }, [february]);

  const report = join(dir, 'tong-hop-2023.xlsx');
  step('scoring tally', report);
  const tallied = await tally(ctx, { ...common, output: report }, grids);

  const classification = join(dir, 'xep-loai-2023.xlsx');
  step('scoring classify', classification);
  const classified = await classify(ctx, { ...common, output: classification, staff: join(FIXTURES_DIR, 'roster-cuoi-nam.csv') }, grids);

  say(ctx, ctx.t('cli.demoDone', { dir }));
  return Math.max(checked, tallied, classified);
}
