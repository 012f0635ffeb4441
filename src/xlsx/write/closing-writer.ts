import { isoToDdmmyyyy } from '../../core/dates.js';
import type { MonthScores } from '../../core/engine.js';
import type { DeductionEvent, ParsedMonth } from '../../core/grid.js';
import type { Letterhead } from '../../core/letterhead.js';
import type { Rulebook } from '../../core/rulebook.js';
import { placeDateLine } from '../layout/document-frame.js';
import { addTableSheet, type CellData, fittedColumn, type TableColumn } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { writeStreamedWorkbook } from './streamed-workbook.js';

/**
 * `scoring close`: the month's closing record (biên bản: the people, their scores, the code, the
 * signers) and a notice for each person on a page of its own — name, score, each deduction with its
 * day, code, points and cell, and until when the person may object — to sign and hand out.
 */

export interface ClosedMonthDocument {
  readonly month: ParsedMonth;
  readonly scores: MonthScores;
  readonly code: string;
  /** The closing date and the last day to object, ISO. */
  readonly date: string;
  readonly deadline: string;
  readonly objectionDays: number;
  readonly letterhead: Letterhead;
  readonly rules: Rulebook;
}

const two = (n: number) => String(n).padStart(2, '0');

function noticeRows(events: readonly DeductionEvent[], rules: Rulebook): CellData[][] {
  const label = new Map(rules.deductionCodes.map((c) => [c.code, c]));
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code))
    .map((e) => {
      const rule = label.get(e.code);
      return [`${e.code}: ${rule?.label ?? ''}`, isoToDdmmyyyy(e.date), e.count, (rule?.points ?? 0) * e.count, e.source.cell];
    });
}

/** Streamed sheet by sheet: a province's month is tens of thousands of notices. */
export function writeClosingFile(doc: ClosedMonthDocument, path: string): Promise<void> {
  return writeStreamedWorkbook(path, async (wb, sink) => {
    const t = documentTemplate().closing;
    const { month, scores, rules } = doc;
    const params = { month: two(month.ym.month), year: month.ym.year, code: doc.code, date: isoToDdmmyyyy(doc.date) };
    const signatures = {
      placeDate: placeDateLine(rules.unit.place, month.ym.year, new Date(`${doc.date}T12:00:00`)),
      leftTitle: rules.unit.preparerTitle,
      rightTitle: rules.unit.headTitle,
    };
    const deadline = { deadline: isoToDdmmyyyy(doc.deadline), days: doc.objectionDays, date: isoToDdmmyyyy(doc.date) };
    const c = t.recordColumns;
    // Each Mã printed whole: the record is signed beside it.
    const ids = scores.staff.flatMap((s) => (s.hasOwnId ? [s.id] : []));
    const recordColumns: TableColumn[] = [
      { header: c[0]!, width: 5, align: 'center' },
      { header: c[1]!, width: 28 },
      fittedColumn({ header: c[2]!, align: 'center' }, ids, 10),
      { header: c[3]!, width: 11, align: 'right' },
      { header: c[4]!, width: 10, align: 'right' },
      { header: c[5]!, width: 11, align: 'right' },
      // Each person signs for the notice received: the record is also the list of hand-outs.
      { header: c[6]!, width: 22 },
    ];
    const count = (s: (typeof scores.staff)[number]) => Object.values(s.counts).reduce((a, b) => a + b, 0);
    await addTableSheet(
      wb,
      t.recordSheet,
      {
        letterhead: doc.letterhead,
        titles: [fill(t.recordTitle, params), fill(t.recordSubtitle, params)],
        columns: recordColumns,
        rows: scores.staff.map((s, i) => [i + 1, s.name, s.hasOwnId ? s.id : '', count(s), s.deducted, s.score, '']),
        after: [fill(t.recordAfter, deadline)],
        signatures,
        code: doc.code,
      },
      sink,
    );
    const n = t.noticeColumns;
    const noticeColumns: TableColumn[] = [
      // The deduction first: its wide column holds the unit's name above it, the motto the rest.
      { header: n[0]!, width: 46 },
      { header: n[1]!, width: 14, align: 'center' },
      { header: n[2]!, width: 9, align: 'right' },
      { header: n[3]!, width: 11, align: 'right' },
      { header: n[4]!, width: 14, align: 'center' },
    ];
    const eventsBy = new Map<string, DeductionEvent[]>();
    for (const e of month.events) (eventsBy.get(e.personId) ?? eventsBy.set(e.personId, []).get(e.personId)!).push(e);
    for (const [i, s] of scores.staff.entries()) {
      const rows = noticeRows(eventsBy.get(s.id) ?? [], rules);
      await addTableSheet(
        wb,
        fill(t.noticeSheet, { n: String(i + 1).padStart(2, '0') }),
        {
          letterhead: doc.letterhead,
          titles: [fill(t.noticeTitle, params), fill(t.noticeTo, { name: s.name, position: s.position ? ` – ${s.position}` : '' })],
          columns: noticeColumns,
          rows,
          after: [
            ...(rows.length === 0 ? [t.noticeNone] : []),
            fill(t.noticeScore, { score: s.score, max: rules.monthlyPoints, deducted: s.deducted }),
            fill(t.noticeObjection, deadline),
            fill(t.noticeCode, params),
          ],
          signatures,
          code: doc.code,
        },
        sink,
      );
    }
  });
}
