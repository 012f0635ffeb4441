import { UserError } from '../../core/problems.js';
import { PRESET_NAMES, PRESETS, type PresetName } from '../../core/rulebook.js';
import { guardOutput, writeFileAtomic } from '../../io/atomic-write.js';
import type { CommonOptions, Context } from '../context.js';
import { printJson, say } from '../report.js';

export interface InitRulesOptions extends CommonOptions {
  preset?: string;
  output?: string;
}

export async function initRules(ctx: Context, opts: InitRulesOptions): Promise<number> {
  const preset = opts.preset ?? 'ha-bac-2023';
  if (!(PRESET_NAMES as string[]).includes(preset)) {
    throw new UserError('rulebook.unknownPreset', { preset, presets: PRESET_NAMES.join(', ') }, 2);
  }
  const output = opts.output ?? 'quy-che.json';
  guardOutput(output, opts.rules ? [opts.rules] : [], ctx.force);
  await writeFileAtomic(output, `${JSON.stringify(PRESETS[preset as PresetName](), null, 2)}\n`);
  if (ctx.json) printJson({ written: output, preset });
  else say(ctx, ctx.t('cli.wrote', { file: output }));
  return 0;
}
