import type ExcelJS from 'exceljs';
import { documentTemplate, fill } from './template.js';

/**
 * The parts every printed workbook shares (Nghị định 30/2020 presentation): letterhead with the
 * national motto, a centred bold title, and the signature blocks at the foot.
 */

export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface FrameLayout {
  readonly left: Span;
  readonly right: Span;
  readonly full: Span;
}

export interface Letterhead {
  readonly parent: string;
  readonly unit: string;
}

export interface Signatures {
  readonly placeDate: string;
  readonly leftTitle: string;
  readonly rightTitle: string;
}

type Style = { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right'; wrap?: boolean };

export function font(style: Style = {}): Partial<ExcelJS.Font> {
  const t = documentTemplate().font;
  return { name: t.name, size: style.size ?? t.size, bold: style.bold ?? false, italic: style.italic ?? false };
}

/** Writes text into a merged range with the document font. */
export function mergedText(ws: ExcelJS.Worksheet, row: number, span: Span, text: string, style: Style = {}): ExcelJS.Cell {
  if (span.to > span.from) ws.mergeCells(row, span.from, row, span.to);
  const cell = ws.getCell(row, span.from);
  cell.value = text;
  cell.font = font(style);
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: style.wrap ?? false };
  return cell;
}

/** A short rule under a heading: the top border of a narrow merged range in the middle of the span. */
function shortRule(ws: ExcelJS.Worksheet, row: number, span: Span): void {
  const width = span.to - span.from + 1;
  const inset = Math.floor(width / 4);
  const rule = { from: span.from + inset, to: Math.max(span.from + inset, span.to - inset) };
  for (let c = rule.from; c <= rule.to; c++) ws.getCell(row, c).border = { top: { style: 'thin' } };
}

/** Rows 1–3: parent body and unit on the left, the national motto on the right. Returns the next free row. */
export function writeLetterhead(ws: ExcelJS.Worksheet, layout: FrameLayout, head: Letterhead): number {
  const t = documentTemplate();
  mergedText(ws, 1, layout.left, head.parent.toLocaleUpperCase('vi'));
  mergedText(ws, 1, layout.right, t.motto.country, { bold: true });
  mergedText(ws, 2, layout.left, head.unit.toLocaleUpperCase('vi'), { bold: true });
  mergedText(ws, 2, layout.right, t.motto.independence, { bold: true });
  shortRule(ws, 3, layout.left);
  shortRule(ws, 3, layout.right);
  return 4;
}

export function writeTitle(ws: ExcelJS.Worksheet, row: number, layout: FrameLayout, text: string, bold = true): number {
  mergedText(ws, row, layout.full, text, { bold, size: documentTemplate().font.size + (bold ? 1 : 0) });
  ws.getRow(row).height = 20;
  return row + 1;
}

export function placeDateLine(place: string, year: number, date?: Date): string {
  const t = documentTemplate();
  if (!date) return fill(t.placeDateBlank, { place, year });
  return fill(t.placeDate, { place, day: String(date.getDate()).padStart(2, '0'), month: String(date.getMonth() + 1).padStart(2, '0'), year: date.getFullYear() });
}

/** The foot: place and date (italic) over the right block, then both signers with "(Ký, ghi rõ họ tên)". */
export function writeSignatures(ws: ExcelJS.Worksheet, row: number, layout: FrameLayout, sig: Signatures): number {
  const note = documentTemplate().signNote;
  mergedText(ws, row, layout.right, sig.placeDate, { italic: true });
  mergedText(ws, row + 1, layout.left, sig.leftTitle, { bold: true });
  mergedText(ws, row + 1, layout.right, sig.rightTitle, { bold: true });
  mergedText(ws, row + 2, layout.left, note, { italic: true });
  mergedText(ws, row + 2, layout.right, note, { italic: true });
  return row + 7;
}

/**
 * A4 landscape, one page wide, header rows repeated on every page. A streaming worksheet writes its
 * page setup when it is created, so writers pass this to `addWorksheet`.
 */
export function pageSetupFor(repeatRows: string | undefined, landscape = true): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(repeatRows ? { printTitlesRow: repeatRows } : {}),
  };
}

export function thinBorder(): Partial<ExcelJS.Borders> {
  const side = { style: 'thin' as const };
  return { top: side, left: side, bottom: side, right: side };
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}
