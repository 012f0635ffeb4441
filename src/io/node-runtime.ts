import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { guardDistinctOutputs, guardOutput, writeFileAtomic } from './atomic-write.js';
import { findUp } from './find-up.js';
import { expandPatterns } from './patterns.js';
import { readInputFile } from './read-input.js';
import { installRuntime, type Runtime } from './runtime.js';
import { streamWorkbook, writePackage } from './workbook-stream.js';

/**
 * The command line's runtime: files on disk written atomically, workbooks streamed to a temporary
 * file, Node's native zlib (three times faster than a JavaScript inflater on a 9 MB worksheet).
 */
/**
 * A worksheet is inflated into one buffer, never into zlib's default 16 KiB pieces joined at the
 * end: those came from the C heap, and once glibc has freed one large block its threshold for
 * mapping memory rises to that size (up to 32 MiB), so a province's 27 MB sheets then came from
 * the C heap too and stayed there, fragmented: 140 MB of a 30,000-staff tally's peak
 * (docs/performance.md). A sheet over 16 MiB (17,000 staff and more) gets a buffer of at least
 * 33 MiB, which glibc always maps and gives back when freed; of it only what the sheet fills is
 * resident. A smaller one gets its own size, from the heap, whose pages are used again: a fresh
 * mapping faults in every page of every sheet, which made inflating a 9 MB sheet 2.5 times slower.
 */
const BIG_PART = 1024 * 1024;
const MAPPED_FROM = 16 * 1024 * 1024;
const MAPPED = 33 * 1024 * 1024;

function inflateOptions(maxOutputLength: number): { maxOutputLength: number; chunkSize?: number } {
  if (maxOutputLength <= BIG_PART) return { maxOutputLength };
  return { maxOutputLength, chunkSize: maxOutputLength > MAPPED_FROM ? Math.max(maxOutputLength + 1, MAPPED) : maxOutputLength + 1 };
}

const nodeRuntime = {
  readInput: readInputFile,
  writeOutput: writeFileAtomic,
  streamWorkbook,
  writePackage,
  inflateRaw: (data, maxOutputLength) => inflateRawSync(data, inflateOptions(maxOutputLength)),
  sha256() {
    const hash = createHash('sha256');
    const hasher = {
      update(text: string) {
        hash.update(text, 'utf8');
        return hasher;
      },
      hex: () => hash.digest('hex'),
    };
    return hasher;
  },
  guardDistinctOutputs,
  guardOutput,
  findUp,
  exists: (file) => existsSync(file),
  expandPatterns,
} satisfies Runtime;

/** For Node entry points (bin, tests, benches): importing this module is installing it. */
installRuntime(nodeRuntime);
