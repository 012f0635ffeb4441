import type ExcelJS from 'exceljs';
import type { Letterhead } from '../../core/letterhead.js';
import type { DocumentCell, DocumentSheet } from '../write/workbook-file.js';
import { DEFAULT_ROW_PT, rowHeightPt, spanWidthPt, type TextStyle, textRowHeight, textWidthPt } from './print-layout.js';
import { documentTemplate, fill } from './template.js';

export type { Letterhead } from '../../core/letterhead.js';

/**
 * The parts every printed workbook shares (Nghị định 30/2020 presentation): letterhead with the
 * national motto, a centred bold title, the signature blocks and "Nơi nhận:" at the foot, and the
 * page setup. Every merged text gets the row height its wrapped lines need.
 */

export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface FrameLayout {
  /** Column widths (Excel units) of the sheet, column 1 first. */
  readonly widths: readonly number[];
  readonly left: Span;
  readonly right: Span;
  readonly full: Span;
}

export interface Signatures {
  readonly placeDate: string;
  readonly leftTitle: string;
  readonly rightTitle: string;
  /** The "Nơi nhận:" lines of reports and the classification; none on the grid. */
  readonly recipients?: readonly string[];
}

type Style = { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; align?: 'left' | 'center' | 'right'; wrap?: boolean };

/** Fonts made so far, one object per kind (by font name, then size and weight): a streamed document's styles are found by object first. */
const fonts = new Map<string, Map<number, Partial<ExcelJS.Font>>>();

export function font(style: Style = {}): Partial<ExcelJS.Font> {
  const t = documentTemplate().font;
  const size = style.size ?? t.size;
  const key = size * 8 + (style.bold ? 4 : 0) + (style.italic ? 2 : 0) + (style.underline ? 1 : 0);
  let named = fonts.get(t.name);
  if (!named) {
    named = new Map();
    fonts.set(t.name, named);
  }
  let made = named.get(key);
  if (!made) {
    made = {
      name: t.name,
      size,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      ...(style.underline ? { underline: true } : {}),
    };
    named.set(key, made);
  }
  return made;
}

function textStyle(style: Style): TextStyle {
  return { size: style.size ?? documentTemplate().font.size, bold: style.bold ?? false };
}

/** Writes text into a merged range with the document font; wrapped text raises the row to fit. */
export function mergedText(
  ws: DocumentSheet,
  row: number,
  span: Span,
  text: string,
  style: Style = {},
  widths?: readonly number[],
): DocumentCell {
  if (span.to > span.from) ws.mergeCells(row, span.from, row, span.to);
  const cell = ws.getCell(row, span.from);
  cell.value = text;
  cell.font = font(style);
  const wrap = style.wrap ?? widths !== undefined;
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: wrap };
  if (wrap && widths) {
    const r = ws.getRow(row);
    const needed = textRowHeight(text, spanWidthPt(widths, span.from, span.to), textStyle(style));
    r.height = Math.max(r.height ?? 0, needed);
  }
  return cell;
}

/** Columns from one end of the sheet until they hold `neededPt`, never past `limit`. */
function spanHolding(widths: readonly number[], neededPt: number, fromLeft: boolean, limit: number): Span {
  const n = widths.length;
  let end = fromLeft ? 1 : n;
  const step = fromLeft ? 1 : -1;
  const span = () => (fromLeft ? { from: 1, to: end } : { from: end, to: n });
  while (spanWidthPt(widths, span().from, span().to) < neededPt && end !== limit) end += step;
  return span();
}

/**
 * Letterhead blocks as wide as their text: the left block grows from column 1 until the unit and
 * parent lines fit, the right block from the last column until the motto fits, so the letterhead
 * is whole whatever the widths of the table under it.
 */
