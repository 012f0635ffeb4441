import metrics from './font-metrics.json' with { type: 'json' };

/**
 * How much room text takes on paper, estimated when writing: neither Excel nor LibreOffice fits a
 * row to wrapped text in a merged cell, and Excel does not refit rows a writer left without a
 * height, so every row that wraps gets its height from here. The estimate errs on the generous
 * side (a row a little too tall prints clean; one too short prints words over the next row).
 */

/**
 * Advance widths of Times New Roman, as Liberation Serif (its metric twin) has them, regular and
 * bold, for every character the documents print (docs/make-font-metrics.mjs reads them from the
 * font files). A character the table lacks counts as the widest glyph.
 */
const WIDEST_EM = 1;
/** The stated safety margin on every measured width: a row a little too tall prints clean. */
const SAFETY = 1.03;
/** Excel's column width unit is the maximum digit width of the default font (7 px) plus 5 px of padding. */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
const PT_PER_PX = 0.75;
/** Room lost inside a cell to its margins, in points. */
const CELL_INSET_PT = 4;
/** One line of text, as a multiple of the font size (Liberation Serif's ascent + descent is 1.15 em), and the extra a row needs around its lines. */
const LINE_HEIGHT = 1.18;
const ROW_PADDING_PT = 3;

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
}

const TABLES = { regular: metrics.regular as Record<string, number>, bold: metrics.bold as Record<string, number> };

/** Width in em of one character: its own entry, else its base letter's (a mark does not widen it), else the widest. */
function charEm(ch: string, bold: boolean): number {
  const table = bold ? TABLES.bold : TABLES.regular;
  return table[ch] ?? table[ch.normalize('NFD')[0] ?? ''] ?? WIDEST_EM;
}

/**
 * Widths already measured, in em, by weight and text: a report measures the same syllables of the
 * same names on every sheet (a province's year: millions of times), so each is measured once.
 * Bounded: cleared when full, which costs a re-measure, never a wrong width.
 */
const measured = { regular: new Map<string, number>(), bold: new Map<string, number>() };
const MEASURED_MAX = 200_000;

/** Widths of the ASCII characters, by code: short ASCII texts (cell addresses, dates, Mã) are summed directly, not cached. */
const ASCII = {
  regular: Array.from({ length: 128 }, (_, c) => charEm(String.fromCharCode(c), false)),
  bold: Array.from({ length: 128 }, (_, c) => charEm(String.fromCharCode(c), true)),
};

function emWidth(text: string, bold: boolean): number {
  if (text.length <= 16) {
    const table = bold ? ASCII.bold : ASCII.regular;
    let em = 0;
    let i = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      em += table[c]!;
    }
    if (i === text.length) return em;
  }
  const cache = bold ? measured.bold : measured.regular;
  let em = cache.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text.normalize('NFC')) em += charEm(ch, bold);
    if (cache.size >= MEASURED_MAX) cache.clear();
    cache.set(text, em);
  }
  return em;
}

/** Printed width of a text on one line, in points. */
export function textWidthPt(text: string, style: TextStyle): number {
  return emWidth(text, style.bold ?? false) * style.size * SAFETY;
}

/** Width of a column of Excel width `units`, in points. */
export function columnWidthPt(units: number): number {
  return (units * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX) * PT_PER_PX;
}

/**
 * The column width, in Excel units (by half units), in which every text given prints on one line (0
 * for none), and whether one has a line break (then it takes two lines at any width). A word too
 * long for its cell is broken across lines, as `CB00001` was in a Mã column six units wide.
 */
export function widthToFit(texts: Iterable<string>, style: TextStyle): { readonly units: number; readonly lineBreak: boolean } {
  let widest = 0;
  let lineBreak = false;
  for (const text of texts) {
    if (text.includes('\n')) {
      lineBreak = true;
      for (const line of text.split('\n')) widest = Math.max(widest, textWidthPt(line, style));
    } else widest = Math.max(widest, textWidthPt(text, style));
  }
  if (widest === 0) return { units: 0, lineBreak };
  const units = ((widest + CELL_INSET_PT) / PT_PER_PX - COLUMN_PADDING_PX) / PX_PER_WIDTH_UNIT;
  return { units: Math.ceil(units * 2) / 2, lineBreak };
}

/** A text that takes one line in a cell `widthPt` wide even if every glyph were the widest: no measuring needed. */
export function surelyOneLine(text: string, widthPt: number, size: number): boolean {
  return text.length * WIDEST_EM * SAFETY * size <= widthPt - CELL_INSET_PT && !text.includes('\n');
}

