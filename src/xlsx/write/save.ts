import type ExcelJS from 'exceljs';
import { runtime } from '../../io/runtime.js';

/** A workbook built in memory (small documents, forms), written whole as the runtime writes outputs. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  await runtime().writeOutput(path, new Uint8Array(buffer as ArrayBuffer));
}
