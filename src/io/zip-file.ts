import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { PackageWriter, PartWriter } from './runtime.js';

/**
 * A zip written part after part to an open file, each part deflated by Node's zlib as its text
 * arrives: every piece is compressed on its own and ended with a sync flush, so the pieces join
 * into one deflate stream (closed by an empty final block) and nothing waits on the event loop.
 * The local header is written first and its sizes and CRC filled in when the part ends.
 */

const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** An empty final block with fixed codes: the end of a deflate stream made of flushed pieces. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** Node's native CRC-32 where it has one (20.15 and later), else a table. */
const crc32: (data: Buffer, value: number) => number =
  (zlib as { crc32?: (data: Buffer, value: number) => number }).crc32 ??
  ((data, value) => {
    let c = ~value;
    for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
    return ~c >>> 0;
  });

interface Entry {
  readonly name: Buffer;
  readonly offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export class ZipFile implements PackageWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];
  private open: Entry | undefined;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  private put(data: Buffer, at?: number): void {
    writeSync(this.fd, data, 0, data.length, at ?? this.offset);
    if (at === undefined) this.offset += data.length;
  }

  part(name: string): PartWriter {
    if (this.open) throw new Error(`zip part ${name} started before the last one ended`);
    const entry: Entry = { name: Buffer.from(name, 'utf8'), offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.entries.push(entry);
    this.open = entry;
    this.put(Buffer.concat([localHeader(entry), entry.name]));
    const deflated = (data: Buffer) => {
      this.put(data);
      entry.compressed += data.length;
    };
    return {
      write: (text) => {
        if (text === '') return;
        const data = Buffer.from(text, 'utf8');
        entry.crc = crc32(data, entry.crc);
        entry.size += data.length;
        deflated(zlib.deflateRawSync(data, SYNC));
      },
      end: () => {
        deflated(FINAL_BLOCK);
        this.put(localHeader(entry), entry.offset);
        this.open = undefined;
      },
    };
  }

  /** The central directory, then the file is closed. */
  close(): void {
    const start = this.offset;
    for (const e of this.entries) this.put(Buffer.concat([centralHeader(e), e.name]));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    closeSync(this.fd);
  }

  /** Closes the file after a failure, leaving the temporary file to be removed. */
  abandon(): void {
    closeSync(this.fd);
  }
}

/** Version 2.0, UTF-8 names (bit 11), deflate. */
function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt16LE(8, 8);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.compressed, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  return h;
}

function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(e.crc, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  return h;
}
