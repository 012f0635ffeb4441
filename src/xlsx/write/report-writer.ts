import { isoToDdmmyyyy } from '../../core/dates.js';
import { evaluatePerson, otherGeneralMax } from '../../core/evaluation.js';
import type { Letterhead } from '../../core/letterhead.js';
import { recipientsFor } from '../../core/letterhead.js';
import { lastFirst, memo } from '../../core/memo.js';
import type { Problem } from '../../core/problems.js';
import { rankByTotal } from '../../core/ranking.js';
import { type ReportPeriod, reportMonths, reportScore, romanQuarter, scopeParams } from '../../core/report-period.js';
import { mapRows } from '../../core/row-list.js';
import type { Rulebook } from '../../core/rulebook.js';
import { quarterScore, type YearResult } from '../../core/year.js';
import { documentText, viDecimal } from '../../i18n/messages.js';
import { writeYearData } from '../formats/year-data.js';
import { placeDateLine } from '../layout/document-frame.js';
import { addTableSheet, type CellData, fittedColumn, type TableColumn, type TableRows } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { writeStreamedWorkbook } from './streamed-workbook.js';

/** The tally report (SPEC §7): Tổng hợp, Chi tiết (every point traced to its cell), Kiểm tra. */

export interface ReportContext {
  readonly rules: Rulebook;
  /** Chosen for the document's date by letterheadFor. */
  readonly letterhead: Letterhead;
  readonly today: Date;
  /** The check code of the grids the document was made from, in every page's footer. */
  readonly code?: string;
  /** Lines for the Kiểm tra sheet beside its problems (the months closed, and when). */
  readonly notes?: readonly string[];
}

const QUARTERS = [1, 2, 3, 4];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** A document names a file by its file name: a path of the clerk's computer has no place on paper. */
function fileName(path: string | undefined): string {
  return path ? (path.split(/[\\/]/u).pop() ?? path) : '';
}

export function reportTitle(p: ReportPeriod): string {
  const r = documentTemplate().report;
  switch (p.kind) {
    case 'year':
      return fill(r.title, { year: p.year });
    case 'month':
      return fill(r.monthTitle, { month: String(p.month).padStart(2, '0'), year: p.year });
    case 'quarter':
      return fill(r.quarterTitle, { quarter: ROMAN[p.quarter - 1]!, year: p.year });
    case 'range':
      return fill(r.periodTitle, { from: isoToDdmmyyyy(p.from), to: isoToDdmmyyyy(p.to) });
  }
}

/** What a report covers, in the words its labels use: "năm", "quý IV", "tháng 11", "kỳ". */
export function scopeWords(p: ReportPeriod): string {
  const w = documentTemplate().report.scopeWords;
  const s = scopeParams(p);
  return fill(w[s.kind], { quarter: s.quarter, month: s.month });
}

/** The Mã column: as wide as the longest Mã printed needs to stay on one line, at least `least`. */
function idColumn(year: YearResult, header: string, least: number): TableColumn {
  const ids = year.staff.filter((p) => p.hasOwnId).map((p) => p.id);
  return fittedColumn({ header }, ids, least);
}

function summaryRows(year: YearResult, rules: Rulebook, period: ReportPeriod): { columns: TableColumn[]; rows: CellData[][] } {
  const c = documentTemplate().report.columns;
  const codes = rules.deductionCodes.map((d) => d.code);
  const ranks = year.period ? rankByTotal(year) : undefined;
  const months = reportMonths(period, year.months);
  // Quarter subtotals belong to the year report; a month or quarter report is its own subtotal.
  const quarters = period.kind === 'year' ? QUARTERS : [];
  const columns: TableColumn[] = [
    { header: c.tt!, width: 4, align: 'center' },
    // Widths that keep a month or quarter report on A4 portrait, a position on two lines at most.
    idColumn(year, c.id!, 6),
    // The year report (12 months, 4 quarters) narrows names and positions to wrap rather than print below 75 %.
    { header: c.name!, width: period.kind === 'year' ? 18 : 20 },
    { header: c.position!, width: period.kind === 'year' ? 16 : 20 },
    ...months.map((m) => ({ header: fill(c.month!, { month: m }), width: period.kind === 'year' ? 5 : 5.5, align: 'right' as const })),
    ...quarters.map((q) => ({ header: fill(c.quarter!, { quarter: q }), width: 5.5, align: 'right' as const })),
    ...codes.map((code) => ({ header: fill(documentTemplate().report.codeColumn, { code }), width: 4.5, align: 'right' as const })),
    { header: c.deducted!, width: 8, align: 'right' },
    { header: ranks ? c.kept! : fill(c.totalOf!, { scope: scopeWords(period) }), width: 8, align: 'right' },
    ...(ranks ? [{ header: c.rank!, width: 6, align: 'center' as const }] : []),
  ];
  const rows = year.staff.map((p, i): CellData[] => [
    i + 1,
    p.hasOwnId ? p.id : '',
    p.name,
    p.position ?? '',
    ...months.map((m) => p.months[m]?.score ?? null),
    ...quarters.map((q) => quarterScore(p, q)),
    ...codes.map((code) => p.pointsByCode[code] ?? null),
    p.deducted,
    p.total,
    ...(ranks ? [ranks.get(p.id) ?? null] : []),
  ]);
  return { columns, rows };
}

