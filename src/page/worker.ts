import check from '../cli/commands/check.js';
import classify from '../cli/commands/classify.js';
import close from '../cli/commands/close.js';
import diff from '../cli/commands/diff.js';
import forms from '../cli/commands/forms.js';
import initMonth from '../cli/commands/init-month.js';
import initReview from '../cli/commands/init-review.js';
import reopen from '../cli/commands/reopen.js';
import review from '../cli/commands/review.js';
import tally from '../cli/commands/tally.js';
import verify from '../cli/commands/verify.js';
import { planJson } from '../cli/plan.js';
import { type AnyCommand, runCommand } from '../cli/runner.js';
import { installRuntime } from '../io/runtime.js';
import { pageRuntime, putFile, takeOutput } from './page-runtime.js';
import type { PageCommand, ProgressReply, RunReply, RunRequest } from './protocol.js';

/**
 * The page's worker: runs one command off the window's thread, through the command line's own
 * runner (cli/runner.ts), so the window stays alive and can stop it. One worker per run: a newer
 * run, or the clerk's "Dừng", ends the older one and frees its memory at once.
 */

installRuntime(pageRuntime);

const COMMANDS: Record<PageCommand, AnyCommand> = {
  'init-month': initMonth as AnyCommand,
  check: check as AnyCommand,
  tally: tally as AnyCommand,
  classify: classify as AnyCommand,
  forms: forms as AnyCommand,
  close: close as AnyCommand,
  reopen: reopen as AnyCommand,
  diff: diff as AnyCommand,
  verify: verify as AnyCommand,
  'init-review': initReview as AnyCommand,
  review: review as AnyCommand,
};

const post = (reply: RunReply | ProgressReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  for (const f of request.files) putFile(f.name, f.bytes);
  const io = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    // The command line's progress line, after two seconds, as it shows on a terminal.
    progress: { isTTY: true, write: (s: string) => post({ kind: 'progress', line: s.replace(/^[\r\n]+|\n+$/gu, '') }) },
    cwd: '.',
    env: {},
  };
  const options = { ...request.options, lang: request.lang };
  const result = await runCommand(request.command, async () => COMMANDS[request.command], options, request.args, io, request.lang);
  const outputs = result.written.flatMap((name) => {
    const bytes = takeOutput(name);
    return bytes ? [{ name, bytes }] : [];
  });
  const plan = result.plan;
  post(
    {
      kind: 'done',
      outcome: result.outcome.kind,
      ...(result.stopped ? { stopped: result.stopped } : {}),
      problems: plan?.problems ?? [],
      json: plan ? planJson(plan) : {},
      text: plan?.text ?? [],
      ...(plan?.rulebook ? { rulebook: plan.rulebook } : {}),
      outputs,
      withheld: (plan?.writes.length ?? 0) - result.written.length,
    },
    outputs.map((o) => o.bytes.buffer as ArrayBuffer),
  );
};
