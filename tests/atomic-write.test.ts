import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/core/problems.js';
import { guardOutput, writeFileAtomic } from '../src/io/atomic-write.js';
import { tempDir } from './helpers.js';

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
