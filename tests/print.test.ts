import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeWithPrograms } from './clients.js';
import { ROOT, run, tempDir } from './helpers.js';
import { outsideMargins, overlaps, type Page, pageLines, pdfPages } from './pdf-words.js';

/**
 * Every workbook a person prints, rendered by LibreOffice to PDF and read back word by word
 * (poppler): no word prints over another, none leaves the margins, and each sheet's first page
 * carries the whole letterhead.
 */

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const UNIT = 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC';
const PARENT = 'UBND HUYỆN THANH HÀ';
/** Side margins are 0.4 in (28.8 pt); header and footer sit 0.3 in (21.6 pt) from the edge. */
const SIDE = 27;
const TOP_BOTTOM = 20;

const grids = (months: number[]) => months.map((m) => join(ROOT, 'fixtures', '2023', `thang-${String(m).padStart(2, '0')}-2023.xlsx`));

interface Doc {
  readonly file: string;
  /** Printable sheets: each starts on a page with the letterhead. */
  readonly sheets: number;
  readonly parent: boolean;
  readonly title?: string;
}

const DOCS: Doc[] = [
  { file: 'demo/thang-01-2023-trong.xlsx', sheets: 1, parent: true },
  // The checked grid prints its list of problems (sheet Cần sửa) with it.
  { file: 'demo/thang-02-2023-kiem-tra.xlsx', sheets: 2, parent: true },
  { file: 'demo/tong-hop-2023.xlsx', sheets: 3, parent: true, title: 'BẢNG TỔNG HỢP ĐIỂM CHẤM KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH NĂM 2023' },
  { file: 'demo/xep-loai-2023.xlsx', sheets: 2, parent: true },
  { file: 'thang-02-2026.xlsx', sheets: 1, parent: false },
  { file: 'demo26/thang-12-2026-trong.xlsx', sheets: 1, parent: false },
  { file: 'demo26/kiem-tra-thang-06-2026.xlsx', sheets: 2, parent: false },
  { file: 'demo26/tong-hop-2026.xlsx', sheets: 4, parent: false, title: 'BẢNG TỔNG HỢP ĐIỂM CHẤM KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH NĂM 2026' },
  { file: 'demo26/xep-loai-2026.xlsx', sheets: 2, parent: false },
  // scoring close: the closing record, then one notice a person (12), each a page with the letterhead.
  { file: 'demo26/chot-thang-11-2026.xlsx', sheets: 13, parent: false },
  { file: 'thang-03.xlsx', sheets: 3, parent: true, title: 'BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THÁNG 03 NĂM 2023' },
  { file: 'quy-1.xlsx', sheets: 3, parent: true, title: 'BÁO CÁO KẾT QUẢ CHẤM ĐIỂM QUÝ I NĂM 2023' },
  { file: 'dot.xlsx', sheets: 3, parent: true, title: 'BÁO CÁO KẾT QUẢ CHẤM ĐIỂM TỪ 01/03/2023 ĐẾN 19/05/2023' },
  // Mẫu số 01: twelve forms, each on its own page with the letterhead.
  { file: 'phieu-q1.xlsx', sheets: 12, parent: false, title: 'PHIẾU THEO DÕI, ĐÁNH GIÁ CÔNG CHỨC' },
];

