import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithPrograms, SYSTEM_PYTHON } from './clients.js';
import { ROOT, readBack, run, tempDir } from './helpers.js';

/**
 * Files other writers save go through every command that reads them: init-month --staff (last
 * month's grid or a roster), check, check --annotate, tally. None of them loads a file with
 * exceljs's reader.
 */

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  const r = await run([
    'init-month',
    '--month',
    '2026-01',
    '--staff',
    join(ROOT, 'fixtures', 'roster.csv'),
    '-o',
    join(dir, 'thang-01-2026.xlsx'),
  ]);
  expect(r.code).toBe(0);
});

/** A grid goes through the four commands; returns the checked copy's first sheet. */
async function throughEveryCommand(grid: string, expectations: { codes: [string, string][] }) {
  const next = join(dir, `next-${basename(grid)}`);
  const init = await run(['init-month', '--month', '2026-02', '--staff', grid, '-o', next, '--force']);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect((await readBack(next)).worksheets[0]!.getCell('C9').value).toBe('Nguyễn Thành Chân');

  const check = await run(['check', grid, '--json']);
  expect(check.code).toBe(0);
  const json = JSON.parse(check.stdout);
  expect(json.months[0].staff.find((p: { name: string }) => p.name === 'Vũ Văn Quý').counts).toEqual(
    Object.fromEntries(expectations.codes.map(([code]) => [code, 1])),
  );

  const annotated = join(dir, `ann-${basename(grid)}`);
  const ann = await run(['check', grid, '--annotate', annotated, '--force']);
  expect(ann.code).toBe(0);
  const ws = (await readBack(annotated)).worksheets[0]!;
  for (const [code, cell] of expectations.codes) expect(ws.getCell(cell).value).toBe(code);

  const tally = await run(['tally', grid, '--json']);
  expect(tally.code).toBe(0);
  return ws;
}

describeWithPrograms('a grid and a roster saved by openpyxl', ['openpyxl'], () => {
  const python = (script: string, ...args: string[]) => execFileSync(SYSTEM_PYTHON, ['-c', script, ...args], { stdio: 'pipe' });

  it('a grid filled and saved by openpyxl, with a comment (exceljs#2797)', async () => {
    const grid = join(dir, 'openpyxl-grid.xlsx');
    python(
      `import sys, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
ws['F11'] = 'M'
ws['F11'].comment = Comment('đến muộn 70 phút', 'Văn thư')
ws['G12'] = 'VS'
wb.save(sys.argv[2])`,
      join(dir, 'thang-01-2026.xlsx'),
      grid,
    );
    const ws = await throughEveryCommand(grid, { codes: [['M', 'F11']] });
    // Day 3 of January 2026 is a Saturday: the VS there is a warning, marked yellow in the copy.
    expect(ws.getCell('G12').value).toBe('VS');
    expect(ws.getCell('G12').note).toBeTruthy();
  });

  it('a roster written by openpyxl, with a comment on its header', async () => {
    const roster = join(dir, 'openpyxl-roster.xlsx');
    python(
      `import sys, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook()
ws = wb.active
ws.append(['Mã', 'Họ và tên', 'Chức vụ', 'Nhóm'])
ws['B1'].comment = Comment('theo quyết định số 12', 'Văn thư')
ws.append(['A1', 'Nguyễn Văn An', 'Chủ tịch', ''])
ws.append(['A2', 'Trần Thị Bình', 'Công chức', ''])
wb.save(sys.argv[1])`,
      roster,
    );
    const out = join(dir, 'from-openpyxl-roster.xlsx');
    const r = await run(['init-month', '--month', '2026-03', '--staff', roster, '-o', out]);
    expect(r.code).toBe(0);
    const ws = (await readBack(out)).worksheets[0]!;
    expect([ws.getCell('B9').value, ws.getCell('C9').value, ws.getCell('C10').value]).toEqual(['A1', 'Nguyễn Văn An', 'Trần Thị Bình']);
  });
});

describeWithPrograms('a grid re-saved by LibreOffice', ['soffice'], () => {
  it('goes through init-month --staff, check, check --annotate and tally', async () => {
    const source = join(dir, 'lo-source.xlsx');
    copyFileSync(join(dir, 'thang-01-2026.xlsx'), source);
    const outDir = join(dir, 'lo');
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        source,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    await throughEveryCommand(join(outDir, 'lo-source.xlsx'), { codes: [] });
  });
});

/** A minimal package as a small tool writes it: no docProps/, no styles, strings inline or shared. */
function handMadeGrid(path: string, strings: 'inline' | 'shared'): string {
  const shared: string[] = [];
  const cell = (ref: string, v: string | number) => {
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (strings === 'inline') return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    shared.push(v);
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  };
  const col = (n: number) => {
    let s = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  };
  const rows: string[][] = [
    [cell('A1', 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC')],
    [cell('A2', 'THÁNG 01 NĂM 2026')],
    [
      cell('A3', 'TT'),
      cell('B3', 'Mã'),
      cell('C3', 'Họ và tên'),
      cell('D3', 'Chức vụ'),
      ...Array.from({ length: 31 }, (_, i) => cell(`${col(5 + i)}3`, i + 1)),
    ],
    [cell('A4', 1), cell('B4', 'HB01'), cell('C4', 'Nguyễn Thành Chân'), cell('D4', 'Chủ tịch UBND')],
    [cell('A5', 2), cell('B5', 'HB03'), cell('C5', 'Vũ Văn Quý'), cell('D5', 'Công chức'), cell('F5', 'M')],
  ];
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${strings === 'shared' ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tháng 1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${strings === 'shared' ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  };
  if (strings === 'shared') {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
    );
  }
  writeFileSync(path, zipSync(files));
  return path;
}

describe('minimal packages: no docProps/, no styles', () => {
  for (const strings of ['inline', 'shared'] as const) {
    it(`with ${strings} strings: every command reads it, and the checked copy moves F5 to F10`, async () => {
      const grid = handMadeGrid(join(dir, `minimal-${strings}.xlsx`), strings);
      // The hand-made layout has its header on row 3; the copy has the template's (row 8), so Vũ Văn Quý's M moves to F10.
      await throughEveryCommand(grid, { codes: [['M', 'F10']] });
    });
  }

  it('a package without its workbook part names the part and does not call the file damaged', async () => {
    const p = join(dir, 'no-workbook.xlsx');
    writeFileSync(p, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }));
    for (const args of [
      ['check', p],
      ['init-month', '--month', '2026-02', '--staff', p, '-o', join(dir, 'x.xlsx')],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('xl/workbook.xml');
      expect(r.stderr).not.toContain('hỏng');
    }
  });
});
