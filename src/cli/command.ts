import * as z from 'zod';
import type { Context } from './context.js';
import { attributeName, COMMANDS, type CommandName, type OptionDecl, type OptionsOf } from './declarations.js';
import type { CommandPlan } from './plan.js';

/**
 * The shape of a command module: the name of its declaration (declarations.ts, where its options
 * are) and `plan`, which reads and computes and returns what to write and print. The options are
 * checked before the plan sees them by the zod schema derived from the same declaration.
 */

export interface CommandModule<N extends CommandName> {
  readonly name: N;
  plan(ctx: Context, opts: OptionsOf<N>, files: string[]): Promise<CommandPlan>;
}

export function defineCommand<N extends CommandName>(command: CommandModule<N>): CommandModule<N> {
  return command;
}

/** The zod schema of a command's options, derived from its declaration: one source for commander, zod and the page. */
export function optionsSchema(name: CommandName): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const o of COMMANDS[name].options as readonly OptionDecl[]) {
    const base = o.kind === 'flag' ? z.boolean() : o.kind === 'list' ? z.array(z.string()) : z.string();
    shape[attributeName(o.flag)] = o.required ? base : o.default !== undefined ? z.string().default(o.default) : base.optional();
  }
  return z.object(shape);
}
