import { UserError } from '../../core/problems.js';
import { packageErrorCode } from './package-error.js';
import { type ZipEntry, zipEntries } from './zip-reader.js';

/**
 * The first look at a file a clerk sent us, before any parser touches it: every way it can be
 * wrong (not a workbook, a legacy .xls, encrypted, truncated, a zip bomb) becomes one UserError
 * that names the file and says what to do. No exceljs here, so the fast reader stays light.
 */

/** Refuse workbooks whose parts expand past this: a small file that inflates to gigabytes is hostile. */
const MAX_UNCOMPRESSED_MB = 200;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** An OLE2 container is either a legacy .xls or an encrypted OOXML package (it holds an EncryptionInfo stream). */
function classifyOle(buf: Uint8Array): 'file.encrypted' | 'file.xls' {
  // "EncryptionInfo" in UTF-16LE, searched byte by byte: no Node Buffer, so the page reads it too.
  const marker = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  for (let i = 0; i + marker.length <= buf.length; i++) {
    if (buf[i] !== marker[0]) continue;
    let k = 1;
    while (k < marker.length && buf[i + k] === marker[k]) k++;
    if (k === marker.length) return 'file.encrypted';
  }
  return 'file.xls';
}

/** Checks the zip's declared sizes before anything is inflated; returns its entries for the reader. */
export function checkXlsxPackage(file: string, buf: Uint8Array): Map<string, ZipEntry> {
  if (startsWith(buf, OLE_MAGIC)) throw new UserError(classifyOle(buf), { file });
  if (!startsWith(buf, ZIP_MAGIC)) throw new UserError('file.notZip', { file });
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(buf);
  } catch (err) {
    throw new UserError('file.corrupt', { file, detail: packageErrorCode(err, 'zip') });
  }
  let total = 0;
  for (const entry of entries.values()) total += entry.size;
  if (total > MAX_UNCOMPRESSED_MB * 1024 * 1024) throw new UserError('file.tooLarge', { file, limit: MAX_UNCOMPRESSED_MB });
  if (!entries.has('xl/workbook.xml')) throw new UserError('file.partMissing', { file, part: 'xl/workbook.xml' });
  return entries;
}
