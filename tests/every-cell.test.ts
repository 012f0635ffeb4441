import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRulebook } from '../src/core/rulebook.js';
import { dayCell, run, STAFF, tempDir, writeGrid } from './helpers.js';

/**
 * Every cell accounted for (issue 27): the shapes of clerks' edits that slipped through, each
 * with the figure worked by hand or the cell the run must stop at. March 2023 (source plan): V is
 * −60, M −10; a clean month keeps 100. Day 1 is column E, day 16 column T; staff rows from 9.
 */

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

interface Json {
  staff: { id: string; name: string; total: number; months: Record<string, { score: number }> }[];
  problems: { severity: string; cell?: string; sheet?: string; message: string }[];
  months?: number[];
}

async function tally(files: string[], extra: string[] = []): Promise<{ code: number; json: Json }> {
  const r = await run(['tally', ...files, '--json', '--date', '31/12/2023', ...extra]);
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

/** Rewrites the first sheet's XML of a grid. */
function editXml(path: string, change: (xml: string) => string): string {
  const files = unzipSync(readFileSync(path));
  const part = 'xl/worksheets/sheet1.xml';
  files[part] = strToU8(change(new TextDecoder().decode(files[part]!)));
  writeFileSync(path, zipSync(files, { level: 1 }));
  return path;
}

/** Replaces cell `ref` (empty or not) by `xml`. */
function setCell(xml: string, ref: string, cell: string): string {
  const re = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`, 'u');
  expect(re.test(xml), ref).toBe(true);
  return xml.replace(re, cell);
}

const errorsAt = (j: Json) => j.problems.filter((p) => p.severity === 'error').map((p) => p.cell);

describe('1. a day column duplicated', () => {
  it('a column inserted beside day 16 and headed 16 again stops at its header and at its V', async () => {
    const path = await writeGrid(dir, 'dup-16.xlsx', {
      edit: (wb) => {
        const ws = wb.worksheets[0]!;
        // Column U (after day 16 in T): everything from U moves one to the right.
        ws.spliceColumns(21, 0, []);
        ws.getCell('U8').value = 16;
        ws.getCell('U9').value = 'V';
      },
    });
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    expect(errorsAt(json)).toEqual(expect.arrayContaining(['U8', 'U9']));
  });
});

describe('2. a TT that looks like a section letter', () => {
  it('a row with a Mã is a person whatever its TT: scored, with a warning at the TT', async () => {
    const path = await writeGrid(dir, 'tt-v.xlsx', { cells: { A9: 'V', [dayCell(0, 2)]: 'M' } });
    const { code, json } = await tally([path]);
    expect(code).toBe(0);
    // An: M on 2 March, −10: 90.
    expect(json.staff.find((p) => p.id === 'A1')?.months['3']?.score).toBe(90);
    expect(json.problems.some((p) => p.severity === 'warning' && p.cell === 'A9')).toBe(true);
  });
});

describe('3. a Mã typed differently', () => {
  it('a01, A 01 and A\u200B01 are one person', async () => {
    const staff = (id: string) => [{ ...STAFF[0]!, id }, STAFF[1]!, STAFF[2]!];
    const files = [
      await writeGrid(dir, 'ma-1.xlsx', { month: 1, staff: staff('A01'), cells: { [dayCell(0, 3)]: 'V' } }),
      await writeGrid(dir, 'ma-2.xlsx', { month: 2, staff: staff('a 01') }),
      await writeGrid(dir, 'ma-3.xlsx', { month: 3, staff: staff('A\u200B01') }),
    ];
    const { code, json } = await tally(files);
    expect(code).toBe(0);
    // One An: 40 + 100 + 100 = 240.
    expect(json.staff.filter((p) => p.name === 'Nguyễn Văn An').map((p) => [p.id, p.total])).toEqual([['A01', 240]]);
  });

  it('001 that Excel turned into 1 is the same person, with a warning at the cell', async () => {
    const staff = [{ ...STAFF[0]!, id: '001' }, STAFF[1]!];
    const files = [
      await writeGrid(dir, 'so-1.xlsx', { month: 1, staff }),
      await writeGrid(dir, 'so-2.xlsx', { month: 2, staff, cells: { B9: 1 } }),
    ];
    const { json } = await tally(files);
    expect(json.staff.filter((p) => p.name === 'Nguyễn Văn An').map((p) => [p.id, p.total])).toEqual([['001', 200]]);
    expect(json.problems.some((p) => p.severity === 'warning' && p.cell === 'C9' && p.message.includes('"001"'))).toBe(true);
  });

  it('one name under two Mã in different months is an error', async () => {
    const files = [
      await writeGrid(dir, 'hai-1.xlsx', { month: 1, staff: [{ ...STAFF[0]!, id: 'A1' }] }),
      await writeGrid(dir, 'hai-2.xlsx', { month: 2, staff: [{ ...STAFF[0]!, id: 'Z9' }] }),
    ];
    const { code, json } = await tally(files);
    expect(code).toBe(1);
    expect(json.problems.some((p) => p.severity === 'error' && p.message.includes('"Z9"'))).toBe(true);
  });
});

describe('4. rows and columns that do not print', () => {
  it('a row of zero height holding a mark stops like a hidden one', async () => {
    const path = editXml(await writeGrid(dir, 'ht0.xlsx', { cells: { [dayCell(1, 2)]: 'V' } }), (xml) =>
      xml.replace(/<row r="10"([^>]*?) ht="[\d.]+"/u, '<row r="10"$1 ht="0"'),
    );
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    expect(errorsAt(json)).toContain('C10');
  });

  it('a day column of zero width holding a mark stops at the mark', async () => {
    const path = editXml(await writeGrid(dir, 'w0.xlsx', { cells: { [dayCell(0, 2)]: 'V' } }), (xml) =>
      xml.replace(/<cols>/u, '<cols><col min="6" max="6" width="0" customWidth="1"/>'),
    );
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    expect(errorsAt(json)).toContain(dayCell(0, 2));
  });
});

describe('5. phonetic runs', () => {
  it('V with a phonetic S in an inline string is V (−60), never VS', async () => {
    const ref = dayCell(0, 2);
    const path = editXml(await writeGrid(dir, 'rph.xlsx'), (xml) =>
      setCell(xml, ref, `<c r="${ref}" t="inlineStr"><is><t>V</t><rPh sb="0" eb="1"><t>S</t></rPh></is></c>`),
    );
    const { json } = await tally([path]);
    expect(json.staff.find((p) => p.id === 'A1')?.months['3']?.score).toBe(40);
  });
});

describe('6. a day header computed by formulas', () => {
  it('is read by its saved results', async () => {
    const path = editXml(await writeGrid(dir, 'f-header.xlsx', { cells: { [dayCell(0, 3)]: 'M' } }), (xml) => {
      let out = xml;
      for (let day = 2; day <= 31; day++) {
        const col = dayCell(0, day).replace(/\d+$/u, '');
        const prev = dayCell(0, day - 1).replace(/\d+$/u, '');
        out = setCell(out, `${col}8`, `<c r="${col}8"><f>${prev}8+1</f><v>${day}</v></c>`);
      }
      return out;
    });
    const { code, json } = await tally([path]);
    expect(code).toBe(0);
    expect(json.staff.find((p) => p.id === 'A1')?.months['3']?.score).toBe(90);
  });
});

describe("7. the plan's reference line above the month", () => {
  it('a hand-made February under "(Kèm theo Kế hoạch số …, ngày tháng 01 năm 2023)" is February', async () => {
    const path = await writeGrid(dir, 'tham-chieu.xlsx', {
      month: 2,
      edit: (wb) => {
        wb.removeWorksheet(wb.getWorksheet('_scoring')!.id);
        const ws = wb.worksheets[0]!;
        ws.getCell('A4').value = '(Kèm theo Kế hoạch số /KH-UBND, ngày tháng 01 năm 2023)';
        ws.getCell('A5').value = 'THÁNG 2 NĂM 2023';
      },
    });
    const { code, json } = await tally([path]);
    expect(code).toBe(0);
    expect(json.months).toEqual([2]);
  });

  it('two month lines that disagree stop, naming both', async () => {
    const path = await writeGrid(dir, 'hai-thang.xlsx', {
      month: 2,
      edit: (wb) => {
        wb.removeWorksheet(wb.getWorksheet('_scoring')!.id);
        const ws = wb.worksheets[0]!;
        ws.getCell('A4').value = 'THÁNG 1 NĂM 2023';
        ws.getCell('A5').value = 'THÁNG 2 NĂM 2023';
      },
    });
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    expect(json.problems.some((p) => p.message.includes('THÁNG 1 NĂM 2023') && p.message.includes('THÁNG 2 NĂM 2023'))).toBe(true);
  });
});

describe('8. two outputs of one run', () => {
  it('-o and --export to one file are wrong usage, and nothing is written', async () => {
    const grid = await writeGrid(dir, 'out.xlsx');
    const same = join(dir, 'same.xlsx');
    const r = await run(['tally', grid, '-o', same, '--export', same, '--force']);
    expect(r.code).toBe(2);
    expect(existsSync(same)).toBe(false);
  });
});

describe('9. the export CSV', () => {
  it('text Excel would run as a formula gets an apostrophe', async () => {
    // The source plan's rulebook: without an evaluation section the export is monthly.
    const staff = [{ id: 'A1', name: '=HYPERLINK("http://x","An")', position: '-Công chức' }];
    const grid = await writeGrid(dir, 'csv-1.xlsx', { staff });
    const csv = join(dir, 'x.csv');
    expect((await run(['tally', grid, '--export', csv, '-o', join(dir, 'x.xlsx'), '--date', '31/03/2023'])).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""An"")"`);
    expect(text).toContain(`'-Công chức`);
  });
});

