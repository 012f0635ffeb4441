import { setFlagsFromString } from 'node:v8';
import { render } from '../i18n/messages.js';
import { stopWriting } from '../io/atomic-write.js';
import '../io/node-runtime.js';
import { EXIT_ON_SIGNAL } from './exit-codes.js';
import { langFromArgv, runCli } from './program.js';
import { processTerminal } from './terminal.js';

/** The binary: the process's terminal, its signals and its exit code around runCli. */

// V8 lets its heap grow to up to four times what was live at the last full collection before it
// collects again: a province's year (about 100 MB live while 30,000 staff are read) then peaked at
// 570 MB, most of it garbage. Twice is enough: no slower at 10,000 staff, 380 MB at 30,000
// (docs/performance.md). V8 reads the factor at every full collection, so setting it here holds.
setFlagsFromString('--heap-growing-percent=100');

// A reader that stops early (`scoring --help | head`) closes the pipe: that is no error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// Ctrl-C and SIGTERM: stop every write, remove the workbook being written and say so; exit 128 +
// the signal's number. Synchronous, so no output is put in place between the signal and the exit;
// the files are removed once more just before leaving, for an open that was still in flight.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopWriting();
    process.stderr.write(`\n${render(langFromArgv(process.argv), 'cli.interrupted')}\n`);
    setTimeout(() => {
      stopWriting();
      process.exit(EXIT_ON_SIGNAL[signal]);
    }, 50);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processTerminal());
