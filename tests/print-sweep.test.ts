import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { PRESETS } from '../src/core/rulebook.js';
import type { StaffMember } from '../src/core/staff.js';
import { describeWithPrograms } from './clients.js';
import { run, tempDir, writeGrid } from './helpers.js';
import { overlaps, type Page, pageLines, pdfPages } from './pdf-words.js';

/**
 * The 2026 classification over a sweep of unit sizes (issue 26), with groups, a disciplined person,
 * quota moves and long notes: the closing block (summary, quota lines, signatures, Nơi nhận) is
 * tall, and the page planner must still never leave a page without a person's row — no repeated
 * header over nothing, no signatures alone.
 */

const rules = PRESETS['nd335-2025']();
const SIZES = [1, 3, 5, 12, 14, 30, 45];
const GROUPS = ['Lãnh đạo', 'Văn phòng', 'Địa chính', 'Văn hóa'];
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

function staffOf(size: number): StaffMember[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `S${String(i + 1).padStart(3, '0')}`,
    name: `${['Nguyễn Thị Thanh Hương', 'Tôn Nữ Hoàng Phương', 'Lê Văn'][i % 3]} Số ${i + 1}`,
    position: ['Phó Chủ tịch UBND xã', 'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường', 'Công chức'][i % 3]!,
  }));
}

describeWithPrograms('the 2026 classification, printed at every size', ['soffice', 'pdftotext'], () => {
  const pages = new Map<number, Page[]>();

  beforeAll(async () => {
    const dir = tempDir();
    const files: string[] = [];
    for (const size of SIZES) {
      const office = join(dir, `n${size}`);
      execFileSync('mkdir', ['-p', office]);
      const staff = staffOf(size);
      const grids: string[] = [];
      for (let month = 1; month <= 12; month++) {
        const cells: Record<string, number> = {};
        // Leader's 20 + 68 for two of three (5 + 88 = 93, HTXSNV, so the quota moves people), 20 + 60 for the rest.
        if (month % 3 === 0)
          staff.forEach((_, i) => {
            cells[`AJ${9 + i}`] = 20;
            cells[`AK${9 + i}`] = i % 3 === 0 ? 60 : 68;
          });
        grids.push(
          await writeGrid(office, `thang-${String(month).padStart(2, '0')}-2026.xlsx`, { year: 2026, month, rules, staff, cells }),
        );
      }
      const roster = join(office, 'cuoi-nam.csv');
      writeFileSync(
        roster,
        [
          'Mã,Họ và tên,Chức vụ,Nhóm,Kỷ luật',
          ...staff.map((p, i) => `${p.id},${p.name},${p.position},${GROUPS[i % 4]},${i === 1 ? 'Khiển trách' : ''}`),
        ].join('\n'),
      );
      const out = join(office, `xep-loai-${size}.xlsx`);
      const r = await run(['classify', ...grids, '--staff', roster, '--date', '31/12/2026', '--enforce-quota', '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      files.push(out);
    }
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        stdio: 'pipe',
        timeout: 600_000,
      },
    );
    for (const size of SIZES) pages.set(size, pdfPages(join(dir, `xep-loai-${size}.pdf`)));
  }, 900_000);

  for (const size of SIZES) {
    it(`${size} people: every page of Xếp loại holds a person's row; the signatures share a page with rows; nothing overlaps`, () => {
      const all = pages.get(size)!;
      // The sheet's pages run until the next sheet's letterhead (Kiểm tra).
      const next = all.findIndex((p, i) => i > 0 && pageLines(p).some((l) => l.includes(MOTTO)));
      const sheet = next < 0 ? all : all.slice(0, next);
      // A person's row is its TT: a number in the table's first column, at the page's left edge (no
      // summary line starts with a bare number).
      const people = (page: Page) => {
        const left = Math.min(...page.words.map((w) => w.x0));
        return page.words.filter((w) => /^\d+$/u.test(w.text) && w.x0 < left + 20).map((w) => Number(w.text));
      };
      sheet.forEach((page, i) => {
        expect(people(page).length, `page ${i + 1} of ${sheet.length}`).toBeGreaterThan(0);
        expect(overlaps(page), `page ${i + 1}`).toEqual([]);
      });
      // Every person is printed (a wrapped summary line may start with a number too: compare as a set).
      const printed = new Set(sheet.flatMap(people));
      for (let tt = 1; tt <= size; tt++) expect(printed.has(tt), `TT ${tt}`).toBe(true);
      expect(pageLines(sheet.at(-1)!).some((l) => l.includes('NGƯỜI LẬP BIỂU'))).toBe(true);
    });
  }
});
