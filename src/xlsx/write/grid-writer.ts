import type ExcelJS from 'exceljs';
import { DAY_COLUMNS, type DayInfo, hasOfficialCalendar, monthDays } from '../../core/calendar.js';
import {
  EVALUATION_LABELS,
  EVALUATION_PARTS,
  type EvaluationPart,
  isEvaluationMonth,
  otherGeneralMax,
  partMax,
} from '../../core/evaluation.js';
import { rulebookFingerprint } from '../../core/fingerprint.js';
import { GRID_FORMAT_VERSION } from '../../core/grid.js';
import { letterheadFor } from '../../core/letterhead.js';
import type { EvaluationRules, Rulebook } from '../../core/rulebook.js';
import { personIdOf, type StaffMember } from '../../core/staff.js';
import type { YearMonth } from '../../core/types.js';
import { runtime } from '../../io/runtime.js';
import { writeMetadata } from '../formats/grid-metadata.js';
import {
  type FrameLayout,
  font,
  frameLayout,
  type Letterhead,
  mergedText,
  placeDateLine,
  sheetPrintOptions,
  signaturesHeightPt,
  solidFill,
  thinBorder,
  writeLetterhead,
  writeSignatures,
  writeTitle,
} from '../layout/document-frame.js';
import { columnWidthPt, DEFAULT_ROW_PT, fittedRowHeight, type PagePlan, planTablePages, rowHeightPt } from '../layout/print-layout.js';
import { documentTemplate, fill } from '../layout/template.js';
import { IN_MEMORY, newWorkbook, type RowSink, styleFor } from './workbook-file.js';

/** The blank monthly grid of SPEC §3, built from templates/documents.json. */

export interface GridSpec {
  readonly ym: YearMonth;
  readonly unit: string;
  /** Defaults to the rulebook's parent line over `unit`. */
  readonly letterhead?: Letterhead;
  readonly rules: Rulebook;
  readonly staff: readonly StaffMember[];
  /** Text to put in a day cell (staff index from 0, day from 1): for tools that make filled grids (fixtures, benchmark). */
  readonly dayText?: (staffIndex: number, day: number) => string | undefined;
  /** Points in the leader's columns, for tools that make filled grids (fixtures). */
  readonly evaluationPoints?: (staffIndex: number, part: EvaluationPart) => number | string | undefined;
}

/** Column numbers of the grid as written (the reader finds them by label, so clerks may move them). */
export const GRID_COLUMNS = { tt: 1, id: 2, name: 3, position: 4, firstDay: 5 } as const;
export const LAST_GRID_COLUMN = GRID_COLUMNS.firstDay + DAY_COLUMNS - 1;
const BANNER_ROW = 6;
const WEEKDAY_ROW = 7;
export const GRID_HEADER_ROW = 8;

/** Column widths of the grid as written, column 1 first. */
function gridWidths(evaluation: boolean): number[] {
  const w = documentTemplate().grid.widths;
  return [
    w.tt,
    w.id,
    w.name,
    w.position,
    ...Array.from({ length: DAY_COLUMNS }, () => w.day),
    ...(evaluation ? [w.evaluation, w.evaluation] : []),
  ];
}

/**
 * The leader's columns after day 31 (Nghị định 335/2025), in the grid of a month that closes an
 * evaluation period: the exact label on the weekday row, the maximum under it on the header row.
 * The grid stays data: the cells are for numbers the leader types, never formulas.
 */
function evaluationLabelHeight(): number {
  const t = documentTemplate();
  const style = { size: t.font.smallSize - 1, bold: true };
  const widthPt = columnWidthPt(t.grid.widths.evaluation);
  return Math.max(...EVALUATION_PARTS.map((part) => fittedRowHeight([{ text: EVALUATION_LABELS[part], widthPt, style }], style.size)));
}

function writeEvaluationHeader(ws: ExcelJS.Worksheet, ev: EvaluationRules): void {
  const t = documentTemplate();
  const labelStyle = { size: t.font.smallSize - 1, bold: true };
  EVALUATION_PARTS.forEach((part, i) => {
    const col = LAST_GRID_COLUMN + 1 + i;
    const label = ws.getCell(WEEKDAY_ROW, col);
    label.value = EVALUATION_LABELS[part];
    label.font = font(labelStyle);
    label.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    label.border = thinBorder();
    label.fill = solidFill(t.colors.headerFill);
    const max = ws.getCell(GRID_HEADER_ROW, col);
    max.value = fill(t.grid.evaluationMax, { max: partMax(part, ev) });
    max.font = font({ bold: true, size: t.font.smallSize });
    max.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    max.border = thinBorder();
    max.fill = solidFill(t.colors.headerFill);
  });
  ws.getRow(WEEKDAY_ROW).height = evaluationLabelHeight();
  mergedText(ws, BANNER_ROW, { from: LAST_GRID_COLUMN + 1, to: LAST_GRID_COLUMN + EVALUATION_PARTS.length }, t.grid.evaluationBanner, {
    bold: true,
    size: t.font.smallSize,
  });
}

