import { PackageError } from './package-error.js';

/**
 * A small pull tokenizer for the worksheet part of an .xlsx, working on the inflated bytes. A
 * 10,000-staff sheet is 9 MB of XML, nearly all of it `<c r="E9" s="5"/>`: decoding it to a string
 * and building an event object per tag (as a general parser does) costs more time and memory than
 * the whole tally. This reads tag names and attributes in place and decodes only the text the
 * caller asks for. It handles what a spreadsheet writer can put in a part: elements, attributes in
 * either quote, the five named entities and numeric references, CDATA, comments, processing
 * instructions and a DOCTYPE (skipped). Anything unterminated throws, and the caller reports the
 * file as corrupt.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const utf8 = new TextDecoder('utf-8');
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Normalises line ends as XML requires (CR LF and lone CR become LF), then replaces references. */
export function decodeEntities(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** A byte pattern of ASCII text, for the searches below. */
export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/**
 * Node's Buffer (what its zlib inflates to) searches a byte pattern natively; a plain Uint8Array
 * (on the page) only a single byte, so there the search is by first byte, then compared.
 */
interface PatternSearching {
  indexOf(pattern: Uint8Array, from: number): number;
  lastIndexOf(pattern: Uint8Array, from: number): number;
}
const NodeBuffer = (globalThis as { Buffer?: { isBuffer(x: unknown): boolean } }).Buffer;
function nativeSearch(bytes: Uint8Array): PatternSearching | undefined {
  return NodeBuffer?.isBuffer(bytes) ? (bytes as unknown as PatternSearching) : undefined;
}

export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const native = nativeSearch(bytes);
  if (native) return native.indexOf(pattern, from);
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

/** The last start of `pattern` at or before `from`, or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const native = nativeSearch(bytes);
  if (native) return from < 0 ? -1 : native.lastIndexOf(pattern, from);
  const first = pattern[0]!;
  for (let i = from < 0 ? -1 : bytes.lastIndexOf(first, from); i >= 0; i = i === 0 ? -1 : bytes.lastIndexOf(first, i - 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

const COMMENT_END = ascii('-->');
const CDATA_START = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');

/** The attributes of the tag being visited; read on demand, valid only during the callback. */
export class Attributes {
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;

  /** The value of attribute `name` (entities decoded), or undefined. */
  get(name: string): string | undefined {
    let found: string | undefined;
    this.each((key, value) => {
      if (found === undefined && key === name) found = value;
    });
    return found;
  }

  /** Calls `visit` with each attribute's name and value (entities decoded), in order. */
  each(visit: (name: string, value: string) => void): void {
    const b = this.bytes;
    let i = this.start;
    while (i < this.end) {
      while (i < this.end && isSpace(b[i]!)) i++;
      const nameStart = i;
      while (i < this.end && b[i] !== EQ && !isSpace(b[i]!)) i++;
      const nameEnd = i;
      while (i < this.end && b[i] !== EQ) i++;
      i++;
      while (i < this.end && isSpace(b[i]!)) i++;
      const quote = b[i];
      if (quote !== DQUOTE && quote !== SQUOTE) return;
      const valueStart = i + 1;
      const valueEnd = b.indexOf(quote, valueStart);
      if (valueEnd < 0 || valueEnd > this.end) throw new PackageError('xml.unterminated', valueEnd);
      i = valueEnd + 1;
      if (nameEnd > nameStart) visit(decode(b, nameStart, nameEnd), decodeEntities(decode(b, valueStart, valueEnd)));
    }
  }
}

/**
 * UTF-8 text of a byte range. The bytes Node inflates are Buffers, whose own `toString('utf8',
 * start, end)` makes no view and calls no decoder's wrapper: half the cost of TextDecoder for a
 * province's 240,000 names and marks. Plain bytes (the page's) go through TextDecoder.
 */
function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  // TextDecoder drops a leading byte order mark, toString keeps it: such a text goes the decoder's way.
  const bom = b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf;
  return !bom && NodeBuffer?.isBuffer(b)
    ? (b as unknown as { toString(encoding: 'utf8', start: number, end: number): string }).toString('utf8', start, end)
    : utf8.decode(b.subarray(start, end));
}

/** Short ASCII runs (cell references, style numbers) are built directly: a decoder's call costs more. */
function decode(b: Uint8Array, start: number, end: number): string {
  if (end - start > 16) return decodeUtf8(b, start, end);
  let out = '';
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c >= 0x80) return decodeUtf8(b, start, end);
    out += String.fromCharCode(c);
  }
  return out;
}

