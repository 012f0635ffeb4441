// Baseline for init-month: exceljs's streaming writer writing a bare grid of the same size: one
// sheet, a header row, and per person the same 35 cells (TT, Mã, Họ và tên, Chức vụ, then the 31
// day cells written as empty text); no letterhead, styles, legend or metadata.
// `--values-only` leaves the day cells out (4 cells a row), for information.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const [roster, out, mode] = process.argv.slice(2);
const days = mode === '--values-only' ? [] : Array.from({ length: 31 }, () => '');
const [, ...lines] = readFileSync(roster, 'utf8').trim().split('\n');
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: true });
const ws = wb.addWorksheet('Grid');
ws.addRow(['TT', 'Mã', 'Họ và tên', 'Chức vụ', ...Array.from({ length: 31 }, (_, i) => i + 1)]).commit();
lines.forEach((line, i) => {
  const [id, name, position] = line.split(',');
  ws.addRow([i + 1, id, name, position, ...days]).commit();
});
ws.commit();
await wb.commit();