function dayFill(day: DayInfo): ExcelJS.Fill | undefined {
  const c = documentTemplate().colors;
  if (day.kind === 'missing') return solidFill(c.missingFill);
  if (day.kind === 'weekend') return solidFill(c.weekendFill);
  if (day.kind === 'holiday') return solidFill(c.holidayFill);
  return undefined;
}

function writeHeader(ws: ExcelJS.Worksheet, days: readonly DayInfo[], ym: YearMonth): void {
  const t = documentTemplate();
  const g = t.grid;
  mergedText(ws, BANNER_ROW, { from: GRID_COLUMNS.firstDay, to: LAST_GRID_COLUMN }, g.daysBanner, { bold: true });
  const header = ws.getRow(GRID_HEADER_ROW);
  const labels: [number, string][] = [
    [GRID_COLUMNS.tt, g.headers.tt],
    [GRID_COLUMNS.id, g.headers.id],
    [GRID_COLUMNS.name, g.headers.name],
    [GRID_COLUMNS.position, g.headers.position],
  ];
  for (const [col, label] of labels) header.getCell(col).value = label;
  for (const day of days) {
    const col = GRID_COLUMNS.firstDay + day.day - 1;
    header.getCell(col).value = day.day;
    const weekday = ws.getCell(WEEKDAY_ROW, col);
    weekday.value = day.weekday === undefined ? g.missingDayMark : g.weekdays[day.weekday]!;
    weekday.font = font({ size: t.font.smallSize - 2 });
    weekday.alignment = { horizontal: 'center' };
    const fillStyle = dayFill(day);
    if (fillStyle) weekday.fill = fillStyle;
    if (day.kind === 'missing') header.getCell(col).note = fill(g.missingDayNote, { day: day.day, month: ym.month, year: ym.year });
    else if (day.note) header.getCell(col).note = fill(day.kind === 'holiday' ? g.holidayNote : g.swappedNote, { name: day.note });
  }
  header.eachCell({ includeEmpty: true }, (cell, col) => {
    if (col > LAST_GRID_COLUMN) return;
    cell.font = font({ bold: true, size: t.font.smallSize });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thinBorder();
    const day = days[col - GRID_COLUMNS.firstDay];
    cell.fill = (day && dayFill(day)) ?? solidFill(t.colors.headerFill);
    if (day?.kind === 'missing') cell.font = { ...font({ bold: true, size: t.font.smallSize }), color: { argb: t.colors.missingFont } };
  });
  header.height = 22;
}

type CellStyle = Partial<ExcelJS.Style>;

/**
 * One style object per kind of staff-row cell, shared by every row: exceljs recognises a style
 * object it has seen before, so 10,000 rows cost a lookup per cell instead of a style comparison.
 */
function staffRowStyles(days: readonly DayInfo[]): CellStyle[] {
  const base = { font: font({ size: documentTemplate().font.smallSize }), border: thinBorder(), numFmt: '@' };
  const byFill = new Map<string, CellStyle>();
  const styles: CellStyle[] = [];
  for (let col = 1; col <= LAST_GRID_COLUMN; col++) {
    const left = col === GRID_COLUMNS.name || col === GRID_COLUMNS.position;
    const day = days[col - GRID_COLUMNS.firstDay];
    const dayStyle = day && dayFill(day);
    const key = `${left}|${day?.kind ?? ''}`;
    // Names and positions wrap (their rows are sized for them); a day cell shrinks what the clerk
    // types to fit its narrow column ("VS, VC"), so nothing prints cut or over its neighbour.
    const alignment: Partial<ExcelJS.Alignment> = left
      ? { horizontal: 'left', vertical: 'middle', wrapText: true }
      : { horizontal: 'center', vertical: 'middle', shrinkToFit: true };
    if (!byFill.has(key)) byFill.set(key, { ...base, alignment, ...(dayStyle ? { fill: dayStyle } : {}) });
    styles[col] = byFill.get(key)!;
  }
  return styles;
}

