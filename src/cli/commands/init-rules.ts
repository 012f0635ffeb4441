import { UserError } from '../../core/problems.js';
import { PRESET_NAMES, PRESETS, type PresetName, type Rulebook } from '../../core/rulebook.js';
import { provisionalDaysOff } from '../../core/statutory-holidays.js';
import { guardOutput, writeFileAtomic } from '../../io/atomic-write.js';
import type { CommonOptions, Context } from '../context.js';
import { printJson, say } from '../report.js';

export interface InitRulesOptions extends CommonOptions {
  preset?: string;
  output?: string;
  /** A year whose days off to add, computed from the law, for the clerk to match to the official schedule. */
  holidays?: string;
}

/** The rulebook with `year`'s days off as the law fixes them (statutory-holidays.ts), ready to be checked. */
function withHolidays(rules: Rulebook, year: number, force: boolean): Rulebook {
  if (rules.calendar[String(year)] && !force) throw new UserError('rulebook.yearExists', { year });
  const daysOff = provisionalDaysOff(year).map((d) => ({ date: d.date, name: d.name.replace(/ \(dự kiến\)$/u, '') }));
  return { ...rules, calendar: { ...rules.calendar, [String(year)]: { daysOff, workingWeekendDays: [] } } };
}

export async function initRules(ctx: Context, opts: InitRulesOptions): Promise<number> {
  const preset = opts.preset ?? 'ha-bac-2023';
  if (!(PRESET_NAMES as string[]).includes(preset)) {
    throw new UserError('rulebook.unknownPreset', { preset, presets: PRESET_NAMES.join(', ') }, 2);
  }
  const year = opts.holidays === undefined ? undefined : Number(opts.holidays);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2199)) throw new UserError('usage.badYear', { value: opts.holidays! }, 2);
  const output = opts.output ?? 'quy-che.json';
  const input = ctx.origin.kind === 'default' ? [] : [ctx.origin.file];
  guardOutput(output, input, ctx.force);
  // --holidays adds a year to the unit's rulebook (--rules, or quy-che.json in the folder); else to the preset.
  const base = year !== undefined && ctx.origin.kind !== 'default' ? ctx.rules : PRESETS[preset as PresetName]();
  const rules = year === undefined ? base : withHolidays(base, year, ctx.force);
  await writeFileAtomic(output, `${JSON.stringify(rules, null, 2)}\n`);
  if (ctx.json) printJson({ written: output, preset, ...(year !== undefined ? { holidays: year } : {}) });
  else {
    say(ctx, ctx.t('cli.wrote', { file: output }));
    if (year !== undefined) say(ctx, ctx.t('cli.holidaysAdded', { year, file: output }));
  }
  return 0;
}
