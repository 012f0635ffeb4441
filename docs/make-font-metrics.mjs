#!/usr/bin/env node
// Makes src/xlsx/layout/font-metrics.json: the advance width of every character the documents print, in
// Liberation Serif Regular and Bold (metrically the same as Times New Roman, the font of Nghị định
// 30/2020; Debian's fonts-liberation / fonts-liberation2), read from the font files' cmap and hmtx
// tables. Run once when the character set changes: `node docs/make-font-metrics.mjs`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const folder = FOLDERS.find((f) => existsSync(`${f}/LiberationSerif-Regular.ttf`));
if (!folder) throw new Error('Liberation Serif not found: apt-get install fonts-liberation2 (or fonts-liberation)');

/** The tables of a TrueType file by tag. */
function tables(buf) {
  const n = buf.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < n; i++) {
    const at = 12 + i * 16;
    out[buf.toString('latin1', at, at + 4)] = buf.readUInt32BE(at + 8);
  }
  return out;
}

/** Glyph index of a code point through the Windows Unicode BMP cmap (format 4). */
function cmapLookup(buf, cmap) {
  const count = buf.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    if (buf.readUInt16BE(at) === 3 && buf.readUInt16BE(at + 2) === 1) sub = cmap + buf.readUInt32BE(at + 4);
  }
  if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error('no format 4 cmap');
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  return (cp) => {
    for (let s = 0; s < segX2; s += 2) {
      const end = buf.readUInt16BE(ends + s);
      if (cp > end) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + s);
      const ro = buf.readUInt16BE(offsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(offsets + s + ro + 2 * (cp - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function advances(file) {
  const buf = readFileSync(file);
  const t = tables(buf);
  const unitsPerEm = buf.readUInt16BE(t.head + 18);
  const hMetrics = buf.readUInt16BE(t.hhea + 34);
  const glyph = cmapLookup(buf, t.cmap);
  return (ch) => {
    const g = glyph(ch.codePointAt(0));
    if (g === 0) return undefined;
    const at = t.hmtx + 4 * Math.min(g, hMetrics - 1);
    return Math.round((buf.readUInt16BE(at) / unitsPerEm) * 10000) / 10000;
  };
}

// Every character the documents print: ASCII, Vietnamese letters with every tone, and the punctuation used.
const chars = new Set();
for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
const bases = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
for (const b of bases) for (const tone of tones) chars.add((b + tone).normalize('NFC'));
for (const ch of 'đĐ–—…“”‘’•×÷−²°±≤≥→›·') chars.add(ch);

const out = {
  $comment: 'Advance widths in em of Liberation Serif (Times New Roman metrics), made by docs/make-font-metrics.mjs.',
  regular: {},
  bold: {},
};
for (const [style, file] of [
  ['regular', 'LiberationSerif-Regular.ttf'],
  ['bold', 'LiberationSerif-Bold.ttf'],
]) {
  const width = advances(`${folder}/${file}`);
  for (const ch of [...chars].sort()) {
    const w = width(ch);
    if (w !== undefined) out[style][ch] = w;
  }
}
const target = fileURLToPath(new URL('../src/xlsx/layout/font-metrics.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
console.log(`${target}: ${Object.keys(out.regular).length} characters`);