/** A staff row tall enough for a long name or position, which wrap in their columns. */
function staffRowHeight(person: StaffMember): number {
  const w = documentTemplate().grid.widths;
  const style = { size: documentTemplate().font.smallSize };
  return fittedRowHeight(
    [
      { text: person.name, widthPt: columnWidthPt(w.name), style },
      { text: person.position ?? '', widthPt: columnWidthPt(w.position), style },
    ],
    style.size,
  );
}

async function writeStaffRows(
  ws: ExcelJS.Worksheet,
  days: readonly DayInfo[],
  spec: GridSpec,
  sink: RowSink,
  evaluationColumns: number,
  breaks: ReadonlySet<number>,
): Promise<number> {
  const styles = staffRowStyles(days);
  // Points are numbers: general format, centred, so Excel keeps 15 or 15,5 as typed.
  const pointsStyle: CellStyle = {
    font: font({ size: documentTemplate().font.smallSize }),
    border: thinBorder(),
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  for (const [i, person] of spec.staff.entries()) {
    const row = ws.getRow(GRID_HEADER_ROW + 1 + i);
    for (let col = 1; col <= LAST_GRID_COLUMN; col++) row.getCell(col).style = styleFor(sink, styles[col]!);
    for (let k = 0; k < evaluationColumns; k++) {
      const cell = row.getCell(LAST_GRID_COLUMN + 1 + k);
      cell.style = styleFor(sink, pointsStyle);
      const points = spec.evaluationPoints?.(i, EVALUATION_PARTS[k]!);
      if (points !== undefined) cell.value = points;
    }
    row.getCell(GRID_COLUMNS.tt).value = i + 1;
    // Ids and names go in as plain strings: a name starting with "=" must never become a formula.
    // A person without a Mã keeps an empty one on paper; the derived id lives in the hidden metadata.
    row.getCell(GRID_COLUMNS.id).value = person.id?.normalize('NFC').trim() ?? '';
    row.getCell(GRID_COLUMNS.name).value = person.name;
    row.getCell(GRID_COLUMNS.position).value = person.position ?? '';
    row.height = staffRowHeight(person);
    if (breaks.has(i + 1)) row.addPageBreak();
    if (spec.dayText) {
      for (let day = 1; day <= DAY_COLUMNS; day++) {
        const text = spec.dayText(i, day);
        if (text) row.getCell(GRID_COLUMNS.firstDay + day - 1).value = text;
      }
    }
    await sink.rowDone(row);
  }
  return GRID_HEADER_ROW + spec.staff.length + 1;
}

/**
 * The grid's pages, planned before the streaming sheet exists (its page setup is written first):
 * the legend, the signatures and the checked copy's colour line kept with the last rows.
 */
function planGridPages(spec: GridSpec, widths: readonly number[], withEvaluation: boolean): PagePlan {
  const t = documentTemplate();
  const line = (size: number) => rowHeightPt(1, size);
  const rules = spec.rules;
  const legendLines =
    2 +
    rules.deductionCodes.length +
    rules.neutralCodes.length +
    (rules.evaluation ? 1 : 0) +
    (hasOfficialCalendar(spec.ym.year, rules) ? 0 : 1);
  const signaturesPt = signaturesHeightPt(0);
  // The checked copy adds a blank row and its colour line under the signatures.
  const checkedLinePt = DEFAULT_ROW_PT + line(t.font.size);
  return planTablePages({
    landscape: true,
    widthsPt: widths.map(columnWidthPt),
    topPt: 3 * line(t.font.size) + 2 * line(t.font.size + 1),
    headerPt: DEFAULT_ROW_PT + (withEvaluation ? evaluationLabelHeight() : DEFAULT_ROW_PT) + 22,
    rowsPt: spec.staff.map(staffRowHeight),
    closingPt: 2 * DEFAULT_ROW_PT + legendLines * line(LEGEND_SIZE) + signaturesPt + checkedLinePt,
  });
}

/** The legend a point smaller than the body: a commune's grid, legend and signatures stay on one page. */
const LEGEND_SIZE = 11;

function writeLegend(ws: ExcelJS.Worksheet, startRow: number, rules: Rulebook, layout: FrameLayout, year: number): number {
  const g = documentTemplate().grid;
  const span = layout.full;
  const w = layout.widths;
  let row = startRow + 1;
  mergedText(ws, row++, span, g.legendTitle, { bold: true, align: 'left', size: LEGEND_SIZE }, w);
  for (const c of rules.deductionCodes) {
    const countNote = c.countAllowed ? fill(g.legendCountNote, { code: c.code }) : '';
    mergedText(
      ws,
      row++,
      span,
      fill(g.legendDeduction, { code: c.code, label: c.label, points: c.points, countNote }),
      { align: 'left', size: LEGEND_SIZE },
      w,
    );
  }
  for (const c of rules.neutralCodes) {
    mergedText(ws, row++, span, fill(g.legendNeutral, { code: c.code, label: c.label }), { align: 'left', size: LEGEND_SIZE }, w);
  }
  mergedText(ws, row++, span, fill(g.legendFooter, { points: rules.monthlyPoints }), { italic: true, align: 'left', size: LEGEND_SIZE }, w);
  const ev = rules.evaluation;
  if (ev) {
    const period = ev.period === 'month' ? g.periodMonth : g.periodQuarter;
    const text = fill(g.legendEvaluation, {
      decree: ev.decree,
      discipline: ev.disciplineMax,
      other: otherGeneralMax(ev),
      task: ev.taskMax,
      period,
    });
    mergedText(ws, row++, span, text, { italic: true, align: 'left', size: LEGEND_SIZE }, w);
  }
  // Without the year's official schedule the shaded holidays are the law's, provisionally.
  if (!hasOfficialCalendar(year, rules))
    mergedText(ws, row++, span, fill(g.legendProvisional, { year }), { italic: true, bold: true, align: 'left', size: LEGEND_SIZE }, w);
  return row + 1;
}

async function writeGrid(wb: ExcelJS.Workbook, spec: GridSpec, sink: RowSink): Promise<void> {
  const { ym, rules, staff } = spec;
  const t = documentTemplate();
  const g = t.grid;
  const mm = String(ym.month).padStart(2, '0');
  wb.creator = 'scoring';
  // A fixed date keeps the same inputs producing the same workbook.
  wb.created = wb.modified = new Date(Date.UTC(ym.year, ym.month - 1, 1));
  const ev = rules.evaluation;
  const withEvaluation = ev !== undefined && isEvaluationMonth(ym.month, ev);
  const widths = gridWidths(withEvaluation);
  const plan = planGridPages(spec, widths, withEvaluation);
  const ws = wb.addWorksheet(`Tháng ${mm}-${ym.year}`, {
    views: [{ state: 'frozen', xSplit: GRID_COLUMNS.firstDay - 1, ySplit: GRID_HEADER_ROW }],
    ...sheetPrintOptions(plan.repeatHeader ? `${BANNER_ROW}:${GRID_HEADER_ROW}` : undefined, true, plan.scale),
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const head = spec.letterhead ?? letterheadFor(rules.unit, `${ym.year}-${mm}-01`).head;
  const layout = frameLayout(widths, head);

  writeLetterhead(ws, layout, head);
  writeTitle(ws, 4, layout, fill(g.title, { year: ym.year }));
  writeTitle(ws, 5, layout, fill(g.subtitle, { month: mm, year: ym.year }));
  const days = monthDays(ym.year, ym.month, rules);
  writeHeader(ws, days, ym);
  if (withEvaluation) writeEvaluationHeader(ws, ev);
  const afterRows = await writeStaffRows(ws, days, spec, sink, withEvaluation ? EVALUATION_PARTS.length : 0, new Set(plan.breaks));
  const afterLegend = writeLegend(ws, afterRows, rules, layout, ym.year);
  writeSignatures(ws, afterLegend, layout, {
    placeDate: placeDateLine(rules.unit.place, ym.year),
    leftTitle: rules.unit.preparerTitle,
    rightTitle: rules.unit.headTitle,
  });

  writeMetadata(
    wb,
    {
      formatVersion: GRID_FORMAT_VERSION,
      unit: spec.unit,
      year: ym.year,
      month: ym.month,
      rulesFingerprint: rulebookFingerprint(rules),
      rulebook: JSON.stringify(rules),
    },
    staff.map((p) => personIdOf(p.id, p.name)),
    staff.map((p) => p.group?.trim() ?? ''),
  );
}

/** The grid as an in-memory workbook, for callers that edit it before saving (tests, fixtures). */
export async function buildGridWorkbook(spec: GridSpec, sink: RowSink = IN_MEMORY): Promise<ExcelJS.Workbook> {
  const wb = await newWorkbook();
  await writeGrid(wb, spec, sink);
  return wb;
}

/**
 * Streams the grid to `path` (atomically): rows leave memory as they are written, so a roster of
 * 10,000 staff costs about what exceljs's bare streaming writer costs.
 */
export function writeGridFile(spec: GridSpec, path: string): Promise<void> {
  return runtime().streamWorkbook(path, (wb, sink) => writeGrid(wb, spec, sink));
}
