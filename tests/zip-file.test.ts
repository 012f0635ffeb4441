import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFile } from '../src/io/zip-file.js';
import { tempDir } from './helpers.js';

/**
 * The documents' zip (io/zip-file.ts) deflates its pieces on the thread pool and writes them
 * through one queue: whatever order the pieces finish in, each part must come out whole, in
 * order, with its sizes and CRC right. Read back by walking the file's headers, and by unzip.
 */

/** Every part of a zip by walking its central directory, each inflated by Node's zlib. */
function partsOf(path: string): Map<string, string> {
  const buf = readFileSync(path);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const size = buf.readUInt32LE(at + 24);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    // The local header agrees with the central one on the sizes.
    expect(buf.readUInt32LE(local + 18)).toBe(compressed);
    expect(buf.readUInt32LE(local + 22)).toBe(size);
    const text = inflateRawSync(buf.subarray(start, start + compressed)).toString('utf8');
    expect(Buffer.byteLength(text)).toBe(size);
    expect(crc32(Buffer.from(text, 'utf8'))).toBe(buf.readUInt32LE(at + 16));
    parts.set(name, text);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return parts;
}

const line = (i: number) => `<row r="${i}"><c><v>${i}</v></c><c t="inlineStr"><is><t>Người thứ ${i}</t></is></c></row>`;

describe('the zip of the documents', () => {
  it('keeps every part whole and in order, written without a pause or with pauses', async () => {
    const path = join(tempDir(), 'goi.zip');
    const zip = new ZipFile(path);
    const expected = new Map<string, string>();
    const write = async (name: string, texts: () => Iterable<string>, pauseEvery = 0) => {
      const part = zip.part(name);
      let all = '';
      let n = 0;
      for (const text of texts()) {
        part.write(text);
        all += text;
        // A writer that yields now and then lets the thread pool's pieces land while it goes on.
        if (pauseEvery && ++n % pauseEvery === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      part.end();
      expected.set(name, all);
    };
    await write('nho.xml', () => ['<a>nhỏ</a>']);
    // About 7 MB without a turn of the event loop: more pieces than the thread pool is given at once.
    await write('lien.xml', function* () {
      for (let i = 1; i <= 80_000; i++) yield line(i);
    });
    // The same with pauses, so pieces finish while later ones are queued.
    await write(
      'nghi.xml',
      function* () {
        for (let i = 1; i <= 80_000; i++) yield line(i);
      },
      2000,
    );
    // One text longer than a piece, then a small one after it.
    await write('mot-khoi.xml', () => ['ơ'.repeat(700_000), '<cuối/>']);
    await write('rong.xml', () => []);
    await zip.close();
    expect([...partsOf(path).keys()]).toEqual([...expected.keys()]);
    for (const [name, text] of partsOf(path)) expect(text === expected.get(name), name).toBe(true);
    // A zip tool agrees, CRCs included.
    try {
      expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected/u);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      console.warn('unzip is not installed: the CRCs were checked by the reader above only');
    }
  });

  // /dev/full fails every write (ENOSPC): some fail in the writer's own call, some in zlib's callback.
  it.skipIf(!existsSync('/dev/full'))('says a failed write to the writer, never from a callback', async () => {
    const zip = new ZipFile('/dev/full');
    const write = async () => {
      const part = zip.part('lien.xml');
      for (let i = 1; i <= 80_000; i++) {
        part.write(line(i));
        if (i % 2000 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      part.end();
      await zip.close();
    };
    await expect(write()).rejects.toMatchObject({ code: expect.stringMatching(/^E[A-Z]+$/u) });
    zip.abandon();
  });

  it('says a write that fails while pieces are on the thread pool when the zip is closed', async () => {
    const path = join(tempDir(), 'mat.zip');
    const zip = new ZipFile(path);
    const part = zip.part('lien.xml');
    // Without a pause: four pieces on the thread pool when the file goes away under the writer.
    for (let i = 1; i <= 80_000; i++) part.write(line(i));
    const open = zip as unknown as { fd: number };
    const fd = open.fd;
    open.fd = 1_000_000; // no such descriptor: every write fails (EBADF)
    const finish = async () => {
      part.end();
      await zip.close();
    };
    // Said by close (EBADF), not thrown from zlib's callback, which would end the process.
    await expect(finish()).rejects.toMatchObject({ code: 'EBADF' });
    open.fd = fd;
    zip.abandon();
  });
});
