import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from '../../core/problems.js';
import { commonOptions, defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { OPTION_DEFAULTS } from '../defaults.js';
import { perform } from '../plan.js';
import { loadRulebook } from '../rulebook-source.js';
import { say } from '../terminal-output.js';
import check from './check.js';
import classify from './classify.js';
import initMonth from './init-month.js';
import tally from './tally.js';

/** `scoring demo`: the whole year on the bundled example, every output a newcomer should see, from one command. */

/** The bundled example years: 2023 under the source plan, 2026 (January–October) under Nghị định 335/2025. */
const DEMO_YEARS = ['2023', '2026'] as const;

const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export default defineCommand({
  options: commonOptions.extend({
    out: z.string().default(OPTION_DEFAULTS.demoOut),
    year: z.string().default(OPTION_DEFAULTS.demoYear),
  }),

  async plan(given, opts) {
    const year = opts.year;
    if (!(DEMO_YEARS as readonly string[]).includes(year))
      throw new UserError('usage.demoYear', { year, years: DEMO_YEARS.join(', ') }, 'usage');
    // The demo folder is the demo's own: re-running it replaces its outputs.
    const dir = opts.out;
    await mkdir(dir, { recursive: true });
    const yearDir = join(FIXTURES_DIR, year);
    // 2026 runs under the Nghị định 335/2025 rulebook the fixtures were made with, unless --rules says otherwise.
    const rulesFile = year === '2026' && !opts.rules ? join(yearDir, 'quy-che-nd335.json') : opts.rules;
    const ctx: Context =
      rulesFile === opts.rules
        ? { ...given, force: true }
        : { ...given, force: true, rules: await loadRulebook(rulesFile!), origin: { kind: 'option', file: rulesFile! } };
    const grids = (await readdir(yearDir))
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => join(yearDir, f));
    const common = { rules: rulesFile, lang: opts.lang, force: true, json: false, quiet: opts.quiet };
    let failed = false;
    // Each step is a command of its own, planned and performed as the command line would.
    const step = async (name: string, file: string, run: () => Promise<import('../plan.js').CommandPlan>) => {
      say(ctx, ctx.out.bold(ctx.t('cli.demoStep', { step: name, file })));
      if ((await perform(ctx, await run())).kind !== 'done') failed = true;
    };

    if (year === '2023') {
      const blank = join(dir, 'thang-01-2023-trong.xlsx');
      const staff = join(FIXTURES_DIR, 'roster.csv');
      await step('scoring init-month', blank, () =>
        initMonth.plan(ctx, { ...common, month: '2023-01', staff, unit: ctx.rules.unit.name, output: blank }, []),
      );
    } else {
      // Next month's grid from the last grid of the year: the staff list carries over.
      const next = join(dir, 'thang-11-2026-trong.xlsx');
      await step('scoring init-month', next, () =>
        initMonth.plan(ctx, { ...common, month: '2026-11', staff: grids[grids.length - 1]!, output: next }, []),
      );
    }

    // February has the 2023 example's contradictions; June 2026 the quarter left unevaluated (checked
    // with April and May, so the second quarter's discipline points are whole; the first file is annotated).
    const checked = grids.find((g) => g.includes(year === '2023' ? 'thang-02' : 'thang-06')) ?? grids[0]!;
    const annotated = join(dir, `${basename(checked, '.xlsx')}-kiem-tra.xlsx`);
    const checkedFiles = year === '2023' ? [checked] : [checked, ...grids.filter((g) => /thang-0[45]/u.test(g))];
    await step('scoring check', checked, () => check.plan(ctx, { ...common, annotate: annotated }, checkedFiles));

    const report = join(dir, `tong-hop-${year}.xlsx`);
    await step('scoring tally', report, () => tally.plan(ctx, { ...common, output: report }, grids));

    const classification = join(dir, `xep-loai-${year}.xlsx`);
    const partial = year === '2026' ? { allowMissingMonths: true, allowMissingEvaluations: true } : {};
    const roster = join(FIXTURES_DIR, year === '2023' ? 'roster-cuoi-nam.csv' : 'roster.csv');
    await step('scoring classify', classification, () =>
      classify.plan(ctx, { ...common, ...partial, output: classification, staff: roster }, grids),
    );

    if (year === '2026') {
      // Nghị định 335/2025's form for each person, for the last complete quarter of the example.
      const forms = join(dir, 'phieu-danh-gia-Q3-2026.xlsx');
      const { default: makeForms } = await import('./forms.js');
      await step('scoring forms', forms, () => makeForms.plan(ctx, { ...common, output: forms }, grids));
    }

    return { problems: [], inputs: [], writes: [], json: { dir }, text: [ctx.t('cli.demoDone', { dir })], failed, silentWhenClean: true };
  },
});
