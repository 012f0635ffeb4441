import { UserError } from '../../core/problems.js';
import { PackageError, packageErrorCode } from './package-error.js';
import { SheetCells } from './sheet-cells.js';
import {
  type CellValue,
  type CellView,
  cellAddress,
  type ErrorValue,
  type MergedRange,
  mergedRange,
  type PlainValue,
  type SheetView,
  type WorkbookView,
} from './sheet-view.js';
import {
  Attributes,
  ascii,
  decodeEntities,
  indexOfBytes,
  lastIndexOfBytes,
  tagEnd,
  textAt,
  visitXml,
  type XmlVisitor,
} from './xml-bytes.js';
import { readZipEntry, type ZipEntry } from './zip-reader.js';

/**
 * The reader of .xlsx packages: the parts needed are inflated (zip-reader.ts); the small parts
 * (workbook, relationships, styles, shared strings) and worksheets go through the
 * byte tokenizer of xml-bytes.ts, keeping only cells that hold a value. Loading a 10,000-staff
 * grid with exceljs builds an object (with a style) for each of its 350,000 cells; this keeps
 * about 50,000.
 *
 * Values are the reader's own model (sheet-view.ts): text, number, boolean, date, error, and a
 * formula with or without its result; tests/reader-corpus.test.ts reads files real writers save.
 */

type Value = CellValue;
type Parts = Record<string, Uint8Array>;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/** Built-in number formats that are dates (ECMA-376 §18.8.30: ids 14–22 and 45–47). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Built-in percentage formats (0%, 0.00%). */
const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

/**
 * No sheet is read past this row: a grid is sized for a province (MAX_STAFF_ROWS in grid-reader.ts)
 * and a sheet of a million rows would take gigabytes before any check could run.
 */
const MAX_SHEET_ROWS = 60_000;

/** `x:row` and `row` are the same element: writers such as the .NET SDK prefix every name. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A custom number format that shows a date or time: y, m, d, h, s outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date serial (days since 1899-12-30, or 1904-01-01) as UTC midnight of its day. */
function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A tag as the small parts' readers see it: its local name and its attributes, entities decoded. */
interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Parts as text: UTF-8, a byte order mark at a part's start dropped. The platform's own coders, not
 * a zip library's (loading fflate built its tables at every start of the command line).
 */
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The small parts (workbook, relationships, styles, shared strings) through the same tokenizer as
 * the worksheets (xml-bytes.ts): one way of reading XML, elements matched by local name.
 */
function parse(xml: string, on: { open(tag: Tag): void; text?(text: string): void; close?(name: string): void }): void {
  visitXml(encoder.encode(xml), {
    open(name, attributes, selfClosing) {
      const attrs: Record<string, string> = {};
      attributes.each((key, value) => {
        attrs[key] = value;
      });
      on.open({ name, attributes: attrs });
      if (selfClosing) on.close?.(name);
    },
    close: (name) => on.close?.(name),
    text: (text) => on.text?.(text),
    wantsText: () => on.text !== undefined,
  });
}

function bytesAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/**
 * The text of an `<si>` whose content (`start` to `end`) is one plain `<t>` (nearly all are), else
 * undefined. `raw`: it holds no reference (`&`) and no carriage return, so it needs no decoding.
 */
function plainText(xml: string, start: number, end: number, raw: boolean): string | undefined {
  const open = xml.startsWith('<t>', start) ? 3 : xml.startsWith('<t xml:space="preserve">', start) ? 24 : 0;
  const textEnd = end - 4;
  if (open === 0 || textEnd < start + open || !xml.startsWith('</t>', textEnd)) return undefined;
  if (xml.indexOf('<', start + open) !== textEnd) return undefined;
  // A byte order mark that starts a text is dropped, as a decoder of that text alone drops it (xml-bytes.ts).
  const from = xml.charCodeAt(start + open) === 0xfeff ? start + open + 1 : start + open;
  const text = xml.slice(from, textEnd);
  return raw ? text : decodeEntities(text);
}

/**
 * Shared strings: the part decoded once, then each `<si>` in turn, a plain `<t>` sliced out in
 * place (one decoder call for the part, not one for each of a grid's 13,000 texts) and any other
 * (runs, phonetic guides) read by the general parser. An empty `<si/>` is an empty text; a part
 * whose writer prefixes its elements, or gives an `<si>` attributes, is read by the general parser whole.
 */
