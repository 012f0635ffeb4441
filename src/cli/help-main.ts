import { runCli } from './program.js';
import { processTerminal } from './terminal.js';

/**
 * The binary when it only prints: `scoring`, `scoring --help`, `scoring --version` (bin/scoring
 * decides). Bundled apart (dist/bin/help.js) without the runner and the commands, a fifth of the
 * full bundle, so the help a clerk asks for first comes at once. The same program prints it.
 */

// A reader that stops early (`scoring --help | head`) closes the pipe: that is no error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), processTerminal());
