import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeWithPrograms } from './clients.js';
import { dayCell, run, tempDir, writeGrid } from './helpers.js';
import { clippedWords, outsideMargins, overlaps, type Page, pageLines, pdfPages } from './pdf-words.js';

/**
 * The documents of a 13-person and of a 45-person commune with long names and positions, printed
 * through LibreOffice and read back: the number of pages a chairperson would expect per sheet, no
 * word over another or outside the margins, and no text cut off — every word of every name and
 * position is on the paper.
 */

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const LONG_NAMES = ['Nguyễn Thị Thanh Hương Giang', 'Tôn Nữ Hoàng Phương Thảo', 'Huỳnh Thị Ngọc Bích Trâm', 'Nguyễn Văn Anh'];
/** Positions as communes write them, the longest of them included. */
const LONG_POSITIONS = [
  'Phó Chủ tịch UBND xã',
  'Công chức Văn phòng - Thống kê',
  'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường',
  'Chỉ huy trưởng Quân sự',
];

function roster(size: number): string {
  const lines = ['Mã,Họ và tên,Chức vụ'];
  for (let i = 1; i <= size; i++) lines.push(`NV${String(i).padStart(2, '0')},${LONG_NAMES[i % 4]} ${i},${LONG_POSITIONS[i % 4]}`);
  return `${lines.join('\n')}\n`;
}

/** Workbooks printed to PDF by LibreOffice into `outDir`, with a profile of the test's own. */
function printToPdf(profile: string, outDir: string, files: readonly string[], timeout = 120_000): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout,
  });
}

/** Pages of each sheet: a sheet starts on a page with the letterhead. */
function pagesPerSheet(pages: readonly Page[]): number[] {
  const out: number[] = [];
  for (const lines of pages.map(pageLines)) {
    if (lines.some((l) => l.includes(MOTTO)) || out.length === 0) out.push(1);
    else out[out.length - 1]! += 1;
  }
  return out;
}

describeWithPrograms('printed documents of a 13- and a 45-person commune', ['soffice', 'pdftotext'], () => {
  let dir: string;
  const pdf = new Map<string, Page[]>();
  const files = new Map<string, string>();
  const docs = ['grid', 'checked', 'month', 'quarter', 'window', 'year', 'classification'];

  beforeAll(async () => {
    dir = tempDir();
    for (const size of [13, 45]) {
      const office = join(dir, String(size));
      execFileSync('mkdir', ['-p', office]);
      writeFileSync(join(office, 'roster.csv'), roster(size));
      const grids: string[] = [];
      for (let m = 1; m <= 12; m++) {
        const file = join(office, `thang-${String(m).padStart(2, '0')}-2023.xlsx`);
        const r = await run(
          ['init-month', '--month', `2023-${String(m).padStart(2, '0')}`, '--staff', join(office, 'roster.csv'), '-o', file],
          { cwd: office },
        );
        expect(r.code, r.stderr).toBe(0);
        grids.push(file);
      }
      const steps: [string, string[]][] = [
        ['checked', ['check', grids[1]!, '--annotate', 'checked.xlsx']],
        ['month', ['tally', grids[2]!, '-o', 'month.xlsx']],
        ['quarter', ['tally', ...grids.slice(0, 3), '-o', 'quarter.xlsx']],
        ['window', ['tally', ...grids.slice(2, 5), '--from', '01/03/2023', '--to', '19/05/2023', '-o', 'window.xlsx']],
        ['year', ['tally', ...grids, '-o', 'year.xlsx']],
        ['classification', ['classify', ...grids, '-o', 'classification.xlsx']],
      ];
      for (const [, args] of steps) {
        const r = await run(args, { cwd: office });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      }
      execFileSync('cp', [grids[0]!, join(office, 'grid.xlsx')]);
      printToPdf(
        join(dir, 'lo-profile'),
        join(office, 'pdf'),
        docs.map((d) => join(office, `${d}.xlsx`)),
        300_000,
      );
      for (const d of docs) {
        pdf.set(`${size}/${d}`, pdfPages(join(office, 'pdf', `${d}.pdf`)));
        files.set(`${size}/${d}`, join(office, 'pdf', `${d}.pdf`));
      }
    }
  }, 900_000);

  for (const size of [13, 45]) {
    it(`${size} people: no word over another or outside the margins, on any document`, () => {
      for (const d of docs) {
        pdf.get(`${size}/${d}`)!.forEach((page, i) => {
          expect(
            overlaps(page).map(([a, b]) => `${a.text} × ${b.text}`),
            `${d} page ${i + 1}`,
          ).toEqual([]);
          expect(
            outsideMargins(page, 27, 20).map((w) => w.text),
            `${d} page ${i + 1}`,
          ).toEqual([]);
        });
      }
    });

    it(`${size} people: no word crosses its cell's edge (every word printed whole), on any document`, () => {
      for (const d of docs) {
        const cut = clippedWords(files.get(`${size}/${d}`)!, pdf.get(`${size}/${d}`)!);
        expect(
          cut.map(({ page, word }) => `page ${page}: ${word.text}`),
          d,
        ).toEqual([]);
      }
    });

    it(`${size} people: no name or position missing from the grid, the report or the classification`, () => {
      for (const d of ['grid', 'quarter', 'classification']) {
        const printed = pdf.get(`${size}/${d}`)!.flatMap((p) => p.words.map((w) => w.text));
        const count = (word: string) => printed.filter((w) => w === word).length;
        // Each person's name ends with their number, printed once per sheet listing them.
        for (let i = 1; i <= size; i++) expect(count(String(i)), `${d}: person ${i}`).toBeGreaterThan(0);
        LONG_POSITIONS.forEach((position, k) => {
          const holders = Array.from({ length: size }, (_, i) => i + 1).filter((i) => i % 4 === k).length;
          // The last words of a wrapped position are the first to be cut off by a row too short.
          for (const word of position.split(' ').slice(-2))
            expect(count(word), `${d}: "${word}" of ${position}`).toBeGreaterThanOrEqual(holders);
        });
      }
    });
  }

  it('13 people: the quarter report prints its table on one page, the grid and the month report on two at most', () => {
    expect(pagesPerSheet(pdf.get('13/quarter')!)[0]).toBe(1);
    expect(pagesPerSheet(pdf.get('13/grid')!)[0]).toBeLessThanOrEqual(2);
    expect(pagesPerSheet(pdf.get('13/month')!)[0]).toBeLessThanOrEqual(2);
  });

  it('45 people: the grid on three pages at most, the classification on two', () => {
    expect(pagesPerSheet(pdf.get('45/grid')!)[0]).toBeLessThanOrEqual(3);
    expect(pagesPerSheet(pdf.get('45/classification')!)[0]).toBeLessThanOrEqual(2);
  });

  it('no page opens with the repeated table header over no rows', () => {
    for (const [key, pages] of pdf) {
      pages.forEach((page, i) => {
        const lines = pageLines(page);
        if (!lines.some((l) => /^TT\b/u.test(l)) || lines.some((l) => l.includes(MOTTO))) return;
        // A continuation page with the table's header holds at least one person's row (TT, then a name).
        expect(
          lines.filter((l) => /^\d+ (NV\d+ )?\p{Lu}/u.test(l)).length,
          `${key} page ${i + 1}: ${lines.slice(0, 8).join(' | ')}`,
        ).toBeGreaterThan(0);
      });
    }
  });

  it('the clipping check sees a row too short for its text (it can fail)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.getColumn(1).width = 12;
    const cell = ws.getCell('A1');
    cell.value = 'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường';
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(1).height = 15;
    ws.getCell('A3').value = 'Dòng sau';
    const file = join(dir, 'short-row.xlsx');
    await wb.xlsx.writeFile(file);
    printToPdf(join(dir, 'lo-profile'), dir, [file]);
    const out = join(dir, 'short-row.pdf');
    const cut = clippedWords(out, pdfPages(out)).map(({ word }) => word.text);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut).not.toContain('Dòng');
  }, 120_000);
});

