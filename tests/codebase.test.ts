import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

  it('keeps the core pure: no Node built-in, no console, no exceljs, no process', () => {
    const impure = SRC.filter((f) => f.file.startsWith('src/core/')).flatMap(({ file, text }) =>
      [/from 'node:/u, /from 'exceljs'/u, /\bconsole\./u, /\bprocess\./u]
        .filter((re) => re.test(text))
        .map((re) => `${file}: ${re.source}`),
    );
    expect(impure).toEqual([]);
  });
});
