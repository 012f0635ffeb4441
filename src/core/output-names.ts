import { type ReportPeriod, romanQuarter } from './report-period.js';

/**
 * Every default output name in one place: what a command writes when no `-o` is given, so the
 * terminal, the page and the demo name a document alike and two documents never take one name.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** The month's grid: thang-06-2026.xlsx. */
export function gridFileName(year: number, month: number): string {
  return `thang-${two(month)}-${year}.xlsx`;
}

/** The report by its period, so the March report never takes the year report's name. */
export function reportFileName(p: ReportPeriod): string {
  const dmy = (isoDate: string) => isoDate.split('-').reverse().join('-');
  switch (p.kind) {
    case 'year':
      return `tong-hop-${p.year}.xlsx`;
    case 'month':
      return `bao-cao-thang-${two(p.month)}-${p.year}.xlsx`;
    case 'quarter':
      return `bao-cao-quy-${romanQuarter(p.quarter)}-${p.year}.xlsx`;
    case 'range':
      return `bao-cao-${dmy(p.from)}-den-${dmy(p.to)}.xlsx`;
  }
}

export function classificationFileName(year: number): string {
  return `xep-loai-${year}.xlsx`;
}

/** Mẫu số 01 of a period named as `forms --period` names it (2026-Q4, 2026-11, 2026). */
export function formsFileName(period: string): string {
  return `phieu-danh-gia-${period}.xlsx`;
}

const stem = (file: string) => (file.split(/[\\/]/u).pop() ?? file).replace(/\.[^.]*$/u, '');
const folderOf = (file: string) => file.slice(0, file.length - (file.split(/[\\/]/u).pop() ?? '').length);

/** A file called `name` in the folder of `file` (`.`: the folder itself). */
export function besideFile(file: string, name: string): string {
  const folder = folderOf(file);
  return name === '.' ? folder || '.' : `${folder}${name}`;
}

/** The month's closing record and notices (scoring close): chot-thang-11-2026.xlsx. */
export function closingFileName(year: number, month: number): string {
  return `chot-thang-${two(month)}-${year}.xlsx`;
}

/** A grid's checked copy beside it: thang-06-2026-kiem-tra.xlsx. */
export function checkedCopyName(grid: string): string {
  return `${folderOf(grid)}${stem(grid)}-kiem-tra.xlsx`;
}

/** The name given to check --annotate of several grids by the page and the demo: kiem-tra-thang-06-2026.xlsx. */
export const CHECKED_COPIES = 'kiem-tra.xlsx';

/**
 * The checked copies of a check of several grids, one per grid with problems: the name given
 * to --annotate with the grid's name added (kiem-tra.xlsx → kiem-tra-thang-06-2026.xlsx).
 */
export function checkedCopyOf(annotate: string, grid: string): string {
  return `${folderOf(annotate)}${stem(annotate)}-${stem(grid)}.xlsx`;
}

/** The blank "5 xây, 3 chống" sheet of a period: danh-gia-5x3c-H2-2026.xlsx. */
export function reviewFormFileName(period: string): string {
  return `danh-gia-5x3c-${period}.xlsx`;
}

/** The review report of one period (bao-cao-5x3c-H2-2026.xlsx) or of a year's periods (bao-cao-5x3c-2026.xlsx). */
export function reviewReportFileName(name: string): string {
  return `bao-cao-5x3c-${name}.xlsx`;
}
