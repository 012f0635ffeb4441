import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { objectionDeadline } from '../src/core/closing.js';
import { parseGrid } from '../src/core/grid.js';
import { codeOf, codeOfMonths, monthContent } from '../src/core/month-content.js';
import { defaultRulebook, PRESETS, type Rulebook } from '../src/core/rulebook.js';
import { sha256Hex } from '../src/core/sha256.js';
import { runtime } from '../src/io/runtime.js';
import { openWorkbookView, readGridFile } from '../src/xlsx/read/grid-reader.js';
import { ROOT, run, year2026Folder } from './helpers.js';

/**
 * Issue 29: a closed month stays closed. A year of grids (fixtures/2026), October and November
 * closed; a mark changed afterwards stops every command at its cell with its effect on the score;
 * reopen with a reason records it; a ledger edited by hand stops everything, naming the entry.
 */

const year2026 = year2026Folder;

/** A clerk's edit in Excel: one cell of the first sheet set to `value`, the file saved again. */
async function edit(file: string, cell?: string, value?: string | null): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  if (cell !== undefined) wb.worksheets[0]!.getCell(cell).value = value ?? null;
  await wb.xlsx.writeFile(file);
}

const ledgerOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'so-chot.json'), 'utf8'));

describe('the check code', () => {
  it('is SHA-256, as node:crypto computes it', () => {
    for (const text of ['', 'abc', 'Nguyễn Thành Chân', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    // The runtime's (Node's native one here), fed in pieces as the code feeds it, gives the same digest.
    expect(runtime().sha256().update('Nguyễn ').update('Thành Chân').hex()).toBe(sha256Hex('Nguyễn Thành Chân'));
  });

  it('is the same made from the months as from their contents (the two ways the commands make it)', async () => {
    const year = async (dir: string, rules: Rulebook) => {
      const months = [];
      for (const f of readdirSync(dir).filter((n) => /^thang-\d\d-\d{4}\.xlsx$/u.test(n)))
        months.push(parseGrid(await readGridFile(join(dir, f)), rules));
      return months;
    };
    const years = [
      { rules: defaultRulebook(), months: await year(join(ROOT, 'fixtures', '2023'), defaultRulebook()) },
      { rules: PRESETS['nd335-2025'](), months: await year(year2026Folder(), PRESETS['nd335-2025']()) },
    ];
    // Between them, marks, counted deductions, days with two marks and the leader's figures: every part of a line is fed.
    const all = years.flatMap((y) => y.months);
    const twoOnADay = (m: (typeof all)[number]) =>
      new Set([...m.events, ...m.marks].map((e) => `${e.personId} ${e.date}`)).size < m.events.length + m.marks.length;
    expect([
      all.some((m) => m.marks.length > 0),
      all.some((m) => m.events.some((e) => e.count > 1)),
      all.some(twoOnADay),
      all.some((m) => m.evaluations.size > 0),
    ]).toEqual([true, true, true, true]);
    for (const { rules, months } of years) {
      const fromContents = codeOf(months.map((m) => monthContent(m, rules, false)));
      expect(codeOfMonths(months, rules)).toBe(fromContents);
      expect(codeOfMonths(months, rules, runtime().sha256())).toBe(fromContents);
      // And it changes when a month is left out.
      expect(codeOfMonths(months.slice(1), rules)).not.toBe(fromContents);
    }
  });

  it('stays when Excel saves the grid again, and changes with one mark', async () => {
    const dir = year2026();
    const grid = join(dir, 'thang-11-2026.xlsx');
    const first = JSON.parse((await run(['close', grid, '--date', '03/12/2026', '--json'], { cwd: dir })).stdout);
    const code = first.closed[0].code as string;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    // Opened and saved again by another writer: widths, styles and the order of parts change, not the marks.
    await edit(grid);
    expect((await run(['verify', grid, '--code', code.toLowerCase()], { cwd: dir })).code).toBe(0);
    await edit(grid, 'F9', 'V');
    const changed = await run(['verify', grid, '--code', code], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`không phải ${code}`);
  });

  it('is printed in a document’s footer, and verify reads it there: the code of the grids it was made from', async () => {
    const dir = year2026();
    const grids = readdirSync(dir).filter((f) => /^thang-.*\.xlsx$/u.test(f));
    expect((await run(['tally', ...grids, '--date', '10/12/2026', '-o', 'tong-hop.xlsx'], { cwd: dir })).code).toBe(0);
    // The same code as the grids' own, computed from their marks.
    const fromGrids = await run(['verify', 'thang-01-2026.xlsx', '--code', '0000-0000-0000', '--json'], { cwd: dir });
    expect(JSON.parse(fromGrids.stdout).actual).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    const report = JSON.parse((await run(['verify', 'tong-hop.xlsx', '--code', '0000-0000-0000', '--json'], { cwd: dir })).stdout);
    expect(report.same).toBe(false);
    const again = await run(['verify', 'tong-hop.xlsx', '--code', report.actual], { cwd: dir });
    expect(again.code).toBe(0);
    const all = await run(['forms', ...grids, '--period', 'Q4-2026', '--json', '-o', 'phieu.xlsx'], { cwd: dir });
    expect(all.code).toBe(0);
    // The report and the forms of the same twelve grids carry one code.
    expect(JSON.parse((await run(['verify', 'phieu.xlsx', '--code', report.actual, '--json'], { cwd: dir })).stdout).same).toBe(true);
  });
});

describe('closing a month', () => {
  it('records the months, writes the record and a notice per person, and counts five working days to object', async () => {
    const dir = year2026();
    const r = await run(['close', 'thang-10-2026.xlsx', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir });
    expect(r.code).toBe(0);
    const ledger = ledgerOf(dir);
    expect(ledger.entries.map((e: { month: string; action: string }) => `${e.action} ${e.month}`)).toEqual([
      'close 2026-10',
      'close 2026-11',
    ]);
    // Thursday 3 December + 5 working days: 4, 7, 8, 9, 10.
    expect(r.stdout).toContain('hạn khiếu nại đến hết ngày 10/12/2026');
    const view = await openWorkbookView(join(dir, 'chot-thang-11-2026.xlsx'));
    // The record, then one notice per person (12 in the example).
    expect(view.sheets.map((s) => s.name)).toEqual([
      'Biên bản chốt',
      ...Array.from({ length: 12 }, (_, i) => `TB ${String(i + 1).padStart(2, '0')}`),
    ]);
    const texts = (i: number) => {
      const s = view.sheets[i]!;
      const out: string[] = [];
      for (let row = 1; row <= s.rowCount; row++) for (const cell of s.cells(row).values()) out.push(String(cell.value ?? ''));
      return out.join('\n');
    };
    expect(texts(0)).toContain(ledger.entries[1].code);
    // Trần Tiến Hưng lost 10 points in October in the example; his notice gives the day and the cell.
    const october = await openWorkbookView(join(dir, 'chot-thang-10-2026.xlsx'));
    const notice = october.sheets.find(
      (s) => s.name !== 'Biên bản chốt' && [...s.cells(5).values()].some((c) => String(c.value).includes('Trần Tiến Hưng')),
    );
    const lines: string[] = [];
    for (let row = 1; row <= notice!.rowCount; row++)
      lines.push([...notice!.cells(row).values()].map((c) => String(c.value ?? '')).join(' | '));
    expect(lines.join('\n')).toContain('Điểm còn lại trong tháng: 90/100 (trừ 10 điểm).');
    expect(lines.join('\n')).toMatch(/[A-Z]+: .* \| \d\d\/10\/2026 \| 1 \| 10 \| [A-Z]+\d+/u);
  });

  it('refuses a month closed twice, writing nothing over the ledger', async () => {
    const dir = year2026();
    expect((await run(['close', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'so-chot.json'), 'utf8');
    const again = await run(['close', 'thang-11-2026.xlsx', '--date', '04/12/2026', '-o', 'lan-hai.xlsx'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Tháng 11/2026 đã chốt ngày 03/12/2026');
    expect(readFileSync(join(dir, 'so-chot.json'), 'utf8')).toBe(before);
  });

  it('stops every command at a cell changed after closing, until reopened with a reason', async () => {
    const dir = year2026();
    expect((await run(['close', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir })).code).toBe(0);
    await edit(join(dir, 'thang-11-2026.xlsx'), 'F9', 'V');
    const grids = readdirSync(dir).filter((f) => /^thang-.*\.xlsx$/u.test(f));
    for (const command of [
      ['tally', ...grids, '--date', '10/12/2026'],
      ['check', 'thang-11-2026.xlsx'],
      ['forms', ...grids],
    ]) {
      const r = await run(command, { cwd: dir });
      expect(r.code, command[0]).toBe(1);
      expect(r.stderr).toContain(
        'Tháng 11-2026 › F9: Nguyễn Thành Chân: sửa sau khi chốt tháng 11/2026 ngày 03/12/2026: ∅ → V, điểm 100 → 40',
      );
    }
    const noReason = await run(['reopen', 'thang-11-2026.xlsx'], { cwd: dir });
    expect(noReason.code).toBe(2);
    const reopened = await run(['reopen', 'thang-11-2026.xlsx', '--reason', 'Quyết định số 12/QĐ-UBND', '--json'], { cwd: dir });
    expect(reopened.code).toBe(0);
    const json = JSON.parse(reopened.stdout);
    expect(json.changes).toEqual([{ id: 'HB01', name: 'Nguyễn Thành Chân', what: '2', cell: 'F9', before: '', after: 'V' }]);
    expect(json.effects).toEqual([{ id: 'HB01', name: 'Nguyễn Thành Chân', before: 100, after: 40 }]);
    expect(ledgerOf(dir).entries.at(-1).reason).toBe('Quyết định số 12/QĐ-UBND');
    expect((await run(['check', 'thang-11-2026.xlsx'], { cwd: dir })).code).toBe(0);
  });

  it('stops every command on a ledger edited, emptied of an entry or reordered, naming the entry', async () => {
    const dir = year2026();
    expect((await run(['close', 'thang-10-2026.xlsx', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir })).code).toBe(0);
    const good = ledgerOf(dir);
    const tampered = [
      { ...good, entries: [good.entries[0], { ...good.entries[1], date: '2026-12-01' }] },
      { ...good, entries: [good.entries[1]] },
      { ...good, entries: [good.entries[1], good.entries[0]] },
    ];
    for (const [i, ledger] of tampered.entries()) {
      writeFileSync(join(dir, 'so-chot.json'), JSON.stringify(ledger));
      const r = await run(['check', 'thang-11-2026.xlsx'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`đã bị sửa tay ở mục ${i === 0 ? 2 : 1}`);
    }
  });

  it('says what is wrong with a ledger that is not one, or of another year', async () => {
    const dir = year2026();
    const notOne = await run(['check', 'thang-11-2026.xlsx', '--ledger', 'quy-che.json'], { cwd: dir });
    expect(notOne.code).toBe(1);
    expect(notOne.stderr).toContain('không phải sổ chốt tháng');
    expect((await run(['close', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir })).code).toBe(0);
    const ledger = ledgerOf(dir);
    writeFileSync(join(dir, 'so-chot-2025.json'), JSON.stringify({ ...ledger, year: 2025, entries: [] }));
    const other = await run(['close', 'thang-10-2026.xlsx', '--ledger', 'so-chot-2025.json'], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('là của năm 2025');
  });

  it('stops a month closed under one rulebook and checked under another', async () => {
    const dir = year2026();
    expect((await run(['close', 'thang-11-2026.xlsx', '--date', '03/12/2026'], { cwd: dir })).code).toBe(0);
    const rules = JSON.parse(readFileSync(join(dir, 'quy-che.json'), 'utf8'));
    rules.deductionCodes[0].points += 5;
    writeFileSync(join(dir, 'khac.json'), JSON.stringify(rules));
    const r = await run(['check', 'thang-11-2026.xlsx', '--rules', 'khac.json', '--force'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Tháng 11/2026 đã chốt ngày 03/12/2026');
    expect(r.stderr).toContain('theo một quy chế khác quy chế đang dùng');
  });

  it('diff names each changed cell and each score it changes', async () => {
    const dir = year2026();
    copyFileSync(join(dir, 'thang-11-2026.xlsx'), join(dir, 'ban-in.xlsx'));
    await edit(join(dir, 'thang-11-2026.xlsx'), 'F9', 'V');
    const r = await run(['diff', 'ban-in.xlsx', 'thang-11-2026.xlsx', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.cells).toEqual([{ id: 'HB01', name: 'Nguyễn Thành Chân', what: '2', cell: 'F9', before: '', after: 'V' }]);
    expect(json.effects).toEqual([{ id: 'HB01', name: 'Nguyễn Thành Chân', before: 100, after: 40 }]);
    expect(json.oldCode).not.toBe(json.newCode);
  });

  it('counts the days to object on the calendar: weekends skipped', () => {
    // Thursday 10 December 2026: Fri 11, Mon 14, Tue 15, Wed 16, Thu 17.
    expect(objectionDeadline('2026-12-10', defaultRulebook())).toBe('2026-12-17');
    expect(objectionDeadline('2026-12-10', { ...defaultRulebook(), objectionWorkingDays: 1 })).toBe('2026-12-11');
  });
});
