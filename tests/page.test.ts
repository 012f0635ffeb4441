import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Browser, chromium, type FileChooser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openWorkbookView } from '../src/xlsx/read/grid-reader.js';
import { describeWithPrograms } from './clients.js';
import { dayCell, ROOT, run, tempDir, writeGrid } from './helpers.js';

/**
 * The space bar on the focused file input, until the chooser opens: the listener that makes
 * playwright intercept the chooser is set up by a round trip to chromium, and a key pressed before
 * it lands opens no chooser it can see (about one run in three on this machine). Three tries.
 */
async function chooserBySpace(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const opened = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.keyboard.press('Space');
    try {
      return await opened;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/**
 * The offline page in Debian's chromium: opened from file://, it reads the 2023 example's twelve
 * grids, shows every problem by file › sheet › cell as the command line does, and its downloads
 * are the command line's workbooks for the same files (read back with the project's reader and
 * compared cell by cell). It makes no request but for itself, and works from the keyboard alone.
 */

const PAGE = join(ROOT, 'dist', 'scoring.html');
const FIXTURES = join(ROOT, 'fixtures', '2023');
const GRIDS = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => join(FIXTURES, f));
const YEAR_END = join(ROOT, 'fixtures', 'roster-cuoi-nam.csv');

/** Every sheet of a workbook as [name, rows of [column, value]], through the project's reader. */
async function contents(file: string) {
  const view = await openWorkbookView(file);
  return view.sheets.map((s) => {
    const rows: [number, unknown][][] = [];
    for (let r = 1; r <= s.rowCount; r++) rows.push([...s.cells(r).entries()].map(([c, v]) => [c, v.value]));
    return [s.name, s.state, rows] as const;
  });
}

function chromiumPath(): string {
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return 'chromium';
}

describeWithPrograms('the offline page in chromium', ['chromium'], () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const requests: string[] = [];

  async function download(selector: string, name: string): Promise<string> {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const path = join(dir, `page-${name}`);
    await dl.saveAs(path);
    expect(dl.suggestedFilename()).toBe(name);
    return path;
  }

  beforeAll(async () => {
    dir = tempDir();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    page = await browser.newPage({ acceptDownloads: true });
    page.on('request', (r) => requests.push(r.url()));
    const started = Date.now();
    await page.goto(`file://${PAGE}`);
    await page.waitForSelector('body[data-ready="true"]');
    console.log(
      `[page] ready ${Date.now() - started} ms after opening (budget 2 s); ${(statSync(PAGE).size / 1024 / 1024).toFixed(2)} MB (budget 3 MB)`,
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained file under 3 MB, with no Node built-in in it', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(statSync(PAGE).size).toBeLessThan(3 * 1024 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/u);
    expect(html).not.toMatch(/require\("(node:)?(fs|zlib|path|os|v8|vm)"\)/u);
  });

  it('checks the twelve grids of 2023: the problems the command line finds, at the same cells', async () => {
    await page.setInputFiles('#grids', GRIDS);
    await page.waitForSelector('#check-out .summary');
    const shown = await page.$$eval('#check-out li', (items) => items.map((li) => li.textContent));
    const cli = await run(['check', ...GRIDS], { cwd: FIXTURES });
    const cliLines = cli.stderr.trim().split('\n').slice(0, -1);
    // The CLI names files as given (full paths); the page by their names.
    expect(shown).toEqual(cliLines.map((l) => l.replaceAll(`${FIXTURES}/`, '')));
    expect(await page.textContent('#check-out .summary')).toBe(cli.stderr.trim().split('\n').at(-1));
    // Each month as check computed it; the page adds nothing up itself.
    expect(await page.$$eval('#check-out table.scores thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      'TT',
      'Họ và tên',
      ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
    ]);
  }, 60_000);

  it('downloads the year report and the classification the command line writes for the same files', async () => {
    await page.click('#make-report');
    const report = await download('#report-out a.download', 'tong-hop-2023.xlsx');
    // The year total is tally's: Nguyễn Thành Chân kept every point, 1,200.
    const first = await page.$$eval('#report-out table.scores tbody tr:first-child td', (tds) => tds.map((td) => td.textContent));
    expect(first.at(1)).toBe('Nguyễn Thành Chân');
    expect(first.at(-1)).toBe('1200');
    const cliReport = join(dir, 'cli-tong-hop-2023.xlsx');
    expect((await run(['tally', ...GRIDS, '-o', cliReport])).code).toBe(0);
    expect(await contents(report)).toEqual(await contents(cliReport));

    await page.setInputFiles('#classify-staff', YEAR_END);
    await page.click('#classify');
    const classification = await download('#year-out a.download', 'xep-loai-2023.xlsx');
    const cliClassification = join(dir, 'cli-xep-loai-2023.xlsx');
    expect((await run(['classify', ...GRIDS, '--staff', YEAR_END, '-o', cliClassification])).code).toBe(0);
    expect(await contents(classification)).toEqual(await contents(cliClassification));
  }, 120_000);

  it('makes the report of a window (from/to), as tally --from --to does', async () => {
    await page.fill('#tally-from', '2023-03-01');
    await page.fill('#tally-to', '2023-05-19');
    await page.click('#make-report');
    const window = await download('#report-out a.download', 'bao-cao-01-03-2023-den-19-05-2023.xlsx');
    const cli = join(dir, 'cli-window.xlsx');
    expect((await run(['tally', ...GRIDS, '--from', '01/03/2023', '--to', '19/05/2023', '-o', cli])).code).toBe(0);
    expect(await contents(window)).toEqual(await contents(cli));
    await page.fill('#tally-from', '');
    await page.fill('#tally-to', '');
    await page.click('#make-report');
    await page.waitForSelector('#report-out a.download');
  }, 60_000);

  it('switches what it has shown to English and back, problems and links included', async () => {
    expect(await page.textContent('#check-out .summary')).toBe('0 lỗi, 1 cảnh báo.');
    await page.click('#lang');
    expect(await page.textContent('#check-out .summary')).toBe('0 error(s), 1 warning(s).');
    expect(await page.textContent('#report-out a.download')).toBe('Download tong-hop-2023.xlsx');
    await page.click('#lang');
    expect(await page.textContent('#report-out a.download')).toBe('Tải tong-hop-2023.xlsx');
  });

  it('shows each planted mistake at its cell, with what to do', async () => {
    const planted = await writeGrid(dir, 'thang-03-2023.xlsx', {
      cells: { [dayCell(0, 1)]: 'X', [dayCell(1, 6)]: '2V', [dayCell(2, 7)]: 'V, VS' },
    });
    await page.setInputFiles('#grids', [planted]);
    await page.waitForSelector('#check-out .summary');
    const shown = (await page.$$eval('#check-out li.error', (items) => items.map((li) => li.textContent ?? ''))).join('\n');
    for (const cell of [dayCell(0, 1), dayCell(1, 6), dayCell(2, 7)])
      expect(shown).toContain(`thang-03-2023.xlsx › Tháng 03-2023 › ${cell}:`);
    // Nothing to download from a grid with errors but the checked copy, which marks them.
    expect(await page.$$eval('#check-out a.download', (links) => links.map((a) => a.textContent))).toEqual([
      'Tải thang-03-2023-kiem-tra.xlsx',
    ]);
  }, 60_000);

  it('works from the keyboard alone: switch to English, open grids, make the report, download it', async () => {
    const fresh = await browser.newPage({ acceptDownloads: true });
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(`file://${PAGE}`);
    await fresh.waitForSelector('body[data-ready="true"]');
    // The language button is the first thing Tab reaches.
    await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.id)).toBe('lang');
    await fresh.keyboard.press('Enter');
    expect(await fresh.textContent('h1')).toBe('Discipline scoring');
    // Tab on to the grids' file input and open it with the space bar.
    for (let i = 0; i < 12 && (await fresh.evaluate(() => document.activeElement?.id)) !== 'grids'; i++) await fresh.keyboard.press('Tab');
    expect(await fresh.evaluate(() => document.activeElement?.id)).toBe('grids');
    const chooser = await chooserBySpace(fresh);
    await chooser.setFiles(GRIDS.slice(0, 3));
    await fresh.waitForSelector('#check-out .summary');
    while ((await fresh.evaluate(() => document.activeElement?.id)) !== 'make-report') await fresh.keyboard.press('Tab');
    await fresh.keyboard.press('Enter');
    await fresh.waitForSelector('#report-out a.download');
    await fresh.focus('#report-out a.download');
    const [dl] = await Promise.all([fresh.waitForEvent('download'), fresh.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toBe('bao-cao-quy-I-2023.xlsx');
    await fresh.close();
  }, 60_000);

  it('the 2026 year-end, dated, quota enforced, exported: the page writes what the command line writes', async () => {
    const fixtures26 = join(ROOT, 'fixtures', '2026');
    const grids26 = readdirSync(fixtures26)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()
      .map((f) => join(fixtures26, f));
    const roster = join(ROOT, 'fixtures', 'roster.csv');
    const year = await browser.newPage({ acceptDownloads: true });
    year.on('request', (r) => requests.push(r.url()));
    await year.goto(`file://${PAGE}`);
    await year.waitForSelector('body[data-ready="true"]');
    await year.setInputFiles('#grids', grids26);
    await year.waitForSelector('#check-out .summary');
    // Step 1 names the rulebook the grids carry, not the preset on screen.
    expect(await year.textContent('.using')).toContain('Nghị định 335/2025');
    const save = async (selector: string, name: string) => {
      const [dl] = await Promise.all([year.waitForEvent('download'), year.click(selector)]);
      expect(dl.suggestedFilename()).toBe(name);
      const path = join(dir, `page26-${name}`);
      await dl.saveAs(path);
      return path;
    };
    await year.fill('#tally-date', '2026-12-10');
    await year.fill('#tally-export', 'ket-qua.csv');
    await year.click('#make-report');
    await year.waitForSelector('#report-out a.download');
    const report = await save('#report-out a.download >> nth=0', 'tong-hop-2026.xlsx');
    const csv = await save('#report-out a.download >> nth=1', 'ket-qua.csv');
    // The 100-point year score on screen is the one tally computed, person by person.
    const pageScores = await year.$$eval('#report-out table.scores tbody tr', (rows) =>
      rows.map((tr) => [tr.children[1]?.textContent, tr.lastElementChild?.textContent]),
    );
    expect(await year.textContent('#report-out table.scores thead')).toContain('Điểm đánh giá năm');
    const json = await run(['tally', ...grids26, '--rules', join(fixtures26, 'quy-che-nd335.json'), '--date', '10/12/2026', '--json'], {
      cwd: dir,
    });
    const cliStaff = JSON.parse(json.stdout).staff as { name: string; evaluation?: { yearScore: number | null } }[];
    expect(pageScores).toEqual(cliStaff.map((p) => [p.name, p.evaluation?.yearScore == null ? 'chưa đủ' : String(p.evaluation.yearScore)]));
    await year.fill('#classify-date', '2026-12-10');
    await year.check('#classify-enforceQuota');
    await year.check('#classify-allowMissingEvaluations');
    await year.setInputFiles('#classify-staff', roster);
    await year.click('#classify');
    await year.waitForSelector('#year-out a.download');
    // The levels and the quota verdict are on screen, not only in the download.
    expect(await year.textContent('#year-out table.levels')).toContain('HTTNV');
    expect(await year.textContent('#year-out')).toContain('Tỷ lệ HTXSNV');
    const classification = await save('#year-out a.download', 'xep-loai-2026.xlsx');
    await year.close();

    const cliReport = join(dir, 'cli26-tong-hop.xlsx');
    const cliCsv = join(dir, 'cli26-ket-qua.csv');
    const cliClass = join(dir, 'cli26-xep-loai.xlsx');
    const rules = ['--rules', join(fixtures26, 'quy-che-nd335.json')];
    expect(
      (await run(['tally', ...grids26, ...rules, '--date', '10/12/2026', '--export', cliCsv, '-o', cliReport], { cwd: dir })).code,
    ).toBe(0);
    const c = await run(
      [
        'classify',
        ...grids26,
        ...rules,
        '--date',
        '10/12/2026',
        '--enforce-quota',
        '--allow-missing-evaluations',
        '--staff',
        roster,
        '-o',
        cliClass,
      ],
      { cwd: dir },
    );
    expect(c.code).toBe(0);
    expect(await contents(report)).toEqual(await contents(cliReport));
    expect(await contents(classification)).toEqual(await contents(cliClass));
    expect(readFileSync(csv, 'utf8')).toBe(readFileSync(cliCsv, 'utf8'));
  }, 120_000);

  it('refuses two files of one name, and a newer check replaces an older one still running', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`file://${PAGE}`);
    await fresh.waitForSelector('body[data-ready="true"]');
    const twin = join(dir, 'twin');
    mkdirSync(twin, { recursive: true });
    copyFileSync(GRIDS[0]!, join(twin, basename(GRIDS[0]!)));
    await fresh.setInputFiles('#grids', [GRIDS[0]!, join(twin, basename(GRIDS[0]!))]);
    expect(await fresh.textContent('#check-out [role=alert]')).toContain(`Hai tệp cùng tên ${basename(GRIDS[0]!)}`);
    // The year's twelve grids, then at once February alone: the screen ends with February's check.
    await fresh.setInputFiles('#grids', GRIDS);
    await fresh.setInputFiles('#grids', [GRIDS[1]!]);
    await fresh.waitForSelector('#check-out .summary');
    await fresh.waitForTimeout(1500);
    expect(await fresh.$$eval('#check-out table.scores thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      'TT',
      'Họ và tên',
      'T2',
    ]);
    await fresh.close();
  }, 60_000);

  it('closes a month as the command line does: the same ledger, the same record and notices', async () => {
    const fixtures26 = join(ROOT, 'fixtures', '2026');
    const november = join(fixtures26, 'thang-11-2026.xlsx');
    const fresh = await browser.newPage({ acceptDownloads: true });
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(`file://${PAGE}`);
    await fresh.waitForSelector('body[data-ready="true"]');
    await fresh.setInputFiles('#grids', [november]);
    await fresh.waitForSelector('#check-out .summary');
    await fresh.fill('#close-date', '2026-12-03');
    await fresh.click('#close');
    await fresh.waitForSelector('#closing-out a.download >> nth=1');
    const links = await fresh.$$eval('#closing-out a.download', (as) => as.map((a) => a.getAttribute('download')));
    expect(links).toEqual(['so-chot.json', 'chot-thang-11-2026.xlsx']);
    const saved: string[] = [];
    for (const n of [0, 1]) {
      const [dl] = await Promise.all([fresh.waitForEvent('download'), fresh.click(`#closing-out a.download >> nth=${n}`)]);
      const path = join(dir, `page-closing-${dl.suggestedFilename()}`);
      await dl.saveAs(path);
      saved.push(path);
    }
    // Reopening without a reason is refused on the page as on the command line.
    await fresh.click('#reopen');
    expect(await fresh.textContent('#closing-out [role=alert]')).toContain('cần lý do');
    await fresh.close();

    const cliDir = join(dir, 'cli-closing');
    mkdirSync(cliDir, { recursive: true });
    const rules = ['--rules', join(fixtures26, 'quy-che-nd335.json')];
    const ledger = join(cliDir, 'so-chot.json');
    const cli = await run(['close', november, ...rules, '--date', '03/12/2026', '--ledger', ledger, '-o', join(cliDir, 'chot.xlsx')], {
      cwd: cliDir,
    });
    expect(cli.code).toBe(0);
    expect(JSON.parse(readFileSync(saved[0]!, 'utf8'))).toEqual(JSON.parse(readFileSync(ledger, 'utf8')));
    expect(await contents(saved[1]!)).toEqual(await contents(join(cliDir, 'chot.xlsx')));
  }, 120_000);

  it('makes the "5 xây, 3 chống" sheet the command line makes, and reads it back filled', async () => {
    const roster = join(ROOT, 'fixtures', 'roster.csv');
    const fresh = await browser.newPage({ acceptDownloads: true });
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(`file://${PAGE}`);
    await fresh.waitForSelector('body[data-ready="true"]');
    await fresh.fill('#init-review-period', 'H2-2026');
    await fresh.setInputFiles('#init-review-staff', roster);
    await fresh.click('#make-review-form');
    const [dl] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#review-out a.download')]);
    expect(dl.suggestedFilename()).toBe('danh-gia-5x3c-H2-2026.xlsx');
    const sheet = join(dir, 'page-review.xlsx');
    await dl.saveAs(sheet);
    const cliDir = join(dir, 'cli-review');
    mkdirSync(cliDir, { recursive: true });
    expect((await run(['init-review', '--period', 'H2-2026', '--staff', roster], { cwd: cliDir })).code).toBe(0);
    expect(await contents(sheet)).toEqual(await contents(join(cliDir, 'danh-gia-5x3c-H2-2026.xlsx')));
    // The blank sheet read back: every rating missing is a warning, nothing is an error.
    await fresh.setInputFiles('#review-sheets', sheet);
    await fresh.click('#make-review-report');
    await fresh.waitForSelector('#review-out .summary');
    expect(await fresh.textContent('#review-out .summary')).toMatch(/^0 lỗi, \d+ cảnh báo\.$/u);
    await fresh.close();
  }, 120_000);

  it('makes no request at all but for the page itself', () => {
    const others = requests.filter((u) => u !== `file://${PAGE}` && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(others).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
