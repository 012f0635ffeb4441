import * as z from 'zod';
import { UserError } from '../../core/problems.js';
import type { PersonYear } from '../../core/year.js';
import { YEAR_DATA_SHEET, type YearData } from '../formats/year-data.js';
import { cellText } from './cell-text.js';
import type { WorkbookView } from './sheet-view.js';

/**
 * Reads back the hidden year-data sheet of a tally report (see year-data.ts), validated like any
 * input. Apart from the writer so that writing a report does not load zod.
 */

const figure = z.object({ deducted: z.number(), score: z.number() });
const entered = z.object({
  otherGeneral: z.number().nullable(),
  task: z.number().nullable(),
  file: z.string(),
  sheet: z.string(),
  cells: z.object({ otherGeneral: z.string(), task: z.string() }),
});
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
  evaluations: z.record(z.string(), entered).optional(),
});
const yearData: z.ZodType<YearData> = z.object({
  year: z.number(),
  unit: z.string().optional(),
  months: z.array(z.number()),
  missingMonths: z.array(z.number()),
  period: z.object({ from: z.string(), to: z.string() }).optional(),
  rulebook: z.string().optional(),
});

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
