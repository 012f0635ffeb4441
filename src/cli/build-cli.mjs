#!/usr/bin/env node
// npm run build: bundles the command line (src/cli/main.ts and what it reaches) into dist/bin/:
// main.js, which bin/scoring loads, and a chunk per command loaded when it runs. A few files
// instead of a hundred spares Node's module resolution at every start (bench/startup.mjs), and
// `scoring --help` compiles none of the commands. Packages stay outside (exceljs, zod, commander…):
// exceljs is still loaded only when a workbook is written.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Chunks are named by their hash: last build's would otherwise stay beside this one's.
rmSync(join(root, 'dist', 'bin'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: join(root, 'dist', 'bin'),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});
