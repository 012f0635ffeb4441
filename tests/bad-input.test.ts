import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGrid } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { readGridFile } from '../src/xlsx/read/grid-reader.js';
import { dayCell, run, tempDir, writeGrid } from './helpers.js';

/** Hostile and broken files: each gets exit 1 and one line naming the file — never a stack trace or a hang. */

let dir: string;
let good: string;
beforeAll(async () => {
  dir = tempDir();
  good = await writeGrid(dir, 'good.xlsx', { cells: { [dayCell(0, 1)]: 'M' } });
});

async function expectOneLine(path: string, fragment: string) {
  const r = await run(['check', path, '--lang', 'en']);
  expect(r.code).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toContain(fragment);
  expect(r.stderr).not.toMatch(/\n\s+at /u);
}

function rezip(source: string, target: string, change: (files: Record<string, Uint8Array>) => void): string {
  const files = unzipSync(readFileSync(source));
  change(files);
  writeFileSync(target, zipSync(files, { level: 1 }));
  return target;
}

/** Sets the uncompressed size the central directory declares for `part` (PK\x01\x02 entries: size at +24, name at +46). */
function declareSize(bytes: Uint8Array, part: string, size: number): boolean {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 46 < bytes.length; i++) {
    if (dv.getUint32(i, true) !== 0x02014b50) continue;
    const length = dv.getUint16(i + 28, true);
    if (length === name.length && name.every((b, k) => bytes[i + 46 + k] === b)) {
      dv.setUint32(i + 24, size, true);
      return true;
    }
  }
  return false;
}

describe('broken files', () => {
  it('a file that is not a zip', async () => {
    const p = join(dir, 'text.xlsx');
    writeFileSync(p, 'this is not a workbook at all');
    await expectOneLine(p, 'not an .xlsx file');
  });
  it('a CSV renamed .xlsx', async () => {
    const p = join(dir, 'roster.xlsx');
    writeFileSync(p, 'Họ và tên,Chức vụ\nAn,Chủ tịch\n');
    await expectOneLine(p, 'renamed CSV');
  });
  it('an empty file', async () => {
    const p = join(dir, 'empty.xlsx');
    writeFileSync(p, '');
    await expectOneLine(p, 'empty');
  });
  it('a truncated file', async () => {
    const p = join(dir, 'cut.xlsx');
    const bytes = readFileSync(good);
    writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectOneLine(p, 'damaged');
  });
  it('an old .xls (OLE2 container)', async () => {
    const p = join(dir, 'old.xls.xlsx');
    writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    await expectOneLine(p, '.xls');
  });
  it('a password-encrypted workbook (OLE2 with EncryptionInfo)', async () => {
    const p = join(dir, 'locked.xlsx');
    writeFileSync(
      p,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(64),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(64),
      ]),
    );
    await expectOneLine(p, 'password');
  });
  it('a directory', async () => {
    const p = join(dir, 'folder.xlsx');
    mkdirSync(p);
    await expectOneLine(p, 'directory');
  });
  it('a missing file', async () => {
    await expectOneLine(join(dir, 'missing.xlsx'), 'not found');
  });
  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const p = join(dir, 'secret.xlsx');
    copyFileSync(good, p);
    chmodSync(p, 0o000);
    await expectOneLine(p, 'permission');
  });
  it('a zip bomb: declared sizes past the limit are refused before inflating', async () => {
    // A part whose central directory entry declares 210 MB: refused on the declaration, so nothing
    // is inflated (a real 210 MB of zeros takes seconds to compress and proves no more).
    const bytes = new Uint8Array(readFileSync(rezip(good, join(dir, 'bomb-source.xlsx'), () => {})));
    expect(declareSize(bytes, 'xl/worksheets/sheet1.xml', 210 * 1024 * 1024)).toBe(true);
    const p = join(dir, 'bomb.xlsx');
    writeFileSync(p, bytes);
    await expectOneLine(p, '200 MB');
  });
  it('a part that inflates past the size its zip header declares is refused, not trusted', async () => {
    const bytes = new Uint8Array(readFileSync(rezip(good, join(dir, 'liar-source.xlsx'), () => {})));
    expect(declareSize(bytes, 'xl/worksheets/sheet1.xml', 1000)).toBe(true);
    const p = join(dir, 'liar.xlsx');
    writeFileSync(p, bytes);
    await expectOneLine(p, 'damaged or incomplete (error code zip.sizeMismatch)');
  });
  // Its own timeout, not a timing assertion: a reader that walked the million rows would time out.
  it('a grid whose data validation covers a whole column range loads quickly', async () => {
    const p = rezip(good, join(dir, 'validation.xlsx'), (files) => {
      const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
      const validation =
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E9:AI1048576"><formula1>"V,VS,VC"</formula1></dataValidation></dataValidations>';
      files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('<pageMargins', `${validation}<pageMargins`));
    });
    const r = await run(['check', p]);
    expect(r.code).toBe(0);
  }, 10_000);
});