describe('10. a header worded differently', () => {
  it('"Họ và tên cán bộ" stops at its header cell, saying the label it expected', async () => {
    const path = await writeGrid(dir, 'ho-ten.xlsx', {
      edit: (wb) => {
        wb.worksheets[0]!.getCell('C8').value = 'Họ và tên cán bộ';
      },
    });
    const r = await run(['check', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('C8');
    expect(r.stderr).toContain('"Họ và tên"');
  });
});

describe('11. a negative month', () => {
  it('is kept in the year total: one floor rule for months and the year', async () => {
    // Three V (−180): the month is −80, and the year of that one month is −80, not 0.
    const path = await writeGrid(dir, 'am.xlsx', { cells: { [dayCell(0, 2)]: 'V', [dayCell(0, 3)]: 'V', [dayCell(0, 6)]: 'V' } });
    const { json } = await tally([path]);
    const an = json.staff.find((p) => p.id === 'A1')!;
    expect([an.months['3']?.score, an.total]).toEqual([-80, -80]);
    const floored = { ...defaultRulebook(), floorMonthAtZero: true };
    writeFileSync(join(dir, 'san.json'), JSON.stringify(floored));
    const withFloor = await tally([path], ['--rules', join(dir, 'san.json'), '--force']);
    expect(withFloor.json.staff.find((p) => p.id === 'A1')!.total).toBe(0);
  });
});

describe('12. messages', () => {
  it('a t="d" date in a day cell is named as a date, not "the number 2023"', async () => {
    const ref = dayCell(0, 2);
    const path = editXml(await writeGrid(dir, 'ngay.xlsx'), (xml) => setCell(xml, ref, `<c r="${ref}" t="d"><v>2023-03-05</v></c>`));
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    const at = json.problems.find((p) => p.cell === ref)!;
    expect(at.message).toContain('05/03/2023');
    expect(at.message).not.toContain('2023 ');
  });
});

describe('the account', () => {
  it('a notes column after day 31 is said once with its count; a mark typed there is an error', async () => {
    const path = await writeGrid(dir, 'ghi-chu.xlsx', { cells: { AK8: 'Ghi chú', AK9: 'nghỉ phép có đơn', AK10: 'đi học', AK11: 'V' } });
    const { code, json } = await tally([path]);
    expect(code).toBe(1);
    expect(errorsAt(json)).toEqual(['AK11']);
    const said = json.problems.filter((p) => p.severity === 'warning' && p.cell === 'AK9');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('2');
  });
});
