import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/cli/progress.js';
import { render } from '../src/i18n/messages.js';

/** The progress line, driven by a fake clock and a fake stderr. */

function harness(opts: { tty: boolean; json?: boolean; quiet?: boolean }) {
  let clock = 0;
  const written: string[] = [];
  const ctx = {
    json: opts.json ?? false,
    quiet: opts.quiet ?? false,
    t: (key: Parameters<typeof render>[1], params?: Record<string, string | number>) => render('en', key, params),
  };
  const stderr = { isTTY: opts.tty, write: (text: string) => written.push(text) };
  const progress = progressReporter({ ...ctx, io: { stdout: stderr, stderr, cwd: '.', env: {} } }, 12, stderr, () => clock);
  return { progress, written, advance: (ms: number) => (clock += ms) };
}

describe('progress line', () => {
  it('says nothing during the first two seconds, then files read, people and elapsed time', () => {
    const { progress, written, advance } = harness({ tty: true });
    advance(500);
    progress.update(1, 10000);
    expect(written).toEqual([]);
    advance(2000);
    progress.update(5, 50000);
    progress.update(12, 120000);
    progress.writing('tong-hop-2023.xlsx');
    progress.done();
    expect(written).toEqual([
      '\rReading 5/12 files, 50000 people, 2.5 s',
      '\rReading 12/12 files, 120000 people, 2.5 s',
      '\nWriting tong-hop-2023.xlsx…\n',
    ]);
  });

  it('is silent when stderr is not a terminal, with --json and with --quiet', () => {
    for (const opts of [{ tty: false }, { tty: true, json: true }, { tty: true, quiet: true }]) {
      const { progress, written, advance } = harness(opts);
      advance(10_000);
      progress.update(12, 120000);
      progress.writing('x.xlsx');
      progress.done();
      expect(written).toEqual([]);
    }
  });

  it('ends a shown line with a newline so the next output starts clean', () => {
    const { progress, written, advance } = harness({ tty: true });
    advance(3000);
    progress.update(2, 20);
    progress.done();
    expect(written.at(-1)).toBe('\n');
  });
});
