import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/i18n/messages.js';
import { ROOT } from './helpers.js';

/**
 * What the type-checker and the linter do not see: message keys nobody uses, exported functions and
 * constants nobody imports (each is a name a newcomer reads and wonders about), and core modules
 * that reach for Node, the console or exceljs (the core is pure: the CLI and the page share it).
 */

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const SRC = files(join(ROOT, 'src')).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
/**
 * The layer table of docs/architecture.md: what each layer may import (a folder, or one module of
 * one). The core and the words know nothing of files; readers never reach writers; the page
 * reaches Node's runtime nowhere; only the binary installs it.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/core': ['src/core', 'src/i18n'],
  'src/i18n': ['src/i18n', 'src/core'],
  'src/xlsx/layout': ['src/xlsx/layout', 'src/xlsx/write/workbook-file', 'src/core', 'src/i18n'],
  'src/xlsx/read': ['src/xlsx/read', 'src/xlsx/formats', 'src/xlsx/layout', 'src/core', 'src/i18n', 'src/io/runtime', 'src/io/csv'],
  'src/xlsx/formats': ['src/xlsx/formats', 'src/xlsx/read', 'src/xlsx/write/workbook-file', 'src/xlsx/layout', 'src/core', 'src/i18n'],
  'src/xlsx/write': [
    'src/xlsx/write',
    'src/xlsx/formats',
    'src/xlsx/layout',
    'src/xlsx/read',
    'src/core',
    'src/i18n',
    'src/io/runtime',
    'src/io/csv',
  ],
  'src/io': ['src/io', 'src/core', 'src/i18n', 'src/xlsx/write/workbook-file'],
  'src/cli': [
    'src/cli',
    'src/core',
    'src/i18n',
    'src/xlsx',
    'src/io/runtime',
    'src/io/csv',
    'src/io/atomic-write',
    'src/io/node-runtime',
    // Node-only commands (demo, page) find the package's own files.
    'src/io/package-root',
  ],
  'src/page': ['src/page', 'src/core', 'src/i18n', 'src/cli', 'src/io/runtime', 'src/xlsx/write/workbook-file'],
};

const layerOf = (file: string) =>
  Object.keys(MAY_IMPORT)
    .filter((layer) => file.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];

const TESTS = files(join(ROOT, 'tests')).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

describe('the codebase', () => {
  it('uses every message key', () => {
    const code = SRC.filter((f) => !f.file.endsWith('messages.ts'))
      .map((f) => f.text)
      .join('\n');
    const unused = Object.keys(catalogue('vi')).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('imports every exported function, class and constant somewhere else', () => {
    const all = [...SRC, ...TESTS];
    const unused: string[] = [];
    for (const { file, text } of SRC) {
      for (const m of text.matchAll(/^export (?:async )?(?:const|function|class) (\w+)/gmu)) {
        const name = new RegExp(`\\b${m[1]}\\b`, 'u');
        if (!all.some((other) => other.file !== file && name.test(other.text))) unused.push(`${file}: ${m[1]}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('keeps to the layer table: each module imports only what its layer may', () => {
    const breaches: string[] = [];
    for (const { file, text } of SRC) {
      const layer = layerOf(file);
      if (!layer) {
        breaches.push(`${file}: in no layer`);
        continue;
      }
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu)) {
        const target = normalize(join(dirname(file), m[1]!)).replace(/\.(js|ts|json)$/u, '');
        if (!target.startsWith('src/')) continue;
        if (!MAY_IMPORT[layer]!.some((allowed) => target === allowed || target.startsWith(`${allowed}/`)))
          breaches.push(`${file} → ${target}`);
      }
    }
    // The Node runtime is installed by the binary alone (tests install it in tests/setup.ts).
    const installs = SRC.filter((f) => f.text.includes("io/node-runtime.js'")).map((f) => f.file);
    expect(installs).toEqual(['src/cli/main.ts']);
    expect(breaches).toEqual([]);
  });

  it('keeps the core pure: no Node built-in, no console, no exceljs, no process', () => {
    const impure = SRC.filter((f) => f.file.startsWith('src/core/')).flatMap(({ file, text }) =>
      [/from 'node:/u, /from 'exceljs'/u, /\bconsole\./u, /\bprocess\./u]
        .filter((re) => re.test(text))
        .map((re) => `${file}: ${re.source}`),
    );
    expect(impure).toEqual([]);
  });
});
