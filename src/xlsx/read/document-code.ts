import { runtime } from '../../io/runtime.js';
import { checkXlsxPackage } from './package-check.js';
import { readZipEntry } from './zip-reader.js';

/**
 * The check code a document made by scoring prints in its footer ("Mã kiểm tra: 7K2M-Q9XA-3FTB"),
 * read back from its sheets' page setup: `verify` of a report, a classification, forms or a closing
 * record compares it with the code on the paper. Undefined when no sheet prints one.
 */
export async function documentCode(file: string): Promise<string | undefined> {
  const buf = await runtime().readInput(file);
  const entries = checkXlsxPackage(file, buf);
  const decoder = new TextDecoder();
  for (const [name, entry] of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/u.test(name)) continue;
    const xml = decoder.decode(readZipEntry(buf, entry));
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/u.exec(xml)?.[1] ?? '';
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/u.exec(footer)?.[1];
    if (code) return code;
  }
  return undefined;
}
