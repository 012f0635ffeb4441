// Baseline for init-month: exceljs's streaming writer writing a bare grid of the same size (one
// sheet, a header row and one row per person with TT, Mã, Họ và tên, Chức vụ and 31 empty day
// columns; no letterhead, styles, legend or metadata).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const [roster, out] = process.argv.slice(2);
const [, ...lines] = readFileSync(roster, 'utf8').trim().split('\n');
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: true });
const ws = wb.addWorksheet('Grid');
ws.addRow(['TT', 'Mã', 'Họ và tên', 'Chức vụ', ...Array.from({ length: 31 }, (_, i) => i + 1)]).commit();
lines.forEach((line, i) => {
  const [id, name, position] = line.split(',');
  ws.addRow([i + 1, id, name, position]).commit();
});
ws.commit();
await wb.commit();
