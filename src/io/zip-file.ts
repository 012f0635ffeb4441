import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { PackageWriter, PartWriter } from './runtime.js';

/**
 * A zip written part after part to an open file, each part deflated by Node's zlib as its text
 * arrives: every piece is compressed on its own and ended with a sync flush, so the pieces join
 * into one deflate stream (closed by an empty final block) and nothing waits on the event loop.
 * The local header is written first and its sizes and CRC filled in when the part ends.
 */

/** Bytes deflated at a time. */
const PIECE = 1 << 20;
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
  /** MS-DOS time and date of the part (local time, two-second steps), as zip tools show them. */
  readonly time: number;
  readonly date: number;
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
    const now = new Date();
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
      date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
      offset: this.offset,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    this.entries.push(entry);
    this.open = entry;
    this.put(Buffer.concat([localHeader(entry), entry.name]));
    // Text is encoded straight into one buffer and deflated a piece at a time when it fills.
    const pending = Buffer.allocUnsafe(PIECE);
    let used = 0;
    const deflate = () => {
      if (used === 0) return;
      const data = pending.subarray(0, used);
      entry.crc = crc32(data, entry.crc);
      entry.size += used;
      const out = zlib.deflateRawSync(data, SYNC);
      this.put(out);
      entry.compressed += out.length;
      used = 0;
    };
    return {
      write: (text) => {
        // Three bytes a UTF-16 unit at most; a text longer than a piece is encoded on its own.
        if (used + text.length * 3 > PIECE) deflate();
        if (text.length * 3 > PIECE) {
          const data = Buffer.from(text, 'utf8');
          for (let at = 0; at < data.length; at += PIECE) {
            const slice = data.subarray(at, at + PIECE);
            slice.copy(pending);
            used = slice.length;
            deflate();
          }
          return;
        }
        used += pending.write(text, used, 'utf8');
      },
      end: () => {
        deflate();
        this.put(FINAL_BLOCK);
        entry.compressed += FINAL_BLOCK.length;
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

/** The fields both headers share, from their flags on: UTF-8 names (bit 11), deflate, time, date, CRC, sizes, name length. */
function entryFields(h: Buffer, e: Entry, at: number): Buffer {
  h.writeUInt16LE(0x0800, at);
  h.writeUInt16LE(8, at + 2);
  h.writeUInt16LE(e.time, at + 4);
  h.writeUInt16LE(e.date, at + 6);
  h.writeUInt32LE(e.crc, at + 8);
  h.writeUInt32LE(e.compressed, at + 12);
  h.writeUInt32LE(e.size, at + 16);
  h.writeUInt16LE(e.name.length, at + 20);
  return h;
}

/** Version 2.0 needed, then the shared fields. */
function localHeader(e: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  return entryFields(h, e, 6);
}

/** Made by and needed: version 2.0; the shared fields; where the entry's local header is. */
function centralHeader(e: Entry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt32LE(e.offset, 42);
  return entryFields(h, e, 8);
}
