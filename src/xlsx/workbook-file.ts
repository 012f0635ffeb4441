import ExcelJS from 'exceljs';
import { writeAtomically } from '../io/atomic-write.js';
import { collectGarbage } from '../io/memory.js';

/**
 * How rows leave a writer. The streaming writer flushes each row once it is complete and shares
 * one style object per kind of cell (exceljs recognises an object it has seen, so 100,000 rows
 * cost a lookup per cell). An in-memory workbook that callers edit afterwards gives each cell its
 * own style, because exceljs mutates `cell.style` in place and one edit would restyle every cell.
 */
export interface RowSink {
  readonly shareStyles: boolean;
  rowDone(row: ExcelJS.Row): Promise<void> | void;
  sheetDone(ws: ExcelJS.Worksheet): Promise<void> | void;
}

export const IN_MEMORY: RowSink = { shareStyles: false, rowDone: () => {}, sheetDone: () => {} };

/** Rows written between two pauses of the streaming writer, and between two garbage collections. */
const ROWS_PER_PAUSE = 200;
const ROWS_PER_COLLECTION = 50_000;

/**
 * Committing a row only queues its XML; the zip is compressed and written when the event loop
 * runs. Pausing every few hundred rows lets it drain instead of the XML piling up ahead of it
 * (40 MB less peak for the 10,000-staff report).
 */
function streamingSink(): RowSink {
  let rows = 0;
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    shareStyles: true,
    rowDone(row) {
      row.commit();
      if (++rows % ROWS_PER_COLLECTION === 0) collectGarbage();
      if (rows % ROWS_PER_PAUSE === 0) return pause();
    },
    sheetDone(ws) {
      ws.commit();
      return pause();
    },
  };
}

export function styleFor<T extends object>(sink: RowSink, style: T): T {
  return sink.shareStyles ? style : structuredClone(style);
}

/**
 * Streams a workbook to `path` through a temporary file renamed into place: memory stays flat
 * whatever the number of rows, and an interrupted run never leaves half a workbook.
 * `write` must finish (commit) each worksheet before starting the next.
 */
export async function streamWorkbook(path: string, write: (wb: ExcelJS.Workbook, sink: RowSink) => Promise<void>): Promise<void> {
  await writeAtomically(path, async (temp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: true,
      zip: { zlib: { level: 1 } },
    });
    await write(wb, streamingSink());
    await wb.commit();
  });
}

/**
 * A streaming worksheet may skip the shared-strings part (an option exceljs reads but does not
 * type): for sheets of long unique text, which exceljs would otherwise gather into one string of
 * tens of MB at the end. Without it exceljs writes plain strings as `t="str"` (meant for formula
 * results), so text goes in through inlineValue, a one-run rich text written as a standard inline string.
 */
export const INLINE_STRINGS = { useSharedStrings: false } as Partial<ExcelJS.AddWorksheetOptions>;

export function inlineValue(value: string | number | null): ExcelJS.CellValue {
  return typeof value === 'string' ? { richText: [{ text: value }] } : value;
}
