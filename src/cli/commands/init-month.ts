import { provisionalCalendarProblems } from '../../core/calendar.js';
import { guardOutput } from '../../io/atomic-write.js';
import { readMetadata } from '../../xlsx/grid-metadata.js';
import { openWorkbookView } from '../../xlsx/grid-reader.js';
import { announceRulebook } from '../load-months.js';
import { chooseRulebook } from '../rulebook-source.js';
import { writeGridFile } from '../../xlsx/grid-writer.js';
import { readRoster } from '../../xlsx/roster-reader.js';
import type { CommonOptions, Context } from '../context.js';
import { documentLetterhead, type LetterheadOptions } from '../letterhead-options.js';
import { parseYearMonth, workbookOutput } from '../options.js';
import { printJson, printProblems, say } from '../report.js';

export interface InitMonthOptions extends CommonOptions, LetterheadOptions {
  month: string;
  staff: string;
  output?: string;
}

export function defaultGridName(year: number, month: number): string {
  return `thang-${String(month).padStart(2, '0')}-${year}.xlsx`;
}

/** Last month's grid as the roster brings its rulebook along, unless --rules or a quy-che.json names one. */
async function withRosterGridRules(ctx: Context, staff: string): Promise<Context> {
  if (ctx.origin.kind !== 'default' || !/\.xlsx$/iu.test(staff)) {
    announceRulebook(ctx, ctx.origin);
    return ctx;
  }
  const metadata = readMetadata(await openWorkbookView(staff));
  if (!metadata?.rulebook) return ctx;
  const chosen = await chooseRulebook({ rules: ctx.rules, origin: ctx.origin }, [{ file: staff, metadata }], ctx.force);
  return { ...ctx, rules: chosen.rules };
}

export async function initMonth(given: Context, opts: InitMonthOptions): Promise<number> {
  const ctx = await withRosterGridRules(given, opts.staff);
  const ym = parseYearMonth(opts.month);
  const output = workbookOutput(opts.output) ?? defaultGridName(ym.year, ym.month);
  guardOutput(output, [opts.staff], ctx.force);
  const staff = await readRoster(opts.staff);
  const start = `${ym.year}-${String(ym.month).padStart(2, '0')}-01`;
  const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, start);
  const problems = [...headProblems, ...provisionalCalendarProblems([ym.year], ctx.rules)];
  await writeGridFile({ ym, unit: letterhead.unit, letterhead, rules: ctx.rules, staff }, output);
  if (ctx.json) printJson({ written: output, year: ym.year, month: ym.month, staff: staff.length });
  else say(ctx, ctx.t('cli.wrote', { file: output }));
  if (problems.length > 0) printProblems(ctx, problems);
  return 0;
}