/** Mã as a province numbers its people, and a 12-digit number, beside a commune's short one. */
const LONG_IDS = ['CB00001', 'CB00002', '001088012345', 'HB1'];

describeWithPrograms('documents of people with long Mã (LibreOffice → PDF → poppler)', ['soffice', 'pdftotext'], () => {
  it('print every Mã whole on one line: the report, the closing record, the review form', async () => {
    const dir = tempDir();
    const staff = LONG_IDS.map((id, i) => ({ id, name: `Nguyễn Văn ${String.fromCharCode(65 + i)}`, position: 'Công chức' }));
    const grid = await writeGrid(dir, 'thang-03-2023.xlsx', {
      staff,
      cells: Object.fromEntries(staff.map((_, i) => [dayCell(i, 3), 'M'])),
    });
    writeFileSync(join(dir, 'roster.csv'), `Mã,Họ và tên,Chức vụ\n${staff.map((p) => `${p.id},${p.name},${p.position}`).join('\n')}\n`);
    const steps = [
      ['tally', grid, '-o', 'bao-cao.xlsx'],
      ['close', grid, '--date', '05/04/2023'],
      ['init-review', '--period', 'H1-2023', '--staff', 'roster.csv', '-o', 'phieu-5x3c.xlsx'],
    ];
    for (const args of steps) {
      const r = await run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const made = readdirSync(dir).filter((f) => /^(bao-cao|chot-|phieu-5x3c)/u.test(f) && f.endsWith('.xlsx'));
    expect(made).toHaveLength(3);
    printToPdf(
      join(dir, 'lo-profile'),
      dir,
      made.map((f) => join(dir, f)),
    );
    for (const file of made) {
      const words = pdfPages(join(dir, file.replace(/\.xlsx$/u, '.pdf'))).flatMap((page) => page.words.map((w) => w.text));
      // A column too narrow for a Mã breaks it over two lines (`CB000` over `01`): then it is no word of the page.
      const codes = words.filter((w) => /^[A-Z]*\d+$/u.test(w));
      for (const id of LONG_IDS) expect(words, `${file}: ${id} among ${codes.join(' ')}`).toContain(id);
    }
  }, 120_000);
});
