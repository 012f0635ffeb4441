/**
 * How much room text takes on paper, estimated when writing: neither Excel nor LibreOffice fits a
 * row to wrapped text in a merged cell, and Excel does not refit rows a writer left without a
 * height, so every row that wraps gets its height from here. The estimate errs on the generous
 * side (a row a little too tall prints clean; one too short prints words over the next row).
 */

/** Widths in em of Times New Roman glyph classes, rounded up. */
const EM = { space: 0.25, narrow: 0.3, lower: 0.47, upper: 0.7, digit: 0.5, other: 0.55 } as const;
const BOLD_FACTOR = 1.08;
/** Wider than any class above, bold included. */
const WIDEST_EM = 0.8;
/** Excel's column width unit is the maximum digit width of the default font (7 px) plus 5 px of padding. */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
const PT_PER_PX = 0.75;
/** Room lost inside a cell to its margins, in points. */
const CELL_INSET_PT = 4;
/** One line of text, as a multiple of the font size, and the extra a row needs around its lines. */
const LINE_HEIGHT = 1.25;
const ROW_PADDING_PT = 3;

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
}

const emCache = new Map<string, number>();

/** Width class of a character, by its base letter: Vietnamese marks do not widen a glyph. */
function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em === undefined) emCache.set(ch, (em = baseEm(ch.normalize('NFD')[0] ?? ch)));
  return em;
}

function baseEm(ch: string): number {
  if (ch === ' ') return EM.space;
  if (/[iljtfrI.,;:'!|()\-]/u.test(ch)) return EM.narrow;
  if (/\p{Lu}/u.test(ch)) return EM.upper;
  if (/\p{Ll}/u.test(ch)) return EM.lower;
  if (/\p{Nd}/u.test(ch)) return EM.digit;
  return EM.other;
}

/** Printed width of a text on one line, in points. */
export function textWidthPt(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch);
  return em * style.size * (style.bold ? BOLD_FACTOR : 1);
}

/** Width of a column of Excel width `units`, in points. */
export function columnWidthPt(units: number): number {
  return (units * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX) * PT_PER_PX;
}

/** Lines a text takes when wrapped at word boundaries in a cell `widthPt` wide (explicit line breaks kept). */
export function wrappedLines(text: string, widthPt: number, style: TextStyle): number {
  const room = Math.max(1, widthPt - CELL_INSET_PT);
  // Most cells are short: no glyph is wider than WIDEST_EM, so these need no measuring (a report
  // has a million cells).
  if (text.length * WIDEST_EM * style.size <= room && !text.includes('\n')) return 1;
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
