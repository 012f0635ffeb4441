import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { it } from 'vitest';
import { describeWithPrograms, SYSTEM_PYTHON } from './clients.js';
import { editProperty } from './edit-generator.js';
import { tempDir } from './helpers.js';

/**
 * The generator of clerks' edits, each grid re-saved by openpyxl or LibreOffice before it is read (issue 27): the
 * property — right figures, or exit 1 naming a cell — holds for what another writer saves too.
 */

const RESAVE = `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb.save(sys.argv[2])
`;

describeWithPrograms('clerks’ edits, re-saved by openpyxl', ['openpyxl'], () => {
  it('right figures or exit 1 naming a cell, over 30 grids', async () => {
    const dir = tempDir();
    const property = editProperty(dir, (path) => {
      const out = path.replace(/\.xlsx$/u, '-openpyxl.xlsx');
      execFileSync(SYSTEM_PYTHON, ['-c', RESAVE, path, out], { stdio: 'pipe' });
      return out;
    });
    await fc.assert(property, { numRuns: Number(process.env.EDIT_RUNS_RESAVED ?? 30) });
  }, 600_000);
});

describeWithPrograms('clerks’ edits, re-saved by LibreOffice', ['soffice'], () => {
  it('right figures or exit 1 naming a cell, over 6 grids', async () => {
    const dir = tempDir();
    const property = editProperty(dir, (path) => {
      const out = join(dirname(path), 'lo');
      mkdirSync(out, { recursive: true });
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, path],
        { stdio: 'pipe', timeout: 120_000 },
      );
      return join(out, basename(path));
    });
    await fc.assert(property, { numRuns: Number(process.env.EDIT_RUNS_LIBREOFFICE ?? 6) });
  }, 900_000);
});
