import type { Letterhead } from '../../core/letterhead.js';
import { type ReviewRules, reviewItems } from '../../core/review.js';
import type { PeriodReview } from '../../core/review-report.js';
import { documentText } from '../../i18n/messages.js';
import { addTableSheet, type CellData, type TableColumn } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { writeStreamedWorkbook } from './streamed-workbook.js';

/**
 * `scoring review`: the unit's report of one or more periods — per period, each person's overall
 * level and counts with the committee's notes; then, per criterion, how many people stood at each
 * level in each period (the half-year and year reports the plan asks for).
 */

export interface ReviewReport {
  readonly rules: ReviewRules;
  readonly periods: readonly { readonly review: PeriodReview; readonly words: string }[];
  readonly letterhead: Letterhead;
  readonly signatures: { readonly placeDate: string; readonly leftTitle: string; readonly rightTitle: string };
}

export function writeReviewReport(report: ReviewReport, path: string): Promise<void> {
  return writeStreamedWorkbook(path, async (wb, sink) => {
    const t = documentTemplate().review;
    const levels = report.rules.levels;
    const name = report.rules.name.toLocaleUpperCase('vi');
    const c = t.reportColumns;
    for (const { review, words } of report.periods) {
      const columns: TableColumn[] = [
        { header: c[0]!, width: 5, align: 'center' },
        { header: c[1]!, width: 24 },
        { header: c[2]!, width: 12, align: 'center' },
        { header: c[3]!, width: 12, align: 'center' },
        ...levels.map((l, i) => ({ header: i === 0 ? c[4]! : l, width: 9, align: 'right' as const })),
      ];
      const rows: CellData[][] = review.people.map((p, i) => [
        i + 1,
        p.name,
        p.overall ?? '',
        p.selfOverall ?? '',
        ...levels.map((l) => p.counts[l] ?? 0),
      ]);
      const weak =
        review.weak.length > 0
          ? fill(t.weakTitle, { people: review.weak.map((w) => `${w.name} (${w.items.join(', ')})`).join('; ') })
          : t.weakNone;
      await addTableSheet(
        wb,
        report.periods.length > 1 ? `${t.reportSheet} ${words}`.slice(0, 31) : t.reportSheet,
        {
          letterhead: report.letterhead,
          titles: [fill(t.reportTitle, { name, period: words })],
          columns,
          rows,
          after: [
            weak,
            ...(review.notes.length > 0 ? [t.notesTitle, ...review.notes.map((n) => `- ${documentText(n.key, n.params)}`)] : []),
          ],
          signatures: report.signatures,
        },
        sink,
      );
    }
    const items = reviewItems(report.rules);
    const cc = t.countsColumns;
    const perPeriod = report.periods.flatMap(({ words }) => levels.map((l) => (report.periods.length > 1 ? `${l} (${words})` : l)));
    await addTableSheet(
      wb,
      t.countsSheet,
      {
        letterhead: report.letterhead,
        titles: [fill(t.countsTitle, { period: report.periods.map((p) => p.words).join(', ') })],
        columns: [
          { header: cc[0]!, width: 9, align: 'center' },
          { header: cc[1]!, width: 34 },
          ...perPeriod.map((h) => ({ header: h, width: report.periods.length > 1 ? 10 : 9, align: 'right' as const })),
        ],
        rows: items.map((i) => [i.id, i.name, ...report.periods.flatMap(({ review }) => levels.map((l) => review.counts[i.id]?.[l] ?? 0))]),
        signatures: report.signatures,
      },
      sink,
    );
  });
}
