import { provisionalCalendarProblems } from '../../core/calendar.js';
import { isoDate } from '../../core/dates.js';
import { gridFileName } from '../../core/output-names.js';
import { runtime } from '../../io/runtime.js';
import { readMetadata } from '../../xlsx/formats/grid-metadata.js';
import { openWorkbookView } from '../../xlsx/read/grid-reader.js';
import { readRoster } from '../../xlsx/read/roster-reader.js';
import { writeGridFile } from '../../xlsx/write/grid-writer.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { documentLetterhead } from '../letterhead-options.js';
import { announceRulebook } from '../load-months.js';
import { parseYearMonth, workbookOutput } from '../options.js';
import { chooseRulebook } from '../rulebook-source.js';

/** `scoring init-month`: the month's empty grid from a roster, or from last month's grid. */

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

export default defineCommand({
  name: 'init-month',

  async plan(given, opts) {
    const ctx = await withRosterGridRules(given, opts.staff);
    const ym = parseYearMonth(opts.month);
    const output = workbookOutput(opts.output) ?? gridFileName(ym.year, ym.month);
    runtime().guardOutput(output, [opts.staff], ctx.force);
    const staff = await readRoster(opts.staff);
    const start = isoDate(ym.year, ym.month, 1);
    const { letterhead, problems: headProblems } = documentLetterhead(ctx, opts, start);
    return {
      problems: [...headProblems, ...provisionalCalendarProblems([ym.year], ctx.rules)],
      inputs: [opts.staff],
      writes: [{ path: output, write: () => writeGridFile({ ym, unit: letterhead.unit, letterhead, rules: ctx.rules, staff }, output) }],
      json: { written: output, year: ym.year, month: ym.month, staff: staff.length },
      text: [],
      silentWhenClean: true,
    };
  },
});
