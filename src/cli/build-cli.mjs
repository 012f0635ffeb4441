#!/usr/bin/env node
// npm run build: bundles the command line (src/cli/main.ts and every package it reaches) into
// dist/bin/main.js, which bin/scoring loads, and exceljs into dist/bin/exceljs.js, loaded only when
// the grid or a small document is written. One file instead of hundreds spares Node's module
// resolution and loading at every start (bench/startup.mjs): a commune's tally went from 0.52 s
// (a file per command and package) to about 0.45 s. Commands are still initialised only when run.
// Help and the version print from dist/bin/help.js, the program without its runner and commands
// (0.19 MB against 0.95 MB, half of it zod): bin/scoring picks it for those alone.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'bin');
rmSync(out, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 reads \p{…} in a regular expression; lowered, each such literal became a `new RegExp` made
  // again at every call (a name's normalising, 10,000 times a grid).
  supported: { 'regexp-unicode-property-escapes': true },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS calls require() for Node's own modules: an ES module gets one made for it.
  banner: { js: "import { createRequire as __scoringRequire } from 'node:module'; const require = __scoringRequire(import.meta.url);" },
};
await build({ ...common, stdin: { contents: "export { default } from 'exceljs';", resolveDir: root }, outfile: join(out, 'exceljs.js') });
// Never reached from help: runCli runs no command when it only prints.
const withoutCommands = {
  name: 'without-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/(runner|commands\/[a-z-]+)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  ...common,
  entryPoints: [join(root, 'src', 'cli', 'help-main.ts')],
  outfile: join(out, 'help.js'),
  plugins: [withoutCommands],
});
await build({
  ...common,
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(out, 'main.js'),
  plugins: [
    {
      name: 'exceljs-apart',
      setup(b) {
        b.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.js', external: true }));
      },
    },
  ],
});
