import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthDays } from '../src/core/calendar.js';
import { PRESETS } from '../src/core/rulebook.js';
import type { StaffMember } from '../src/core/staff.js';
import { decodeCsv, parseCsv } from '../src/io/csv.js';
import { dayCell, readBack, run, tempDir, writeGrid } from './helpers.js';

/**
 * The 2026 year-end as the committee meets it (issue 26), on a commune built here: a joiner in May,
 * maternity leave March–August, a whole month sick, a leaver after September and one in August,
 * December marked to the 5th, run on 06/12/2026. Every figure is worked by hand in the comments.
 */

const rules = PRESETS['nd335-2025']();
const NAM: StaffMember = { id: 'T01', name: 'Nguyễn Văn Nam', position: 'Chủ tịch UBND' };
const SICK: StaffMember = { id: 'T02', name: 'Đỗ Thị Mai', position: 'Công chức' };
const MOTHER: StaffMember = { id: 'T03', name: 'Lý Thị Ngọc', position: 'Công chức' };
const LEFT_SEPT: StaffMember = { id: 'T04', name: 'Mai Văn Tâm', position: 'Công chức' };
const JOINER: StaffMember = { id: 'T05', name: 'Trịnh Thị Yến', position: 'Công chức' };
const LEFT_AUG: StaffMember = { id: 'T06', name: 'Hà Văn Quang', position: 'Công chức' };
/** Moved in from another commune on 1 July: the old unit sends his first two quarters. */
const MOVED_IN: StaffMember = { id: 'X07', name: 'Phan Văn Đức', position: 'Công chức' };

function staffOf(month: number): StaffMember[] {
  return [
    NAM,
    SICK,
    MOTHER,
    ...(month <= 9 ? [LEFT_SEPT] : []),
    ...(month >= 5 ? [JOINER] : []),
    ...(month <= 8 ? [LEFT_AUG] : []),
    ...(month >= 7 ? [MOVED_IN] : []),
  ];
}

const workdays = (month: number) =>
  monthDays(2026, month, rules)
    .filter((d) => d.kind === 'workday')
    .map((d) => d.day);

let dir: string;
const grids: string[] = [];

/** Leader's points in every quarter's last grid: 20 and 60 for everyone on it (so a full quarter is 5 + 20 + 60 = 85). */
async function makeYear(): Promise<void> {
  for (let month = 1; month <= 12; month++) {
    const staff = staffOf(month);
    const at = (m: StaffMember) => staff.findIndex((s) => s.id === m.id);
    const cells: Record<string, string | number> = {};
    if (month === 10) cells[dayCell(at(NAM), workdays(10)[2]!)] = 'V'; // −60: October 40
    if (month === 11) cells[dayCell(at(NAM), workdays(11)[3]!)] = 'M'; // −10: November 90
    if (month === 12) cells[dayCell(at(NAM), 2)] = 'M'; // Wednesday 2 December, before the date: −10, December 90
    if (month === 4) for (const d of workdays(4)) cells[dayCell(at(SICK), d)] = 'Ô'; // April wholly sick
    if (month === 5) cells[dayCell(at(SICK), workdays(5)[0]!)] = 'V'; // −60: May 40
    if (month >= 3 && month <= 8) for (const d of workdays(month)) cells[dayCell(at(MOTHER), d)] = 'TS';
    if (month % 3 === 0)
      staff.forEach((_, i) => {
        cells[`AJ${9 + i}`] = 20;
        cells[`AK${9 + i}`] = 60;
      });
    grids.push(await writeGrid(dir, `thang-${String(month).padStart(2, '0')}-2026.xlsx`, { year: 2026, month, rules, staff, cells }));
  }
}

interface Json {
  scope: { kind: string; quarter?: number; month?: number; provisional: boolean };
  asOf: string | null;
  staff: {
    id: string;
    total: number;
    level?: string | null;
    notes?: string[];
    group?: string | null;
    evaluation?: {
      periods: { period: number; discipline: number; total: number | null; partial: boolean }[];
      yearScore?: number | null;
      periodScore?: number | null;
      partial: boolean;
    };
  }[];
  problems: { severity: string; file?: string; cell?: string; message: string }[];
  summary?: { quota: { share: number; basis: string | null; groups: { group: string | null }[] } };
}

