import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyYear } from '../src/core/classify.js';
import { type ParsedMonth, parseGrid, type RawGrid } from '../src/core/grid.js';
import { defaultRulebook, PRESETS, type Rulebook } from '../src/core/rulebook.js';
import { nameKey } from '../src/core/staff.js';
import { tallyYear } from '../src/core/year.js';
import { readGridFiles } from '../src/xlsx/read/grid-reader.js';
import { readRoster } from '../src/xlsx/read/roster-reader.js';
import { buildGridWorkbook } from '../src/xlsx/write/grid-writer.js';
import { describeWithPrograms, SYSTEM_PYTHON } from './clients.js';
import { cleanYear, dayCell, ROOT, run, runBinary, STAFF, tempDir, writeGrid } from './helpers.js';

/**
 * What clerks really do to a grid made by init-month, each case built here and its outcome worked
 * by hand: the right figures, or exit 1 naming the cell (issue 16). The default grid: three people
 * (A1 Nguyễn Văn An, A2 Trần Thị Bình, A3 Lê Văn Cường) on rows 9–11, day 1 in column E, March 2023
 * (1 March a Wednesday; 6–10 March Monday to Friday).
 */

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function months(path: string, rules: Rulebook = defaultRulebook()): Promise<ParsedMonth[]> {
  return (await readGridFiles(path)).map((raw) => parseGrid(raw, rules));
}

const where = (m: ParsedMonth) => m.problems.map((p) => [p.severity, p.key, p.sheet, p.cell]);

