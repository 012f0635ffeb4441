import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Tests that drive a real program (LibreOffice, poppler). On a developer's machine without it they
 * are skipped with one notice saying how to install it; under CI=true (as .ci/run runs) a missing
 * program fails, so CI always runs them.
 */

const INSTALL: Record<string, string> = {
  soffice: 'apt-get install libreoffice-calc-nogui',
  pdftotext: 'apt-get install poppler-utils',
  pdfinfo: 'apt-get install poppler-utils',
  pdftoppm: 'apt-get install poppler-utils',
  openpyxl: 'apt-get install python3-openpyxl',
  script: 'apt-get install bsdutils',
  chromium: 'apt-get install chromium',
};

/** Debian's python3 (not a pyenv one on PATH): python3-openpyxl installs for it. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function hasProgram(name: string): boolean {
  if (name === 'openpyxl') return spawnSync(SYSTEM_PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function describeWithPrograms(title: string, programs: readonly string[], body: () => void): void {
  const missing = programs.filter((p) => !hasProgram(p));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('has the real programs it needs (CI installs them)', () => {
        expect(missing, `missing: ${missing.join(', ')}`).toEqual([]);
      });
    });
    return;
  }
  const how = [...new Set(missing.map((p) => INSTALL[p] ?? p))].join('; ');
  console.warn(`[skipped] "${title}": needs ${missing.join(', ')} (install: ${how}). CI runs it.`);
  describe.skip(title, body);
}