/**
 * The deductions as the detail lists them: by date, then name in Vietnamese order, then as traced.
 * Dates and names are ranked once each (a year has at most 366 dates and a name per person), and
 * each deduction's place made one number, (date, name, place), so 100,000 deductions sort as
 * numbers, natively, not through two million calls of a comparison.
 */
function byDateThenName<T extends { readonly date: string; readonly name: string }>(all: readonly T[]): T[] {
  const rankOf = (texts: string[]) => new Map(texts.map((t, i) => [t, i]));
  const dateRank = rankOf([...new Set(all.map((d) => d.date))].sort());
  const names = [...new Set(all.map((d) => d.name))].sort(new Intl.Collator('vi').compare);
  const nameRank = rankOf(names);
  // Below 2^53 while dates × names × deductions are: 366 × 600,000 × 40,000,000.
  const keys = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const d = all[i]!;
    keys[i] = (dateRank.get(d.date)! * names.length + nameRank.get(d.name)!) * all.length + i;
  }
  keys.sort();
  return Array.from(keys, (key) => all[key % all.length]!);
}

function detailRows(year: YearResult, rules: Rulebook): { columns: TableColumn[]; rows: TableRows } {
  const c = documentTemplate().report.columns;
  const labels = new Map(rules.deductionCodes.map((d) => [d.code as string, d.label]));
  // A date or a file is written in many rows: each made into its text once.
  const date = lastFirst(memo(isoToDdmmyyyy));
  const all = year.deductions;
  // Dates, Mã, codes and cell addresses print whole, each on one line: their columns are fitted to them.
  const dates = new Set<string>();
  const codes = new Set<string>();
  const cells: string[] = [];
  for (const d of all) {
    dates.add(d.date);
    codes.add(d.code);
    cells.push(d.source.cell);
  }
  const columns: TableColumn[] = [
    { header: c.tt!, width: 5, align: 'center' },
    fittedColumn({ header: c.date!, align: 'center' }, [...dates].map(date), 10),
    idColumn(year, c.id!, 7),
    { header: c.name!, width: 22 },
    fittedColumn({ header: c.code!, align: 'center' }, codes, 7),
    { header: c.label!, width: 30 },
    { header: c.count!, width: 6, align: 'right' },
    { header: c.points!, width: 7, align: 'right' },
    { header: c.file!, width: 19 },
    { header: c.sheet!, width: 14 },
    fittedColumn({ header: c.cell!, align: 'center' }, cells, 6),
  ];
  const sorted = byDateThenName(all);
  const file = lastFirst(memo(fileName));
  const row = (d: (typeof sorted)[number], i: number): CellData[] => [
    i + 1,
    date(d.date),
    d.personId.startsWith('~') ? '' : d.personId,
    d.name,
    d.code,
    labels.get(d.code) ?? '',
    d.count,
    d.points,
    file(d.source.file),
    d.source.sheet,
    d.source.cell,
  ];
  // Made when asked for: a province's year has hundreds of thousands of deductions.
  return { columns, rows: mapRows(sorted, row) };
}

/** One row per person and period: the three parts of Nghị định 335/2025 and the year score. */
function evaluationRows(year: YearResult, rules: Rulebook): { columns: TableColumn[]; rows: CellData[][] } | undefined {
  const ev = rules.evaluation;
  if (!ev) return undefined;
  // A month of a quarterly evaluation has no score of its own: its report says so instead (reportNotes).
  const which = reportScore(year.scope, ev.period);
  if (which.kind === 'none' && year.scope.kind === 'month') return undefined;
  const withYear = which.kind === 'year';
  const t = documentTemplate().report;
  const c = t.columns;
  const columns: TableColumn[] = [
    { header: c.tt!, width: 4, align: 'center' },
    // 26: TT, name and period hold a commune's name ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ") on one line beside the motto.
    { header: c.name!, width: 26 },
    { header: c.period!, width: 9, align: 'center' },
    { header: fill(c.discipline!, { max: ev.disciplineMax }), width: 11, align: 'right' },
    { header: fill(c.otherGeneral!, { max: otherGeneralMax(ev) }), width: 11, align: 'right' },
    { header: fill(c.task!, { max: ev.taskMax }), width: 11, align: 'right' },
    { header: c.periodTotal!, width: 9, align: 'right' },
    // Only the year report shows the year score; a quarter's report is its period total.
    ...(withYear ? [{ header: c.yearScore!, width: 9, align: 'right' as const }] : []),
  ];
  const rows: CellData[][] = [];
  year.staff.forEach((p, i) => {
    const e = evaluatePerson(p, rules, year)!;
    const pending = (v: number | null) => v ?? t.notEvaluated;
    e.periods.forEach((period, k) => {
      const whole =
        ev.period === 'month' ? fill(t.monthLabel, { month: period.period }) : fill(t.quarterLabel, { quarter: ROMAN[period.period - 1]! });
      // A period the grids do not wholly cover, or not over on the document's date, is said to be provisional.
      const label = !period.partial
        ? whole
        : period.running
          ? fill(t.runningPeriodLabel, { period: whole })
          : fill(t.partialPeriodLabel, { period: whole, months: period.months.join(', ') });
      const yearScore = e.yearScore !== null && e.partial ? fill(t.provisional, { value: viDecimal(e.yearScore) }) : pending(e.yearScore);
      rows.push([
        k === 0 ? i + 1 : null,
        k === 0 ? p.name : '',
        label,
        period.discipline,
        pending(period.otherGeneral),
        pending(period.task),
        period.partial && period.total !== null ? fill(t.provisional, { value: viDecimal(period.total) }) : pending(period.total),
        ...(withYear ? [k === 0 ? yearScore : null] : []),
      ]);
    });
    if (e.periods.length === 0) rows.push([i + 1, p.name, '', null, null, null, null, ...(withYear ? [t.notEvaluated] : [])]);
  });
  return { columns, rows };
}

