import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { PackageWriter, PartWriter } from './runtime.js';

/**
 * A zip written part after part to an open file, each part deflated by Node's zlib as its text
 * arrives: every piece is compressed on its own and ended with a sync flush, so the pieces join
 * into one deflate stream (closed by an empty final block). Pieces are deflated on libuv's thread
 * pool while the writer goes on building the next rows (the writers yield to the event loop when
 * a piece went out, `pieces()`), so the second core compresses what the first one writes; a
 * writer that gets too far ahead deflates in its own thread. What reaches the file goes through
 * one queue, in order: a part's local header is written first and its sizes and CRC filled in
 * when it ends. A write that fails (a full disk) is said at the writer's next step, or at close.
 */

/** Bytes deflated at a time. */
const PIECE = 1 << 20;
/** UTF-16 units of text joined before they are encoded. */
const BATCH = 1 << 14;
/**
 * Pieces being deflated on the thread pool at once; more are deflated in the writer's thread. Two
 * keep the pool's thread busy on a two-core machine; with four, the writer sat idle 50–60 ms at the
 * end of a 10,000-staff report waiting for the pieces queued behind.
 */
const IN_FLIGHT = 2;
/**
 * Pieces smaller than this (a small part's whole text: the closing documents are 10,000 notices)
 * are deflated in the writer's thread: a trip to the thread pool costs more than they do.
 */
const POOLED_MIN = PIECE >> 2;
const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** The whole output of a piece in one chunk: one trip to the thread pool per piece, not one per 16 KB. */
const pooled = (size: number) => ({ ...SYNC, chunkSize: size + (size >> 3) + 1024 });
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
  /** Where its local header is: known when the queue reaches it. */
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** A step of the file, written when every step before it has been: `run` once `ready`. */
interface Step {
  ready: boolean;
  run(): void;
}

export class ZipFile implements PackageWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];
  private open: Entry | undefined;
  private readonly queue: Step[] = [];
  private inFlight = 0;
  private handed = 0;
  private failure: Error | undefined;
  private closed = false;
  private drained: (() => void) | undefined;
  /** Piece buffers back from the thread pool, to be filled again. */
  private readonly spare: Buffer[] = [];
  /** The piece being filled, for whichever part is open: parts come one after another. */
  private pending: Buffer = Buffer.allocUnsafe(PIECE);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  private put(data: Buffer, at?: number): void {
    writeSync(this.fd, data, 0, data.length, at ?? this.offset);
    if (at === undefined) this.offset += data.length;
  }

  /** Queues a step and writes every step that can be; after a failure, the writer hears of it here. */
  private step(run: () => void, ready = true): Step {
    if (this.failure) throw this.failure;
    const s = { ready, run };
    this.queue.push(s);
    this.drain();
    return s;
  }

  private drain(): void {
    if (this.closed) return;
    try {
      while (this.queue[0]?.ready) this.queue.shift()!.run();
    } catch (err) {
      // Also called back by zlib, where a throw would end the process: kept, said at the next step.
      this.failure ??= err as Error;
      this.queue.length = 0;
    }
    if (this.queue.length === 0) this.drained?.();
  }

  /**
   * Deflates a piece of a part and queues its bytes: on the thread pool when it is big enough and
   * the pool has room, else at once. Returns whether `data` was handed to the pool (then it is the
   * pool's until the piece is done; `owner`, the buffer it lies in, is then kept to be filled again).
   */
  private deflate(entry: Entry, data: Buffer, owner?: Buffer): boolean {
    entry.crc = crc32(data, entry.crc);
    entry.size += data.length;
    this.handed++;
    if (data.length < POOLED_MIN || this.inFlight >= IN_FLIGHT) {
      const out = zlib.deflateRawSync(data, SYNC);
      this.step(() => {
        this.put(out);
        entry.compressed += out.length;
      });
      return false;
    }
    let out: Buffer | undefined;
    const s = this.step(() => {
      if (!out) return; // a failed piece: close() says why
      this.put(out);
      entry.compressed += out.length;
    }, false);
    this.inFlight++;
    zlib.deflateRaw(data, pooled(data.length), (err, compressed) => {
      this.inFlight--;
      if (err) this.failure ??= err;
      out = err ? undefined : compressed;
      s.ready = true;
      if (owner && this.spare.length < IN_FLIGHT) this.spare.push(owner);
      this.drain();
    });
    return true;
  }

  pieces(): number {
    return this.handed;
  }

  part(name: string): PartWriter {
    if (this.open) throw new Error(`zip part ${name} started before the last one ended`);
    const now = new Date();
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
      date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
      offset: 0,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    this.entries.push(entry);
    this.open = entry;
    this.step(() => {
      entry.offset = this.offset;
      this.put(Buffer.concat([localHeader(entry), entry.name]));
    });
    // Text is encoded straight into the piece buffer, handed to deflate when it fills.
    const flush = () => {
      if (this.used === 0) return;
      const handed = this.deflate(entry, this.pending.subarray(0, this.used), this.pending);
      // A buffer handed to the thread pool is its own until the piece is done; the next piece gets another.
      if (handed) this.pending = this.spare.pop() ?? Buffer.allocUnsafe(PIECE);
      this.used = 0;
    };
    const encode = (text: string) => {
      // Three bytes a UTF-16 unit at most; a text longer than a piece is encoded on its own.
      if (this.used + text.length * 3 > PIECE) flush();
      if (text.length * 3 > PIECE) {
        const data = Buffer.from(text, 'utf8');
        for (let at = 0; at < data.length; at += PIECE) this.deflate(entry, data.subarray(at, at + PIECE));
        return;
      }
      this.used += this.pending.write(text, this.used, 'utf8');
    };
    // Rows come a few hundred characters at a time: joined first, they are encoded in one call per batch.
    let batch = '';
    return {
      write: (text) => {
        batch += text;
        if (batch.length < BATCH) return;
        encode(batch);
        batch = '';
      },
      end: () => {
        encode(batch);
        batch = '';
        flush();
        this.step(() => {
          this.put(FINAL_BLOCK);
          entry.compressed += FINAL_BLOCK.length;
          this.put(localHeader(entry), entry.offset);
        });
        this.open = undefined;
      },
    };
  }

  /** Once every piece is written: the central directory, then the file is closed. */
  async close(): Promise<void> {
    if (this.queue.length > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    if (this.failure) throw this.failure;
    const start = this.offset;
    for (const e of this.entries) this.put(Buffer.concat([centralHeader(e), e.name]));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    this.closed = true;
    closeSync(this.fd);
  }

  /** Closes the file after a failure, leaving the temporary file to be removed; pieces still deflating are dropped. */
  abandon(): void {
    if (this.closed) return;
    this.closed = true;
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
