import { type StoppingError, stoppingError, UserError } from '../core/problems.js';
import type { Lang } from '../i18n/messages.js';
import { stoppingErrorLines } from '../i18n/problem-text.js';
import { runtime } from '../io/runtime.js';
import type { Context } from './context.js';
import type { CommandName } from './declarations.js';
import type { Outcome } from './exit-codes.js';
import type { CommandPlan } from './plan.js';
import type { Terminal } from './terminal.js';

/**
 * The one way a command runs, for the terminal and for the page alike: options checked by the
 * schema derived from the command's declaration, the context made once (language, rulebook),
 * the plan made, then performed by the one write rule (plan.ts). Errors become the same lines on
 * the terminal's stderr either way; the caller turns the outcome into an exit code or a screen.
 */

export type AnyCommand = { plan(ctx: Context, opts: Record<string, unknown>, files: string[]): Promise<CommandPlan> };

export interface RunResult {
  readonly outcome: Outcome;
  /** The plan the command made (absent when it stopped before making one). */
  readonly plan?: CommandPlan;
  /** The outputs actually written, in order. */
  readonly written: readonly string[];
  /** The error that stopped the run, as said on stderr. */
  readonly stopped?: StoppingError;
}

/** A user's error as its lines (and its details), never a stack trace; anything else as an internal error. */
export function reportError(err: unknown, lang: Lang, io: Terminal): StoppingError {
  const stopped = stoppingError(err);
  for (const line of stoppingErrorLines(stopped, lang)) io.stderr.write(`${line}\n`);
  if (!(err instanceof UserError) && io.env.SCORING_DEBUG) console.error(err);
  return stopped;
}

export async function runCommand(
  name: CommandName,
  load: () => Promise<AnyCommand>,
  raw: Readonly<Record<string, unknown>>,
  args: readonly string[],
  io: Terminal,
  lang: Lang,
): Promise<RunResult> {
  try {
    // Loaded here, not at start-up: `scoring --help` stays free of zod, chalk and exceljs.
    const { languageOf, makeContext } = await import('./context.js');
    languageOf(raw.lang as string | undefined);
    const command = await load();
    const { optionsSchema } = await import('./command.js');
    const parsed = optionsSchema(name).safeParse(raw);
    if (!parsed.success)
      throw new UserError('usage.badOptions', { detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }, 'usage');
    const { perform } = await import('./plan.js');
    const ctx = await makeContext(parsed.data, io);
    const plan = await command.plan(ctx, parsed.data, runtime().expandPatterns(args));
    const { outcome, written } = await perform(ctx, plan);
    return { outcome, plan, written };
  } catch (err) {
    return { outcome: { kind: 'error', error: err }, written: [], stopped: reportError(err, lang, io) };
  }
}