const json = async (args: string[]): Promise<{ code: number; json: Json; stdout: string }> => {
  const r = await run([...args, '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) as Json, stdout: r.stdout };
};

beforeAll(async () => {
  dir = tempDir();
  await makeYear();
});

describe('a period report names its figures after its period', () => {
  it('Q4 on 06/12/2026: quarter labels, the quarter score 83.67 provisional, never a year score', async () => {
    const q4 = grids.slice(9);
    const r = await run(['tally', ...q4, '--date', '06/12/2026', '-o', join(dir, 'q4.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng điểm quý IV');
    expect(r.stdout).toContain('Điểm đánh giá quý IV');
    expect(r.stdout).toContain('quý IV chưa kết thúc');
    expect(r.stdout).not.toMatch(/điểm năm|đánh giá năm/iu);
    // No month of the year but the quarter's is asked for.
    expect(r.stderr).not.toContain('thiếu bảng chấm điểm');
    const { json: j } = await json(['tally', ...q4, '--date', '06/12/2026']);
    expect(j.scope).toEqual({ kind: 'quarter', quarter: 4, provisional: true });
    const nam = j.staff.find((p) => p.id === 'T01')!;
    // I.2 = 5 × (40 + 90 + 90) / 300 = 3.666… → 3.67; + 20 + 60 = 83.67.
    expect(nam.evaluation!.periodScore).toBe(83.67);
    expect(nam.evaluation!.partial).toBe(true);
    expect(nam.evaluation).not.toHaveProperty('yearScore');
    expect(nam.total).toBe(220);
  });

  it('November on 06/12/2026: a finished month, final; the evaluation is by quarter and the sheet left out', async () => {
    const out = join(dir, 't11.xlsx');
    const r = await run(['tally', grids[10]!, '--date', '06/12/2026', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng điểm tháng 11');
    expect(r.stdout).toContain('Đánh giá theo quý');
    expect(r.stdout).not.toContain('tạm tính');
    expect(r.stderr).not.toContain('thiếu bảng');
    const { json: j } = await json(['tally', grids[10]!, '--date', '06/12/2026']);
    expect([j.scope, j.asOf]).toEqual([{ kind: 'month', month: 11, provisional: false }, null]);
    expect(j.staff[0]!.evaluation).not.toHaveProperty('yearScore');
    expect(j.staff[0]!.evaluation).not.toHaveProperty('periodScore');
    const wb = await readBack(out);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết', 'Kiểm tra']);
  });
});

describe('nothing after the document date is counted', () => {
  it('a mark on a day after --date is an error at its cell; a grid of a later month is refused', async () => {
    const december = await writeGrid(dir, 'thang-12-som.xlsx', {
      year: 2026,
      month: 12,
      rules,
      staff: staffOf(12),
      cells: { [dayCell(0, 21)]: 'V' },
    });
    const r = await json(['tally', december, '--date', '06/12/2026']);
    expect(r.code).toBe(1);
    expect(r.json.problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual([dayCell(0, 21)]);
    const early = await json(['tally', grids[11]!, '--date', '30/11/2026']);
    expect(early.code).toBe(1);
    expect(early.json.problems.some((p) => p.severity === 'error' && p.message.includes('sau ngày văn bản'))).toBe(true);
  });
});

describe('time actually worked (Điều 19 khoản 3)', () => {
  it('a month wholly sick does not count in I.2: 5 × (40 + 100) / 200 = 3.50; a quarter on maternity leave is skipped, its typed figures warned', async () => {
    const { json: j } = await json(['classify', ...grids, '--date', '06/12/2026', '--allow-missing-evaluations']);
    const mai = j.staff.find((p) => p.id === 'T02')!;
    expect(mai.evaluation!.periods.find((p) => p.period === 2)).toMatchObject({ discipline: 3.5, total: 83.5 });
    const ngoc = j.staff.find((p) => p.id === 'T03')!;
    // Q1: January and February worked (March maternity) → 5; Q2 none worked; Q3 September → 5; Q4 5. 85 × 3 / 3.
    expect(ngoc.evaluation!.periods.map((p) => [p.period, p.discipline])).toEqual([
      [1, 5],
      [3, 5],
      [4, 5],
    ]);
    expect([ngoc.evaluation!.yearScore, ngoc.level]).toEqual([85, 'HTTNV']);
    // The leader's 20 and 60 typed for her in June are said to be set aside, at the cell, once.
    const setAside = j.problems.filter((p) => p.message.includes('Lý Thị Ngọc không làm việc ngày nào'));
    expect(setAside.map((p) => p.cell)).toEqual(['AJ11']);
    // Nobody is warned "chưa chấm" for a quarter not worked.
    expect(j.problems.some((p) => p.message.includes('Lý Thị Ngọc: chưa chấm'))).toBe(false);
  });
});

describe('everyone accounted for at the year end', () => {
  it('a leaver missing from the year-end roster is named; notes say who joined and who left; no phantom group', async () => {
    const roster = join(dir, 'cuoi-nam.csv');
    writeFileSync(
      roster,
      [
        'Mã,Họ và tên,Chức vụ,Nhóm',
        'T01,Nguyễn Văn Nam,Chủ tịch UBND,Lãnh đạo',
        'T02,Đỗ Thị Mai,Công chức,Công chức',
        'T03,Lý Thị Ngọc,Công chức,Công chức',
        'T05,Trịnh Thị Yến,Công chức,Công chức',
        'T06,Hà Văn Quang,Công chức,Công chức',
      ].join('\n'),
    );
    const { json: j } = await json(['classify', ...grids, '--staff', roster, '--date', '06/12/2026', '--allow-missing-evaluations']);
    expect(j.problems.some((p) => p.severity === 'warning' && p.message.startsWith('Mai Văn Tâm có trong bảng chấm điểm'))).toBe(true);
    const tam = j.staff.find((p) => p.id === 'T04')!;
    expect(tam.notes).toContain('Có tên trong bảng chấm điểm đến tháng 9/2026 (đã nghỉ việc hoặc chuyển công tác).');
    expect(tam.notes).toContain('Không có trong danh sách cuối năm: chưa đối chiếu kỷ luật và nhóm.');
    expect(j.staff.find((p) => p.id === 'T05')!.notes).toContain(
      'Vào đơn vị từ tháng 5/2026: đánh giá theo thời gian công tác tại đơn vị.',
    );
    expect(j.summary!.quota.groups.map((g) => g.group)).toEqual([null, 'Công chức', 'Lãnh đạo']);
  });

  it("a leaver keeps the Nhóm the grids' roster gave him; init-month from last month's grid carries it on", async () => {
    const own = tempDir();
    const staff = [
      { id: 'G1', name: 'Võ Văn Một', position: 'Công chức', group: 'Văn phòng' },
      { id: 'G2', name: 'Võ Văn Hai', position: 'Công chức', group: 'Địa chính' },
    ];
    const files: string[] = [];
    for (let month = 1; month <= 12; month++) {
      const on = month <= 9 ? staff : staff.slice(0, 1);
      files.push(
        await writeGrid(own, `g-${month}.xlsx`, {
          year: 2026,
          month,
          rules,
          staff: on,
          cells: month % 3 === 0 ? { AJ9: 20, AK9: 60, AJ10: 20, AK10: 60 } : {},
        }),
      );
    }
    const roster = join(own, 'cuoi-nam.csv');
    writeFileSync(roster, 'Mã,Họ và tên,Chức vụ,Nhóm\nG1,Võ Văn Một,Công chức,Văn phòng\n');
    const { json: j } = await json(['classify', ...files, '--staff', roster, '--date', '31/12/2026']);
    expect(j.staff.map((p) => [p.id, p.group])).toEqual([
      ['G1', 'Văn phòng'],
      ['G2', 'Địa chính'],
    ]);
    // January 2027 made from December's grid keeps Một's group in its metadata.
    const next = join(own, 'g-2027-01.xlsx');
    expect((await run(['init-month', '--month', '2027-01', '--staff', files[11]!, '-o', next])).code).toBe(0);
    const { readRoster } = await import('../src/xlsx/read/roster-reader.js');
    expect((await readRoster(next)).map((r) => [r.id, r.group])).toEqual([['G1', 'Văn phòng']]);
  });

  it('the quota share an authority allowed is taken with its basis, printed, and the grids are not refused', async () => {
    const out = join(dir, 'xep-loai.xlsx');
    const args = ['classify', ...grids, '--date', '06/12/2026', '--allow-missing-evaluations'];
    const basis = 'Quyết định số 5/QĐ-UBND ngày 01/12/2026';
    const r = await run([...args, '--quota-share', '0.3', '--quota-basis', basis, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Tỷ lệ 30% áp dụng theo ${basis}`);
    const texts = (await readBack(out)).worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes(basis))).toBe(true);
    expect(texts.some((t) => t.includes('--'))).toBe(false);
    const { json: j } = await json([...args, '--quota-share', '0.3', '--quota-basis', basis]);
    expect([j.summary!.quota.share, j.summary!.quota.basis]).toEqual([0.3, basis]);
    expect((await run([...args, '--quota-share', '0.3'])).code).toBe(2);
  });
});

describe('what goes to the province and the next unit', () => {
  it('the export marks the running quarter and gives the August leaver his third quarter', async () => {
    const csv = join(dir, 'ket-qua.csv');
    expect((await run(['tally', ...grids, '--date', '06/12/2026', '--export', csv, '-o', join(dir, 'nam.xlsx')])).code).toBe(0);
    const [header, ...rows] = parseCsv(decodeCsv(readFileSync(csv))!);
    const col = (name: string) => header!.indexOf(name);
    const row = (id: string, period: string) => rows.find((r) => r[0] === id && r[col('Kỳ')] === period)!;
    expect([row('T01', 'Q4-2026')[col('Tạm tính')], row('T01', 'Q4-2026')[col('Tính đến ngày')]]).toEqual(['tạm tính', '06/12/2026']);
    expect(row('T01', 'Q3-2026')[col('Tạm tính')]).toBe('');
    // Quang: July and August kept 100 each → I.2 5; the leader's part is the new unit's.
    const quang = row('T06', 'Q3-2026');
    expect([quang[col('Điểm I.2 kỷ luật, kỷ cương')], quang[col('Tổng điểm kỳ')], quang[col('Tạm tính')]]).toEqual(['5', '', 'tạm tính']);
  });

  it('the Q4 Mẫu số 01 says "tính đến ngày", writes decimals with a comma and is signed by the CHỦ TỊCH', async () => {
    const out = join(dir, 'phieu.xlsx');
    expect((await run(['forms', ...grids, '--period', 'Q4-2026', '--date', '06/12/2026', '-o', out])).code).toBe(0);
    const texts = (await readBack(out)).worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('(Tạm tính: kỳ chưa kết thúc, tính đến ngày 06/12/2026)');
    expect(texts).toContain('Điểm I.2 = 5 × (40 + 90 + 90) ÷ 300 = 3,67');
    expect(texts).toContain('Xếp loại (tạm tính): Hoàn thành tốt nhiệm vụ (HTTNV)');
    expect(texts).toContain('CHỦ TỊCH');
    expect(texts.some((t) => /\d\.\d/u.test(t) && !t.includes('/'))).toBe(false);
  });
});

describe('a transfer (Điều 19 khoản 1)', () => {
  it("the old unit's export brings his first two quarters into the new unit's year score, with their source", async () => {
    // The old unit: Đức alone, January–June, leader's 20 + 60 in March and 15 + 55 in June.
    const old = tempDir();
    const oldGrids: string[] = [];
    for (let month = 1; month <= 6; month++) {
      const cells = month === 3 ? { AJ9: 20, AK9: 60 } : month === 6 ? { AJ9: 15, AK9: 55 } : {};
      oldGrids.push(await writeGrid(old, `cu-${month}.xlsx`, { year: 2026, month, rules, staff: [MOVED_IN], cells }));
    }
    const sent = join(old, 'ket-qua-duc.csv');
    expect((await run(['tally', ...oldGrids, '--date', '30/06/2026', '--export', sent, '-o', join(old, 'r.xlsx')])).code).toBe(0);
    const out = join(dir, 'xep-loai-chuyen.xlsx');
    const args = ['classify', ...grids, '--date', '06/12/2026', '--allow-missing-evaluations', '--transfer', sent];
    expect((await run([...args, '-o', out])).code).toBe(0);
    const { json: j } = await json(args);
    const duc = j.staff.find((p) => p.id === 'X07')!;
    // Q1 5 + 20 + 60 = 85 and Q2 5 + 15 + 55 = 75 from the old unit; Q3 and Q4 85 here: 330 / 4 = 82.5.
    expect(duc.evaluation!.periods.map((p) => [p.period, p.total])).toEqual([
      [1, 85],
      [2, 75],
      [3, 85],
      [4, 85],
    ]);
    expect([duc.evaluation!.yearScore, duc.level]).toEqual([82.5, 'HTTNV']);
    expect(duc.notes).toContain('Kỳ 1, 2: kết quả do đơn vị cũ gửi (ket-qua-duc.csv).');
    const texts = (await readBack(out)).worksheets[0]!.getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('Kỳ 1, 2: kết quả do đơn vị cũ gửi (ket-qua-duc.csv).'))).toBe(true);
  });

  it('a row the old unit marked provisional, or for nobody here, is said and not counted', async () => {
    const file = join(dir, 'sai.csv');
    writeFileSync(
      file,
      [
        'Mã,Họ và tên,Chức vụ,Kỳ,Các tháng,"Điểm I.2 kỷ luật, kỷ cương",Tối đa I.2,Số lần trừ điểm,Điểm trừ,Tiêu chí chung khác,Kết quả nhiệm vụ,Tổng điểm kỳ,Xếp loại kỳ,Tạm tính,Tính đến ngày',
        'X07,Phan Văn Đức,Công chức,Q1-2026,1 2 3,5,5,0,0,20,60,85,HTTNV,tạm tính,',
        'Z99,Người Lạ,Công chức,Q2-2026,4 5 6,5,5,0,0,20,60,85,HTTNV,,',
        'X07,Phan Văn Đức,Công chức,Q2-2026,4 5 6,5,5,0,0,20,60,95,HTTNV,,',
      ].join('\n'),
    );
    const { code, json: j } = await json(['classify', ...grids, '--date', '06/12/2026', '--allow-missing-evaluations', '--transfer', file]);
    expect(code).toBe(1);
    const said = j.problems.filter((p) => p.file === file).map((p) => [p.severity, p.cell]);
    expect(said).toEqual([
      ['warning', 'L2'],
      ['error', 'L4'],
      ['warning', 'A3'],
    ]);
  });
});

describe('the year, one page per person', () => {
  it('forms --period 2026 adds a page per person: each quarter, the year score and its band, the grounds', async () => {
    const out = join(dir, 'phieu-nam.xlsx');
    expect((await run(['forms', ...grids, '--period', '2026', '--date', '06/12/2026', '-o', out])).code).toBe(0);
    const wb = await readBack(out);
    const year = wb.getWorksheet('Cả năm')!;
    const texts = year
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === 'string');
    // Nam: Q1–Q3 85 each, Q4 83,67 (provisional): (255 + 83.67) / 4 = 84.6675 → 84,67.
    const start = texts.indexOf('Họ và tên: Nguyễn Văn Nam');
    const page = texts.slice(start, texts.indexOf('Họ và tên: Đỗ Thị Mai'));
    expect(page).toContain('Điểm năm: 84,67 (trung bình 4 kỳ, làm tròn 2 chữ số thập phân).');
    expect(page).toContain('83,67 (tạm tính)');
    expect(page.some((t) => t.startsWith('Căn cứ: điểm tiêu chí I.2') && t.includes('3 lần trừ điểm, tổng 80 điểm'))).toBe(true);
    // Ngọc's second quarter, wholly on maternity leave, is said not scored.
    expect(texts).toContain('Kỳ 2: không làm việc ngày nào, không chấm (khoản 3 Điều 19 Nghị định 335/2025/NĐ-CP).');
  });
});

describe('the demo', () => {
  it('runs the 2026 year-end by default under its own rulebook, whatever quy-che.json the folder holds', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'quy-che.json'), JSON.stringify(PRESETS['ha-bac-2023'](), null, 2));
    const r = await run(['demo', '--out', 'ra'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^0 lỗi/mu);
    expect(r.stderr).not.toMatch(/^[1-9]\d* lỗi/mu);
    expect(r.stdout).toContain('Tính đến ngày 10/12/2026');
  });
});
