// Near-limit read (issue 31): what reading the grids costs on this machine at the least. Each
// package's central directory is walked, its worksheets and shared strings inflated with Node's
// zlib, and the cells that hold something found by byte search (`<v>` and inline `<t>`), their
// texts taken from the shared strings. No XML parsing, no scoring, no output: a floor, not a reader.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** The entries of the package's central directory by name (fused-tally.mjs reads packages so too). */
export function entries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    out.set(name, { method, compressed, local });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

export function inflate(buf, e) {
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.compressed);
  return e.method === 0 ? data : inflateRawSync(data);
}

// Run as the bench's floor; imported, only the helpers above.
if (realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let cells = 0;
  let chars = 0;
  for (const file of process.argv.slice(2)) {
    const buf = readFileSync(file);
    const zip = entries(buf);
    const shared = zip.has('xl/sharedStrings.xml') ? inflate(buf, zip.get('xl/sharedStrings.xml')).toString('utf8').split('<si>') : [];
    for (const [name, e] of zip) {
      if (!name.startsWith('xl/worksheets/sheet')) continue;
      const xml = inflate(buf, e);
      // Byte search for values: the cells with content, their text through the shared strings.
      for (let at = xml.indexOf('<v>'); at >= 0; at = xml.indexOf('<v>', at + 3)) {
        const end = xml.indexOf('</v>', at);
        const v = xml.toString('latin1', at + 3, end);
        cells++;
        chars += (shared[Number(v) + 1] ?? v).length;
      }
      for (let at = xml.indexOf('<is><t'); at >= 0; at = xml.indexOf('<is><t', at + 6)) cells++;
    }
  }
  process.stdout.write(`${cells} ${chars}\n`);
}