describe('other writers', () => {
  it('reads inline strings instead of shared strings', async () => {
    const p = rezip(good, join(dir, 'inline.xlsx'), (files) => {
      const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
      const shared = new TextDecoder().decode(files['xl/sharedStrings.xml']!);
      const strings = [...shared.matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>|<r>.*?<\/r>)<\/si>/gsu)].map((m) => m[1] ?? '');
      const inlined = sheet.replace(
        /<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/gu,
        (_m, r, a, b, i) => `<c r="${r}"${a} t="inlineStr"${b}><is><t>${strings[Number(i)]}</t></is></c>`,
      );
      expect(inlined).not.toBe(sheet);
      files['xl/worksheets/sheet1.xml'] = strToU8(inlined);
    });
    const m = parseGrid(await readGridFile(p), defaultRulebook());
    expect(m.events.map((e) => [e.code, e.source.cell])).toEqual([['M', 'E9']]);
  });
  it('reads a grid whose cell styles were stripped', async () => {
    const p = rezip(good, join(dir, 'nostyle.xlsx'), (files) => {
      const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']!);
      files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/ s="\d+"/gu, ''));
    });
    const m = parseGrid(await readGridFile(p), defaultRulebook());
    expect(m.problems).toEqual([]);
    expect(m.events.map((e) => [e.code, e.source.cell])).toEqual([['M', 'E9']]);
  });
  it('reads a grid with a renamed sheet and a second sheet before it', async () => {
    const p = await writeGrid(dir, 'renamed.xlsx', {
      cells: { [dayCell(1, 2)]: 'H' },
      edit: (wb) => {
        wb.worksheets[0]!.name = 'Chấm điểm';
        const extra = wb.addWorksheet('Ghi chú');
        extra.getCell('A1').value = 'Ghi chú của văn thư';
        // exceljs orders sheets by orderNo, a field its types leave out: the note sheet goes first.
        (extra as unknown as { orderNo: number }).orderNo = -1;
      },
    });
    const m = parseGrid(await readGridFile(p), defaultRulebook());
    expect(m.sheet).toBe('Chấm điểm');
    expect(m.events.map((e) => [e.code, e.source.cell])).toEqual([['H', 'F10']]);
  });
  it('reads rich text runs inside a code and a formula with a cached result', async () => {
    const p = await writeGrid(dir, 'rich.xlsx', {
      cells: {
        [dayCell(0, 1)]: { richText: [{ text: 'V' }, { text: 'S', font: { bold: true } }] },
        [dayCell(0, 2)]: { formula: '"M"', result: 'M' } as never,
      },
    });
    const m = parseGrid(await readGridFile(p), defaultRulebook());
    expect(m.events.map((e) => [e.code, e.source.cell])).toEqual([
      ['VS', 'E9'],
      ['M', 'F9'],
    ]);
    expect(m.problems.map((p) => [p.severity, p.key, p.cell])).toEqual([['warning', 'cell.formula', 'F9']]);
  });
  it('keeps names that begin with =, +, - or @ as plain text', async () => {
    const roster = join(dir, 'evil.csv');
    writeFileSync(roster, 'Họ và tên\n=HYPERLINK("x")\n+Tran\n-Le\n@Vu\n');
    const out = join(dir, 'evil.xlsx');
    expect((await run(['init-month', '--month', '2023-03', '--staff', roster, '-o', out])).code).toBe(0);
    const sheet = new TextDecoder().decode(unzipSync(readFileSync(out))['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    const m = parseGrid(await readGridFile(out), defaultRulebook());
    expect(m.staff.map((s) => s.name)).toEqual(['=HYPERLINK("x")', '+Tran', '-Le', '@Vu']);
  });
});
