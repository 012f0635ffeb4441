import ExcelJS from 'exceljs';
import { UserError } from '../core/problems.js';
import { readInputFile } from '../io/read-input.js';
import { checkXlsxPackage } from './package-check.js';

/**
 * Opens a workbook a clerk sent us without trusting it: every way it can be wrong becomes one
 * UserError that names the file and says what to do, never a stack trace or a hang.
 */

/**
 * Loads with exceljs. Data validations are skipped: exceljs expands a whole-column validation
 * (E8:AI1048576) cell by cell on load, seconds and gigabytes for a 6 KB file, and we never need them.
 */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const buf = await readInputFile(file);
  checkXlsxPackage(file, buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (err) {
    throw new UserError('file.corrupt', { file, detail: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
  }
  return wb;
}
