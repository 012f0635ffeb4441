import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../core/problems.js';
import type { CommonOptions, Context } from '../context.js';
import { loadRulebook } from '../rulebook-source.js';
import { say } from '../report.js';
import { check } from './check.js';
import { classify } from './classify.js';
import { initMonth } from './init-month.js';
import { tally } from './tally.js';

/** The whole year on the bundled example: every output a newcomer should see, from one command. */

export interface DemoOptions extends CommonOptions {
  out?: string;
  year?: string;
}

/** The bundled example years: 2023 under the source plan, 2026 (January–October) under Nghị định 335/2025. */
const DEMO_YEARS = ['2023', '2026'] as const;

export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export async function demo(given: Context, opts: DemoOptions): Promise<number> {
  const year = opts.year ?? '2023';
  if (!(DEMO_YEARS as readonly string[]).includes(year)) throw new UserError('usage.demoYear', { year, years: DEMO_YEARS.join(', ') }, 2);
  // The demo folder is the demo's own: re-running it replaces its outputs.
  const dir = opts.out ?? 'demo-output';
  await mkdir(dir, { recursive: true });
  const yearDir = join(FIXTURES_DIR, year);
  // 2026 runs under the Nghị định 335/2025 rulebook the fixtures were made with, unless --rules says otherwise.
  const rulesFile = year === '2026' && !opts.rules ? join(yearDir, 'quy-che-nd335.json') : opts.rules;
  const ctx: Context = rulesFile === opts.rules ? { ...given, force: true } : { ...given, force: true, rules: await loadRulebook(rulesFile!), origin: { kind: 'option', file: rulesFile! } };
  const grids = (await readdir(yearDir)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(yearDir, f));
  const common = { rules: rulesFile, lang: opts.lang, force: true, json: false, quiet: opts.quiet };
  const step = (name: string, file: string) => say(ctx, ctx.out.bold(ctx.t('cli.demoStep', { step: name, file })));
  const results: number[] = [];

  if (year === '2023') {
    const blank = join(dir, 'thang-01-2023-trong.xlsx');
    step('scoring init-month', blank);
    results.push(await initMonth(ctx, { ...common, month: '2023-01', staff: join(FIXTURES_DIR, 'roster.csv'), unit: ctx.rules.unit.name, output: blank }));
  } else {
    // Next month's grid from the last grid of the year: the staff list carries over.
    const next = join(dir, 'thang-11-2026-trong.xlsx');
    step('scoring init-month', next);
    results.push(await initMonth(ctx, { ...common, month: '2026-11', staff: grids[grids.length - 1]!, output: next }));
  }

  // February has the 2023 example's contradictions; June 2026 the quarter left unevaluated (checked
  // with April and May, so the second quarter's discipline points are whole; the first file is annotated).
  const checked = grids.find((g) => g.includes(year === '2023' ? 'thang-02' : 'thang-06')) ?? grids[0]!;
  step('scoring check', checked);
  const annotated = join(dir, `${basename(checked, '.xlsx')}-kiem-tra.xlsx`);
  results.push(await check(ctx, { ...common, annotate: annotated }, year === '2023' ? [checked] : [checked, ...grids.filter((g) => /thang-0[45]/u.test(g))]));

  const report = join(dir, `tong-hop-${year}.xlsx`);
  step('scoring tally', report);
  results.push(await tally(ctx, { ...common, output: report }, grids));

  const classification = join(dir, `xep-loai-${year}.xlsx`);
  step('scoring classify', classification);
  const partial = year === '2026' ? { allowMissingMonths: true, allowMissingEvaluations: true } : {};
  results.push(await classify(ctx, { ...common, ...partial, output: classification, staff: join(FIXTURES_DIR, year === '2023' ? 'roster-cuoi-nam.csv' : 'roster.csv') }, grids));

  if (year === '2026') {
    // Nghị định 335/2025's form for each person, for the last complete quarter of the example.
    const forms = join(dir, 'phieu-danh-gia-Q3-2026.xlsx');
    step('scoring forms', forms);
    const { forms: makeForms } = await import('./forms.js');
    results.push(await makeForms(ctx, { ...common, output: forms }, grids));
  }

  say(ctx, ctx.t('cli.demoDone', { dir }));
  return Math.max(...results);
}