export function frameLayout(widths: readonly number[], head: Letterhead): FrameLayout {
  const t = documentTemplate();
  const size = t.font.size;
  const n = widths.length;
  const margin = 12;
  const leftNeed =
    Math.max(
      textWidthPt(head.unit.toLocaleUpperCase('vi'), { size, bold: true }),
      textWidthPt((head.parent ?? '').toLocaleUpperCase('vi'), { size }),
    ) + margin;
  const rightNeed = textWidthPt(t.motto.country, { size, bold: true }) + margin;
  const right = spanHolding(widths, rightNeed, false, 2);
  const left = spanHolding(widths, leftNeed, true, Math.max(1, right.from - 1));
  return { widths, left, right, full: { from: 1, to: n } };
}

/**
 * The short rule under the unit's name (Nghị định 30/2020: a third to a half of the line above,
 * centred under it), as the top border of the cells whose centres fall in the middle 45 % of the
 * text; with wide columns, the one cell under the text's centre. A border follows the columns, so
 * the rule is only as centred as they allow.
 */
function shortRule(ws: DocumentSheet, row: number, span: Span, widths: readonly number[], textPt: number): void {
  const left: number[] = [];
  let x = 0;
  for (let c = span.from; c <= span.to; c++) {
    left.push(x);
    x += spanWidthPt(widths, c, c);
  }
  const centre = x / 2;
  const half = (textPt * 0.45) / 2;
  const middle = (i: number) => left[i]! + spanWidthPt(widths, span.from + i, span.from + i) / 2;
  const inside = left.map((_, i) => i).filter((i) => Math.abs(middle(i) - centre) <= half);
  const under = inside.length > 0 ? inside : [left.filter((l) => l <= centre).length - 1];
  for (let c = span.from + Math.min(...under); c <= span.from + Math.max(...under); c++) {
    const cell = ws.getCell(row, c);
    cell.border = { top: { style: 'thin' } };
    // exceljs's streaming writer drops a row whose cells hold no value, borders and all.
    if (cell.value === null || cell.value === undefined) cell.value = '';
  }
}

/**
 * Rows `top`…`top + 2` (1–3 unless a sheet stacks documents): the parent body over the unit on the
 * left (the unit alone on the first row when it has no parent), the national motto on the right.
 * Returns the next free row.
 */
export function writeLetterhead(ws: DocumentSheet, layout: FrameLayout, head: Letterhead, top = 1): number {
  const t = documentTemplate();
  const unitRow = top + (head.parent ? 1 : 0);
  const unit = head.unit.toLocaleUpperCase('vi');
  if (head.parent) mergedText(ws, top, layout.left, head.parent.toLocaleUpperCase('vi'), {}, layout.widths);
  mergedText(ws, unitRow, layout.left, unit, { bold: true }, layout.widths);
  mergedText(ws, top, layout.right, t.motto.country, { bold: true }, layout.widths);
  // Nghị định 30/2020: the motto's line is as long as the motto (an underline, the same on every
  // document); the unit's is a short rule, centred under it.
  mergedText(ws, top + 1, layout.right, t.motto.independence, { bold: true, underline: true }, layout.widths);
  shortRule(ws, unitRow + 1, layout.left, layout.widths, textWidthPt(unit, { size: t.font.size, bold: true }));
  return top + 3;
}

export function writeTitle(ws: DocumentSheet, row: number, layout: FrameLayout, text: string, bold = true): number {
  mergedText(ws, row, layout.full, text, { bold, size: documentTemplate().font.size + (bold ? 1 : 0) }, layout.widths);
  return row + 1;
}

export function placeDateLine(place: string, year: number, date?: Date): string {
  const t = documentTemplate();
  if (!date) return fill(t.placeDateBlank, { place, year });
  return fill(t.placeDate, {
    place,
    day: String(date.getDate()).padStart(2, '0'),
    month: String(date.getMonth() + 1).padStart(2, '0'),
    year: date.getFullYear(),
  });
}

