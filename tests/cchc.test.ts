import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/core/rulebook.js';
import { ROOT, run, tempDir } from './helpers.js';

/**
 * Issue 30: the unit's CCHC indicators on the classification. The 2023 example: 5 HTXSNV + 4 HTTNV
 * of 12 classified is 75 % (under 95 %: not met); Tổng Văn Giang's khiển trách of 15/11/2023 fails
 * "no one disciplined from khiển trách up". Provinces number the indicators: the rulebook says how.
 */

const FIXTURES = join(ROOT, 'fixtures', '2023');
const GRIDS = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => join(FIXTURES, f));
const ROSTER = join(ROOT, 'fixtures', 'roster-cuoi-nam.csv');

describe('CCHC indicators', () => {
  it('states both, with figures, thresholds, verdicts and the people behind the discipline one', async () => {
    const r = await run(['classify', ...GRIDS, '--staff', ROSTER, '--json']);
    const cchc = JSON.parse(r.stdout).summary.cchc;
    expect(cchc).toEqual([
      { kind: 'share', id: '5.3.2', share: 0.75, threshold: 0.95, met: false },
      { kind: 'discipline', id: '5.4.2', people: [{ name: 'Tổng Văn Giang', measure: 'Khiển trách' }], met: false },
    ]);
  });

  it('numbers them as the rulebook does, on the terminal too', async () => {
    const dir = tempDir();
    const rules = { ...PRESETS['ha-bac-2023'](), cchc: { shareIndicator: '3.2.1', disciplineIndicator: '3.4.1' } };
    writeFileSync(join(dir, 'quy-che.json'), JSON.stringify(rules));
    const r = await run(['classify', ...GRIDS, '--staff', ROSTER, '--force', '-o', join(dir, 'x.xlsx')], {
      cwd: dir,
      env: { COLUMNS: '200' },
    });
    expect(r.stdout).toContain('Chỉ số CCHC 3.2.1: tỷ lệ công chức HTTNV trở lên 75.0% (yêu cầu ≥ 95%): chưa đạt.');
    expect(r.stdout).toContain(
      'Chỉ số CCHC 3.4.1: không có công chức bị kỷ luật từ khiển trách trở lên: chưa đạt, 1 người (Tổng Văn Giang – Khiển trách).',
    );
    expect(readFileSync(join(dir, 'quy-che.json'), 'utf8')).toContain('3.2.1');
  });
});
