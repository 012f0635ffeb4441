import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { UserError } from '../core/problems.js';
import { readInputFile } from '../io/read-input.js';

/**
 * Opens a workbook a clerk sent us without trusting it: every way it can be wrong becomes one
 * UserError that names the file and says what to do, never a stack trace or a hang.
 */

/** Refuse workbooks whose parts expand past this: a small file that inflates to gigabytes is hostile. */
export const MAX_UNCOMPRESSED_MB = 200;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** An OLE2 container is either a legacy .xls or an encrypted OOXML package (it holds an EncryptionInfo stream). */
function classifyOle(buf: Uint8Array): 'file.encrypted' | 'file.xls' {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(marker) ? 'file.encrypted' : 'file.xls';
}

/** Checks the zip's declared sizes before anything is inflated. */
export function checkXlsxPackage(file: string, buf: Uint8Array): void {
  if (startsWith(buf, OLE_MAGIC)) throw new UserError(classifyOle(buf), { file });
  if (!startsWith(buf, ZIP_MAGIC)) throw new UserError('file.notZip', { file });
  let total = 0;
  let hasWorkbook = false;
  try {
    unzipSync(buf, {
      filter(entry) {
        total += entry.originalSize;
        if (entry.name === 'xl/workbook.xml') hasWorkbook = true;
        return false;
      },
    });
  } catch (err) {
    throw new UserError('file.corrupt', { file, detail: err instanceof Error ? err.message : String(err) });
  }
  if (total > MAX_UNCOMPRESSED_MB * 1024 * 1024) throw new UserError('file.tooLarge', { file, limit: MAX_UNCOMPRESSED_MB });
  if (!hasWorkbook) throw new UserError('file.corrupt', { file, detail: 'xl/workbook.xml' });
}

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
