import { isoToDdmmyyyy } from '../../core/dates.js';
import type { PeriodRow } from '../../core/period-export.js';
import { formatCsv } from '../../io/csv.js';
import { runtime } from '../../io/runtime.js';
import { documentTemplate } from '../layout/template.js';
import { saveWorkbook } from './save.js';
import { newWorkbook } from './workbook-file.js';

/** Writes `tally --export`: CSV (UTF-8 with BOM, so Excel opens it) or a one-sheet workbook, by the name's ending. */

function table(rows: readonly PeriodRow[]): (string | number | null)[][] {
  const t = documentTemplate().export;
  return [
    t.columns,
    ...rows.map((r) => [
      r.id,
      r.name,
      r.position,
      r.period,
      r.months.join(' '),
      r.discipline,
      r.disciplineMax,
      r.deductionCount,
      r.deductionPoints,
      r.otherGeneral,
      r.task,
      r.total,
      r.level,
      r.partial ? t.partial : '',
      r.asOf ? isoToDdmmyyyy(r.asOf) : '',
    ]),
  ];
}

export async function writePeriodExport(rows: readonly PeriodRow[], path: string): Promise<void> {
  if (/\.csv$/iu.test(path)) return runtime().writeOutput(path, formatCsv(table(rows)));
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(documentTemplate().export.sheet);
  for (const row of table(rows)) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  await saveWorkbook(wb, path);
}
