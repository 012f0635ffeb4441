import { z } from 'zod';
import type { CommonOptions, Context } from './context.js';
import type { CommandPlan } from './plan.js';

/**
 * The shape of a command module: a zod schema of its options (what commander parsed, checked and
 * typed before the command sees it) and `plan`, which reads and computes and returns what to write
 * and print. To add a command, copy one module of commands/ and its test, and register it in main.ts.
 */

export const commonOptions = z.object({
  rules: z.string().optional(),
  json: z.boolean().optional(),
  lang: z.string().optional(),
  force: z.boolean().optional(),
  quiet: z.boolean().optional(),
}) satisfies z.ZodType<CommonOptions>;

/** `--unit` and `--parent`: the letterhead of one run, over the rulebook's. */
export const letterheadOptions = z.object({ unit: z.string().optional(), parent: z.string().optional() });

export interface CommandModule<S extends z.ZodType<CommonOptions>> {
  readonly options: S;
  plan(ctx: Context, opts: z.output<S>, files: string[]): Promise<CommandPlan>;
}

export function defineCommand<S extends z.ZodType<CommonOptions>>(command: CommandModule<S>): CommandModule<S> {
  return command;
}
