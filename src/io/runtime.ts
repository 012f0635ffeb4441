import type ExcelJS from 'exceljs';
import type { Hasher } from '../core/sha256.js';
import type { RowSink } from '../xlsx/write/workbook-file.js';

/**
 * The one seam between the program and where it runs. Everything that differs between Node (the
 * command line) and the browser (the offline page) is here and nowhere else: reading the files
 * given, writing outputs, inflating a zip entry, finding the unit's rulebook, naming glob patterns.
 * `io/node-runtime.ts` and `page/page-runtime.ts` implement it; each is checked against this type
 * with `satisfies`, so a new need is a compile error in both until both answer it.
 */
export interface Runtime {
  /** The bytes of a file the user gave (a path, or the name of a file opened on the page). */
  readInput(file: string): Promise<Uint8Array>;
  /** Writes a whole output: atomically on disk, or kept as a download. */
  writeOutput(path: string, data: string | Uint8Array): Promise<void>;
  /** Writes a workbook sheet by sheet with exceljs (the grid: `write` commits each worksheet before the next). */
  streamWorkbook(path: string, write: (wb: ExcelJS.Workbook, sink: RowSink) => Promise<void>): Promise<void>;
  /** Writes a zip package part after part (the documents of streamed-workbook.ts), atomically. */
  writePackage(path: string, build: (pkg: PackageWriter) => Promise<void>): Promise<void>;
  /**
   * Inflates a raw deflate stream, stopping as soon as it passes `maxOutputLength` bytes (then
   * throws an error whose `code` is 'ERR_BUFFER_TOO_LARGE'): a lying size never costs more.
   */
  inflateRaw(data: Uint8Array, maxOutputLength: number): Uint8Array;
  /** A SHA-256 for the check code: Node's native one, or the core's own on the page (the same digest). */
  sha256(): Hasher;
  /** Two outputs of one run that are one file (a usage error). */
  guardDistinctOutputs(outputs: readonly string[]): void;
  /** An output that would overwrite an input, or an existing file without --force. */
  guardOutput(output: string, inputs: readonly string[], force: boolean): void;
  /**
   * The file of that name nearest to `start`, in it or a folder above (`quy-che.json`, `so-chot.json`),
   * found the way linters find their configuration; the page has no folders: none.
   */
  findUp(name: string, start: string): string | undefined;
  /** Whether a file is there to read (a ledger named by --ledger that `close` is to start). */
  exists(file: string): boolean;
  /** Files named by the arguments: Windows' cmd passes `*.xlsx` as typed; the page's names are files. */
  expandPatterns(args: readonly string[]): string[];
}

/** A zip package written one part at a time: a part's text comes in pieces, then it is ended. */
export interface PackageWriter {
  part(name: string): PartWriter;
  /**
   * Pieces of text handed to compression so far. Node's zip deflates them on the thread pool: a
   * writer that yields to the event loop when this grows lets the finished ones reach the file.
   * The page's zip compresses as it goes (always 0).
   */
  pieces(): number;
}

export interface PartWriter {
  write(text: string): void;
  end(): void;
}

let installed: Runtime | undefined;

/** Called once by the entry point (bin, page, test set-up) before any command runs. */
export function installRuntime(runtime: Runtime): void {
  installed = runtime;
}

export function runtime(): Runtime {
  if (!installed) throw new Error('no runtime installed: the entry point must call installRuntime');
  return installed;
}
