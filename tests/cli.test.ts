import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayCell, ROOT, readBack, run, runBinary, tempDir, writeGrid } from './helpers.js';

let dir: string;
const FIXTURE_DIR = join(ROOT, 'fixtures', '2023');
const GRIDS = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join(FIXTURE_DIR, f));

beforeAll(() => {
  dir = tempDir();
});

describe('scoring check', () => {
  it('names all five planted mistakes by cell and exits 1', async () => {
    const path = await writeGrid(dir, 'thang-03.xlsx', {
      cells: {
        [dayCell(0, 1)]: 'X', // unknown code
        [dayCell(0, 2)]: 'V,VS', // contradiction
        [dayCell(1, 3)]: '2', // bare number
        [dayCell(1, 6)]: '2V', // count not allowed
        [dayCell(2, 7)]: 3, // a number, not text
        [dayCell(2, 8)]: 'M', // fine
      },
    });
    const r = await run(['check', path]);
    expect(r.code).toBe(1);
    for (const cell of ['E9', 'F9', 'G10', 'J10', 'K11']) expect(r.stderr).toContain(`thang-03.xlsx › Tháng 03-2023 › ${cell}`);
    expect(r.stderr).toContain('Có phải là "');
    expect(r.stderr).toContain('5 lỗi');
  });

  it('prints scores and exits 0 on a clean grid, in English with --lang en', async () => {
    const path = await writeGrid(dir, 'clean.xlsx', { cells: { [dayCell(0, 1)]: 'V', [dayCell(1, 2)]: '2B' } });
    const r = await run(['check', path, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nguyễn Văn An.*60.*40/u);
    expect(r.stdout).toMatch(/Trần Thị Bình.*60.*40/u);
    expect(r.stderr).toContain('No problems.');
  });

  it('--json prints one object and nothing else on stdout', async () => {
    const path = await writeGrid(dir, 'json.xlsx', { cells: { [dayCell(2, 1)]: 'H' } });
    const r = await run(['check', path, '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.months[0].staff[2]).toEqual({ id: 'A3', name: 'Lê Văn Cường', deducted: 10, score: 90, counts: { H: 1 } });
    expect(out.problems).toEqual([]);
  });

  it('--annotate writes a marked copy, never the input', async () => {
    const path = await writeGrid(dir, 'annot.xlsx', { cells: { [dayCell(0, 1)]: 'Q', [dayCell(0, 4)]: 'M' } });
    const out = join(dir, 'annot-marked.xlsx');
    const r = await run(['check', path, '--annotate', out]);
    expect(r.code).toBe(1);
    const ws = (await readBack(out)).worksheets[0]!;
    expect((ws.getCell('E9').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFFF9999');
    expect(String(ws.getCell('E9').note)).toContain('"Q"');
    expect((ws.getCell('H9').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFFFE699'); // 4/3/2023 is a Saturday
    // Rows share their styles: the marked cells' neighbours in the same columns stay as they were.
    const argb = (address: string) => (ws.getCell(address).fill as { fgColor?: { argb: string } } | undefined)?.fgColor?.argb;
    expect([argb('E10'), argb('H10')]).toEqual([argb('F9'), argb('I9')]);
    expect([argb('E10'), argb('H10')]).not.toContain('FFFF9999');
    expect((await run(['check', path, '--annotate', path])).stderr).toContain('trùng file đầu vào');
  });
});

describe('init-rules and init-month', () => {
  it('writes a rulebook that loads back, and reports a broken one field by field', async () => {
    const rules = join(dir, 'quy-che.json');
    expect((await run(['init-rules', '-o', rules])).code).toBe(0);
    const json = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(rules, 'utf8')));
    expect(json.deductionCodes.find((c: { code: string }) => c.code === 'B').points).toBe(30);
    json.monthlyPoints = -5;
    json.deductionCodes[0].points = 'sixty';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(json));
    const r = await run(['check', GRIDS[0]!, '--rules', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 problem(s)');
    expect(r.stderr).toContain('monthlyPoints');
    expect(r.stderr).toContain('deductionCodes.0.points');
    expect(r.stderr).not.toContain('    at ');
    // In Vietnamese, each field says what to write, and no word of zod's English reaches the clerk.
    const vi = await run(['check', GRIDS[0]!, '--rules', bad]);
    expect(vi.stderr.split('\n').slice(1, 3)).toEqual([
      '  • monthlyPoints: phải lớn hơn 0.',
      '  • deductionCodes.0.points: phải là một số, viết không có ngoặc kép (ví dụ 100).',
    ]);
    expect(vi.stderr).not.toMatch(/expected|Invalid|Too small/u);
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const out = join(dir, 'thang.xlsx');
    expect((await run(['init-month', '--month', '2023-04', '--staff', 'fixtures/roster.csv', '-o', out])).code).toBe(0);
    const again = await run(['init-month', '--month', '2023-04', '--staff', 'fixtures/roster.csv', '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect((await run(['init-month', '--month', '2023-04', '--staff', 'fixtures/roster.csv', '-o', out, '--force'])).code).toBe(0);
  });

  it('names the default output thang-MM-YYYY.xlsx', async () => {
    const r = await run(['init-month', '--month', '2024-05', '--staff', join(ROOT, 'fixtures/roster.csv')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'thang-05-2024.xlsx'))).toBe(true);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run(['init-month', '--month', '2023-13', '--staff', 'fixtures/roster.csv'])).code).toBe(2);
    expect((await run(['init-month', '--staff', 'fixtures/roster.csv'])).code).toBe(2);
    expect((await run(['no-such-command'])).code).toBe(2);
  });

  it('answers a missing file with one line and exit 1', async () => {
    const r = await run(['check', join(dir, 'nope.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.xlsx');
  });
});

describe('tally and classify on the fixture year', () => {
  it('tally writes the report with its three sheets, every point traceable', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const r = await run(['tally', ...GRIDS, '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['asOf', 'months', 'problems', 'scope', 'staff', 'written', 'year']);
    expect(json.staff.find((p: { name: string }) => p.name === 'Lê Thị Lý')).toMatchObject({
      id: 'HB11',
      total: 780,
      deducted: 420,
      counts: { V: 5, B: 4 },
    });
    const wb = await readBack(out);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Kiểm tra']);
    const detail = wb.getWorksheet('Chi tiết')!;
    // Letterhead (3 rows), title and subtitle, a blank row, then the table header.
    const header = (detail.getRow(7).values as unknown[]).slice(1);
    expect(header).toEqual(['TT', 'Ngày', 'Mã', 'Họ và tên', 'Mã vi phạm', 'Nội dung', 'Số lần', 'Điểm trừ', 'File', 'Trang tính', 'Ô']);
    let points = 0;
    for (let r = 8; r <= detail.rowCount; r++) points += Number(detail.getCell(r, 8).value ?? 0);
    // A document names files by file name, never by a path of the computer it was made on.
    expect(detail.getCell(8, 9).value).toBe('thang-01-2023.xlsx');
    expect(points).toBe(json.staff.reduce((n: number, p: { deducted: number }) => n + p.deducted, 0));
    // Listed by date, then by name in Vietnamese order (Đ after D, Ư after U).
    const listed: { date: string; name: string }[] = [];
    for (let r = 8; r <= detail.rowCount && typeof detail.getCell(r, 1).value === 'number'; r++) {
      const [d, m, y] = String(detail.getCell(r, 2).value).split('/');
      listed.push({ date: `${y}-${m}-${d}`, name: String(detail.getCell(r, 4).value) });
    }
    expect(listed.length).toBeGreaterThan(50);
    const vi = new Intl.Collator('vi');
    const outOfOrder = listed.filter((b, i) => {
      const a = listed[i - 1];
      return a && (a.date > b.date || (a.date === b.date && vi.compare(a.name, b.name) > 0));
    });
    expect(outOfOrder).toEqual([]);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const ly = summary.getRows(8, 12)!.find((row) => row.getCell(3).value === 'Lê Thị Lý')!;
    expect(ly.getCell(4 + 12 + 4 + 6 + 2).value).toBe(780);
  });

  it('tally gives one year and one check code whatever order the grids come in (streamed, or read again)', async () => {
    const inOrder = join(dir, 'order-a.xlsx');
    const reversed = join(dir, 'order-b.xlsx');
    // In order, each month is folded as it is read; December first, the files are read again and held.
    const a = await run(['tally', ...GRIDS, '-o', inOrder, '--json']);
    const b = await run(['tally', ...[...GRIDS].reverse(), '-o', reversed, '--json']);
    expect([a.code, b.code]).toEqual([0, 0]);
    const year = (stdout: string) => {
      const { written: _, problems, ...rest } = JSON.parse(stdout);
      // Each grid's own problems are said in the order the grids were given.
      return { ...rest, problems: problems.map((p: unknown) => JSON.stringify(p)).sort() };
    };
    expect(year(b.stdout)).toEqual(year(a.stdout));
    expect(JSON.parse(a.stdout).staff).toHaveLength(12);
    const footer = async (file: string) => (await readBack(file)).getWorksheet('Tổng hợp')!.headerFooter.oddFooter ?? '';
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/u.exec(await footer(inOrder))?.[0];
    expect(code).toBeDefined();
    expect(await footer(reversed)).toContain(code);
  });

  it('--json is machine mode: no workbook without -o, and the same run twice gives the same output', async () => {
    const cwd = tempDir();
    for (const command of [
      ['tally', ...GRIDS],
      ['classify', ...GRIDS, '--staff', join(ROOT, 'fixtures', 'roster-cuoi-nam.csv')],
    ]) {
      const first = await run([...command, '--json'], { cwd });
      const second = await run([...command, '--json'], { cwd });
      expect(first.code).toBe(0);
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      expect(JSON.parse(first.stdout).written).toBeNull();
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('tally refuses two grids of one month and grids of two years', async () => {
    const dup = await run(['tally', GRIDS[0]!, GRIDS[0]!.replace('thang-01', 'thang-01'), '-o', join(dir, 'x.xlsx')]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('tháng 1 đã có');
    const other = await writeGrid(dir, 'y2024.xlsx', { year: 2024, month: 2 });
    const mixed = await run(['tally', GRIDS[0]!, other, '-o', join(dir, 'y.xlsx')]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('năm 2024');
    expect(existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });

  it('tally --from/--to ranks people by points kept in the period', async () => {
    const r = await run(['tally', ...GRIDS, '--from', '01/03/2023', '--to', '19/05/2023', '-o', join(dir, 'dot.xlsx'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.period).toEqual({ from: '2023-03-01', to: '2023-05-19' });
    const chan = json.staff.find((p: { name: string }) => p.name === 'Nguyễn Thành Chân');
    expect(chan.rank).toBe(1);
  });

  it('classify writes the workbook and the SPEC JSON shape', async () => {
    const out = join(dir, 'xep-loai.xlsx');
    const r = await run(['classify', ...GRIDS, '--staff', 'fixtures/roster-cuoi-nam.csv', '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary.counts).toEqual({ HTXSNV: 5, HTTNV: 4, HTNV: 1, KHTNV: 2, unclassified: 0 });
    expect(Object.keys(json.summary)).toEqual(['counts', 'shareGoodOrAbove', 'cchcTargetMet', 'unexcusedAbsencePeople', 'cchc', 'quota']);
    const giang = json.staff.find((p: { name: string }) => p.name === 'Tổng Văn Giang');
    expect(giang).toMatchObject({ level: 'KHTNV', flags: ['discipline-cap'] });
    const ws = (await readBack(out)).getWorksheet('Xếp loại')!;
    expect((ws.getRow(7).values as unknown[]).slice(1)).toEqual([
      'TT',
      'Họ và tên',
      'Chức vụ',
      'Tổng điểm năm',
      'Điểm so khung',
      'Xếp loại',
      'Ghi chú',
    ]);
  });

  it('classify starts from a tally report as well as from grids', async () => {
    const report = join(dir, 'th-for-classify.xlsx');
    expect((await run(['tally', ...GRIDS, '-o', report])).code).toBe(0);
    const r = await run(['classify', report, '--staff', 'fixtures/roster-cuoi-nam.csv', '-o', join(dir, 'xl2.xlsx'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.counts).toEqual({ HTXSNV: 5, HTTNV: 4, HTNV: 1, KHTNV: 2, unclassified: 0 });
  });

  it('demo writes every output', async () => {
    const out = join(dir, 'demo');
    const r = await run(['demo', '--year', '2023', '--out', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'thang-01-2023-trong.xlsx',
      'thang-02-2023-kiem-tra.xlsx',
      'tong-hop-2023.xlsx',
      'xep-loai-2023.xlsx',
    ]);
  });
});

/**
 * The binary itself, end to end: most of the command line is tested in-process above (runCli on a
 * captured terminal); these runs check that bin/scoring starts, prints where it should and exits
 * with the codes of the exit table.
 */
describe('bin/scoring, as a clerk runs it', () => {
  it('checks a fixture grid: the table on stdout, the problems summary on stderr, exit 0', async () => {
    const r = await runBinary(['check', join(ROOT, 'fixtures/2023/thang-01-2023.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nguyễn Thành Chân');
    expect(r.stderr).not.toContain('    at ');
  });

  it('answers wrong usage with exit 2 and a missing file with exit 1, one line each, no stack trace', async () => {
    const usage = await runBinary(['tally', '--from', 'yesterday', 'x.xlsx']);
    expect(usage.code).toBe(2);
    const missing = await runBinary(['check', 'no-such-grid.xlsx']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and exits 0', async () => {
    const r = await runBinary(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('init-month');
  });
});

describe('scoring page', () => {
  it('writes a copy of the offline page, and only as .html', async () => {
    const dir = tempDir();
    const out = join(dir, 'trang.html');
    const r = await run(['page', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(join(ROOT, 'dist', 'scoring.html')))).toBe(true);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect((await run(['page', '-o', join(dir, 'trang.txt')])).code).toBe(2);
  });
});
