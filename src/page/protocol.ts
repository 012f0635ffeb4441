import type { CommandName } from '../cli/declarations.js';
import type { Problem, StoppingError } from '../core/problems.js';
import type { Lang } from '../i18n/messages.js';

/** What the page's window and its worker say to each other (structured-clone data only). */

/** The commands the page runs: each one the command line's own (page/worker.ts registers them). */
export type PageCommand = Extract<
  CommandName,
  'init-month' | 'check' | 'tally' | 'classify' | 'forms' | 'close' | 'reopen' | 'diff' | 'verify' | 'init-review' | 'review'
>;

export interface RunRequest {
  readonly command: PageCommand;
  /** The options as commander would give them (`--rules` names an opened file). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly args: readonly string[];
  /** Every file the clerk opened, by name: the worker reads them as the command line reads paths. */
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  readonly lang: Lang;
}

export interface RunReply {
  readonly kind: 'done';
  readonly outcome: 'done' | 'problems' | 'error';
  /** The error that stopped the run (the command line prints it on stderr, the page in its alert). */
  readonly stopped?: StoppingError;
  readonly problems: readonly Problem[];
  readonly json: Readonly<Record<string, unknown>>;
  readonly text: readonly string[];
  readonly rulebook?: { readonly name: string; readonly from: string };
  /** Outputs written, in order, for download. */
  readonly outputs: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** Outputs the plan meant to write and did not, because of errors. */
  readonly withheld: number;
}

/** A long run's progress line (the command line's stderr progress, as text). */
export interface ProgressReply {
  readonly kind: 'progress';
  readonly line: string;
}
