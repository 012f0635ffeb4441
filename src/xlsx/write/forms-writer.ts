import type ExcelJS from 'exceljs';
import { isoToDdmmyyyy } from '../../core/dates.js';
import { fromUnits, toUnits } from '../../core/decimal.js';
import { scorePlaces } from '../../core/evaluation.js';
import { FORM_ROWS, type FormRow, OTHER_GENERAL_ROWS, sumOfRows } from '../../core/form-scores.js';
import type { FormData, YearPage } from '../../core/forms.js';
import type { Rulebook } from '../../core/rulebook.js';
import { viDecimal } from '../../i18n/messages.js';
import {
  codeOnlyFooter,
  type FrameLayout,
  font,
  frameLayout,
  type Letterhead,
  mergedText,
  placeDateLine,
  sheetPrintOptions,
  thinBorder,
  writeLetterhead,
} from '../layout/document-frame.js';
import { columnWidthPt, rowHeightPt, textRowHeight } from '../layout/print-layout.js';
import { writeValuesRow } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { writeStreamedWorkbook } from './streamed-workbook.js';
import type { DocumentSheet, DocumentWorkbook, RowSink } from './workbook-file.js';

/**
 * Mẫu số 01 of Nghị định 335/2025, one person and period to a printed page (A4 portrait), stacked
 * on one sheet with a page break after each form: the form's rows and maxima, I.2 from the grid with
 * its evidence under the table, the leader's figures where the grids have them, the self-score
 * column left for the person, and the three signature blocks.
 */

export interface FormsContext {
  readonly rules: Rulebook;
  readonly letterhead: Letterhead;
  readonly year: number;
  /** The date printed over the signatures (`forms --date`); without it the line is left to be filled by hand. */
  readonly date?: Date;
  /** The day the figures stand at (ISO), for a period not over on it. */
  readonly asOf?: string;
  /** The check code of the grids the forms were made from, in the footer. */
  readonly code?: string;
}

/** Month scores summed as a reader would write them: 100 − 80 + 40, never 100 + -80 + 40. */
function sumText(values: readonly number[]): string {
  return values
    .map((v, i) => (i === 0 ? (v < 0 ? `−${viDecimal(-v)}` : viDecimal(v)) : v < 0 ? `− ${viDecimal(-v)}` : `+ ${viDecimal(v)}`))
    .join(' ');
}

/**
 * TT, criterion, maximum, the person's own score, the assessor's score: 88 units, within A4
 * portrait. The letterhead's unit takes TT and criterion, the motto the three score columns.
 */
const WIDTHS = [5, 35, 14, 16, 18];
const LAYOUT: FrameLayout = { widths: WIDTHS, left: { from: 1, to: 2 }, right: { from: 3, to: 5 }, full: { from: 1, to: 5 } };
const SIZE = 11;
/**
 * Rows of forms on one sheet, at most (then one form more): a year of forms for 10,000 people
 * is 1.3 million rows, past the 1,048,576 Excel opens, and `classify --filled` reads a sheet of up
 * to 60,000 rows (package-reader.ts). About 390 people's year, or 1,500 people's quarter, a sheet.
 */
export const FORM_SHEET_ROWS = 50_000;
/** The table a point smaller: the whole form stays on one page with long criteria wrapped. */
const TABLE_SIZE = 10;

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The rows of the decree's form (templates' criteria, in order) and the scored rows each adds up. */
const CRITERION_ROWS: readonly (readonly FormRow[])[] = [
  ['I.1', 'I.2'],
  ['I.1'],
  ['I.2'],
  ['II.1', 'II.2', 'II.3', 'II.4'],
  ['II.1'],
  ['II.2'],
  ['II.3'],
  ['II.4'],
  ['III'],
];
const FORM_SCALE = 90;
/**
 * Evidence lines a form holds and still keeps its three signatures on its one page (measured in
 * LibreOffice at FORM_SCALE); more deductions are summed by code on the form, each listed with its
 * cell on the workbook's "Căn cứ I.2" sheet.
 */
const EVIDENCE_LINES_ON_FORM = 2;

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/** "Trừ điểm 9 lần, tổng 210 điểm: V × 3 (−180), M × 3 (−30)": one line, whatever the count. */
function evidenceSummary(form: FormData): string {
  const t = documentTemplate().forms;
  const byCode = new Map<string, { count: number; points: number }>();
  for (const d of form.evidence) {
    const c = byCode.get(d.code) ?? { count: 0, points: 0 };
    byCode.set(d.code, { count: c.count + d.count, points: c.points + d.points });
  }
  const codes = [...byCode].map(([code, c]) => fill(t.evidenceCode, { code, count: c.count, points: c.points })).join(', ');
  return fill(t.evidenceSummary, {
    count: form.evidence.reduce((n, d) => n + d.count, 0),
    points: form.evidence.reduce((n, d) => n + d.points, 0),
    codes,
    sheet: t.evidenceSheet,
  });
}

