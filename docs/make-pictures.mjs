#!/usr/bin/env node
// npm run pictures: the first page of each kind of workbook, as printed through LibreOffice, into
// docs/pictures/ (needs soffice and pdftoppm: apt-get install libreoffice-calc-nogui poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'pictures');
const work = mkdtempSync(join(tmpdir(), 'scoring-pictures-'));
const scoring = (...args) =>
  execFileSync(process.execPath, [join(root, 'bin', 'scoring'), ...args, '--force', '--quiet'], { cwd: work, stdio: 'pipe' });
const grid = (m) => join(root, 'fixtures', '2023', `thang-${String(m).padStart(2, '0')}-2023.xlsx`);

try {
  scoring('demo', '--year', '2023', '--out', work);
  scoring('demo', '--year', '2026', '--out', work);
  scoring('init-month', '--month', '2026-02', '--staff', join(root, 'fixtures', 'roster.csv'), '-o', 'thang-02-2026-trong.xlsx');
  scoring('tally', grid(1), grid(2), grid(3), '-o', 'bao-cao-quy-1-2023.xlsx');
  const kinds = {
    'thang-01-2023-trong': 'grid-blank',
    // June 2026: the quarter left unevaluated for one person, marked in the checked copy.
    'kiem-tra-thang-06-2026': 'grid-annotated',
    'thang-02-2026-trong': 'grid-2026',
    'tong-hop-2023': 'report-year',
    'bao-cao-quy-1-2023': 'report-quarter',
    'xep-loai-2023': 'classification',
    // The 2026 year-end as the committee meets it on 10/12/2026 (the fourth quarter provisional).
    'xep-loai-2026': 'classification-2026',
    // Nghị định 335/2025's Mẫu số 01, the first person's form of the fourth quarter of the 2026 example.
    'phieu-danh-gia-Q4-2026': 'form-2026',
  };
  const files = Object.keys(kinds).map((k) => join(work, `${k}.xlsx`));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files],
    { stdio: 'pipe' },
  );
  mkdirSync(out, { recursive: true });
  for (const [name, picture] of Object.entries(kinds)) {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, `${name}.pdf`), join(work, picture)]);
    renameSync(join(work, `${picture}.png`), join(out, `${picture}.png`));
    console.log(`docs/pictures/${picture}.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