describe('1. the rulebook travels with the grid', () => {
  let grid: string;
  beforeAll(async () => {
    expect((await run(['init-rules', '--preset', 'nd335-2025', '-o', join(dir, 'quy-che-2026.json')])).code).toBe(0);
    grid = join(dir, 'thang-03-2026.xlsx');
    const made = await run([
      'init-month',
      '--month',
      '2026-03',
      '--staff',
      join(ROOT, 'fixtures', 'roster.csv'),
      '--rules',
      join(dir, 'quy-che-2026.json'),
      '-o',
      grid,
    ]);
    expect(made.code).toBe(0);
  });

  it('a grid made under Nghị định 335 is scored under it without --rules', async () => {
    const r = await run(['check', grid, '--json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    // The rulebook stored in the grid has the evaluation section: every person has a first-quarter line.
    expect(json.evaluation).toHaveLength(12);
    expect(json.evaluation[0].periods[0]).toMatchObject({ period: 1, discipline: 5, otherGeneral: null, task: null });
  });

  it('a different rulebook given stops the run naming both, unless --force', async () => {
    expect((await run(['init-rules', '-o', join(dir, 'quy-che-2023.json')])).code).toBe(0);
    const r = await run(['check', grid, '--rules', join(dir, 'quy-che-2023.json')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('quy-che-2023.json');
    expect(r.stderr).toContain('Nghị định 335/2025');

    const changed = {
      ...PRESETS['nd335-2025'](),
      deductionCodes: PRESETS['nd335-2025']().deductionCodes.map((c) => (c.code === 'B' ? { ...c, points: 40 } : c)),
    };
    writeFileSync(join(dir, 'quy-che-b40.json'), JSON.stringify(changed));
    const refused = await run(['check', grid, '--rules', join(dir, 'quy-che-b40.json')], { cwd: dir });
    expect(refused.code).toBe(1);
    const forced = await run(['check', grid, '--rules', join(dir, 'quy-che-b40.json'), '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('--force');
  });

  it('a quy-che.json in the folder is used and said in one line', async () => {
    const unit = tempDir();
    writeFileSync(join(unit, 'quy-che.json'), readFileSync(join(dir, 'quy-che-2026.json')));
    const r = await run(['check', grid], { cwd: unit });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`Dùng quy chế ${join(unit, 'quy-che.json')}.`);
  });

  it("an old grid (no rulebook stored) with the leader's columns is stopped under a rulebook without them", async () => {
    const raw = (await readGridFiles(grid))[0]!;
    const old: RawGrid = { ...raw, metadata: { ...raw.metadata!, rulebook: undefined } };
    const m = parseGrid(old, defaultRulebook());
    expect(m.problems.map((p) => p.key)).toContain('grid.evaluationWithoutRules');
  });
});

describe('2. twelve months as sheets of one workbook', () => {
  /** One workbook, one sheet per month, as a clerk who copies the sheet each month keeps it. */
  async function yearBook(name: string, cells: Record<number, Record<string, string>>): Promise<string> {
    const book = new ExcelJS.Workbook();
    for (const month of [1, 2, 3]) {
      const wb = await buildGridWorkbook({ ym: { year: 2023, month }, unit: 'UBND xã Thử', rules: defaultRulebook(), staff: STAFF });
      const source = wb.worksheets[0]!;
      const ws = book.addWorksheet(`T${month}`);
      ws.model = { ...source.model, name: `T${month}` } as ExcelJS.WorksheetModel;
      for (const [address, value] of Object.entries(cells[month] ?? {})) ws.getCell(address).value = value;
    }
    const path = join(dir, name);
    await book.xlsx.writeFile(path);
    return path;
  }

  it('every sheet with a grid header is a month; a problem names its sheet', async () => {
    const path = await yearBook('nam-2023.xlsx', { 1: { [dayCell(0, 3)]: 'V' }, 2: { [dayCell(1, 1)]: 'X' } });
    const read = await months(path);
    expect(read.map((m) => [m.sheet, m.ym.month])).toEqual([
      ['T1', 1],
      ['T2', 2],
      ['T3', 3],
    ]);
    expect(read.flatMap(where)).toEqual([['error', 'grammar.unknownCode', 'T2', dayCell(1, 1)]]);
    const r = await run(['check', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`nam-2023.xlsx › T2 › ${dayCell(1, 1)}`);
  });

  it('tally takes the workbook as it takes three files: 300 − 60 for An', async () => {
    const path = await yearBook('nam-2023-sach.xlsx', { 1: { [dayCell(0, 3)]: 'V' } });
    const r = await run(['tally', path, '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.months).toEqual([1, 2, 3]);
    expect(json.staff.find((p: { id: string }) => p.id === 'A1')).toMatchObject({ deducted: 60, total: 240 });
  });
});

describe('3–8. what the reader meets in the rows', () => {
  it('3. section rows I. CÁN BỘ / II. CÔNG CHỨC are headings, not people', async () => {
    const path = await writeGrid(dir, 'sections.xlsx', {
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.spliceRows(10, 0, ['II', '', 'CÔNG CHỨC']);
        ws.spliceRows(9, 0, ['', '', 'I. CÁN BỘ']);
      },
    });
    const [m] = await months(path);
    expect(m!.problems).toEqual([]);
    expect(m!.staff.map((s) => s.id)).toEqual(['A1', 'A2', 'A3']);
  });

  it('3. a section row with marks on it is an error at the mark', async () => {
    const path = await writeGrid(dir, 'section-marks.xlsx', {
      edit: (wb) => wb.worksheets[0]!.spliceRows(9, 0, ['I', '', 'CÁN BỘ', '', 'M']),
    });
    const [m] = await months(path);
    expect(where(m!)).toEqual([['error', 'grid.marksOnSection', 'Tháng 03-2023', 'E9']]);
  });

  it('3. a heading in ordinary letters with neither TT nor Mã stops the run instead of scoring "Khối Đảng" at 100', async () => {
    const path = await writeGrid(dir, 'khoi.xlsx', { edit: (wb) => wb.worksheets[0]!.spliceRows(9, 0, ['', '', 'Khối Đảng']) });
    const [m] = await months(path);
    expect(where(m!)).toEqual([['error', 'grid.rowWithoutNumber', 'Tháng 03-2023', 'A9']]);
    expect(m!.staff.map((s) => s.id)).toEqual(['A1', 'A2', 'A3']);
  });

  it("4. a person's row copied without a Mã to add a mark is an error, not a thirteenth month", async () => {
    const path = await writeGrid(dir, 'copied-row.xlsx', {
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.spliceRows(12, 0, [4, '', 'Trần Thị Bình', 'Công chức', '', '', '', '', '', 'M']);
      },
    });
    const [m] = await months(path);
    expect(where(m!)).toEqual([['error', 'staff.duplicateName', 'Tháng 03-2023', 'C12']]);
  });

  it('5. merged day cells stop the run at the merge: V over five days, a mark down three people', async () => {
    const path = await writeGrid(dir, 'merged.xlsx', {
      cells: { [dayCell(0, 6)]: 'V', [dayCell(0, 1)]: 'M' },
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        ws.mergeCells(`${dayCell(0, 6)}:${dayCell(0, 10)}`);
        ws.mergeCells(`${dayCell(0, 1)}:${dayCell(2, 1)}`);
      },
    });
    const [m] = await months(path);
    // J9:N9 (days 6–10 of An) and E9:E11 (day 1 of the three): one error each, at the merge's first cell.
    expect(where(m!)).toEqual([
      ['error', 'grid.mergedCells', 'Tháng 03-2023', 'E9'],
      ['error', 'grid.mergedCells', 'Tháng 03-2023', 'J9'],
    ]);
    expect(m!.problems.map((p) => p.params.range).sort()).toEqual(['E9:E11', 'J9:N9']);
  });

  it('6. a formula saved without its result is an error, not an empty cell', async () => {
    const path = await writeGrid(dir, 'formula.xlsx', { cells: { [dayCell(1, 6)]: { formula: '"V"' } as ExcelJS.CellFormulaValue } });
    const [m] = await months(path);
    expect(where(m!)).toEqual([['error', 'cell.formulaNoResult', 'Tháng 03-2023', dayCell(1, 6)]]);
  });

  it('7. a hidden row is stopped at its name: it does not print, so it must not count unseen', async () => {
    const path = await writeGrid(dir, 'hidden.xlsx', {
      edit: (wb) => {
        wb.worksheets[0]!.getRow(10).hidden = true;
      },
    });
    const [m] = await months(path);
    expect(where(m!)).toEqual([['error', 'grid.hiddenRow', 'Tháng 03-2023', 'C10']]);
  });

  it('8. a person typed under the legend, and a mark there, are errors at their cells', async () => {
    let personRow = 0;
    let markRow = 0;
    const path = await writeGrid(dir, 'below.xlsx', {
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        personRow = ws.rowCount + 2;
        markRow = personRow + 1;
        ws.getRow(personRow).values = [4, 'A4', 'Phạm Văn Dũng', 'Công chức', 'V'];
        ws.getCell(`F${markRow}`).value = '2M';
      },
    });
    const [m] = await months(path);
    expect(where(m!)).toEqual([
      ['error', 'grid.rowBelowEnd', 'Tháng 03-2023', `C${personRow}`],
      ['error', 'grid.marksBelowEnd', 'Tháng 03-2023', `F${markRow}`],
    ]);
    expect(m!.staff).toHaveLength(3);
  });

  it('the legend and signature text under the grid raise nothing', async () => {
    const [m] = await months(await writeGrid(dir, 'clean.xlsx', { cells: { [dayCell(2, 7)]: 'H' } }));
    expect(m!.problems).toEqual([]);
    expect(m!.events.map((e) => [e.personId, e.code])).toEqual([['A3', 'H']]);
  });
});

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('9–10. the year-end roster', () => {
  it('9. none-words are none; only a measure caps; another word is an error at its cell; another year does not count', async () => {
    const year = cleanYear([
      { id: 'A1', name: 'An' },
      { id: 'A2', name: 'Bình' },
      { id: 'A3', name: 'Cường' },
      { id: 'A4', name: 'Dũng' },
      { id: 'A5', name: 'Em' },
      { id: 'A6', name: 'Giang' },
      { id: 'A7', name: 'Hà' },
    ]);
    const roster = await readRoster(
      csv(
        'cuoi-nam.csv',
        [
          'Mã,Họ và tên,Kỷ luật,Ngày quyết định',
          'A1,An,Không,',
          'A2,Bình,-,',
          'A3,Cường,0,',
          `A4,Dũng,${'KHIỂN TRÁCH'.normalize('NFD')},15/03/2023`,
          'A5,Em,Cảnh cáo,20/12/2022',
          'A6,Giang,Nhắc nhở,',
          'A7,Hà,Bị cảnh cáo (QĐ 12/QĐ-UBND),',
        ].join('\n'),
      ),
    );
    const c = classifyYear(year, defaultRulebook(), { roster });
    expect(c.people.map((p) => [p.id, p.level])).toEqual([
      ['A1', 'HTXSNV'],
      ['A2', 'HTXSNV'],
      ['A3', 'HTXSNV'],
      ['A4', 'KHTNV'],
      ['A5', 'HTXSNV'],
      ['A6', 'HTXSNV'],
      ['A7', 'KHTNV'],
    ]);
    expect(c.problems.map((p) => [p.severity, p.key, p.cell])).toEqual([
      ['warning', 'roster.disciplineOtherYear', 'D6'],
      ['error', 'roster.disciplineUnknown', 'C7'],
    ]);
  });

  it('10. namesakes: a roster row that no Mã ties to one of two Trần Văn Khải is an error, never a guess', async () => {
    const year = cleanYear([
      { id: 'HB09', name: 'Trần Văn Khải' },
      { id: 'HB13', name: 'Trần Văn Khải' },
    ]);
    const roster = await readRoster(csv('khai.csv', 'Mã,Họ và tên,Kỷ luật\n9,Trần Văn Khải,\n13,Trần Văn Khải,Khiển trách\n'));
    const c = classifyYear(year, defaultRulebook(), { roster });
    expect(c.people.map((p) => p.level)).toEqual(['HTXSNV', 'HTXSNV']);
    expect(c.problems.map((p) => [p.key, p.cell])).toEqual([
      ['roster.ambiguousName', 'B2'],
      ['roster.ambiguousName', 'B3'],
    ]);
    // With the grids' Mã the discipline lands on the right one only.
    const right = await readRoster(csv('khai-ma.csv', 'Mã,Họ và tên,Kỷ luật\nHB09,Trần Văn Khải,\nHB13,Trần Văn Khải,Khiển trách\n'));
    const d = classifyYear(year, defaultRulebook(), { roster: right });
    expect(d.problems).toEqual([]);
    expect(d.people.map((p) => [p.id, p.level])).toEqual([
      ['HB09', 'HTXSNV'],
      ['HB13', 'KHTNV'],
    ]);
  });
});

describe('11–13. identity across months', () => {
  it('11. Hòa and Hoà, Thủy and Thuỷ are one person (shown as typed)', async () => {
    expect(nameKey('Nguyễn Thị Hòa')).toBe(nameKey('Nguyễn Thị Hoà'));
    expect(nameKey('Lê Thủy')).toBe(nameKey('Lê Thuỷ'));
    expect(nameKey('Lê Thủy'.normalize('NFD'))).toBe(nameKey('Lê Thuỷ'));
    expect(nameKey('Hoàng')).not.toBe(nameKey('Hoang'));
    const jan = await writeGrid(dir, 'hoa-1.xlsx', { month: 1, staff: [{ name: 'Nguyễn Thị Hòa' }] });
    const feb = await writeGrid(dir, 'hoa-2.xlsx', { month: 2, staff: [{ name: 'Nguyễn Thị Hoà' }], cells: { [dayCell(0, 6)]: 'M' } });
    const year = tallyYear([...(await months(jan)), ...(await months(feb))], defaultRulebook());
    expect(year.staff.map((p) => [p.name, Object.keys(p.months), p.total])).toEqual([['Nguyễn Thị Hòa', ['1', '2'], 190]]);
  });

  it('12. a period report with months missing stops; classify refuses a part-year report', async () => {
    const grids = ['01', '02', '03'].map((m) => join(ROOT, 'fixtures', '2026', `thang-${m}-2026.xlsx`));
    const r = await run(['tally', ...grids, '--from', '01/01/2026', '--to', '30/06/2026', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { message: string }) => p.message)).toContain(
      'kỳ báo cáo gồm cả tháng 4, 5, 6 nhưng không có bảng của các tháng đó. Thêm các bảng đó, hoặc thu ngắn --from/--to.',
    );

    const all = Array.from({ length: 12 }, (_, i) => join(ROOT, 'fixtures', '2023', `thang-${String(i + 1).padStart(2, '0')}-2023.xlsx`));
    const report = join(dir, 'den-15-12.xlsx');
    expect((await run(['tally', ...all, '--from', '01/01/2023', '--to', '15/12/2023', '-o', report])).code).toBe(0);
    const c = await run(['classify', report]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('2023-01-01');
    expect(c.stderr).toContain('2023-12-15');
  });

  it('12. classify from the year report gives exactly what it gives from the grids (2026, Nghị định 335)', async () => {
    const grids = Array.from({ length: 10 }, (_, i) => join(ROOT, 'fixtures', '2026', `thang-${String(i + 1).padStart(2, '0')}-2026.xlsx`));
    const report = join(dir, 'tong-hop-2026.xlsx');
    expect((await run(['tally', ...grids, '-o', report])).code).toBe(0);
    const allow = ['--allow-missing-months', '--allow-missing-evaluations', '--json'];
    const fromGrids = JSON.parse((await run(['classify', ...grids, ...allow])).stdout);
    const fromReport = JSON.parse((await run(['classify', report, ...allow])).stdout);
    const levels = (j: { staff: { id: string; level: string | null; compared: number | null }[] }) =>
      j.staff.map((p) => [p.id, p.level, p.compared]);
    expect(levels(fromReport)).toEqual(levels(fromGrids));
    expect(fromReport.summary).toEqual(fromGrids.summary);
    // Vũ Văn Quý by hand (README): (73.83 + 78.5 + 81) / 3 = 77.78, HTTNV.
    expect(levels(fromReport).find((p) => p[0] === 'HB03')).toEqual(['HB03', 'HTTNV', 77.78]);
  });

  it('13. check of several months runs the cross-month checks tally runs', async () => {
    const mar = await writeGrid(dir, 'ten-3.xlsx', { month: 3 });
    const apr = await writeGrid(dir, 'ten-4.xlsx', { month: 4, staff: [STAFF[0]!, { ...STAFF[1]!, name: 'Trần Thị Bính' }, STAFF[2]!] });
    const r = await run(['check', mar, apr, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { cell: string; file: string }) => [p.file.endsWith('ten-4.xlsx'), p.cell])).toEqual([
      [true, 'C10'],
    ]);
  });

  it('14. a Mã of digits meets its zero-padded form, however the person was first seen', () => {
    const rules = defaultRulebook();
    const month = (m: number, people: { id?: string; name: string }[]): ParsedMonth =>
      parseGrid(
        {
          file: `so-${m}.xlsx`,
          sheet: 'S',
          titleLines: [`THÁNG ${m} NĂM 2023`],
          rows: people.map((p, k) => ({ row: 9 + k, id: p.id, name: p.name, nameCell: `C${9 + k}` as never, days: [] })),
          problems: [],
        },
        rules,
      );
    const year = tallyYear(
      [
        // January: Lan without a Mã, An as 7 (Excel's number), Bình as 10 and Cường as 100.
        month(1, [{ name: 'Lan' }, { id: '7', name: 'An' }, { id: '10', name: 'Bình' }, { id: '100', name: 'Cường' }]),
        // February: Lan gets 42, An is 007 again; Bình and Cường keep theirs (10 is not 100).
        month(2, [
          { id: '42', name: 'Lan' },
          { id: '007', name: 'An' },
          { id: '10', name: 'Bình' },
          { id: '100', name: 'Cường' },
        ]),
        // March: Lan's Mã zero-padded, An back to 7, and a new Lan (43), another person.
        month(3, [
          { id: '042', name: 'Lan' },
          { id: '7', name: 'An' },
          { id: '10', name: 'Bình' },
          { id: '100', name: 'Cường' },
          { id: '43', name: 'Lan' },
        ]),
      ],
      rules,
    );
    expect(year.staff.map((p) => [p.id, p.name, Object.keys(p.months).join(' ')])).toEqual([
      ['042', 'Lan', '1 2 3'],
      ['007', 'An', '1 2 3'],
      ['10', 'Bình', '1 2 3'],
      ['100', 'Cường', '1 2 3'],
      ['43', 'Lan', '3'],
    ]);
    // Each later spelling of a known Mã is a warning at its name cell: 007 (Feb), 042 and 7 (March).
    expect(year.problems.filter((p) => p.key === 'staff.idZeroPadded').map((p) => [p.file, p.cell])).toEqual([
      ['so-2.xlsx', 'C10'],
      ['so-3.xlsx', 'C9'],
      ['so-3.xlsx', 'C10'],
    ]);
  });
});

describe('14–16. rosters, outputs, sizes', () => {
  it('14. a roster in Windows-1258 stops with "save as CSV UTF-8"; UTF-16 with tabs is read', async () => {
    const cp1258 = join(dir, 'win.csv');
    // "Họ và tên\nNguyễn" as Vietnamese Windows Excel saves it: single bytes that are no UTF-8.
    writeFileSync(
      cp1258,
      Buffer.from([0x48, 0xd2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e, 0x0a]),
    );
    await expect(readRoster(cp1258)).rejects.toMatchObject({ key: 'roster.notUtf8' });
    const utf16 = join(dir, 'unicode.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã\tHọ và tên\nX1\tNguyễn Thành Chân\n', 'utf16le')]));
    expect(await readRoster(utf16)).toMatchObject([{ id: 'X1', name: 'Nguyễn Thành Chân' }]);
  });

  it('15. an output in a missing folder is one line and exit 1, for tally and classify alike', async () => {
    const grid = join(ROOT, 'fixtures', '2023', 'thang-01-2023.xlsx');
    for (const command of ['tally', 'classify']) {
      const allow = command === 'classify' ? ['--allow-missing-months'] : [];
      const r = await run([command, grid, ...allow, '-o', join(dir, 'no-such-folder', 'r.xlsx')]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('no-such-folder');
    }
  });

  it('15. -o with another extension is wrong usage; a 250-byte name is written', async () => {
    const grid = join(ROOT, 'fixtures', '2023', 'thang-01-2023.xlsx');
    expect((await run(['tally', grid, '-o', join(dir, 'r.csv')])).code).toBe(2);
    const long = `${'b'.repeat(245)}.xlsx`;
    const r = await run(['tally', grid, '-o', join(dir, long)]);
    expect(r.code).toBe(0);
  });

  it('15. two runs making one new output at once: one writes it, the other is refused', async () => {
    const grid = join(ROOT, 'fixtures', '2023', 'thang-01-2023.xlsx');
    const out = join(dir, 'cung-luc.xlsx');
    // Two processes, as two clerks' runs would be.
    const codes = (await Promise.all([runBinary(['tally', grid, '-o', out]), runBinary(['tally', grid, '-o', out])]))
      .map((r) => r.code)
      .sort();
    expect(codes).toEqual([0, 1]);
  });

  it('16. a sheet past the row limit is refused before it is read whole', async () => {
    const path = await writeGrid(dir, 'huge.xlsx', {
      edit: (wb) => {
        wb.worksheets[0]!.getCell('C70000').value = 'x';
      },
    });
    await expect(readGridFiles(path).then((g) => g[0]!.rows)).rejects.toMatchObject({ key: 'file.tooManyRows' });
  });
});

describe('17. partial periods are said to be partial', () => {
  it('check of March 2026 alone labels the first quarter provisional', async () => {
    const march = join(ROOT, 'fixtures', '2026', 'thang-03-2026.xlsx');
    const json = JSON.parse((await run(['check', march, '--json'])).stdout);
    expect(json.evaluation[0].periods[0]).toMatchObject({ period: 1, partial: true });
    const text = await run(['check', march]);
    expect(text.stdout).toContain('(tạm tính: tháng 3)');
  });
});

describe('also mended', () => {
  it('a count with no bound: 31B and 99999999999999999999M are errors', async () => {
    const [m] = await months(
      await writeGrid(dir, 'counts.xlsx', {
        cells: { [dayCell(0, 6)]: '31B', [dayCell(1, 6)]: '99999999999999999999M', [dayCell(2, 6)]: '2B' },
      }),
    );
    expect(m!.problems.map((p) => [p.key, p.cell])).toEqual([
      ['grammar.countTooLarge', dayCell(0, 6)],
      ['grammar.countTooLarge', dayCell(1, 6)],
    ]);
    expect(m!.events.map((e) => [e.code, e.count])).toEqual([['B', 2]]);
  });

  it("the leader's points as TRUE, #N/A or a percentage are errors at the cell", async () => {
    const rules = PRESETS['nd335-2025']();
    const path = await writeGrid(dir, 'points.xlsx', {
      year: 2026,
      rules,
      cells: { AJ9: true as never, AK9: 60, AJ10: { error: '#N/A' } as ExcelJS.CellErrorValue, AK10: 60, AJ11: 15, AK11: 0.6 },
      edit: (wb) => {
        wb.worksheets[0]!.getCell('AK11').numFmt = '0%';
      },
    });
    const [m] = await months(path, rules);
    expect(m!.problems.map((p) => [p.key, p.cell, p.raw])).toEqual([
      ['evaluation.notNumber', 'AJ9', 'TRUE'],
      ['evaluation.notNumber', 'AJ10', '#N/A'],
      ['evaluation.notNumber', 'AK11', '60%'],
    ]);
  });

  it('rulebook codes the grammar cannot match, and calendar dates that do not exist, are refused field by field', async () => {
    const { validateRulebook } = await import('../src/core/rulebook-schema.js');
    const rb = defaultRulebook();
    const bad = {
      ...rb,
      deductionCodes: [
        { ...rb.deductionCodes[0]!, code: '2V' },
        { ...rb.deductionCodes[1]!, aliases: ['V,S'] },
        ...rb.deductionCodes.slice(2),
      ],
      calendar: {
        2026: {
          daysOff: [
            { date: '2026-02-30', name: 'x' },
            { date: '2025-09-02', name: 'y' },
          ],
          workingWeekendDays: [],
        },
      },
    };
    const result = validateRulebook(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
      'deductionCodes.0.code',
      'deductionCodes.1.aliases.0',
      'calendar.2026.daysOff.0.date',
      'calendar.2026.daysOff.1.date',
    ]);
  });

  it('a shared-string index written 1e1 is a broken part, not string 1', async () => {
    const good = await writeGrid(dir, 'ss.xlsx', { cells: { [dayCell(0, 6)]: 'V' } });
    const files = unzipSync(readFileSync(good));
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
    const patched = sheet.replace(/(<c r="J9"[^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/u, (_, a, n, b) => `${a}${Number(n) / 10}e1${b}`);
    expect(patched).not.toBe(sheet);
    files['xl/worksheets/sheet1.xml'] = strToU8(patched);
    const path = join(dir, 'ss-1e1.xlsx');
    writeFileSync(path, zipSync(files));
    await expect(readGridFiles(path).then((g) => g[0]!.rows)).rejects.toMatchObject({ key: 'file.partBroken' });
  });

  it('XML parts whose elements carry a namespace prefix (x:row, as the .NET SDK writes) read the same', async () => {
    const good = await writeGrid(dir, 'plain.xlsx', { cells: { [dayCell(1, 7)]: 'M' } });
    const files = unzipSync(readFileSync(good));
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']) {
      const xml = new TextDecoder().decode(files[part]!);
      // Every element gets the prefix x: bound to the main namespace, as the SDK writes them.
      const prefixed = xml
        .replace(/<(\/?)(?!\?)([A-Za-z][\w]*)([\s>/])/gu, (_, slash, name, after) => `<${slash}x:${name}${after}`)
        .replace(
          /xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/u,
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        );
      files[part] = strToU8(prefixed);
    }
    const path = join(dir, 'prefixed.xlsx');
    writeFileSync(path, zipSync(files));
    const [m] = await months(path);
    const [p] = await months(good);
    expect(m!.events).toEqual(p!.events.map((e) => ({ ...e, source: { ...e.source, file: path } })));
    expect(m!.events.map((e) => e.code)).toEqual(['M']);
  });
});

describeWithPrograms('openpyxl: formulas saved without results', ['openpyxl'], () => {
  it("6. a mark and the leader's points as formulas openpyxl saved are errors at their cells", async () => {
    const rules = PRESETS['nd335-2025']();
    const source = await writeGrid(dir, 'for-openpyxl.xlsx', {
      year: 2026,
      rules,
      cells: { AJ9: 15, AK9: 60, AJ10: 15, AK10: 60, AJ11: 15, AK11: 60 },
    });
    const saved = join(dir, 'openpyxl-formulas.xlsx');
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb.worksheets[0]',
      `ws["${dayCell(1, 6)}"] = '="V"'`,
      'ws["AJ11"] = "=10+5"',
      'wb.save(sys.argv[2])',
    ].join('\n');
    execFileSync(SYSTEM_PYTHON, ['-c', script, source, saved], { stdio: 'pipe' });
    const [m] = await months(saved, rules);
    expect(m!.problems.map((p) => [p.key, p.cell])).toEqual([
      ['cell.formulaNoResult', dayCell(1, 6)],
      ['cell.formulaNoResult', 'AJ11'],
    ]);
  });
});