function matches(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

export interface XmlVisitor {
  /** `name` is the tag's local name: a namespace prefix (`x:row`) is dropped. */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Only called while `wantsText()` is true, with entities decoded (CDATA as is). */
  text(text: string): void;
  wantsText(): boolean;
}

const ONE_LETTER = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));

/** Tag names repeat endlessly (row, c, v); one string per distinct qualified name, kept as its local name. */
class NameCache {
  private readonly names = new Map<number, { qualified: string; local: string }[]>();

  get(b: Uint8Array, start: number, end: number): string {
    let hash = end - start;
    for (let i = start; i < end; i++) hash = (hash * 31 + b[i]!) | 0;
    const bucket = this.names.get(hash);
    if (bucket) for (const n of bucket) if (n.qualified.length === end - start && matches(b, start, n.qualified)) return n.local;
    // Elements are matched by local name: `x:row` (the .NET SDK's way) is a row.
    const qualified = utf8.decode(b.subarray(start, end));
    const colon = qualified.indexOf(':');
    const entry = { qualified, local: colon < 0 ? qualified : qualified.slice(colon + 1) };
    if (bucket) bucket.push(entry);
    else this.names.set(hash, [entry]);
    return entry.local;
  }
}

/** The text between `start` and `end`, entities decoded. */
export function textAt(b: Uint8Array, start: number, end: number): string {
  return decodeEntities(decode(b, start, end));
}

/**
 * The index of the '>' that ends the tag whose name ends at `from`, outside quoted values; -1 if
 * the tag never ends.
 */
export function tagEnd(bytes: Uint8Array, from: number): number {
  let quote = 0;
  for (let k = from; k < bytes.length; k++) {
    const b = bytes[k]!;
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === DQUOTE || b === SQUOTE) quote = b;
    else if (b === GT) return k;
  }
  return -1;
}

export function visitXml(bytes: Uint8Array, visitor: XmlVisitor): void {
  const attributes = new Attributes();
  attributes.bytes = bytes;
  const names = new NameCache();
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lt = bytes.indexOf(LT, i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && visitor.wantsText()) visitor.text(decodeEntities(decode(bytes, i, textEnd)));
    if (lt < 0) break;
    const next = bytes[lt + 1];
    if (next === BANG) {
      if (bytes[lt + 2] === 0x2d && bytes[lt + 3] === 0x2d) {
        const end = indexOfBytes(bytes, COMMENT_END, lt + 4);
        if (end < 0) throw new PackageError('xml.unterminated', i);
        i = end + 3;
      } else if (indexOfBytes(bytes, CDATA_START, lt) === lt) {
        const end = indexOfBytes(bytes, CDATA_END, lt + 9);
        if (end < 0) throw new PackageError('xml.unterminated', i);
        if (visitor.wantsText()) visitor.text(utf8.decode(bytes.subarray(lt + 9, end)));
        i = end + 3;
      } else {
        const end = bytes.indexOf(GT, lt);
        if (end < 0) throw new PackageError('xml.unterminated', i);
        i = end + 1;
      }
      continue;
    }
    if (next === QUESTION) {
      const end = indexOfBytes(bytes, PI_END, lt + 2);
      if (end < 0) throw new PackageError('xml.unterminated', i);
      i = end + 2;
      continue;
    }
    const closing = next === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    let j = nameStart;
    while (j < n && !isSpace(bytes[j]!) && bytes[j] !== GT && bytes[j] !== SLASH) j++;
    if (j === nameStart) throw new PackageError('xml.malformedTag', lt);
    // One-letter names (c, v, f, t, r) are nearly every tag of a sheet: no hashing for them.
    const name = j - nameStart === 1 && bytes[nameStart]! < 0x80 ? ONE_LETTER[bytes[nameStart]!]! : names.get(bytes, nameStart, j);
    const k = tagEnd(bytes, j);
    if (k < 0) throw new PackageError('xml.unterminated', lt);
    if (closing) visitor.close(name);
    else {
      const selfClosing = bytes[k - 1] === SLASH;
      attributes.start = j;
      attributes.end = selfClosing ? k - 1 : k;
      visitor.open(name, attributes, selfClosing);
      if (selfClosing) visitor.close(name);
    }
    i = k + 1;
  }
}
