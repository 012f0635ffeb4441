import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { monthDays } from '../src/core/calendar.js';
import { PRESETS } from '../src/core/rulebook.js';
import { describeWithPrograms } from './clients.js';
import { dayCell, run, STAFF, tempDir, writeGrid } from './helpers.js';
import { type Page, pageLines, pdfPages } from './pdf-words.js';

/**
 * Mẫu số 01 keeps to one page whatever its evidence (issue 26): a person with twelve deductions in
 * the quarter gets a form whose three signatures print on its own page, the deductions summed by
 * code on it and listed one by one, with their cells, on the "Căn cứ I.2" sheet.
 */

const rules = PRESETS['nd335-2025']();

describeWithPrograms('Mẫu số 01 with a long evidence, printed by LibreOffice', ['soffice', 'pdftotext'], () => {
  let pages: Page[];

  beforeAll(async () => {
    const dir = tempDir();
    const grids: string[] = [];
    for (const month of [1, 2, 3]) {
      const days = monthDays(2026, month, rules)
        .filter((d) => d.kind === 'workday')
        .map((d) => d.day);
      const cells: Record<string, string | number> = {};
      // Nguyễn Văn An: V and M by turns on the first working days: 6 in January, 3 in February and March.
      for (let k = 0; k < (month === 1 ? 6 : 3); k++) cells[dayCell(0, days[k]!)] = k % 2 ? 'M' : 'V';
      if (month === 3)
        STAFF.forEach((_, i) => {
          cells[`AJ${9 + i}`] = 20;
          cells[`AK${9 + i}`] = 60;
        });
      grids.push(await writeGrid(dir, `thang-0${month}-2026.xlsx`, { year: 2026, month, rules, cells }));
    }
    const out = join(dir, 'phieu.xlsx');
    expect((await run(['forms', ...grids, '--period', 'Q1-2026', '-o', out])).code).toBe(0);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out],
      {
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    pages = pdfPages(join(dir, 'phieu.pdf'));
  }, 600_000);

  it('three forms on three pages, each with its signatures; the twelve deductions on the evidence sheet', () => {
    const lines = pages.map(pageLines);
    const forms = lines.filter((l) => l.some((x) => x.startsWith('Họ và tên:')));
    expect(forms).toHaveLength(3);
    for (const form of forms) {
      expect(form.filter((x) => x.startsWith('Họ và tên:'))).toHaveLength(1);
      expect(form.join(' ')).toContain('NGƯỜI TỰ ĐÁNH GIÁ');
    }
    // An's form: V M V M V M in January, V M V in February and March: 7 V (−420) and 5 M (−50), summed by code.
    expect(forms[0]!.join(' ')).toContain('Trừ điểm 12 lần, tổng 470 điểm: V × 7 (−420), M × 5 (−50)');
    const evidence = lines.filter((l) => l.some((x) => x.includes('CĂN CỨ ĐIỂM TIÊU CHÍ I.2')));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.filter((x) => /^\d+ Nguyễn Văn An Q1 /u.test(x))).toHaveLength(12);
    expect(pages).toHaveLength(4);
  });
});
