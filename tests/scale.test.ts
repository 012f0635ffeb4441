import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack, run, tempDir } from './helpers.js';

/** A year of 200 staff made by the benchmark generator: what must stay readable when lists get long. */

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = tempDir();
  // @ts-expect-error: a plain .mjs script without types
  const { generate } = await import('../bench/generate.mjs');
  files = ((await generate(200, join(dir, 'data'))) as { files: string[] }).files;
});

describe('long lists', () => {
  it('the terminal table shows the first 100 people and says where the rest are', async () => {
    const r = await run(['tally', ...files, '-o', join(dir, 'tong-hop.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('… và 100 dòng nữa');
    expect(r.stdout).toMatch(/│ 100 │/u);
    expect(r.stdout).not.toMatch(/│ 101 │/u);
  });

  it('a broken quota names the first people at its border on screen and counts the rest; the workbook marks each in Ghi chú', async () => {
    const out = join(dir, 'xep-loai.xlsx');
    const r = await run(['classify', ...files, '-o', out]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('ranh giới'))!;
    const shown = line.slice(line.indexOf('ranh giới: ') + 'ranh giới: '.length).split(', ');
    expect(shown).toHaveLength(20);
    expect(line).toMatch(/ và \d+ người nữa\.$/u);
    const ws = (await readBack(out)).getWorksheet('Xếp loại')!;
    const quotaCell = ws.getColumn(1).values.find((v) => typeof v === 'string' && v.includes('ranh giới')) as string;
    const border = Number(/(\d+) người ở ranh giới, ghi ở cột Ghi chú/u.exec(quotaCell)?.[1]);
    // On screen: 20 named and "và N người nữa"; the same people, counted.
    expect(border).toBe(20 + Number(/ và (\d+) người nữa\.$/u.exec(line)![1]));
    const notes = ws
      .getColumn((ws.getRow(7).values as unknown[]).length - 1)
      .values.filter((v) => typeof v === 'string' && v.includes('Ở ranh giới tỷ lệ HTXSNV'));
    expect(notes).toHaveLength(border);
  });

  it('classify from the tally report gives what classify from the twelve grids gives', async () => {
    const report = join(dir, 'tong-hop-json.xlsx');
    expect((await run(['tally', ...files, '-o', report])).code).toBe(0);
    const fromReport = JSON.parse((await run(['classify', report, '-o', join(dir, 'a.xlsx'), '--json'])).stdout);
    const fromGrids = JSON.parse((await run(['classify', ...files, '-o', join(dir, 'b.xlsx'), '--json'])).stdout);
    expect(fromReport.staff).toHaveLength(200);
    expect(fromReport.staff).toEqual(fromGrids.staff);
    expect(fromReport.summary).toEqual(fromGrids.summary);
  });
});