/** A text that takes one line in a cell `widthPt` wide: its width measured only when the quick bound is not enough. */
function fitsOneLine(text: string, widthPt: number, style: TextStyle): boolean {
  return (
    surelyOneLine(text, widthPt, style.size) || (!text.includes('\n') && textWidthPt(text, style) <= Math.max(1, widthPt - CELL_INSET_PT))
  );
}

/** Lines a text takes when wrapped at word boundaries in a cell `widthPt` wide (explicit line breaks kept). */
export function wrappedLines(text: string, widthPt: number, style: TextStyle): number {
  const room = Math.max(1, widthPt - CELL_INSET_PT);
  // Most cells are short: no glyph is wider than WIDEST_EM, so these need no measuring (a report
  // has a million cells). A text that fits whole is one line too (its words are no wider).
  if (fitsOneLine(text, widthPt, style)) return 1;
  // One word breaks over as many lines as its width needs (as wrap counts it), worked out at once:
  // remembering it costs more, and a report's 100,000 cell addresses are all different.
  if (!text.includes(' ') && !text.includes('\n')) return Math.max(1, Math.ceil(textWidthPt(text, style) / room));
  const key = `${room}|${style.size}|${style.bold ? 1 : 0}|${text}`;
  let lines = wrapped.get(key);
  if (lines === undefined) {
    lines = wrap(text, room, style);
    if (wrapped.size >= MEASURED_MAX) wrapped.clear();
    wrapped.set(key, lines);
  }
  return lines;
}

/** Lines already counted, by room, style and text: the same names and labels wrap in the same columns row after row. */
const wrapped = new Map<string, number>();

function wrap(text: string, room: number, style: TextStyle): number {
  const space = textWidthPt(' ', style);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/u)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/ +/u).filter((w) => w !== '')) {
      const w = textWidthPt(word, style);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word wider than the cell breaks over as many lines as it needs.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
  }
  return lines;
}

/** Height in points of a row whose tallest cell holds `lines` lines of `size`-point text. */
export function rowHeightPt(lines: number, size: number): number {
  return Math.ceil(lines * size * LINE_HEIGHT + ROW_PADDING_PT);
}

export interface CellText {
  readonly text: string;
  readonly widthPt: number;
  readonly style: TextStyle;
}

/** The height a row needs for the tallest of its wrapped cells, never below one line of `minSize`. */
export function fittedRowHeight(cells: readonly CellText[], minSize: number): number {
  let height = rowHeightPt(1, minSize);
  for (const c of cells) {
    if (c.text === '') continue;
    height = Math.max(height, rowHeightPt(wrappedLines(c.text, c.widthPt, c.style), c.style.size));
  }
  return height;
}

/**
 * The height last fitted for each text, with the width and style it was fitted in: a year of forms
 * prints the same lines, in the same cells, for every person. Keyed by the text as it is (the same
 * string each time, its hash kept), never by a longer key built and hashed anew at every call.
 */
const fitted = new Map<string, { widthPt: number; size: number; bold: boolean; height: number }>();

/** The height of a row holding `text` alone in a cell `widthPt` wide (fittedRowHeight of that one cell). */
export function textRowHeight(text: string, widthPt: number, style: TextStyle): number {
  const bold = style.bold ?? false;
  const last = fitted.get(text);
  if (last && last.widthPt === widthPt && last.size === style.size && last.bold === bold) return last.height;
  const height = fittedRowHeight([{ text, widthPt, style }], style.size);
  if (fitted.size >= MEASURED_MAX) fitted.clear();
  fitted.set(text, { widthPt, size: style.size, bold, height });
  return height;
}

/** Sum of the widths of columns `from`..`to` (1-based, inclusive), in points. */
export function spanWidthPt(widths: readonly number[], from: number, to: number): number {
  let pt = 0;
  for (let c = from; c <= to; c++) pt += columnWidthPt(widths[c - 1] ?? 8.43);
  return pt;
}

/**
 * Printable width of A4 at the margins of pageSetupFor, in Excel width units at 100 %: a table
 * up to this wide prints unscaled.
 */
export const A4_UNITS = { portrait: 96, landscape: 142 } as const;

/** A4 in points, and the margins of sheetPrintOptions (the footer sits inside the bottom margin). */
const A4_PT = { short: 595, long: 842 } as const;
const MARGINS_PT = { sides: 57.6, topBottom: 79.2 } as const;
/**
 * Slack kept on the page: LibreOffice measures columns a little wider than Excel's formula (its
 * own rounding of the width unit), and an estimate too generous by one row would let the
 * application break a page before ours and leave a page of one row.
 */
