import type ExcelJS from 'exceljs';
import { writeFileAtomic } from '../io/atomic-write.js';

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer));
}