/** Every deduction behind the forms that sum theirs, one row each with its cell: the forms' grounds. */
async function writeEvidenceSheet(wb: DocumentWorkbook, forms: readonly FormData[], ctx: FormsContext, sink: RowSink): Promise<void> {
  const t = documentTemplate().forms;
  const long = forms.filter((f) => f.evidence.length > EVIDENCE_LINES_ON_FORM);
  if (long.length === 0) return;
  const widths = [5, 22, 9, 11, 6, 7, 8, 20, 6];
  const ws = wb.addWorksheet(t.evidenceSheet, sheetPrintOptions('2:2', false, undefined, ctx.code));
  ws.columns = widths.map((width) => ({ width }));
  mergedText(ws, 1, { from: 1, to: widths.length }, t.evidenceSheetTitle, { bold: true, size: SIZE }, widths);
  const header = ws.getRow(2);
  t.evidenceColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c;
    cell.font = font({ size: TABLE_SIZE, bold: true });
    cell.border = thinBorder();
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const ev = ctx.rules.evaluation!;
  let n = 0;
  for (const f of long) {
    const period = ev.period === 'quarter' ? `Q${f.period.period}` : `T${f.period.period}`;
    for (const d of f.evidence) {
      n++;
      const r = ws.getRow(2 + n);
      [n, f.name, period, isoToDdmmyyyy(d.date), d.code, d.count, d.points, fileName(d.source.file), d.source.cell].forEach((v, i) => {
        const cell = r.getCell(i + 1);
        cell.value = v;
        cell.font = font({ size: TABLE_SIZE });
        cell.border = thinBorder();
        cell.alignment = { horizontal: i === 1 || i === 7 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      });
      await sink.rowDone(r);
    }
  }
  await sink.sheetDone(ws);
}

/**
 * The form table's four kinds of cell (bold or not, the criterion's text left or a figure centred),
 * one style object each for every form: the streamed sheet keeps a style as given (a part set on a
 * cell later copies it first), and five thousand forms make a million cells.
 */
const TABLE_STYLES: Partial<ExcelJS.Style>[] = [];
function tableStyle(bold: boolean, left: boolean): Partial<ExcelJS.Style> {
  const kind = (bold ? 2 : 0) + (left ? 1 : 0);
  TABLE_STYLES[kind] ??= {
    font: font({ size: TABLE_SIZE, bold }),
    border: thinBorder(),
    alignment: { horizontal: left ? 'left' : 'center', vertical: 'middle', wrapText: true },
  };
  return TABLE_STYLES[kind];
}

/**
 * A row of a form's table, or of a year page's: bordered cells, each centred but a form's criterion
 * (its second column), the row's height fitted to its tallest text.
 */
function tableRow(
  ws: DocumentSheet,
  sink: RowSink,
  row: number,
  values: readonly (string | number | null)[],
  opts: { bold?: boolean; page?: 'form' | 'year' } = {},
): void {
  const bold = opts.bold ?? false;
  const year = opts.page === 'year';
  const widths = year ? YEAR_WIDTHS : WIDTHS;
  // Scores print with the decimal comma whatever the reader's locale: the form is paper.
  const printed = values.map((v) => (typeof v === 'number' ? viDecimal(v) : v));
  const styleOf = (_value: unknown, i: number) => tableStyle(bold, !year && i === 1);
  const line = { number: row, values: printed, styleOf, height: tableRowHeight(values, widths, bold) };
  // A streamed sheet takes the row as values at once: most of a form's cells are its table's, and
  // need no cell object. The writer's pause is taken after the form (writeForms).
  void (sink.valuesRow ? sink.valuesRow(ws, line) : writeValuesRow(ws, line, sink));
}

/** A table row's height: its tallest cell's, each text fitted once (the same criteria on every form). */
function tableRowHeight(values: readonly (string | number | null)[], widths: readonly number[], bold: boolean): number {
  const style = { size: TABLE_SIZE, bold };
  let height = rowHeightPt(1, TABLE_SIZE);
  values.forEach((v, i) => {
    if (v !== null && v !== '') height = Math.max(height, textRowHeight(String(v), columnWidthPt(widths[i]!) - 4, style));
  });
  return height;
}

function writeForm(ws: DocumentSheet, sink: RowSink, top: number, form: FormData, ctx: FormsContext): number {
  const t = documentTemplate().forms;
  const ev = ctx.rules.evaluation!;
  const layout = LAYOUT;
  const full = layout.full;
  const left = (row: number, text: string, style: { bold?: boolean; italic?: boolean } = {}) =>
    mergedText(ws, row, full, text, { ...style, size: SIZE, align: 'left' }, WIDTHS);
  let row = top;
  mergedText(ws, row++, { from: 4, to: 5 }, t.formNumber, { italic: true, size: SIZE - 1, align: 'right' }, WIDTHS);
  row = writeLetterhead(ws, layout, ctx.letterhead, row) + 1;
  mergedText(ws, row++, full, t.title, { bold: true, size: SIZE + 2 }, WIDTHS);
  const p = form.period;
  const periodLine =
    ev.period === 'quarter'
      ? fill(t.periodQuarter, { quarter: ROMAN[p.period - 1]!, year: ctx.year })
      : fill(t.periodMonth, { month: String(p.period).padStart(2, '0'), year: ctx.year });
  mergedText(ws, row++, full, periodLine, { italic: true, size: SIZE }, WIDTHS);
  if (p.partial) {
    const line =
      p.running && ctx.asOf ? fill(t.running, { date: isoToDdmmyyyy(ctx.asOf) }) : fill(t.partial, { months: p.months.join(', ') });
    mergedText(ws, row++, full, line, { italic: true, size: SIZE }, WIDTHS);
  }
  left(row++, fill(t.name, { name: form.name }));
  left(row++, fill(t.position, { position: form.position }));
  left(row++, fill(t.unit, { unit: ctx.letterhead.unit }));
  left(row++, t.sectionGeneral, { bold: true });
  tableRow(ws, sink, row++, t.columns, { bold: true });
  tableRow(ws, sink, row++, t.columnNumbers);
  // Each row's scores: the leader's (5) and the person's own (4) where the filled form gave them
  // (forms --filled), I.2 from the grid; headings and totals added here, so nobody adds by hand.
  const leader: Partial<Record<FormRow, number>> = { ...(form.detail?.leader ?? {}), 'I.2': p.discipline };
  const own: Partial<Record<FormRow, number>> = form.detail?.self ?? {};
  const sum = (values: Partial<Record<FormRow, number>>, rows: readonly FormRow[]) => sumOfRows(values, rows);
  t.criteria.forEach(([tt, criterion, max, role], i) => {
    const rows = CRITERION_ROWS[i] ?? [];
    tableRow(ws, sink, row++, [tt, criterion, max, sum(own, rows), sum(leader, rows)], { bold: role === 'heading' });
  });
  const otherMax = ev.generalMax - ev.disciplineMax;
  tableRow(ws, sink, row++, ['', t.otherGeneral, otherMax, sum(own, OTHER_GENERAL_ROWS), p.otherGeneral]);
  // I.2 and the leader's figure added exactly, at the rulebook's decimals (core/decimal.ts).
  const places = scorePlaces(ev);
  const general = p.otherGeneral === null ? null : fromUnits(toUnits(p.discipline, places) + toUnits(p.otherGeneral, places), places);
  tableRow(ws, sink, row++, ['', t.generalTotal, ev.generalMax, sum(own, [...OTHER_GENERAL_ROWS, 'I.2']), general], { bold: true });
  left(row++, t.sectionTask, { bold: true });
  tableRow(ws, sink, row++, ['1', t.task, ev.taskMax, own.task ?? null, p.task]);
  tableRow(ws, sink, row++, ['', t.total, ev.generalMax + ev.taskMax, sum(own, FORM_ROWS), p.total], { bold: true });
  const label = form.level ? (ctx.rules.classification.bands.find((b) => b.level === form.level)?.label ?? form.level) : undefined;
  const levelLine = p.partial ? t.levelProvisional : t.level;
  left(row++, label ? fill(levelLine, { level: `${label} (${form.level})` }) : t.levelPending, { bold: true });
  left(row++, t.evidenceTitle, { italic: true });
  const scores = form.monthScores.map((m) => m.score);
  const formula =
    ev.disciplineConversion === 'direct'
      ? fill(t.formulaDirect, {
          max: viDecimal(ev.disciplineMax),
          deducted: viDecimal(form.evidence.reduce((n, d) => n + d.points, 0)),
          value: viDecimal(p.discipline),
        })
      : fill(t.formulaProportional, {
          max: viDecimal(ev.disciplineMax),
          scores: sumText(scores),
          possible: ctx.rules.monthlyPoints * scores.length,
          value: viDecimal(p.discipline),
        });
  left(row++, formula);
  // The review's ratings as evidence for the leader's points, never in place of them.
  if (form.review && form.review.length > 0) left(row++, fill(t.reviewLine, { ratings: form.review.join('; ') }));
  if (form.evidence.length === 0) left(row++, t.evidenceNone);
  else if (form.evidence.length > EVIDENCE_LINES_ON_FORM) left(row++, evidenceSummary(form));
  for (const d of form.evidence.length > EVIDENCE_LINES_ON_FORM ? [] : form.evidence) {
    left(
      row++,
      fill(t.evidenceLine, {
        date: isoToDdmmyyyy(d.date),
        code: d.code,
        count: d.count > 1 ? ` × ${d.count}` : '',
        points: d.points,
        file: fileName(d.source.file),
        cell: d.source.cell,
      }),
    );
  }
  row++;
  return threeSigners(ws, row, WIDTHS, ctx, [
    { from: 1, to: 2 },
    { from: 3, to: 4 },
    { from: 5, to: 5 },
  ]);
}

/**
 * The place and date over the last two blocks, then the three signers of Mẫu số 01 — the person,
 * the assessor, and the unit's head as the unit titles it (a commune's CHỦ TỊCH, as on the
 * classification) — each with "(Ký, ghi rõ họ tên)". Returns the row after the room to sign.
 */
function threeSigners(
  ws: DocumentSheet,
  top: number,
  widths: readonly number[],
  ctx: FormsContext,
  blocks: readonly { from: number; to: number }[],
): number {
  const t = documentTemplate().forms;
  const dateSpan = { from: blocks[1]!.from, to: blocks[2]!.to };
  mergedText(ws, top, dateSpan, placeDateLine(ctx.rules.unit.place, ctx.year, ctx.date), { italic: true, size: SIZE }, widths);
  const row = top + 1;
  const signers = [...t.signers.slice(0, 2), ctx.rules.unit.approverTitle || t.signers[2]!];
  signers.forEach((title, i) => {
    mergedText(ws, row, blocks[i]!, title, { bold: true, size: SIZE }, widths);
    mergedText(ws, row + 1, blocks[i]!, documentTemplate().signNote, { italic: true, size: SIZE - 1 }, widths);
  });
  return row + 6;
}

/** Kỳ, I.2, other general, task results, period total, its band: 100 units, A4 portrait at 90 %, so the unit and the motto each stand on one line. */
const YEAR_WIDTHS = [12, 15, 15, 15, 13, 30];

/** One page per person for the year, for the personnel file: each period, the year score and band, the grounds. */
async function writeYearPages(wb: DocumentWorkbook, pages: readonly YearPage[], ctx: FormsContext, sink: RowSink): Promise<void> {
  const t = documentTemplate().forms;
  const ev = ctx.rules.evaluation!;
  const options = sheetPrintOptions(undefined, false);
  const ws = wb.addWorksheet(t.yearSheet, {
    pageSetup: { ...options.pageSetup, fitToPage: false, scale: FORM_SCALE },
    ...codeOnlyFooter(ctx.code),
  });
  ws.columns = YEAR_WIDTHS.map((width) => ({ width }));
  const layout = frameLayout(YEAR_WIDTHS, ctx.letterhead);
  const full = layout.full;
  const left = (row: number, text: string, style: { bold?: boolean; italic?: boolean } = {}) =>
    mergedText(ws, row, full, text, { ...style, size: SIZE, align: 'left' }, YEAR_WIDTHS);
  const label = (level: string | null) =>
    level ? (ctx.rules.classification.bands.find((b) => b.level === level)?.label ?? level) : t.pending;
  const cell = (r: number, values: readonly (string | number | null)[], bold = false) =>
    tableRow(ws, sink, r, values, { bold, page: 'year' });
  let row = 1;
  for (const page of pages) {
    row = writeYearPage(page, row);
    await sink.rowDone(ws.getRow(row - 1));
  }
  await sink.sheetDone(ws);

  function writeYearPage(page: YearPage, top: number): number {
    let row = top;
    row = writeLetterhead(ws, layout, ctx.letterhead, row) + 1;
    mergedText(ws, row++, full, fill(t.yearTitle, { year: ctx.year }), { bold: true, size: SIZE + 1 }, YEAR_WIDTHS);
    mergedText(ws, row++, full, t.yearSubtitle, { italic: true, size: SIZE }, YEAR_WIDTHS);
    if (page.partial && ctx.asOf)
      mergedText(
        ws,
        row++,
        full,
        fill(documentTemplate().asOf, { date: isoToDdmmyyyy(ctx.asOf) }),
        { italic: true, size: SIZE },
        YEAR_WIDTHS,
      );
    row++;
    left(row++, fill(t.name, { name: page.name }));
    left(row++, fill(t.position, { position: page.position }));
    left(row++, fill(t.unit, { unit: ctx.letterhead.unit }));
    row++;
    cell(row++, t.yearColumns, true);
    for (const p of page.periods) {
      const r = documentTemplate().report;
      const name =
        ev.period === 'quarter' ? fill(r.quarterLabel, { quarter: ROMAN[p.period - 1]! }) : fill(r.monthLabel, { month: p.period });
      const mark = (v: number | null) =>
        v === null ? t.pending : p.partial ? fill(documentTemplate().report.provisional, { value: viDecimal(v) }) : v;
      cell(row++, [name, p.discipline, p.otherGeneral ?? t.pending, p.task ?? t.pending, mark(p.total), label(p.level)]);
    }
    row++;
    left(
      row++,
      page.yearScore === null ? t.yearScorePending : fill(t.yearScore, { score: viDecimal(page.yearScore), count: page.periods.length }),
      {
        bold: true,
      },
    );
    if (page.level) left(row++, fill(t.yearLevel, { level: `${label(page.level)} (${page.level})` }), { bold: true });
    const deductions = page.periods.reduce((n, p) => n + p.deductions, 0);
    const points = page.periods.reduce((n, p) => n + p.points, 0);
    left(row++, fill(t.yearGrounds, { deductions, points }), { italic: true });
    if (page.notWorked.length > 0) left(row++, fill(t.yearNotWorked, { periods: page.notWorked.join(', ') }), { italic: true });
    if (page.notOnGrid.length > 0) left(row++, fill(t.yearNotOnGrid, { periods: page.notOnGrid.join(', ') }), { italic: true });
    row++;
    row = threeSigners(ws, row, YEAR_WIDTHS, ctx, [
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
    ]);
    ws.getRow(row - 1).addPageBreak();
    return row;
  }
}

/**
 * Streamed sheet by sheet, each person's page committed once written: a province's forms (tens of
 * thousands of pages) never sit in memory whole (1,000 people's year: 1.3 GiB in memory before).
 */
export function writeFormsFile(
  forms: readonly FormData[],
  ctx: FormsContext,
  path: string,
  yearPages: readonly YearPage[] = [],
): Promise<void> {
  return writeStreamedWorkbook(path, (wb, sink) => writeForms(wb, sink, forms, ctx, yearPages));
}

async function writeForms(
  wb: DocumentWorkbook,
  sink: RowSink,
  forms: readonly FormData[],
  ctx: FormsContext,
  yearPages: readonly YearPage[],
): Promise<void> {
  const options = sheetPrintOptions(undefined, false);
  // No page numbers: each page is one person's form, and a count over the whole sheet would mislead.
  // Printed at 90 %: the form with a few deductions then fits one A4 page in Excel and LibreOffice
  // (measured with Calibri's metrics for the column unit, as Excel has them).
  const t = documentTemplate().forms;
  const formsSheet = (n: number) => {
    const ws = wb.addWorksheet(n === 1 ? t.sheet : fill(t.sheetContinued, { n }), {
      pageSetup: { ...options.pageSetup, fitToPage: false, scale: FORM_SCALE },
      ...codeOnlyFooter(ctx.code),
    });
    ws.columns = WIDTHS.map((width) => ({ width }));
    return ws;
  };
  let sheets = 1;
  let ws = formsSheet(sheets);
  let row = 1;
  for (const form of forms) {
    // A unit's year of forms runs past what one sheet holds: the next form starts a sheet of its own.
    if (row > FORM_SHEET_ROWS) {
      await sink.sheetDone(ws);
      ws = formsSheet(++sheets);
      row = 1;
    }
    const next = writeForm(ws, sink, row, form, ctx);
    // One person and period to a page; the page's rows go out once it is whole.
    ws.getRow(next - 1).addPageBreak();
    await sink.rowDone(ws.getRow(next - 1));
    row = next;
  }
  await sink.sheetDone(ws);
  await writeEvidenceSheet(wb, forms, ctx, sink);
  if (yearPages.length > 0) await writeYearPages(wb, yearPages, ctx, sink);
}
