import { UserError } from '../../core/problems.js';
import { defaultReview } from '../../core/review.js';
import { PRESET_NAMES, PRESETS, type PresetName, type Rulebook } from '../../core/rulebook.js';
import { provisionalDaysOff } from '../../core/statutory-holidays.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';

/** `scoring init-rules`: a rulebook file from a preset, or with a year's days off added. */

/** The rulebook with `year`'s days off as the law fixes them (statutory-holidays.ts), ready to be checked. */
function withHolidays(rules: Rulebook, year: number, force: boolean): Rulebook {
  if (rules.calendar[String(year)] && !force) throw new UserError('rulebook.yearExists', { year });
  const daysOff = provisionalDaysOff(year).map((d) => ({ date: d.date, name: d.name.replace(/ \(dự kiến\)$/u, '') }));
  return { ...rules, calendar: { ...rules.calendar, [String(year)]: { daysOff, workingWeekendDays: [] } } };
}

export default defineCommand({
  name: 'init-rules',

  async plan(ctx, opts) {
    if (!(PRESET_NAMES as string[]).includes(opts.preset)) {
      throw new UserError('rulebook.unknownPreset', { preset: opts.preset, presets: PRESET_NAMES.join(', ') }, 'usage');
    }
    const year = opts.holidays === undefined ? undefined : Number(opts.holidays);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2199))
      throw new UserError('usage.badYear', { value: opts.holidays! }, 'usage');
    const inputs = ctx.origin.kind === 'default' ? [] : [ctx.origin.file];
    runtime().guardOutput(opts.output, inputs, ctx.force);
    // --holidays adds a year to the unit's rulebook (--rules, or quy-che.json in the folder); else to the preset.
    const base = year !== undefined && ctx.origin.kind !== 'default' ? ctx.rules : PRESETS[opts.preset as PresetName]();
    const dated = year === undefined ? base : withHolidays(base, year, ctx.force);
    // The "5 xây, 3 chống" criteria written out, for the unit to adapt to its own work.
    const rules = opts.withReview ? { ...dated, review: dated.review ?? defaultReview() } : dated;
    return {
      problems: [],
      inputs,
      writes: [{ path: opts.output, write: () => runtime().writeOutput(opts.output, `${JSON.stringify(rules, null, 2)}\n`) }],
      json: { written: opts.output, preset: opts.preset, ...(year !== undefined ? { holidays: year } : {}) },
      text: [],
      silentWhenClean: true,
      ...(year !== undefined ? { after: [ctx.t('cli.holidaysAdded', { year, file: opts.output })] } : {}),
    };
  },
});