const WIDTH_SLACK = 1.03;
const HEIGHT_SLACK = 0.97;
/** Height LibreOffice and Excel give a row the writer leaves at its default. */
export const DEFAULT_ROW_PT = 15;
/** A table is printed smaller, down to this scale, when that saves a page (text of 11 pt then prints at 8.3 pt, the size of a printed form's small print). */
const MIN_SCALE_TO_SAVE_A_PAGE = 75;

export interface TableFlow {
  readonly landscape: boolean;
  /** Column widths of the sheet, in points. */
  readonly widthsPt: readonly number[];
  /** Everything above the table header (letterhead, titles, blank row). */
  readonly topPt: number;
  readonly headerPt: number;
  readonly rowsPt: readonly number[];
  /** Everything under the table, kept together: summary, place and date, signatures, Nơi nhận. */
  readonly closingPt: number;
}

export interface PagePlan {
  /** The print scale in per cent, set on the sheet (not left to fit-to-width, so both applications agree with the plan). */
  readonly scale: number;
  /** Repeat the table header on each page: only when the table itself runs over pages. */
  readonly repeatHeader: boolean;
  /** Indexes of the data rows that start a new page (a manual break before each). */
  readonly breaks: readonly number[];
  readonly pages: number;
}

/** Table rows that go with the closing block when it would otherwise start a page alone. */
const ROWS_WITH_CLOSING = 3;

/**
 * The pages of the table at one scale: where each page starts, the closing block kept with rows.
 * `closingWithRows` is false when the closing block is too tall to share a page with even one row:
 * it then runs on to pages of its own, which the caller avoids by trying a smaller scale.
 */
function flowAt(flow: TableFlow, scale: number): { breaks: number[]; pages: number; closingWithRows: boolean } {
  const pageH = flow.landscape ? A4_PT.short : A4_PT.long;
  const room = ((pageH - MARGINS_PT.topBottom) * HEIGHT_SLACK) / (scale / 100);
  const breaks: number[] = [];
  let y = flow.topPt + flow.headerPt;
  flow.rowsPt.forEach((h, i) => {
    if (y + h > room && i > 0) {
      breaks.push(i);
      y = flow.headerPt;
    }
    y += h;
  });
  if (y + flow.closingPt <= room) return { breaks, pages: breaks.length + 1, closingWithRows: true };
  // The closing block does not fit under the last rows: the last rows (up to three, at least one)
  // go with it to a new page, so that page opens with rows under its header, never with the header
  // alone, and the closing block never stands on a page without a row. Breaks past the new one go.
  const n = flow.rowsPt.length;
  const tail = (k: number) => flow.rowsPt.slice(n - k).reduce((a, b) => a + b, 0);
  const fits = (k: number) => flow.headerPt + tail(k) + flow.closingPt <= room;
  let k = Math.min(ROWS_WITH_CLOSING, n - 1);
  while (k > 1 && !fits(k)) k--;
  if (k >= 1 && fits(k)) {
    const kept = breaks.filter((b) => b < n - k);
    kept.push(n - k);
    return { breaks: kept, pages: kept.length + 1, closingWithRows: true };
  }
  // A closing block taller than a page with one row: it starts under the last rows and runs on.
  const pages = breaks.length + 1 + Math.max(1, Math.ceil((y + flow.closingPt) / room) - 1);
  return { breaks, pages, closingWithRows: false };
}

/**
 * Where the pages of a table sheet fall, worked out when writing: the scale that fits the sheet to
 * one page wide, or a little smaller when that saves a page; a manual break before each page's
 * first row, so Excel and LibreOffice break where the plan does; the closing block never alone at
 * the top of a page, nor a heading at the foot of one; the header repeated only when the table
 * itself runs over pages.
 */
export function planTablePages(flow: TableFlow): PagePlan {
  const pageW = flow.landscape ? A4_PT.long : A4_PT.short;
  const sheetW = flow.widthsPt.reduce((a, b) => a + b, 0) * WIDTH_SLACK;
  const widthScale = Math.min(100, Math.floor((100 * (pageW - MARGINS_PT.sides)) / sheetW));
  let scale = widthScale;
  let best = flowAt(flow, scale);
  // A little smaller when that saves a page, or lets the closing block share its page with rows.
  for (let s = widthScale - 1; s >= MIN_SCALE_TO_SAVE_A_PAGE && best.pages > 1; s--) {
    const smaller = flowAt(flow, s);
    if (smaller.pages < best.pages || (smaller.closingWithRows && !best.closingWithRows)) {
      scale = s;
      best = smaller;
      if (best.closingWithRows) break;
    }
  }
  return { scale, breaks: best.breaks, pages: best.pages, repeatHeader: best.breaks.length > 0 };
}