function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const xml = decoder.decode(bytes);
  const opening = xml.indexOf('<sst');
  if (opening < 0 || opening > 1024) return readSharedStringsGenerally(xml);
  const out: string[] = [];
  // Texts before the part's first `&` or carriage return need no decoding, and are not searched one
  // by one: a grid the tool writes has its 13,000 names and marks first, its stored rulebook (JSON,
  // full of `&quot;`) last. (Keeping the next of each as the texts went by was as quick at first,
  // then, once V8 had optimised the loop, seventy times slower.)
  const amp = xml.indexOf('&', opening);
  const cr = xml.indexOf('\r', opening);
  const plainBefore = Math.min(amp < 0 ? xml.length : amp, cr < 0 ? xml.length : cr);
  for (let at = xml.indexOf('<si', opening); at >= 0; ) {
    const next = xml.charCodeAt(at + 3);
    if (next === 0x2f && xml.charCodeAt(at + 4) === 0x3e) {
      out.push('');
      at = xml.indexOf('<si', at + 5);
      continue;
    }
    if (next !== 0x3e) {
      // `<sig…>` is another element; `<si …>` has attributes, which only the general parser reads.
      if (next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) return readSharedStringsGenerally(xml);
      at = xml.indexOf('<si', at + 1);
      continue;
    }
    const end = xml.indexOf('</si>', at + 4);
    if (end < 0) throw new PackageError('xml.unterminated', at);
    out.push(plainText(xml, at + 4, end, end < plainBefore) ?? readSharedStringsGenerally(xml.slice(at, end + 5))[0] ?? '');
    at = xml.indexOf('<si', end + 5);
  }
  return out;
}

/** Shared strings: the text of each `<si>`, its runs joined; phonetic guides (`<rPh>`) are not part of it. */
function readSharedStringsGenerally(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current = '';
  let inText = false;
  let phonetic = 0;
  parse(xml, {
    open(tag) {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') out.push(current);
    },
  });
  return out;
}

interface NumberStyles {
  /** Per cell style index: whether a number with that style is a date. */
  readonly date: readonly boolean[];
  /** Per cell style index: whether a number with that style shows as a percentage. */
  readonly percent: readonly boolean[];
}

