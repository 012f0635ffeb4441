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
 * The Node-only adapters, each replaced by the page's own: files come from what the clerk opened,
 * workbooks go to downloads, inflating is fflate's, and the document template is inlined.
 */
const PAGE_ADAPTERS = [
  [/\/io\/read-input\.js$/u, src('page/files.ts')],
  [/\/io\/atomic-write\.js$/u, src('page/outputs.ts')],
  [/\/xlsx\/workbook-stream\.js$/u, src('page/outputs.ts')],
  [/\/xlsx\/save\.js$/u, src('page/outputs.ts')],
  [/\/cli\/rulebook-source\.js$/u, src('core/rulebook-choice.ts')],
];

const pageAdapters = {
  name: 'page-adapters',
  setup(b) {
    b.onResolve({ filter: /(read-input|atomic-write|workbook-stream|save|rulebook-source)\.js$/ }, (args) => {
      const target = PAGE_ADAPTERS.find(([re]) => re.test(join(args.resolveDir, args.path).replaceAll('\\', '/')));
      return target ? { path: target[1] } : undefined;
    });
    // Terminal tables are the command line's view; the page draws its own from the plans' JSON.
    b.onResolve({ filter: /^cli-table3$/ }, () => ({ path: 'cli-table3', namespace: 'page' }));
    b.onLoad({ filter: /^cli-table3$/, namespace: 'page' }, () => ({
      contents: 'export default class Table { push() {} toString() { return ""; } }',
      loader: 'js',
    }));
    b.onResolve({ filter: /^node:zlib$/ }, () => ({ path: src('page/inflate.ts') }));
    // template.ts reads templates/documents.json with readFileSync: the page has it inlined.
    b.onResolve({ filter: /^node:fs$/ }, () => ({ path: 'template-fs', namespace: 'page' }));
    b.onLoad({ filter: /^template-fs$/, namespace: 'page' }, () => ({
      contents: `export function readFileSync() { return ${JSON.stringify(readFileSync(join(root, 'templates', 'documents.json'), 'utf8'))}; }`,
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [src('page/app.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'edge110'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  plugins: [pageAdapters],
  // template.ts resolves its JSON next to itself; on the page the inlined readFileSync ignores the path.
  define: { 'import.meta.url': '"file:///scoring/src/xlsx/template.js"' },
  logLevel: 'warning',
  metafile: true,
});

const script = result.outputFiles[0].text.replaceAll('</script', '<\\/script');
const style = readFileSync(src('page/page.css'), 'utf8');
const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src blob: data:; connect-src 'none'">
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
const inputs = Object.keys(result.metafile.inputs);
const builtins = inputs.filter((i) => i.startsWith('node:') || /^(fs|path|zlib|stream|crypto|os|util|events|buffer)$/u.test(i));
if (builtins.length > 0) {
  console.error(`the page bundles Node built-ins: ${builtins.join(', ')}`);
  process.exit(1);
}
console.log(`dist/scoring.html: ${(html.length / 1024 / 1024).toFixed(2)} MB`);
