import { describe, expect, it } from 'vitest';
import { optionsSchema } from '../src/cli/command.js';
import { COMMANDS, type OptionDecl, pageOptions } from '../src/cli/declarations.js';
import { catalogue } from '../src/i18n/messages.js';
import { run } from './helpers.js';

/** Each command declared once (issue 28): commander, zod, the help and the page all follow the declaration. */

describe('one declaration per command', () => {
  it('a dummy option added to tally is in commander and its help, in the zod schema and on the page', async () => {
    const options = COMMANDS.tally.options as unknown as OptionDecl[];
    const dummy: OptionDecl = { flag: '--dummy-thing <x>', message: 'opt.date', kind: 'text', page: 'text' };
    options.push(dummy);
    try {
      const help = await run(['tally', '--help']);
      expect(help.stdout).toContain('--dummy-thing <x>');
      const parsed = optionsSchema('tally').safeParse({ dummyThing: 'a' });
      expect(parsed.success && (parsed.data as Record<string, unknown>).dummyThing).toBe('a');
      expect(optionsSchema('tally').safeParse({ dummyThing: 3 }).success).toBe(false);
      expect(pageOptions('tally').map((o) => o.attribute)).toContain('dummyThing');
      // Commander parses it and hands it on: an unknown option would be wrong usage (exit 2), this one is not.
      const r = await run(['tally', 'fixtures/2023/thang-01-2023.xlsx', '--dummy-thing', 'a', '--json', '--date', '31/01/2023']);
      expect(r.code).not.toBe(2);
    } finally {
      options.pop();
    }
    expect((await run(['tally', '--help'])).stdout).not.toContain('--dummy-thing');
  });

  it('every option of tally, classify, forms and check that the page needs is on it', () => {
    expect(pageOptions('classify').map((o) => o.attribute)).toEqual([
      'ledger',
      'unit',
      'parent',
      'staff',
      'enforceQuota',
      'quotaShare',
      'quotaBasis',
      'transfer',
      'filled',
      'allowMissingMonths',
      'allowMissingEvaluations',
      'date',
    ]);
    expect(pageOptions('tally').map((o) => o.attribute)).toEqual(['ledger', 'unit', 'parent', 'from', 'to', 'month', 'date', 'export']);
    expect(pageOptions('check').map((o) => o.attribute)).toEqual(['ledger', 'month']);
    expect(pageOptions('forms').map((o) => o.attribute)).toEqual(['ledger', 'unit', 'parent', 'period', 'date', 'filled', 'review']);
  });

  it('Vietnamese and English messages take the same placeholders', () => {
    const vi = catalogue('vi');
    const en = catalogue('en');
    const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]))].sort();
    const differ = Object.keys(vi).filter((k) => names(vi[k as keyof typeof vi]).join() !== names(en[k as keyof typeof en]).join());
    expect(differ).toEqual([]);
  });
});
