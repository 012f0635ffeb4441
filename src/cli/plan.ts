import { hasErrors, type Problem } from '../core/problems.js';
import { runtime } from '../io/runtime.js';
import type { Context } from './context.js';
import type { Outcome } from './exit-codes.js';
import { printJson, printProblems, problemsJson, say } from './terminal-output.js';

/**
 * A command does its reading and computing and returns a plan: the problems it found, the files it
 * wants written, its JSON result and its terminal lines. `perform` is the one place that writes
 * files and prints; the exit table (exit-codes.ts) turns its outcome into a code. A test can look
 * at a plan, or perform it on a captured terminal, without spawning the binary.
 */

export interface PlannedWrite {
  readonly path: string;
  /** Writes the file at `path`; every writer writes atomically (io/atomic-write.ts). */
  readonly write: () => Promise<void>;
  /** Said once the file is written (default: "Đã ghi FILE"). */
  readonly said?: string;
  /** Called just before writing (a long run says what it is doing). */
  readonly before?: () => void;
  /**
   * The output deliberately replaces an input (the ledger of closed months, rewritten whole with
   * its new entries, atomically): the guard against writing over inputs lets it through.
   */
  readonly replaces?: boolean;
}

export interface CommandPlan {
  readonly problems: readonly Problem[];
  /** Left unwritten when `problems` hold an error: nothing is written from a grid with errors. */
  readonly writes: readonly PlannedWrite[];
  /** The files the run read, which no output may overwrite. */
  readonly inputs: readonly string[];
  /** The rulebook the run used, by name, and where it came from (the page shows it in step 1). */
  readonly rulebook?: { readonly name: string; readonly from: string };
  /**
   * The --json result; the JSON reporter adds `problems`, the same list the terminal shows. A
   * command whose result is large (a province's year) gives it as a function, made only when asked
   * for, after the writes: it is not held while the workbook is written.
   */
  readonly json: Readonly<Record<string, unknown>> | (() => Readonly<Record<string, unknown>>);
  /** What the terminal shows (tables, summaries), before the lines about the files written. */
  readonly text: readonly string[];
  /** Said after the files are written (only when they are). */
  readonly after?: readonly string[];
  /** A command that checks nothing (init-*, demo) says nothing of problems when it has none. */
  readonly silentWhenClean?: boolean;
  /** Say "nothing written" when the plan writes nothing. */
  readonly sayNothingWritten?: boolean;
  /** Write even when `problems` hold errors (the checked copy of a grid exists to mark them). */
  readonly writeDespiteErrors?: boolean;
  /** A run made of other runs (demo) that had problems in one of them, already printed. */
  readonly failed?: boolean;
}

export function planJson(plan: Pick<CommandPlan, 'json'>): Readonly<Record<string, unknown>> {
  return typeof plan.json === 'function' ? plan.json() : plan.json;
}

/** Writes what the plan may write (the one write rule) and prints; says what it wrote. */
export async function perform(ctx: Context, plan: CommandPlan): Promise<{ outcome: Outcome; written: string[] }> {
  const failed = plan.failed === true || hasErrors(plan.problems);
  const writes = failed && !plan.writeDespiteErrors ? [] : plan.writes;
  runtime().guardDistinctOutputs(plan.writes.map((w) => w.path));
  for (const w of writes) {
    if (!w.replaces) runtime().guardOutput(w.path, plan.inputs, ctx.force);
    w.before?.();
    await w.write();
  }
  if (ctx.json) printJson(ctx, { ...planJson(plan), problems: problemsJson(plan.problems, ctx.lang) });
  else {
    for (const line of plan.text) say(ctx, line);
    for (const w of writes) say(ctx, w.said ?? ctx.t('cli.wrote', { file: w.path }));
    if (writes.length > 0) for (const line of plan.after ?? []) say(ctx, line);
    if (writes.length === 0 && plan.sayNothingWritten) say(ctx, ctx.t('cli.nothingWritten'));
  }
  if (plan.problems.length > 0 || !plan.silentWhenClean) printProblems(ctx, plan.problems);
  return { outcome: { kind: failed ? 'problems' : 'done' }, written: writes.map((w) => w.path) };
}
