import ExcelJS from 'exceljs';
import { IN_MEMORY, type RowSink } from '../xlsx/workbook-file.js';

/**
 * The page's outputs: workbooks built in memory and kept for download, by file name. In the page
 * bundle this module stands in for xlsx/workbook-stream.ts, xlsx/save.ts and io/atomic-write.ts
 * (see build-page.mjs): the writers are the command line's own, only the last step differs.
 */

const written = new Map<string, Uint8Array>();

export function takeOutput(name: string): Uint8Array | undefined {
  const bytes = written.get(name);
  written.delete(name);
  return bytes;
}

export async function streamWorkbook(path: string, write: (wb: ExcelJS.Workbook, sink: RowSink) => Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await write(wb, IN_MEMORY);
  await saveWorkbook(wb, path);
}

export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  written.set(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  written.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
}

/** Nothing on the page can overwrite an input: every output is a download. */
export function guardOutput(_output: string, _inputs: readonly string[], _force: boolean): void {}
