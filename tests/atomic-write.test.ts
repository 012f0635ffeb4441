import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/core/problems.js';
import { render } from '../src/i18n/messages.js';
import { guardOutput, writeAtomically, writeFileAtomic } from '../src/io/atomic-write.js';
import { run, tempDir } from './helpers.js';

describe('atomic output', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('a failed write leaves the old content whole and no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'busy');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toBeInstanceOf(UserError);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['busy']);
  });

  it('refuses an output that is an input, or that exists without --force', () => {
    const dir = tempDir();
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, 'x');
    expect(() => guardOutput(join(dir, '.', 'in.xlsx'), [input], true)).toThrow(expect.objectContaining({ key: 'file.outputIsInput' }));
    expect(() => guardOutput(input, [], false)).toThrow(expect.objectContaining({ key: 'file.outputExists' }));
    expect(() => guardOutput(input, [], true)).not.toThrow();
  });
});

describe('system errors in words', () => {
  const failing = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: system said no`), { code });
  };
  const cases: [string, string, string][] = [
    ['ENOSPC', 'file.diskFull', 'ổ đĩa đã đầy'],
    ['EACCES', 'file.noWritePermission', 'không có quyền ghi'],
    ['EROFS', 'file.readOnlyFolder', 'chỉ cho đọc'],
    ['EBUSY', 'file.locked', 'đang được mở trong chương trình khác'],
    ['ENAMETOOLONG', 'file.pathTooLong', 'quá dài'],
  ];
  for (const [code, key, words] of cases) {
    it(`${code} becomes one sentence naming the file`, async () => {
      const dir = tempDir();
      const target = join(dir, 'tong-hop.xlsx');
      const err = await writeAtomically(target, failing(code)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).key).toBe(key);
      const text = render('vi', (err as UserError).key, (err as UserError).params);
      expect(text).toContain(target);
      expect(text).toContain(words);
      expect(text).not.toContain(code);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('a folder that does not exist, and a name too long for the file system, as the CLI says them', async () => {
    const dir = tempDir();
    const missing = await run(['init-rules', '-o', join(dir, 'khong-co', 'quy-che.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không tồn tại');
    const long = await run(['init-rules', '-o', join(dir, `${'a'.repeat(300)}.json`)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('quá dài');
    expect(long.stderr).not.toMatch(/ENAMETOOLONG|at .*\.js/u);
  });
});
