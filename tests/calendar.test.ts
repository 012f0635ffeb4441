import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthDays, provisionalCalendarProblems } from '../src/core/calendar.js';
import { solarOfLunar, tetDate } from '../src/core/lunar.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { statutoryDays } from '../src/core/statutory-holidays.js';
import { expandPatterns } from '../src/io/patterns.js';
import { ROOT, readBack, run, tempDir } from './helpers.js';

/** January 2027 on the office's PC (issue 18): years the calendar does not know, patterns, names by period. */

describe('the Vietnamese lunar calendar', () => {
  it('gives the Tết dates of the Vietnamese calendar, where it differs from the Chinese one too', () => {
    const known: [number, string][] = [
      [1985, '1985-01-21'], // China: 20 February
      [2007, '2007-02-17'], // China: 18 February
      [2023, '2023-01-22'],
      [2024, '2024-02-10'],
      [2025, '2025-01-29'],
      [2026, '2026-02-17'],
      [2027, '2027-02-06'],
    ];
    expect(known.map(([y]) => [y, tetDate(y)])).toEqual(known);
  });

  it('puts Giỗ Tổ Hùng Vương (10/3) where the official schedules have it', () => {
    expect([2023, 2024, 2025, 2026, 2027].map((y) => solarOfLunar(10, 3, y).join('/'))).toEqual([
      '29/4/2023',
      '18/4/2024',
      '7/4/2025',
      '26/4/2026',
      '16/4/2027',
    ]);
  });
});

