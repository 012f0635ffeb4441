// Near-limit write (issue 31): a package of the report's size written the cheapest way — its rows
// as raw XML strings, deflated by Node's zlib at level 1 into a zip written as it goes. The same
// sheets, rows and cells as `tally` writes for the grids given (Tổng hợp a row per person, Chi tiết
// a row per deduction, the hidden year data a row per person), no styles: a floor, not a writer.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const [out, staffText, deductionsText] = process.argv.slice(2);
const staff = Number(staffText);
const deductions = Number(deductionsText);
const fd = openSync(out, 'w');
let offset = 0;
const central = [];
const put = (b) => {
  writeSync(fd, b);
  offset += b.length;
};

function add(name, text) {
  const raw = Buffer.from(text, 'utf8');
  const data = deflateRawSync(raw, { level: 1 });
  const crc = crc32(raw);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(raw.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  central.push({ nameBytes, crc, compressed: data.length, size: raw.length, at: offset });
  put(local);
  put(nameBytes);
  put(data);
}

const cell = (ref, v) => (typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`);
const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
function sheet(rows, row) {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}">${row(r)
        .map((v, c) => cell(`${COLS[c]}${r}`, v))
        .join('')}</row>`,
    );
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}
// Tổng hợp: TT, Mã, name, position, 12 months, 4 quarters, 6 codes, deducted, total (26 cells).
add(
  'xl/worksheets/sheet1.xml',
  sheet(staff, (r) => [
    r,
    `HB${r}`,
    `Nguyễn Văn ${r}`,
    'Công chức',
    ...Array(12).fill(100),
    ...Array(4).fill(300),
    ...Array(6).fill(0),
    0,
    1200,
  ]),
);
// Chi tiết: TT, date, Mã, name, code, count, points, file, cell (9 cells).
add(
  'xl/worksheets/sheet2.xml',
  sheet(deductions, (r) => [r, '01/03/2023', `HB${r}`, `Nguyễn Văn ${r}`, 'V', 1, 60, 'thang-03-2023.xlsx', `E${r}`]),
);
// _scoring_year: the hidden year data, one JSON text per person (the report's exact figures for classify).
add(
  'xl/worksheets/sheet3.xml',
  sheet(staff, (r) => [
    'person',
    JSON.stringify({
      id: `HB${r}`,
      hasOwnId: true,
      name: `Nguyễn Văn ${r}`,
      position: 'Công chức',
      months: Object.fromEntries(Array.from({ length: 12 }, (_, m) => [m + 1, { deducted: 0, score: 100 }])),
      counts: {},
      pointsByCode: {},
      deducted: 0,
      total: 1200,
      monthsPresent: 12,
      monthsWorked: Array.from({ length: 12 }, (_, m) => m + 1),
      maternityMonths: [],
      unexcusedAbsence: false,
    }),
  ]),
);
add('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const start = offset;
for (const e of central) {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.nameBytes.length, 28);
  h.writeUInt32LE(e.at, 42);
  put(h);
  put(e.nameBytes);
}
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(central.length, 8);
end.writeUInt16LE(central.length, 10);
end.writeUInt32LE(offset - start, 12);
end.writeUInt32LE(start, 16);
put(end);
closeSync(fd);
