import { font, thinBorder } from '../layout/document-frame.js';
import { saveWorkbook } from './save.js';
import { newWorkbook } from './workbook-file.js';

/** `scoring diff -o`: the comparison as a plain sheet (a working list for the clerk, not a document to sign). */

export interface DiffSheet {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly string[];
}

const WIDTHS = [28, 8, 14, 14, 14];

export async function writeDiffFile(sheet: DiffSheet, path: string): Promise<void> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('So sánh', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getCell('A1').value = sheet.title;
  ws.getCell('A1').font = font({ bold: true });
  const header = ws.getRow(3);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c;
    cell.font = font({ bold: true, size: 11 });
    cell.border = thinBorder();
  });
  for (const [k, row] of sheet.rows.entries()) {
    const r = ws.getRow(4 + k);
    row.forEach((v, i) => {
      const cell = r.getCell(i + 1);
      cell.value = v;
      cell.font = font({ size: 11 });
      cell.border = thinBorder();
    });
  }
  for (const [k, line] of sheet.lines.entries()) ws.getCell(`A${5 + sheet.rows.length + k}`).value = line;
  await saveWorkbook(wb, path);
}
