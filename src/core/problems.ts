import type { MessageKey } from '../i18n/messages.js';
import type { CellAddress } from './types.js';

export type Severity = 'error' | 'warning';
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A problem is data, rendered late in the user's language. Core code never formats sentences;
 * it names a message key and the values the message needs.
 */
export interface Problem {
  readonly severity: Severity;
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: CellAddress | string;
  readonly raw?: string;
}

export function problem(
  severity: Severity,
  key: MessageKey,
  params: MessageParams = {},
  where: Pick<Problem, 'file' | 'sheet' | 'cell' | 'raw'> = {},
): Problem {
  return { severity, key, params, ...where };
}

/** A cell of the sheet `where` names, as a problem's place. */
export function atCell(where: Pick<Problem, 'file' | 'sheet'>, cell: CellAddress | string): Pick<Problem, 'file' | 'sheet' | 'cell'> {
  return { file: where.file, sheet: where.sheet, cell };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Thrown for input a user can fix; the CLI prints it as one line and exits 1 (or 2 for usage). */
/**
 * What a user's error is about: the command line itself (`usage`), or the files and values it
 * names (`input`). The CLI's exit table turns this into a process exit code; the core keeps none.
 */
export type UserErrorKind = 'usage' | 'input';

export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly kind: UserErrorKind = 'input',
    readonly details: readonly Problem[] = [],
  ) {
    super(key);
    this.name = 'UserError';
  }
}

/** A run's stopping error as data (it crosses to the page's window): a user's error, or an internal one. */
export type StoppingError =
  | { readonly key: MessageKey; readonly params: MessageParams; readonly details: readonly Problem[] }
  | { readonly internal: string };

/** What stopped a run: the terminal prints it, the page shows it (and redraws it in the other language). */
export function stoppingError(err: unknown): StoppingError {
  if (err instanceof UserError) return { key: err.key, params: err.params, details: err.details };
  return { internal: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
}