describe('a year the rulebook does not list', () => {
  const official = JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'holidays-vn.json'), 'utf8')).years as Record<
    string,
    { days_off: { date: string }[] }
  >;

  for (const year of [2023, 2024, 2025, 2026]) {
    it(`every statutory day computed for ${year} is a day off of its official schedule`, () => {
      const off = new Set(official[String(year)]!.days_off.map((d) => d.date));
      const outside = statutoryDays(year).filter((d) => !off.has(d.date));
      expect(outside).toEqual([]);
      expect(statutoryDays(year)).toHaveLength(11);
    });
  }

  it('2027: New Year and Tết Đinh Mùi (Saturday 06/02) are shaded, marked dự kiến, the weekend made up', () => {
    const rules = defaultRulebook();
    const jan = monthDays(2027, 1, rules);
    expect(jan[0]).toMatchObject({ day: 1, kind: 'holiday' });
    expect(jan[0]!.note).toContain('dự kiến');
    const feb = monthDays(2027, 2, rules);
    // 30 Tết Friday 5/2, mùng 1–4 Saturday 6/2 to Tuesday 9/2, made up Wednesday 10/2 and Thursday 11/2.
    expect(feb.filter((d) => d.kind === 'holiday').map((d) => d.day)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(feb[11]).toMatchObject({ day: 12, kind: 'workday' });
    expect(provisionalCalendarProblems([2027, 2027, 2026], rules).map((p) => [p.key, p.params.year, p.params.tet])).toEqual([
      ['calendar.provisional', 2027, '06/02/2027'],
    ]);
  });

  it('init-month for February 2027 warns once and says dự kiến in the legend', async () => {
    const dir = tempDir();
    const out = join(dir, 'thang-02-2027.xlsx');
    const r = await run(['init-month', '--month', '2027-02', '--staff', join(ROOT, 'fixtures', 'roster.csv'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('lịch nghỉ chính thức năm 2027');
    expect(r.stderr).toContain('scoring init-rules --holidays 2027');
    const texts = (await readBack(out)).worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('DỰ KIẾN') && t.includes('2027'))).toBe(true);
  });

  it("init-rules --holidays 2027 adds the year to the unit's rulebook in one step; a date outside its year is refused at its field", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'quy-che.json'), JSON.stringify(defaultRulebook()));
    const r = await run(['init-rules', '--holidays', '2027', '-o', 'quy-che-2027.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const added = JSON.parse(readFileSync(join(dir, 'quy-che-2027.json'), 'utf8'));
    expect(added.calendar['2027'].daysOff.map((d: { date: string }) => d.date)).toContain('2027-02-06');
    expect(added.calendar['2026']).toBeDefined();
    const grid = join(dir, 'thang-01-2027.xlsx');
    const made = await run([
      'init-month',
      '--month',
      '2027-01',
      '--staff',
      join(ROOT, 'fixtures', 'roster.csv'),
      '--rules',
      join(dir, 'quy-che-2027.json'),
      '-o',
      grid,
    ]);
    expect(made.stderr).not.toContain('2027');
    added.calendar['2027'].daysOff.push({ date: '2026-09-02', name: 'năm khác' });
    writeFileSync(join(dir, 'sai.json'), JSON.stringify(added));
    const bad = await run(['check', grid, '--rules', join(dir, 'sai.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/calendar\.2027\.daysOff\.\d+\.date/u);
  });
});

describe('patterns expanded by the tool (PowerShell and cmd pass them as typed)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'don-vi'));
    for (const m of ['01', '02', '03', '10', '11', '12']) writeFileSync(join(dir, 'don-vi', `thang-${m}-2026.xlsx`), '');
    writeFileSync(join(dir, 'don-vi', 'ghi-chu.txt'), '');
  });

  it('*, ? and […] match file names, sorted; a name that exists as typed is kept', () => {
    const f = (p: string) => expandPatterns([join(dir, 'don-vi', p)]).map((x) => x.replace(`${join(dir, 'don-vi')}/`, ''));
    expect(f('thang-*-2026.xlsx')).toEqual([
      'thang-01-2026.xlsx',
      'thang-02-2026.xlsx',
      'thang-03-2026.xlsx',
      'thang-10-2026.xlsx',
      'thang-11-2026.xlsx',
      'thang-12-2026.xlsx',
    ]);
    expect(f('thang-0?-2026.xlsx')).toEqual(['thang-01-2026.xlsx', 'thang-02-2026.xlsx', 'thang-03-2026.xlsx']);
    expect(f('thang-1[012]-2026.xlsx')).toEqual(['thang-10-2026.xlsx', 'thang-11-2026.xlsx', 'thang-12-2026.xlsx']);
    expect(expandPatterns([join(dir, 'don-vi', 'THANG-0?-2026.XLSX')], 'win32')).toHaveLength(3);
  });

  it('a pattern that matches nothing is an error naming it', async () => {
    expect(() => expandPatterns([join(dir, 'don-vi', 'thang-*-2027.xlsx')])).toThrow(expect.objectContaining({ key: 'usage.noMatch' }));
    // As PowerShell hands it over: quoted, unexpanded.
    const r = await run(['tally', 'thang-0[123]-2026.xlsx', '--json'], { cwd: join(ROOT, 'fixtures', '2026') });
    expect(JSON.parse(r.stdout).months).toEqual([1, 2, 3]);
    const none = await run(['check', 'thang-*-2027.xlsx'], { cwd: join(ROOT, 'fixtures', '2026') });
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('thang-*-2027.xlsx: không có file nào khớp mẫu này. Kiểm tra tên file và thư mục đang đứng.');
  });
});

describe('default names by period', () => {
  it('the month, the quarter, a window and the year each get their own report name', async () => {
    const dir = tempDir();
    const g = (m: string) => join(ROOT, 'fixtures', '2023', `thang-${m}-2023.xlsx`);
    const all = Array.from({ length: 12 }, (_, i) => g(String(i + 1).padStart(2, '0')));
    const runs: [string[], string][] = [
      [[g('03')], 'bao-cao-thang-03-2023.xlsx'],
      [[g('01'), g('02'), g('03')], 'bao-cao-quy-I-2023.xlsx'],
      [[g('03'), g('04'), g('05'), '--from', '01/03/2023', '--to', '19/05/2023'], 'bao-cao-01-03-2023-den-19-05-2023.xlsx'],
      [all, 'tong-hop-2023.xlsx'],
    ];
    for (const [args, name] of runs) {
      const r = await run(['tally', ...args], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Đã ghi ${name}`);
    }
  });
});