describeWithPrograms('printed workbooks (LibreOffice → PDF → poppler)', ['soffice', 'pdftotext'], () => {
  let dir: string;
  const pages = new Map<string, Page[]>();

  beforeAll(async () => {
    dir = tempDir();
    const steps = [
      ['demo', '--year', '2023', '--out', join(dir, 'demo')],
      ['demo', '--year', '2026', '--out', join(dir, 'demo26')],
      ['init-month', '--month', '2026-02', '--staff', join(ROOT, 'fixtures', 'roster.csv'), '-o', join(dir, 'thang-02-2026.xlsx')],
      ['tally', ...grids([3]), '-o', join(dir, 'thang-03.xlsx')],
      ['tally', ...grids([1, 2, 3]), '-o', join(dir, 'quy-1.xlsx')],
      ['tally', ...grids([3, 4, 5]), '--from', '01/03/2023', '--to', '19/05/2023', '-o', join(dir, 'dot.xlsx')],
      [
        'forms',
        ...[1, 2, 3].map((m) => join(ROOT, 'fixtures', '2026', `thang-0${m}-2026.xlsx`)),
        '--period',
        'Q1-2026',
        '-o',
        join(dir, 'phieu-q1.xlsx'),
      ],
    ];
    for (const args of steps) {
      const r = await run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const pdfDir = join(dir, 'pdf');
    const inputs = DOCS.map((d) => join(dir, d.file));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...inputs],
      { stdio: 'pipe', timeout: 300_000 },
    );
    for (const d of DOCS) pages.set(d.file, pdfPages(join(pdfDir, d.file.replace(/^.*\//u, '').replace(/\.xlsx$/u, '.pdf'))));
    expect(readdirSync(pdfDir)).toHaveLength(DOCS.length);
  }, 600_000);

  for (const doc of DOCS) {
    it(`${doc.file}: no word prints over another, none leaves the margins`, () => {
      const doc_pages = pages.get(doc.file)!;
      expect(doc_pages.length).toBeGreaterThan(0);
      doc_pages.forEach((page, i) => {
        const clash = overlaps(page).map(([a, b]) => `"${a.text}" × "${b.text}"`);
        expect(clash, `page ${i + 1}`).toEqual([]);
        expect(
          outsideMargins(page, SIDE, TOP_BOTTOM).map((w) => w.text),
          `page ${i + 1}`,
        ).toEqual([]);
      });
    });

    it(`${doc.file}: each sheet's first page carries the letterhead whole${doc.parent ? '' : ', without a district'}`, () => {
      const withMotto = pages
        .get(doc.file)!
        .map(pageLines)
        .filter((lines) => lines.some((l) => l.includes(MOTTO)));
      expect(withMotto).toHaveLength(doc.sheets);
      for (const lines of withMotto) {
        expect(lines.some((l) => l.includes(UNIT))).toBe(true);
        expect(lines.some((l) => l.includes(PARENT))).toBe(doc.parent);
        expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
        // A long title may wrap in its merged cell: its words follow each other on the page.
        if (doc.title) expect(lines.join(' ')).toContain(doc.title);
      }
      if (!doc.parent)
        expect(
          pages
            .get(doc.file)!
            .flatMap((p) => p.words)
            .some((w) => w.text === 'HUYỆN'),
        ).toBe(false);
    });
  }

  it('Mẫu số 01: one person to a page', () => {
    const forms = pages.get('phieu-q1.xlsx')!.map(pageLines);
    expect(forms).toHaveLength(12);
    for (const lines of forms) expect(lines.filter((l) => l.startsWith('Họ và tên:'))).toHaveLength(1);
  });

  it('multi-page sheets number the pages of their own sheet and repeat the table header', () => {
    const printed = pages.get('demo/tong-hop-2023.xlsx')!.map(pageLines);
    // Every page carries the check code of the grids at the left of its footer (issue 29), then its number.
    const code = /^Mã kiểm tra: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\s*/u;
    for (const lines of printed) expect(lines.some((l) => code.test(l))).toBe(true);
    const report = printed.map((lines) => lines.map((l) => l.replace(code, '')));
    expect(report.length).toBeGreaterThan(3);
    // A sheet starts on the page with the letterhead: its number is 1 there, then counts on.
    let expected = 0;
    report.forEach((lines, i) => {
      expected = lines.some((l) => l.includes(MOTTO)) ? 1 : expected + 1;
      expect(lines, `page ${i + 1}`).toContain(`Trang ${expected}`);
    });
    expect(report.filter((lines) => lines.includes('Trang 2')).length).toBeGreaterThan(0);
    // Chi tiết runs over several pages: each of them starts its table with the header row.
    const detailPages = report.filter((lines) => lines.some((l) => /^TT Ngày Mã Họ và tên/u.test(l)));
    expect(detailPages.length).toBeGreaterThan(1);
  });
});
