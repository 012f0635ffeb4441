import type { Context } from './context.js';

/**
 * A progress line on stderr for runs longer than about two seconds; silent with --json, --quiet,
 * or when stderr is not a terminal (so logs and pipes stay clean).
 */
export function progressReporter(ctx: Context, total: number) {
  const started = Date.now();
  const enabled = !ctx.json && !ctx.quiet && process.stderr.isTTY === true;
  let shown = false;
  return {
    update(done: number, people: number): void {
      const elapsed = (Date.now() - started) / 1000;
      if (!enabled || elapsed < 2) return;
      shown = true;
      process.stderr.write(`\r${ctx.t('cli.progress', { done, total, people, seconds: elapsed.toFixed(1) })}`);
    },
    done(): void {
      if (shown) process.stderr.write('\n');
    },
  };
}
