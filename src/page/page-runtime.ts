import ExcelJS from 'exceljs';
import { Inflate, Zip, ZipDeflate } from 'fflate';
import { UserError } from '../core/problems.js';
import { Sha256 } from '../core/sha256.js';
import type { PackageWriter, Runtime } from '../io/runtime.js';
import { IN_MEMORY } from '../xlsx/write/workbook-file.js';

/**
 * The page's runtime: files are those the clerk opened, by name; outputs are kept for download
 * (nothing on the page can overwrite an input: every output is a new download); inflating is
 * fflate's. The command line's readers and writers run unchanged on top of it.
 */

const opened = new Map<string, Uint8Array>();
const written = new Map<string, Uint8Array>();

export function putFile(name: string, bytes: Uint8Array): void {
  opened.set(name, bytes);
}

export function takeOutput(name: string): Uint8Array | undefined {
  const bytes = written.get(name);
  written.delete(name);
  return bytes;
}

/** Input fed to the inflater at a time: at most ~1,000 times this comes out before the size is checked. */
const INFLATE_CHUNK = 16 * 1024;

/**
 * Streams the deflate data through fflate a slice at a time and stops as soon as the output passes
 * `maxOutputLength`: a 1 MB file that claims to be small but inflates to 1 GiB is refused after
 * a few megabytes, as Node's zlib does for the command line.
 */
function inflateRaw(data: Uint8Array, maxOutputLength: number): Uint8Array {
  const out = new Uint8Array(maxOutputLength);
  let length = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    if (tooLarge || length + chunk.length > maxOutputLength) {
      tooLarge = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < data.length && !tooLarge; at += INFLATE_CHUNK) {
    const end = Math.min(at + INFLATE_CHUNK, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (tooLarge) throw Object.assign(new Error('inflated past its size'), { code: 'ERR_BUFFER_TOO_LARGE' });
  return out.subarray(0, length);
}

/** A package zipped by fflate into memory, part after part, for a download. */
async function writePackage(path: string, build: (pkg: PackageWriter) => Promise<void>): Promise<void> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const encoder = new TextEncoder();
  await build({
    part(name) {
      const file = new ZipDeflate(name, { level: 1 });
      zip.add(file);
      // Rows come one by one: gathered, then encoded and deflated a megabyte at a time.
      let pending: string[] = [];
      let length = 0;
      const flush = (final: boolean) => {
        file.push(encoder.encode(pending.join('')), final);
        pending = [];
        length = 0;
      };
      return {
        write(text) {
          pending.push(text);
          length += text.length;
          if (length >= 1 << 20) flush(false);
        },
        end: () => flush(true),
      };
    },
    pieces: () => 0,
  });
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  written.set(path, out);
}

export const pageRuntime = {
  async readInput(file) {
    const bytes = opened.get(file);
    if (!bytes) throw new UserError('file.notFound', { file });
    if (bytes.length === 0) throw new UserError('file.empty', { file });
    return bytes;
  },
  async writeOutput(path, data) {
    written.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  },
  async streamWorkbook(path, write) {
    const wb = new ExcelJS.Workbook();
    await write(wb, IN_MEMORY);
    written.set(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  },
  writePackage,
  inflateRaw,
  sha256: () => new Sha256(),
  guardDistinctOutputs(outputs) {
    const seen = new Set<string>();
    for (const output of outputs) {
      if (seen.has(output)) throw new UserError('file.sameOutputTwice', { file: output }, 'usage');
      seen.add(output);
    }
  },
  guardOutput(output, inputs) {
    if (inputs.includes(output)) throw new UserError('file.outputIsInput', { file: output });
  },
  // The page has no folder to search: the rulebook and the ledger the clerk opens are given as options.
  findUp: () => undefined,
  exists: (file) => opened.has(file),
  expandPatterns: (args) => [...args],
} satisfies Runtime;
