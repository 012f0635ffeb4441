import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  CHECKED_COPIES,
  checkedCopyName,
  classificationFileName,
  closingFileName,
  formsFileName,
  gridFileName,
  reportFileName,
} from '../../core/output-names.js';
import { UserError } from '../../core/problems.js';
import { PRESETS } from '../../core/rulebook.js';
import { packageRoot } from '../../io/package-root.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { perform } from '../plan.js';
import { loadRulebook } from '../rulebook-source.js';
import { say } from '../terminal-output.js';
import check from './check.js';
import classify from './classify.js';
import initMonth from './init-month.js';
import tally from './tally.js';

/** `scoring demo`: the whole year on the bundled example, every output a newcomer should see, from one command. */

/** The bundled example years: 2026 (the default) under Nghị định 335/2025, 2023 under the source plan. */
const DEMO_YEARS = ['2026', '2023'] as const;

/**
 * The day the 2026 example stands at: the committee meets before 15 December (Nghị định 335/2025
 * Điều 19 khoản 2), December's grid is marked to the 5th, and the fourth quarter is provisional.
 */
const DEMO_DATE_2026 = '10/12/2026';

const FIXTURES_DIR = join(packageRoot(), 'fixtures');

export default defineCommand({
  name: 'demo',

  async plan(given, opts) {
    const year = opts.year;
    if (!(DEMO_YEARS as readonly string[]).includes(year))
      throw new UserError('usage.demoYear', { year, years: DEMO_YEARS.join(', ') }, 'usage');
    // The demo folder is the demo's own: re-running it replaces its outputs.
    const dir = opts.out;
    await mkdir(dir, { recursive: true });
    const yearDir = join(FIXTURES_DIR, year);
    // The example runs under its own rulebook, never a quy-che.json of the folder it is run in
    // (a unit's rulebook would refuse the example's grids): 2026 the file its grids were made with,
    // 2023 the source plan's preset. --rules still chooses another on purpose.
    const rulesFile = opts.rules ?? (year === '2026' ? join(yearDir, 'quy-che-nd335.json') : undefined);
    const ctx: Context = rulesFile
      ? { ...given, force: true, rules: await loadRulebook(rulesFile), origin: { kind: 'option', file: rulesFile } }
      : { ...given, force: true, rules: PRESETS['ha-bac-2023'](), origin: { kind: 'default' } };
    const grids = (await readdir(yearDir))
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => join(yearDir, f));
    const common = { rules: rulesFile, lang: opts.lang, force: true, json: false, quiet: opts.quiet };
    const dated = year === '2026' ? { date: DEMO_DATE_2026 } : {};
    let failed = false;
    // Each step is a command of its own, planned and performed as the command line would.
    const step = async (name: string, file: string, run: () => Promise<import('../plan.js').CommandPlan>) => {
      say(ctx, ctx.out.bold(ctx.t('cli.demoStep', { step: name, file })));
      if ((await perform(ctx, await run())).outcome.kind !== 'done') failed = true;
    };

    if (year === '2023') {
      const blank = join(dir, 'thang-01-2023-trong.xlsx');
      const staff = join(FIXTURES_DIR, 'roster.csv');
      await step('scoring init-month', blank, () =>
        initMonth.plan(ctx, { ...common, month: '2023-01', staff, unit: ctx.rules.unit.name, output: blank }, []),
      );
    } else {
      // December's grid, made on 1 December from November's: the staff list carries over.
      const next = join(dir, 'thang-12-2026-trong.xlsx');
      const november = grids.find((g) => g.includes('thang-11'))!;
      await step('scoring init-month', next, () => initMonth.plan(ctx, { ...common, month: '2026-12', staff: november, output: next }, []));
    }

    // February has the 2023 example's contradictions; June 2026 the quarter left unevaluated (checked
    // with April and May, so the second quarter's discipline points are whole; the first file is annotated).
    const checked = grids.find((g) => g.includes(year === '2023' ? 'thang-02' : 'thang-06')) ?? grids[0]!;
    // One grid: its copy beside it (thang-02-2023-kiem-tra.xlsx); several: one per grid with problems (kiem-tra-thang-06-2026.xlsx).
    const annotated = year === '2023' ? join(dir, checkedCopyName(basename(checked))) : join(dir, CHECKED_COPIES);
    const checkedFiles = year === '2023' ? [checked] : [checked, ...grids.filter((g) => /thang-0[45]/u.test(g))];
    await step('scoring check', checked, () => check.plan(ctx, { ...common, annotate: annotated }, checkedFiles));

    // 2026: October and November closed in the unit's ledger, each early in the month after, with
    // the closing record and each person's notice; the year-end documents then list them in Kiểm tra.
    const ledger = year === '2026' ? { ledger: join(dir, 'so-chot.json') } : {};
    if (year === '2026') {
      // The demo's folder is its own: a ledger of an earlier run would find the months closed already.
      await rm(ledger.ledger!, { force: true });
      const { default: close } = await import('./close.js');
      for (const [month, date] of [
        [10, '03/11/2026'],
        [11, '03/12/2026'],
      ] as const) {
        const grid = grids.find((g) => g.endsWith(gridFileName(2026, month)))!;
        const output = join(dir, closingFileName(2026, month));
        await step('scoring close', output, () => close.plan(ctx, { ...common, ...ledger, date, output }, [grid]));
      }
    }

    const report = join(dir, reportFileName({ kind: 'year', year: Number(year) }));
    // 2026: what goes to the province too, each person's quarters as a CSV (Tạm tính for the running quarter).
    const exported = year === '2026' ? { export: join(dir, `ket-qua-theo-quy-${year}.csv`) } : {};
    await step('scoring tally', report, () => tally.plan(ctx, { ...common, ...ledger, ...dated, ...exported, output: report }, grids));

    const classification = join(dir, classificationFileName(Number(year)));
    const partial = year === '2026' ? { allowMissingEvaluations: true } : {};
    const roster = join(FIXTURES_DIR, year === '2023' ? 'roster-cuoi-nam.csv' : 'roster.csv');
    await step('scoring classify', classification, () =>
      classify.plan(ctx, { ...common, ...ledger, ...partial, ...dated, output: classification, staff: roster }, grids),
    );

    if (year === '2026') {
      // Nghị định 335/2025's form for each person, for the fourth quarter as it stands on the date.
      const forms = join(dir, formsFileName('Q4-2026'));
      const { default: makeForms } = await import('./forms.js');
      await step('scoring forms', forms, () =>
        makeForms.plan(ctx, { ...common, ...ledger, ...dated, period: 'Q4-2026', output: forms }, grids),
      );
    }

    return { problems: [], inputs: [], writes: [], json: { dir }, text: [ctx.t('cli.demoDone', { dir })], failed, silentWhenClean: true };
  },
});
