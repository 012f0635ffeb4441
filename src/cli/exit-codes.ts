import { UserError } from '../core/problems.js';

/**
 * The one table of exit codes (SPEC §2): 0 done; 1 the input has problems, or a file could not be
 * read or written; 2 wrong usage; 128 + the signal's number when interrupted. Nothing else in the
 * program decides an exit code.
 */
export const EXIT = { done: 0, inputProblems: 1, usage: 2, internal: 1 } as const;
export const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;

export type Outcome = { readonly kind: 'done' } | { readonly kind: 'problems' } | { readonly kind: 'error'; readonly error: unknown };

export function exitCodeOf(outcome: Outcome): number {
  switch (outcome.kind) {
    case 'done':
      return EXIT.done;
    case 'problems':
      return EXIT.inputProblems;
    case 'error':
      if (outcome.error instanceof UserError) return outcome.error.kind === 'usage' ? EXIT.usage : EXIT.inputProblems;
      return EXIT.internal;
  }
}
