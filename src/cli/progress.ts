import type { Context } from './context.js';
import type { OutputStream } from './terminal.js';

/**
 * A progress line on stderr for runs longer than about two seconds: files read, people, elapsed.
 * Silent with --json, --quiet, or when stderr is not a terminal (so logs and pipes stay clean).
 */

/** Runs shorter than this show nothing. */
const PROGRESS_AFTER_MS = 2000;

export function progressReporter(
  ctx: Pick<Context, 'json' | 'quiet' | 't' | 'io'>,
  total: number,
  out: OutputStream = ctx.io.progress ?? ctx.io.stderr,
  now: () => number = Date.now,
) {
  const started = now();
  const enabled = !ctx.json && !ctx.quiet && out.isTTY === true;
  let shown = false;
  return {
    update(done: number, people: number): void {
      const elapsed = now() - started;
      if (!enabled || elapsed < PROGRESS_AFTER_MS) return;
      shown = true;
      out.write(`\r${ctx.t('cli.progress', { done, total, people, seconds: (elapsed / 1000).toFixed(1) })}`);
    },
    /** Once the grids are read: a long run says what it is doing while the workbook is written. */
    writing(file: string): void {
      if (!enabled || now() - started < PROGRESS_AFTER_MS) return;
      out.write(`${shown ? '\n' : ''}${ctx.t('cli.progressWriting', { file })}\n`);
      shown = false;
    },
    done(): void {
      if (shown) out.write('\n');
      shown = false;
    },
  };
}
