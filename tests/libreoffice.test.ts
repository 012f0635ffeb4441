import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { readGridFile } from '../src/xlsx/read/grid-reader.js';
import { describeWithPrograms } from './clients.js';
import { dayCell, run, tempDir, writeGrid } from './helpers.js';

/** LibreOffice as a real client: .ci/run installs it (libreoffice-calc-nogui, poppler-utils); elsewhere it is skipped with a notice. */

let dir: string;
let profile: string;

function soffice(args: string[], outDir: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args, '--outdir', outDir], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

function convert(file: string, to: string): string {
  const outDir = join(dir, `${to.split(':')[0]}-${basename(file)}`);
  mkdirSync(outDir, { recursive: true });
  soffice(['--convert-to', to, file], outDir);
  return join(outDir, basename(file).replace(/\.xlsx$/u, `.${to.split(':')[0]}`));
}

function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const text = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/u.exec(text)?.[1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(text) ?? [];
  return { pages, width: Number(w), height: Number(h) };
}

const CELLS = { [dayCell(0, 1)]: 'V', [dayCell(1, 6)]: '2B, h', [dayCell(2, 7)]: 'VS+VC', [dayCell(0, 9)]: 'ô' };

function events(m: ReturnType<typeof parseGrid>) {
  return m.events.map((e) => [e.personId, e.date, e.code, e.count, e.source.cell]);
}

describeWithPrograms('LibreOffice round trip', ['soffice', 'pdfinfo'], () => {
  beforeAll(() => {
    dir = tempDir();
    profile = join(dir, 'lo-profile');
  });

  it('a grid re-saved by LibreOffice parses to exactly the same events', async () => {
    const original = await writeGrid(dir, 'lo.xlsx', { cells: CELLS });
    const resaved = convert(original, 'xlsx:Calc MS Excel 2007 XML');
    const rules = defaultRulebook();
    const before = parseGrid(await readGridFile(original), rules);
    const after = parseGrid(await readGridFile(resaved), rules);
    expect(events(after)).toEqual(events(before));
    expect(after.ym).toEqual(before.ym);
    expect(after.problems.map((p) => p.key)).toEqual(before.problems.map((p) => p.key));
    expect(events(before)).toHaveLength(5);
  });

  it('a LibreOffice re-save whose metadata sheet is then lost still parses the same (title and header fallback)', async () => {
    const original = await writeGrid(dir, 'lo-nometa.xlsx', { cells: CELLS });
    const resaved = convert(original, 'xlsx:Calc MS Excel 2007 XML');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resaved);
    wb.removeWorksheet(wb.getWorksheet('_scoring')!.id);
    const stripped = join(dir, 'lo-stripped.xlsx');
    await wb.xlsx.writeFile(stripped);
    const rules = defaultRulebook();
    const raw = await readGridFile(stripped);
    expect(raw.metadata).toBeUndefined();
    expect(events(parseGrid(raw, rules))).toEqual(events(parseGrid(await readGridFile(original), rules)));
  });

  it('the monthly grid of 12 staff prints on one A4 landscape page', async () => {
    const grid = join(dir, 'thang-02-2023.xlsx');
    expect((await run(['init-month', '--month', '2023-02', '--staff', 'fixtures/roster.csv', '-o', grid])).code).toBe(0);
    const info = pdfInfo(convert(grid, 'pdf'));
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(842);
    expect(Math.round(info.height)).toBe(595);
  });
});