export function problemRows(problems: readonly Problem[]): { columns: TableColumn[]; rows: CellData[][] } {
  const r = documentTemplate().report;
  const c = r.columns;
  const columns: TableColumn[] = [
    { header: c.tt!, width: 4, align: 'center' },
    { header: c.severity!, width: 9 },
    { header: c.file!, width: 17 },
    { header: c.sheet!, width: 13 },
    // Wide enough for AK14 on one line: a cell address never breaks.
    { header: c.cell!, width: 6, align: 'center' },
    { header: c.message!, width: 46 },
  ];
  const rows = problems.map((p, i): CellData[] => [
    i + 1,
    r.severity[p.severity],
    fileName(p.file),
    p.sheet ?? '',
    p.cell ?? '',
    documentText(p.key, p.params),
  ]);
  return { columns, rows };
}

/** Streams the report to `path` (atomically). */
export function writeReportFile(year: YearResult, ctx: ReportContext, path: string): Promise<void> {
  return writeStreamedWorkbook(path, async (wb, sink) => {
    const r = documentTemplate().report;
    wb.creator = 'scoring';
    const letterhead = ctx.letterhead;
    const period = year.scope;
    const titles = [
      reportTitle(period),
      ctx.rules.evaluation ? r.subtitleEvaluation : r.subtitle,
      ...(year.asOf ? [fill(documentTemplate().asOf, { date: isoToDdmmyyyy(year.asOf) })] : []),
    ];
    const unit = ctx.rules.unit;
    const signatures = {
      placeDate: placeDateLine(unit.place, year.year, ctx.today),
      leftTitle: unit.preparerTitle,
      rightTitle: unit.headTitle,
      recipients: recipientsFor(unit.recipients, unit.headTitle),
    };

    // A month score below 0 is said where it prints: the rulebook does not floor months at 0.
    const negative = year.staff.some((p) => Object.values(p.months).some((f) => f.score < 0));
    const notes = negative ? [fill(r.negativeMonths, { points: ctx.rules.monthlyPoints })] : [];
    const ev = ctx.rules.evaluation;
    if (ev && period.kind === 'month' && reportScore(period, ev.period).kind === 'none')
      notes.push(fill(r.byQuarterOnly, { quarter: romanQuarter(Math.ceil(period.month / 3)) }));
    await addTableSheet(
      wb,
      r.sheets.summary,
      { letterhead, titles, ...summaryRows(year, ctx.rules, period), after: notes, signatures, code: ctx.code },
      sink,
    );
    await addTableSheet(wb, r.sheets.detail, { letterhead, titles, ...detailRows(year, ctx.rules), code: ctx.code }, sink);
    const evaluation = evaluationRows(year, ctx.rules);
    if (evaluation)
      await addTableSheet(
        wb,
        r.sheets.evaluation,
        {
          letterhead,
          titles: [titles[0]!, fill(r.evaluationSubtitle, { decree: ctx.rules.evaluation!.decree.toLocaleUpperCase('vi') })],
          ...evaluation,
          signatures,
          code: ctx.code,
        },
        sink,
      );
    const problems = problemRows(year.problems);
    await addTableSheet(
      wb,
      r.sheets.problems,
      {
        letterhead,
        titles,
        ...problems,
        after: [...(ctx.notes ?? []), ...(problems.rows.length === 0 ? [r.noProblems] : [])],
        code: ctx.code,
      },
      sink,
    );
    // The report carries its period and rulebook: classify from it must give what the grids give, or refuse.
    const header = {
      year: year.year,
      unit: year.unit,
      months: [...year.months],
      missingMonths: [...year.missingMonths],
      ...(year.period ? { period: year.period } : {}),
      rulebook: JSON.stringify(ctx.rules),
    };
    await writeYearData(wb, header, year.staff, sink);
  });
}
