import type ExcelJS from 'exceljs';
import type { Letterhead } from '../../core/letterhead.js';
import type { Rater, ReviewItem, ReviewRules } from '../../core/review.js';
import type { StaffMember } from '../../core/staff.js';
import { RATER_LABELS, REVIEW_COLUMNS, REVIEW_HEADER_ROW, REVIEW_META_SHEET, type ReviewMeta } from '../formats/review-sheet.js';
import {
  font,
  frameLayout,
  mergedText,
  sheetPrintOptions,
  solidFill,
  thinBorder,
  writeLetterhead,
  writeSignatures,
  writeTitle,
} from '../layout/document-frame.js';
import { addTableSheet, fittedWidth, type TableColumn } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { saveWorkbook } from './save.js';
import { IN_MEMORY, newWorkbook } from './workbook-file.js';

/**
 * `scoring init-review`: the review sheet — people × criteria, each rating cell a drop-down of the
 * levels, a column per rater where both rate, each criterion's descriptors in its header's note and
 * on a second sheet — with letterhead, title and signatures, on A4 landscape.
 */

export interface ReviewForm {
  readonly rules: ReviewRules;
  readonly items: readonly ReviewItem[];
  readonly staff: readonly StaffMember[];
  /** `H2-2026`, and its words for the title (`6 THÁNG CUỐI NĂM 2026`). */
  readonly period: string;
  readonly periodWords: string;
  readonly letterhead: Letterhead;
  readonly place: string;
  readonly year: number;
  readonly signers: { readonly left: string; readonly right: string };
}

function ratersOf(rules: ReviewRules): Rater[] {
  return rules.raters === 'both' ? ['self', 'leader'] : [rules.raters];
}

/** The text size of the people's rows. */
const ROW_SIZE = 10;

/** A rating column: "Trung bình" wraps to two lines, which the rows leave room for. */
const ITEM_WIDTH = 6.5;

export async function writeReviewForm(form: ReviewForm, path: string): Promise<void> {
  const t = documentTemplate().review;
  const raters = ratersOf(form.rules);
  const wb = await newWorkbook();
  // The Mã column as wide as its longest Mã needs to print whole (10 pt, the rows' size).
  const idWidth = fittedWidth(
    form.staff.flatMap((p) => (p.id ? [p.id] : [])),
    ROW_SIZE,
    7,
  ).width;
  const widths = [4, idWidth, 20, 15, ...form.items.flatMap(() => raters.map(() => ITEM_WIDTH))];
  const ws = wb.addWorksheet(t.sheet, {
    views: [{ state: 'frozen', xSplit: REVIEW_COLUMNS.name, ySplit: REVIEW_HEADER_ROW + 1 }],
    ...sheetPrintOptions(`${REVIEW_HEADER_ROW}:${REVIEW_HEADER_ROW + 1}`, true),
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const layout = frameLayout(widths, form.letterhead);
  let row = writeLetterhead(ws, layout, form.letterhead);
  row = writeTitle(ws, row, layout, fill(t.title, { name: form.rules.name.toLocaleUpperCase('vi'), period: form.periodWords }));
  mergedText(ws, row, layout.full, fill(t.subtitle, { levels: form.rules.levels.join(' / ') }), { italic: true }, widths);
  const head = ws.getRow(REVIEW_HEADER_ROW);
  const sub = ws.getRow(REVIEW_HEADER_ROW + 1);
  const headerCell = (cell: ExcelJS.Cell, text: string) => {
    cell.value = text;
    cell.font = font({ bold: true, size: 10 });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thinBorder();
    cell.fill = solidFill(documentTemplate().colors.headerFill);
  };
  t.columns.forEach((label, i) => {
    ws.mergeCells(REVIEW_HEADER_ROW, i + 1, REVIEW_HEADER_ROW + 1, i + 1);
    headerCell(head.getCell(i + 1), label);
  });
  const levels = form.rules.levels;
  let col = REVIEW_COLUMNS.firstItem;
  for (const item of form.items) {
    if (raters.length > 1) ws.mergeCells(REVIEW_HEADER_ROW, col, REVIEW_HEADER_ROW, col + raters.length - 1);
    const cell = head.getCell(col);
    headerCell(cell, item.id);
    // The criterion and its descriptors where the rater looks: the header's note.
    cell.note = [
      item.whole ? fill(t.wholeGroup, { title: item.name }) : item.name,
      ...levels.map((l) => `${l}: ${item.levels[l] ?? ''}`),
    ].join('\n');
    for (const [k, r] of raters.entries()) headerCell(sub.getCell(col + k), RATER_LABELS[r]);
    col += raters.length;
  }
  head.height = 20;
  const list = `"${levels.join(',')}"`;
  for (const [i, p] of form.staff.entries()) {
    const r = ws.getRow(REVIEW_HEADER_ROW + 2 + i);
    const values = [i + 1, p.id ?? '', p.name, p.position ?? ''];
    values.forEach((v, c) => {
      const cell = r.getCell(c + 1);
      cell.value = v;
      cell.font = font({ size: ROW_SIZE });
      cell.border = thinBorder();
      cell.alignment = { vertical: 'middle', horizontal: c === 0 ? 'center' : 'left', wrapText: true };
    });
    for (let c = REVIEW_COLUMNS.firstItem; c < col; c++) {
      const cell = r.getCell(c);
      cell.border = thinBorder();
      cell.font = font({ size: ROW_SIZE });
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: t.validationTitle,
        error: fill(t.validationError, { levels: levels.join(', ') }),
      };
    }
    // Two lines: a long position, or "Trung bình" in a narrow rating column.
    r.height = 28;
  }
  const after = REVIEW_HEADER_ROW + 2 + form.staff.length + 1;
  mergedText(
    ws,
    after,
    layout.full,
    fill(t.legend, { self: RATER_LABELS.self, leader: RATER_LABELS.leader }),
    { align: 'left', size: 10 },
    widths,
  );
  writeSignatures(ws, after + 2, layout, {
    placeDate: fill(documentTemplate().placeDateBlank, { place: form.place, year: form.year }),
    leftTitle: form.signers.left,
    rightTitle: form.signers.right,
  });

  // The criteria and their descriptors, to read while rating.
  const c = t.criteriaColumns;
  const columns: TableColumn[] = [
    { header: c[0]!, width: 9, align: 'center' },
    { header: c[1]!, width: 30 },
    ...levels.map((l) => ({ header: l, width: 22 })),
  ];
  await addTableSheet(
    wb,
    t.criteriaSheet,
    {
      letterhead: form.letterhead,
      titles: [fill(t.criteriaTitle, { name: form.rules.name.toLocaleUpperCase('vi') })],
      columns,
      rows: form.items.map((item) => [
        item.id,
        item.whole ? fill(t.wholeGroup, { title: item.name }) : `${item.name}${item.description ? `\n${item.description}` : ''}`,
        ...levels.map((l) => item.levels[l] ?? ''),
      ]),
    },
    IN_MEMORY,
  );
  const meta = wb.addWorksheet(REVIEW_META_SHEET, { state: 'hidden' });
  meta.getCell('A1').value = JSON.stringify({
    period: form.period,
    staff: form.staff.map((p) => ({ id: p.id ?? '', name: p.name })),
  } satisfies ReviewMeta);
  await saveWorkbook(wb, path);
}
