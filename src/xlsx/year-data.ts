import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { UserError } from '../core/problems.js';
import type { PersonYear } from '../core/year.js';
import { cellText } from './cell-text.js';
import type { WorkbookView } from './sheet-view.js';
import { inlineOption, inlineValue, type RowSink } from './workbook-file.js';

/**
 * The report keeps the exact year figures in a hidden sheet, so `classify` can start from a tally
 * report without re-reading twelve grids. It is validated on the way back in like any input.
 */

export const YEAR_DATA_SHEET = '_scoring_year';

const figure = z.object({ deducted: z.number(), score: z.number() });
const personYear = z.object({
  id: z.string(),
  hasOwnId: z.boolean(),
  name: z.string(),
  position: z.string().optional(),
  months: z.record(z.string(), figure),
  counts: z.record(z.string(), z.number()),
  pointsByCode: z.record(z.string(), z.number()),
  deducted: z.number(),
  total: z.number(),
  monthsPresent: z.number(),
  monthsWorked: z.array(z.number()),
  maternityMonths: z.array(z.number()),
  unexcusedAbsence: z.boolean(),
});
const yearData = z.object({ year: z.number(), unit: z.string().optional(), months: z.array(z.number()), missingMonths: z.array(z.number()) });

export type YearData = z.infer<typeof yearData>;

export async function writeYearData(wb: ExcelJS.Workbook, header: YearData, staff: readonly PersonYear[], sink: RowSink): Promise<void> {
  const ws = wb.addWorksheet(YEAR_DATA_SHEET, { state: 'hidden', ...inlineOption(true) });
  await sink.rowDone(ws.addRow(['year', inlineValue(JSON.stringify(header))]));
  for (const p of staff) await sink.rowDone(ws.addRow(['person', inlineValue(JSON.stringify(p))]));
  await sink.sheetDone(ws);
}

/** The year figures of a tally report; a report whose hidden sheet was edited into nonsense is `file.corrupt`. */
export function readYearData(wb: WorkbookView, file: string): { header: YearData; staff: PersonYear[] } | undefined {
  const ws = wb.sheets.find((sheet) => sheet.name === YEAR_DATA_SHEET);
  if (!ws) return undefined;
  let header: YearData | undefined;
  const staff: PersonYear[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells = ws.cells(r);
    const kind = cells.get(1)?.value;
    const text = cellText(cells.get(2)?.value ?? null).text;
    if (text === undefined) continue;
    try {
      if (kind === 'year') header = yearData.parse(JSON.parse(text));
      if (kind === 'person') staff.push(personYear.parse(JSON.parse(text)) as unknown as PersonYear);
    } catch {
      throw new UserError('file.corrupt', { file, detail: `${YEAR_DATA_SHEET}!B${r}` });
    }
  }
  return header ? { header, staff } : undefined;
}