/** Rows left blank between a signer's title and the end of the block, for the signature and stamp. */
const SIGNING_ROWS = 4;

/**
 * The height writeSignatures' block takes, for the page planner: place and date, titles and the
 * signing note (one line each at the body size), the room to sign, and Nơi nhận with its lines.
 */
export function signaturesHeightPt(recipients: number): number {
  const t = documentTemplate();
  const line = rowHeightPt(1, t.font.size);
  const signing = 3 * line + SIGNING_ROWS * DEFAULT_ROW_PT;
  return recipients > 0 ? signing + DEFAULT_ROW_PT + line * (1 + recipients) : signing;
}

/**
 * The foot: place and date (italic) over the right block, both signers with "(Ký, ghi rõ họ
 * tên)", then "Nơi nhận:" and its lines at the left. Returns the row after the block.
 */
export function writeSignatures(ws: DocumentSheet, row: number, layout: FrameLayout, sig: Signatures): number {
  const t = documentTemplate();
  const w = layout.widths;
  mergedText(ws, row, layout.right, sig.placeDate, { italic: true }, w);
  mergedText(ws, row + 1, layout.left, sig.leftTitle, { bold: true }, w);
  mergedText(ws, row + 1, layout.right, sig.rightTitle, { bold: true }, w);
  mergedText(ws, row + 2, layout.left, t.signNote, { italic: true }, w);
  mergedText(ws, row + 2, layout.right, t.signNote, { italic: true }, w);
  let next = row + 3 + SIGNING_ROWS;
  if (sig.recipients && sig.recipients.length > 0) {
    const small = t.font.smallSize;
    next += 1;
    mergedText(ws, next++, layout.left, t.recipientsTitle, { bold: true, italic: true, align: 'left', size: small }, w);
    for (const line of sig.recipients) mergedText(ws, next++, layout.left, line, { align: 'left', size: small - 1 }, w);
  }
  return next;
}

/**
 * A4, one page wide and as many pages down as the table needs (fitToHeight 0: long tables run
 * down pages instead of shrinking), header rows repeated on every page, "Trang X/Y" in the
 * footer. A streaming worksheet writes its page setup when it is created, so writers pass this to
 * `addWorksheet`.
 */
export function sheetPrintOptions(
  repeatRows: string | undefined,
  landscape: boolean,
  scale?: number,
  code?: string,
): Partial<ExcelJS.AddWorksheetOptions> {
  const t = documentTemplate();
  // The check code of the grids the document was made from, left in the footer of every page.
  const left = code ? `&L&"${t.font.name},Regular"&9${fill(t.codeFooter, { code })}` : '';
  return {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      // A planned scale (table sheets: see planTablePages), else one page wide.
      ...(scale === undefined ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale }),
      horizontalCentered: true,
      // Page numbers count the pages of their own sheet (LibreOffice numbers the workbook otherwise).
      firstPageNumber: 1,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(repeatRows ? { printTitlesRow: repeatRows } : {}),
    },
    headerFooter: {
      oddFooter: `${left}&C&"${t.font.name},Regular"&10${t.pageFooter}`,
      differentFirst: false,
      differentOddEven: false,
    } as Partial<ExcelJS.HeaderFooter>,
  };
}

/** A footer with the check code alone, for sheets that print no page numbers (one form a page). */
export function codeOnlyFooter(code: string | undefined): { headerFooter?: Partial<ExcelJS.HeaderFooter> } {
  const t = documentTemplate();
  return code ? { headerFooter: { oddFooter: `&L&"${t.font.name},Regular"&9${fill(t.codeFooter, { code })}` } } : {};
}

const THIN_SIDE = { style: 'thin' as const };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN_SIDE, left: THIN_SIDE, bottom: THIN_SIDE, right: THIN_SIDE };

/** One object for every bordered cell (no writer changes it in place). */
export function thinBorder(): Partial<ExcelJS.Borders> {
  return THIN_BORDER;
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
