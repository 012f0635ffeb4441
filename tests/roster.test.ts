import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/core/problems.js';
import { readRoster } from '../src/xlsx/read/roster-reader.js';
import { tempDir, writeGrid } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(path: string): Promise<UserError> {
  try {
    await readRoster(path);
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('roster reader', () => {
  it('reads UTF-8 CSV with a BOM and semicolons, headers in any case, NFD accents and extra spaces', async () => {
    const header = ['  MÃ ', 'họ  VÀ tên'.normalize('NFD'), 'Chức vụ', 'NHÓM'].join(';');
    const path = csv('bom.csv', `\uFEFF${header}\r\nX1;Nguyễn Văn An;Chủ tịch;Lãnh đạo\r\n;"Trần Thị ""Bé"" Bình";;\r\n`);
    expect(await readRoster(path)).toMatchObject([
      {
        line: 2,
        id: 'X1',
        name: 'Nguyễn Văn An',
        position: 'Chủ tịch',
        group: 'Lãnh đạo',
        discipline: undefined,
        disciplineDate: undefined,
      },
      {
        line: 3,
        id: undefined,
        name: 'Trần Thị "Bé" Bình',
        position: undefined,
        group: undefined,
        discipline: undefined,
        disciplineDate: undefined,
      },
    ]);
  });

  it('reads the fixture roster of twelve', async () => {
    const rows = await readRoster('fixtures/roster.csv');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ id: 'HB01', name: 'Nguyễn Thành Chân' });
  });

  it('reads an .xlsx roster with the header below a title row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Danh sách cán bộ']);
    ws.addRow(['Họ và tên', 'Chức vụ']);
    ws.addRow(['Lê Văn Cường', 'Công chức']);
    const path = join(dir, 'r.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await readRoster(path)).map((r) => [r.line, r.name, r.position])).toEqual([[3, 'Lê Văn Cường', 'Công chức']]);
  });

  it('reuses the staff of a previous month grid', async () => {
    const path = await writeGrid(dir, 'prev.xlsx');
    expect((await readRoster(path)).map((r) => [r.id, r.name])).toEqual([
      ['A1', 'Nguyễn Văn An'],
      ['A2', 'Trần Thị Bình'],
      ['A3', 'Lê Văn Cường'],
    ]);
  });

  it.each([
    ['no name column', 'Mã,Chức vụ\nX1,Chủ tịch\n', 'roster.noNameColumn'],
    ['an empty roster', 'Họ và tên,Chức vụ\n', 'roster.empty'],
    ['a blank name', 'Mã,Họ và tên\nX1,Ann\nX2,  \n', 'roster.blankName'],
    ['one name twice without ids', 'Họ và tên\nLê Văn A\nLê  Văn A\n', 'roster.duplicateName'],
    ['a duplicate id', 'Mã,Họ và tên\nX1,Ann\nX1,Bob\n', 'roster.duplicateId'],
    // Two names whose made ids are both ~c5018cd0 (found by search; tests/grid-roundtrip.test.ts).
    ['two idless names one made id', 'Họ và tên\nNguyễn Văn Hữu Hiếu Hạnh\nNguyễn Đức Hồng Phong Hải\n', 'roster.derivedIdClash'],
    ['a file that is not a roster', 'hello world\nthis is not a roster\n', 'roster.noNameColumn'],
  ])('reports %s', async (_what, text, key) => {
    const err = await failure(csv(`${key}.csv`, text));
    expect(err.key).toBe(key);
    expect(err.params.file).toContain(dir);
    expect(err.kind).toBe('input');
  });

  it('names the rows of a blank name and of a duplicate', async () => {
    expect((await failure(csv('blank.csv', 'Mã,Họ và tên\nX1,An\nX2,\n'))).params).toMatchObject({ row: 3 });
    expect((await failure(csv('dup.csv', 'Mã,Họ và tên\nX1,An\nX2,Bình\nX1,Cường\n'))).params).toMatchObject({
      id: 'X1',
      row: 4,
      other: 2,
    });
  });

  it('names both rows of two idless names whose made ids are the same, and takes them with ids', async () => {
    const clash = 'Họ và tên\nAn\nNguyễn Văn Hữu Hiếu Hạnh\nNguyễn Đức Hồng Phong Hải\n';
    expect((await failure(csv('clash.csv', clash))).params).toMatchObject({ name: 'Nguyễn Đức Hồng Phong Hải', row: 4, other: 3 });
    const withIds = 'Mã,Họ và tên\nA1,Nguyễn Văn Hữu Hiếu Hạnh\nA2,Nguyễn Đức Hồng Phong Hải\n';
    expect((await readRoster(csv('clash-ids.csv', withIds))).map((r) => r.id)).toEqual(['A1', 'A2']);
  });

  it('accepts one name twice when ids tell them apart', async () => {
    expect(await readRoster(csv('ok.csv', 'Mã,Họ và tên\nX1,Lê Văn A\nX2,Lê Văn A\n'))).toHaveLength(2);
  });

  it('refuses a roster of another type', async () => {
    expect((await failure(csv('r.txt', 'Họ và tên\nAn\n'))).key).toBe('roster.unsupported');
  });
});
