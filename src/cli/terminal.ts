/**
 * Where a run's text goes and what it knows of its surroundings: the process's own streams, or
 * strings a test reads back (commands then run in-process, without spawning the binary).
 */

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Columns of the terminal, when it is one. */
  readonly columns?: number;
}

export interface Terminal {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Where a long run's progress line goes, when not stderr (the page shows it under its button). */
  readonly progress?: OutputStream;
  /** The folder relative paths are read from and `quy-che.json` is looked for in. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function processTerminal(): Terminal {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** A terminal that keeps what is written, for tests and for callers that show it elsewhere. */
export function capturedTerminal(
  cwd: string,
  env: Readonly<Record<string, string | undefined>> = {},
): Terminal & { readonly out: () => string; readonly err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}