function readNumberStyles(xml: string | undefined): NumberStyles {
  const styles: boolean[] = [];
  const percent: boolean[] = [];
  if (!xml) return { date: styles, percent };
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parse(xml, {
    open(tag) {
      if (tag.name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), String(tag.attributes.formatCode ?? ''));
      else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        const format = custom.get(id);
        styles.push(id !== 0 && (format !== undefined ? isDateFormat(format) : BUILTIN_DATE_FORMATS.has(id)));
        percent.push(format !== undefined ? /%/u.test(format.replace(/"[^"]*"/g, '')) : BUILTIN_PERCENT_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return { date: styles, percent };
}

interface SheetEntry {
  readonly name: string;
  readonly state: string;
  readonly path: string;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function readSheetList(workbookXml: string, relsXml: string | undefined): { sheets: SheetEntry[]; date1904: boolean } {
  const targets = new Map<string, string>();
  if (relsXml) {
    parse(relsXml, {
      open(tag) {
        if (tag.name === 'Relationship') targets.set(String(tag.attributes.Id), resolveTarget(String(tag.attributes.Target ?? '')));
      },
    });
  }
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parse(workbookXml, {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(String(tag.attributes.date1904 ?? ''));
      else if (tag.name === 'sheet') {
        // The relationship id is `r:id` in every writer seen, but the prefix is the writer's choice.
        const rid = Object.entries(tag.attributes).find(([key]) => key.includes(':') && localName(key) === 'id')?.[1];
        const path = targets.get(String(rid ?? ''));
        if (path) sheets.push({ name: String(tag.attributes.name ?? ''), state: String(tag.attributes.state ?? 'visible'), path });
      }
    },
  });
  return { sheets, date1904 };
}

interface SheetReadContext {
  readonly file: string;
  readonly sheet: string;
  readonly strings: readonly string[];
  readonly styles: NumberStyles;
  readonly date1904: boolean;
}

interface ParsedSheet {
  readonly rows: SheetCells;
  readonly rowCount: number;
  readonly merges: readonly MergedRange[];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
}

/** Hidden columns are kept only as far as a grid reaches; a range to column XFD is cut here. */
const MAX_HIDDEN_COLUMN = 256;

/** "AB12" → [12, 28]. */
function splitRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return [Number(ref.slice(i)), col];
}

/** `ht="0"` or `width="0"`: a row or column that takes no room on paper. */
function zeroSize(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && Number(value) === 0;
}

/** The value of a `t="d"` cell: its date (UTC, as date serials are read), or the text itself when it is none. */
function isoCellDate(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/u.exec(text.trim());
  if (!m) return text;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
}

enum Reading {
  Nothing,
  Formula,
  Value,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const C = 0x63;
const R = 0x72;
const O = 0x6f;
const W = 0x77;
const V = 0x76;
const SHEET_DATA_OPEN = ascii('<sheetData>');
const SHEET_DATA_CLOSE = ascii('</sheetData>');
const CELL_END = ascii('</c>');
const ROW_OPEN = ascii('<row');
/** The end of a plain value and of its cell. */
const PLAIN_VALUE_END = ascii('</v></c>');
/** `<!`: a comment or CDATA, which could hide a tag from a byte search. */
const MARKUP_DECLARATION = ascii('<!');

function isSpaceByte(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/**
 * A tag's attributes as spans of its bytes, one after another, nothing decoded: the reader decodes
 * only what it wants (a row's `r`, `ht`, `hidden`; a cell's `r`, `s`, `t`), whatever else a writer
 * adds (`spans`, `x14ac:dyDescent`, `cm`). One cursor serves every tag of a sheet: no closure or
 * object is made per cell.
 */
class AttributeSpans {
  bytes: Uint8Array = new Uint8Array(0);
  private at = 0;
  private end = 0;
  name = 0;
  nameEnd = 0;
  value = 0;
  valueEnd = 0;
  /** After `next` gave false on a tag started with `from`: the index of its '>', or -1 (see `from`). */
  gt = -1;
  /** Started with `from`: the tag's end is being looked for. */
  private seeking = false;

  /** Starts on the attributes of `a`. */
  of(a: Attributes): this {
    this.bytes = a.bytes;
    this.at = a.start;
    this.end = a.end;
    this.seeking = false;
    return this;
  }

  /**
   * Starts on the attributes of a tag at `from` in `bytes` (just after its name), its end not yet
   * known: they are read up to its '>' (in `gt` when `next` says there are no more), so the tag is
   * passed over once. An attribute without a quoted value, or a value never closed, leaves `gt`
   * at -1 (the caller reads the sheet the slow way, which says what is wrong).
   */
  from(bytes: Uint8Array, from: number): this {
    this.bytes = bytes;
    this.at = from;
    this.end = bytes.length;
    this.gt = -1;
    this.seeking = true;
    return this;
  }

  /** Moves to the next attribute; false when there is none. */
  next(): boolean {
    const b = this.bytes;
    const end = this.end;
    let i = this.at;
    while (i < end && isSpaceByte(b[i])) i++;
    if (b[i] === GT || (b[i] === SLASH && b[i + 1] === GT)) {
      this.gt = b[i] === GT ? i : i + 1;
      return false;
    }
    const name = i;
    while (i < end && b[i] !== 0x3d && b[i] !== GT) i++;
    let nameEnd = i;
    while (nameEnd > name && isSpaceByte(b[nameEnd - 1])) nameEnd--;
    if (b[i] === GT) return false;
    i++;
    while (i < end && b[i] !== 0x22 && b[i] !== 0x27 && b[i] !== GT) i++;
    const quote = b[i];
    if (quote === undefined || quote === GT || i >= end) return false;
    const value = i + 1;
    let valueEnd = value;
    while (valueEnd < end && b[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= end) {
      if (this.seeking) return false;
      throw new PackageError('xml.unterminated', value);
    }
    this.at = valueEnd + 1;
    this.name = name;
    this.nameEnd = nameEnd;
    this.value = value;
    this.valueEnd = valueEnd;
    return true;
  }
}

/** A run of 1 to 9 ASCII digits as its number; -1 for anything else. */
function digitsAt(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** What a cell's tag says: where it stands (`r`, when it has one), its type (`t`) and its style (`s`). */
interface CellTag {
  hasRef: boolean;
  row: number;
  col: number;
  type: string | undefined;
  style: number;
}

/** `r="AB12"` straight from the bytes into the tag; any other shape as splitRef reads its text. */
function readRef(b: Uint8Array, start: number, end: number, tag: CellTag): void {
  let col = 0;
  let i = start;
  for (; i < end && i < start + 3 && b[i]! >= 0x41 && b[i]! <= 0x5a; i++) col = col * 26 + (b[i]! - 64);
  const row = i > start ? digitsAt(b, i, end) : -1;
  if (row > 0) {
    tag.row = row;
    tag.col = col;
  } else [tag.row, tag.col] = splitRef(textAt(b, start, end));
  tag.hasRef = end > start;
}

/**
 * A cell's `r`, `t` and `s`, read from its tag's bytes into `tag`: the three one-letter names are
 * found without decoding the others.
 */
function readCellTag(a: Attributes, tag: CellTag, spans: AttributeSpans): void {
  readCellAttributes(spans.of(a), tag);
}

/**
 * readCellTag for a tag at `from` (just after `<c`) whose end is not yet known: read in the same
 * pass that finds its '>', whose index is returned (-1 for a tag of another shape).
 */
function readCellTagAt(bytes: Uint8Array, from: number, tag: CellTag, spans: AttributeSpans): number {
  readCellAttributes(spans.from(bytes, from), tag);
  return spans.gt;
}

function readCellAttributes(spans: AttributeSpans, tag: CellTag): void {
  const b = spans.bytes;
  tag.hasRef = false;
  tag.type = undefined;
  tag.style = 0;
  while (spans.next()) {
    const { name, value, valueEnd } = spans;
    if (spans.nameEnd - name !== 1) continue;
    const letter = b[name];
    if (letter === R) readRef(b, value, valueEnd, tag);
    else if (letter === 0x74) tag.type = valueEnd - value === 1 ? String.fromCharCode(b[value]!) : textAt(b, value, valueEnd);
    else if (letter === 0x73) {
      const n = digitsAt(b, value, valueEnd);
      tag.style = n >= 0 ? n : parseInt(textAt(b, value, valueEnd), 10) || 0;
    }
  }
}

/** One byte's last place at or before `from`: the typed array's own search (a Buffer's goes through a wrapper). */
const lastByteOf = Uint8Array.prototype.lastIndexOf;
function lastByte(bytes: Uint8Array, byte: number, from: number): number {
  return from < 0 ? -1 : lastByteOf.call(bytes, byte, from);
}

/** One byte's first place at or after `from`: the typed array's own search. */
const firstByteOf = Uint8Array.prototype.indexOf;
function byteAfter(bytes: Uint8Array, byte: number, from: number): number {
  return firstByteOf.call(bytes, byte, from);
}

/** After a tag's name: a space, '>' or '/' (so `<c ` is a cell and `<col` is not). */
function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09;
}

/** The cell's content is one `<v>…</v>` and nothing else. */
function isPlainValue(xml: Uint8Array, start: number, close: number): boolean {
  if (close - start < 7 || xml[start] !== LT || xml[start + 1] !== V || xml[start + 2] !== GT) return false;
  if (xml[close - 4] !== LT || xml[close - 3] !== SLASH || xml[close - 2] !== V || xml[close - 1] !== GT) return false;
  const lt = xml.indexOf(LT, start + 3);
  return lt === close - 4;
}

/**
 * Where the rows are: just after an unprefixed `<sheetData>` to its `</sheetData>`. A sheet whose
 * writer prefixes its elements (`<x:sheetData>`), or has no rows, is read by the general tokenizer.
 */
function sheetDataRange(xml: Uint8Array): { start: number; end: number } | undefined {
  const open = indexOfBytes(xml, SHEET_DATA_OPEN, 0);
  if (open < 0) return undefined;
  // Searched from the end: what follows the rows (merges, page setup) is short.
  let end = xml.lastIndexOf(LT);
  while (end > open && !SHEET_DATA_CLOSE.every((b, k) => xml[end + k] === b)) end = xml.lastIndexOf(LT, end - 1);
  return end <= open ? undefined : { start: open + SHEET_DATA_OPEN.length, end };
}

function readSheet(xml: Uint8Array, ctx: SheetReadContext): ParsedSheet {
  // Taken out of the context once: the per-cell code reads them from its own scope.
  const { strings, styles } = ctx;
  let rows = new SheetCells();
  const merges: string[] = [];
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  let rowCount = 0;
  let row = 0;
  let col = 0;
  const cell = new Attributes();
  cell.bytes = xml;
  let formula: string | undefined;
  let shared = false;
  let value: string | undefined;
  let reading = Reading.Nothing;
  let phonetic = 0;

  const tag: CellTag = { hasRef: false, row: 0, col: 0, type: undefined, style: 0 };
  const spans = new AttributeSpans();
  /** Keeps the cell just read; its tag already in `tag` when the caller read it. */
  const finish = (tagRead = false): void => {
    if (value === undefined && formula === undefined && !shared) return;
    if (!tagRead) readCellTag(cell, tag, spans);
    const { type, style } = tag;
    if (tag.hasRef) {
      row = tag.row;
      col = tag.col;
    }
    if (row > rowCount) rowCount = row;
    const isDate = style > 0 && styles.date[style] === true;
    const v = value;
    let out: Value | undefined;
    if (formula || shared) {
      let result: PlainValue | ErrorValue | undefined;
      if (v !== undefined && (v !== '' || type === 'str'))
        result =
          type === 'str'
            ? v
            : type === 'b'
              ? parseInt(v, 10) !== 0
              : type === 'e'
                ? { error: v }
                : type === 'd'
                  ? isoCellDate(v)
                  : parseFloat(v);
      if (typeof result === 'number' && isDate) result = excelToDate(result, ctx.date1904);
      out = result === undefined ? { formula: formula ?? '' } : { formula: formula ?? '', result };
    } else if (v !== undefined && (v !== '' || type === 's' || type === 'str' || type === 'inlineStr')) {
      if (type === 's') {
        // Only plain digits: `1e1` or `1.5` is no index, and parseInt would read it as 1.
        out = /^\s*\d+\s*$/u.test(v) ? strings[Number(v)] : undefined;
        if (out === undefined)
          throw new UserError('file.partBroken', { file: ctx.file, part: SHARED_STRINGS, detail: `${v} (${cellAddress(row, col)})` });
      } else if (type === 'str') out = v;
      else if (type === 'inlineStr') out = v;
      else if (type === 'b') out = parseInt(v, 10) !== 0;
      else if (type === 'e') out = { error: v };
      // `t="d"`: an ISO 8601 date as text (LibreOffice and others write dates so): a date, never the number of its year.
      else if (type === 'd') out = isoCellDate(v);
      else out = isDate ? excelToDate(parseFloat(v), ctx.date1904) : parseFloat(v);
    }
    if (out === undefined) return;
    const percent = typeof out === 'number' && style > 0 && styles.percent[style] === true;
    keep(row, col, percent ? { value: out, slave: false, percent } : { value: out, slave: false });
  };

  const keep = (r: number, c: number, view: CellView): void => rows.keep(r, c, view);

  /** One view for each shared string the sheet uses: the same text in a thousand cells is one object. */
  const sharedViews: (CellView | undefined)[] = new Array(strings.length);

  /**
   * The two commonest cells, read straight from the bytes of a plain `<v>`: a shared string (its
   * index) and a whole number without a date or percent style. False for anything else, which
   * `finish` reads.
   */
  const keptPlain = (start: number, end: number): boolean => {
    const n = digitsAt(xml, start, end);
    if (n < 0) return false;
    if (tag.type === 's') {
      const text = strings[n];
      if (text === undefined) return false;
      let view = sharedViews[n];
      if (view === undefined) {
        view = { value: text, slave: false };
        sharedViews[n] = view;
      }
      keep(tag.row, tag.col, view);
      return true;
    }
    if (tag.type !== undefined && tag.type !== 'n') return false;
    if (tag.style > 0 && (styles.date[tag.style] === true || styles.percent[tag.style] === true)) return false;
    keep(tag.row, tag.col, numberView(n));
    return true;
  };

  /**
   * Opens the row whose attributes `spans` is on; false when the tag gives no number (`r`), which
   * only counting rows tells.
   */
  const openRow = (spans: AttributeSpans): boolean => {
    let r: number | string | undefined;
    let hidden: string | undefined;
    let height: string | undefined;
    const b = spans.bytes;
    while (spans.next()) {
      const { name, nameEnd, value, valueEnd } = spans;
      const length = nameEnd - name;
      if (length === 1 && b[name] === R) {
        const n = digitsAt(b, value, valueEnd);
        r = n > 0 ? n : textAt(b, value, valueEnd);
      }
      // A height that starts with 1–9 is no zero: only another one is read (`0`, `0.0`, ` 0`).
      else if (length === 2 && b[name] === 0x68 && b[name + 1] === 0x74 && !(b[value]! >= 0x31 && b[value]! <= 0x39))
        height = textAt(b, value, valueEnd);
      else if (length === 6 && b[name] === 0x68 && textAt(b, name, nameEnd) === 'hidden') hidden = textAt(b, value, valueEnd);
    }
    row = Number(r) || row + 1;
    col = 0;
    if (row > MAX_SHEET_ROWS) throw new UserError('file.tooManyRows', { file: ctx.file, sheet: ctx.sheet, max: MAX_SHEET_ROWS });
    if (row > rowCount) rowCount = row;
    // A row of zero height does not print either: it is hidden in all but name.
    if (hidden === '1' || hidden === 'true' || zeroSize(height)) hiddenRows.add(row);
    return r !== undefined;
  };

  const visitor: XmlVisitor = {
    open(name, attributes) {
      switch (name) {
        case 'row':
          openRow(spans.of(attributes));
          break;
        case 'col': {
          const hidden = attributes.get('hidden');
          if (hidden !== '1' && hidden !== 'true' && !zeroSize(attributes.get('width'))) break;
          const min = Number(attributes.get('min'));
          const max = Math.min(Number(attributes.get('max')), MAX_HIDDEN_COLUMN);
          for (let c = min; c <= max; c++) hiddenColumns.add(c);
          break;
        }
        case 'c':
          // Most cells are empty and styled (<c r="E9" s="5"/>): their attributes are read only if
          // a value turns up (see finish).
          cell.bytes = attributes.bytes;
          cell.start = attributes.start;
          cell.end = attributes.end;
          col++;
          formula = undefined;
          shared = false;
          value = undefined;
          break;
        case 'f':
          reading = Reading.Formula;
          shared = attributes.get('t') !== undefined;
          break;
        case 'rPh':
          // A phonetic guide (Japanese- and Chinese-locale Excel) is no part of the cell's text.
          phonetic++;
          break;
        case 'v':
        case 't':
          if (phonetic > 0) break;
          reading = Reading.Value;
          // An empty <v></v> is a value (a formula whose result is ""), unlike no <v> at all.
          value ??= '';
          break;
        case 'mergeCell': {
          const ref = attributes.get('ref');
          if (ref) merges.push(ref);
          break;
        }
      }
    },
    wantsText: () => reading !== Reading.Nothing,
    text(text) {
      if (reading === Reading.Value) value = (value ?? '') + text;
      else formula = (formula ?? '') + text;
    },
    close(name) {
      if (name === 'rPh') phonetic--;
      else if (name === 'f' || name === 'v' || name === 't') reading = Reading.Nothing;
      else if (name === 'c') finish();
    },
  };

  /** A cell's content, from the end of its tag (`gt`) to its `</c>`: a plain `<v>` in place, else through the visitor. */
  const readContent = (gt: number, close: number): void => {
    formula = undefined;
    shared = false;
    value = undefined;
    if (isPlainValue(xml, gt + 1, close)) value = textAt(xml, gt + 4, close - 4);
    else visitXml(xml.subarray(gt + 1, close), visitor);
  };

  /**
   * The rows of `<sheetData>`, tag by tag without the general tokenizer: nine in ten cells of a
   * grid are empty and styled (`<c r="E9" s="5"/>`), and here such a cell costs a search for its
   * '>'. A cell with content is read by `finish`, its children by the visitor (a plain `<v>` in
   * place); anything else found between the rows (a comment, an extension) hands the rest of the
   * sheet data to the general tokenizer, so every file reads as before, only slower.
   */
  const scanSheetData = (start: number, end: number): void => {
    const rowAttributes = new Attributes();
    rowAttributes.bytes = xml;
    let i = start;
    for (;;) {
      const lt = xml.indexOf(LT, i);
      if (lt < 0 || lt >= end) return;
      const b = xml[lt + 1];
      if (b === C && endsName(xml[lt + 2])) {
        const gt = tagEnd(xml, lt + 2);
        if (gt < 0) throw new PackageError('xml.unterminated', lt);
        col++;
        if (xml[gt - 1] === SLASH) {
          i = gt + 1;
          continue;
        }
        cell.bytes = xml;
        cell.start = lt + 2;
        cell.end = gt;
        const close = indexOfBytes(xml, CELL_END, gt + 1);
        if (close < 0 || close > end) throw new PackageError('xml.unterminated', lt);
        readContent(gt, close);
        finish();
        i = close + CELL_END.length;
      } else if (b === R && xml[lt + 2] === O && xml[lt + 3] === W && endsName(xml[lt + 4])) {
        const gt = tagEnd(xml, lt + 4);
        if (gt < 0) throw new PackageError('xml.unterminated', lt);
        rowAttributes.start = lt + 4;
        rowAttributes.end = xml[gt - 1] === SLASH ? gt - 1 : gt;
        openRow(spans.of(rowAttributes));
        i = gt + 1;
      } else if (b === SLASH) {
        const gt = xml.indexOf(GT, lt);
        if (gt < 0) return;
        i = gt + 1;
      } else {
        visitXml(xml.subarray(lt, end), visitor);
        return;
      }
    }
  };

  /**
   * The cells with content, found by native search, the empty ones never looked at: in the rows, only
   * a cell with content ends with `</c>` (an empty one is `<c r="E9" s="5"/>`), and its tag is the
   * last `<c ` before it, its row the last `<row` before that. This needs every such cell and row
   * to say where it stands (`r`) and no comment or CDATA among the rows; false, with nothing kept,
   * when the sheet is otherwise, and the caller scans it tag by tag.
   */
  const skimSheetData = (start: number, end: number): boolean => {
    const declaration = indexOfBytes(xml, MARKUP_DECLARATION, start);
    if (declaration >= 0 && declaration < end) return false;
    // A row tag read in one pass with its end; one of another shape sends the sheet to the scan.
    const openRowAt = (at: number): boolean => {
      if (!endsName(xml[at + 4])) return false;
      const numbered = openRow(spans.from(xml, at + 4));
      return spans.gt >= 0 && spans.gt < end && numbered;
    };
    /**
     * The `</c>` of a cell starting at `at` when it is a plain value (`<c …><v>…</v></c>`), else -1:
     * a row's first cells (TT, Mã, name, position) follow one another, found without a search.
     */
    // The '>' of the cell tag last read (into `tag`), by plainCellEnd or by the loop below.
    let gt = -1;
    const plainCellEnd = (at: number): number => {
      if (!(xml[at] === LT && xml[at + 1] === C && endsName(xml[at + 2]))) return -1;
      gt = readCellTagAt(xml, at + 2, tag, spans);
      if (gt < 0 || xml[gt - 1] === SLASH || xml[gt + 1] !== LT || xml[gt + 2] !== V || xml[gt + 3] !== GT) return -1;
      const lt = byteAfter(xml, LT, gt + 4);
      return lt >= 0 && bytesAt(xml, lt, PLAIN_VALUE_END) ? lt + 4 : -1;
    };
    // Rows without a formula (an `f`) or inline text (`inlineStr`: an `l`) have a `<v>` in every cell
    // with content, and `v` nowhere else but in a rare attribute (`vm`): there the next such cell is
    // found by its `v`, one byte searched natively, rather than by its `</c>` (a pattern whose `<`
    // every empty cell has).
    const absent = (byte: number) => {
      const at = xml.indexOf(byte, start);
      return at < 0 || at >= end;
    };
    const valuesOnly = absent(0x66) && absent(0x6c);
    const nextCellEnd = (from: number): number => {
      if (!valuesOnly) return indexOfBytes(xml, CELL_END, from);
      for (let v = xml.indexOf(V, from); v >= 0 && v < end; v = xml.indexOf(V, v + 1)) {
        if (xml[v - 1] !== LT || !(xml[v + 1] === GT || xml[v + 1] === SLASH || isSpaceByte(xml[v + 1]))) continue;
        // Nearly always `<v>…</v></c>`: its end is the next `<`, checked in place (a call to the
        // native pattern search costs more than the few bytes it passes over).
        const lt = byteAfter(xml, LT, v + 1);
        return lt >= 0 && bytesAt(xml, lt, PLAIN_VALUE_END) ? lt + 4 : indexOfBytes(xml, CELL_END, v);
      }
      return -1;
    };
    // The row being read: where its tag starts, and its number.
    let rowAt = -1;
    let rowNumber = 0;
    for (let i = start; ; ) {
      let open = i;
      let close = plainCellEnd(i);
      if (close < 0) {
        close = nextCellEnd(i);
        if (close < 0 || close >= end) break;
        // The cell's tag: back over its children's tags ('<' is never inside an attribute's value).
        open = close;
        do open = lastByte(xml, LT, open - 1);
        while (open >= i && !(xml[open + 1] === C && endsName(xml[open + 2])));
        if (open < i) return false;
        gt = readCellTagAt(xml, open + 2, tag, spans);
      }
      if (gt < 0 || gt > close || xml[gt - 1] === SLASH) return false;
      cell.bytes = xml;
      cell.start = open + 2;
      cell.end = gt;
      if (!tag.hasRef) return false;
      if (tag.row !== rowNumber) {
        // A cell of another row: its row's tag is the last one before it, after the cell before it
        // (rows with nothing in them are passed over). Its number must be the cell's.
        let at = open;
        do at = lastByte(xml, LT, at - 1);
        while (at >= i && !(xml[at + 1] === R && xml[at + 2] === O && xml[at + 3] === W));
        if (at < i || at <= rowAt || !openRowAt(at) || row !== tag.row) return false;
        rowAt = at;
        rowNumber = tag.row;
      }
      if (tag.row > rowCount) rowCount = tag.row;
      if (isPlainValue(xml, gt + 1, close) && keptPlain(gt + 4, close - 4)) {
        row = tag.row;
        col = tag.col;
      } else {
        readContent(gt, close);
        finish(true);
      }
      i = close + CELL_END.length;
    }
    // The last row, empty or not, still counts for the sheet's size and its limit.
    const last = lastIndexOfBytes(xml, ROW_OPEN, end);
    return last < start || last === rowAt || openRowAt(last);
  };

  const data = sheetDataRange(xml);
  if (!data) visitXml(xml, visitor);
  else {
    visitXml(xml.subarray(0, data.start), visitor);
    if (!skimSheetData(data.start, data.end)) {
      // Anything kept by the skim is read again from the start.
      rows = new SheetCells();
      hiddenRows.clear();
      rowCount = 0;
      row = 0;
      col = 0;
      scanSheetData(data.start, data.end);
    }
    visitXml(xml.subarray(data.end), visitor);
  }
  const ranges = merges.flatMap((ref) => mergedRange(ref) ?? []);
  applyMerges(rows, ranges, rowCount);
  rows.done();
  return { rows, rowCount, merges: ranges, hiddenRows, hiddenColumns };
}

/**
 * One view for each small whole number, for every sheet of the run: a grid's TT column numbers its
 * people 1, 2, 3 … in every month, and a province's twelve months made 120,000 views of them.
 */
const NUMBER_VIEWS: CellView[] = [];
const MAX_SHARED_NUMBER = 65_536;

function numberView(n: number): CellView {
  if (n >= MAX_SHARED_NUMBER) return { value: n, slave: false };
  let view = NUMBER_VIEWS[n];
  if (view === undefined) {
    view = { value: n, slave: false };
    // Filled in order up to n, so the list stays a plain array rather than a sparse one.
    while (NUMBER_VIEWS.length < n) NUMBER_VIEWS.push({ value: NUMBER_VIEWS.length, slave: false });
    NUMBER_VIEWS[n] = view;
  }
  return view;
}

/** Largest merged range expanded cell by cell; a wider range is clipped to this many columns. */
const MAX_MERGE_COLUMNS = 1024;

/** Every covered cell of a merged range shows the top-left value and is marked, so a merge over a day cell is seen there. */
function applyMerges(rows: SheetCells, merges: readonly MergedRange[], rowCount: number): void {
  for (const { top, left, bottom, right } of merges) {
    const master = rows.get(top, left)?.value ?? null;
    for (let r = top; r <= Math.min(bottom, rowCount); r++) {
      const cells = rows.mapOf(r);
      for (let c = left; c <= Math.min(right, left + MAX_MERGE_COLUMNS); c++) {
        if (r !== top || c !== left) cells.set(c, { value: master, slave: true });
      }
    }
  }
}

function lazySheet(entry: SheetEntry, load: () => ParsedSheet): SheetView {
  let parsed: ParsedSheet | undefined;
  const sheet = () => (parsed ??= load());
  return {
    name: entry.name,
    state: entry.state,
    get rowCount() {
      return sheet().rowCount;
    },
    get merges() {
      return sheet().merges;
    },
    isRowHidden: (row) => sheet().hiddenRows.has(row),
    isColumnHidden: (col) => sheet().hiddenColumns.has(col),
    cells: (row) => sheet().rows.map(row),
    row: (row) => sheet().rows.row(row),
  };
}

/**
 * Opens a package already checked by checkXlsxPackage, with the entries it listed. Only the parts needed are inflated, and a
 * sheet is parsed when the reader first looks at it; anything malformed is a `file.corrupt`.
 */
export function readPackage(buf: Uint8Array, file: string, entries: ReadonlyMap<string, ZipEntry>): WorkbookView {
  // A part that does not parse is named: the zip itself is sound, so the clerk's file is not "damaged".
  const guard = <T>(what: string, read: () => T, key: 'file.partBroken' | 'file.corrupt' = 'file.partBroken'): T => {
    try {
      return read();
    } catch (err) {
      if (err instanceof UserError) throw err;
      const detail = packageErrorCode(err, key === 'file.corrupt' ? 'zip' : 'xml');
      throw new UserError(key, { file, part: what, detail });
    }
  };
  const inflate = (names: readonly string[]): Parts =>
    guard(
      'zip',
      () => {
        const parts: Parts = {};
        for (const name of names) {
          const entry = entries.get(name);
          if (entry) parts[name] = readZipEntry(buf, entry);
        }
        return parts;
      },
      'file.corrupt',
    );
  const text = (parts: Parts, name: string) => (parts[name] ? decoder.decode(parts[name]) : undefined);

  const head = inflate([WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES]);
  const workbookXml = text(head, WORKBOOK);
  if (!workbookXml) throw new UserError('file.partMissing', { file, part: WORKBOOK });
  const { sheets, date1904 } = guard(WORKBOOK, () => readSheetList(workbookXml, text(head, WORKBOOK_RELS)));
  const shared = {
    file,
    strings: guard(SHARED_STRINGS, () => readSharedStrings(head[SHARED_STRINGS])),
    styles: guard(STYLES, () => readNumberStyles(text(head, STYLES))),
    date1904,
  };
  const loadSheet = (entry: SheetEntry) => () => {
    const xml = inflate([entry.path])[entry.path];
    if (xml === undefined) throw new UserError('file.partMissing', { file, part: entry.path });
    return guard(entry.path, () => readSheet(xml, { ...shared, sheet: entry.name }));
  };
  return { sheets: sheets.map((entry) => lazySheet(entry, loadSheet(entry))) };
}
