#!/usr/bin/env node
// npm run build: bundles the page (src/page/app.ts and the command line's own modules) into one
// self-contained file, dist/scoring.html, that works from file:// with no network.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = (p) => join(root, 'src', p);

/**
 * Two bundles, no module swapped: the worker (page/worker.ts: the command line's runner on the
 * page's runtime, page/page-runtime.ts) and the window (page/app.ts), which inlines the worker's
 * script. What differs from Node is the runtime port (io/runtime.ts), checked by the compiler;
 * a Node built-in reached from either bundle fails the build below, as esbuild cannot resolve it
 * for the browser.
 */
const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'edge110'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  metafile: true,
  // cli-table3 requires colours only for coloured table styles (none here), inside a try: left out.
  external: ['@colors/colors/safe'],
};

const worker = await build({ ...common, entryPoints: [src('page/worker.ts')] });
const result = await build({
  ...common,
  entryPoints: [src('page/app.ts')],
  define: { WORKER_SOURCE: JSON.stringify(worker.outputFiles[0].text) },
});

const script = result.outputFiles[0].text.replaceAll('</script', '<\\/script');
const style = readFileSync(src('page/page.css'), 'utf8');
const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src blob: data:; worker-src blob:; connect-src 'none'">
<title>scoring</title>
<style>${style}</style>
</head>
<body>
<div id="app"></div>
<script>${script}</script>
</body>
</html>
`;
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'scoring.html'), html);
const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(worker.metafile.inputs)];
const builtins = inputs.filter((i) => i.startsWith('node:') || /^(fs|path|zlib|stream|crypto|os|util|events|buffer)$/u.test(i));
if (builtins.length > 0) {
  console.error(`the page bundles Node built-ins: ${builtins.join(', ')}`);
  process.exit(1);
}
console.log(`dist/scoring.html: ${(html.length / 1024 / 1024).toFixed(2)} MB`);
