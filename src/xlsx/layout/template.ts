import documents from '../../../templates/documents.json' with { type: 'json' };

/** The document template (templates/documents.json): fixed labels, colours and widths the writers read. */

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

interface DocumentTemplate {
  /** A line under the title of a document dated before its year ends. */
  asOf: string;
  /** The checked grid's colour legend and its printed list of problems (`check --annotate`). */
  checked: {
    sheet: string;
    title: string;
    subtitle: string;
    colourLegend: string;
    columns: string[];
    error: string;
    warning: string;
    none: string;
  };
  /** Nghị định 335/2025's Mẫu số 01, one per person and period (`scoring forms`). */
  forms: {
    sheet: string;
    /** The second sheet of forms and on (`{n}` from 2), for a unit whose forms pass FORM_SHEET_ROWS. */
    sheetContinued: string;
    formNumber: string;
    title: string;
    periodQuarter: string;
    periodMonth: string;
    partial: string;
    running: string;
    name: string;
    position: string;
    unit: string;
    sectionGeneral: string;
    columns: string[];
    columnNumbers: string[];
    /** [TT, criterion, maximum as printed, role: heading | discipline | ""]. */
    criteria: [string, string, string, string][];
    otherGeneral: string;
    generalTotal: string;
    sectionTask: string;
    task: string;
    total: string;
    level: string;
    levelProvisional: string;
    levelPending: string;
    evidenceTitle: string;
    reviewLine: string;
    formulaProportional: string;
    formulaDirect: string;
    evidenceLine: string;
    evidenceNone: string;
    evidenceSummary: string;
    evidenceCode: string;
    evidenceSheet: string;
    evidenceSheetTitle: string;
    evidenceColumns: string[];
    /** One page per person for the year (forms --period YYYY), for the personnel file. */
    yearSheet: string;
    yearTitle: string;
    yearSubtitle: string;
    yearColumns: string[];
    yearScore: string;
    yearScorePending: string;
    yearLevel: string;
    yearGrounds: string;
    yearNotWorked: string;
    yearNotOnGrid: string;
    pending: string;
    signers: string[];
  };
  /** `tally --export`: the columns handed to the province's software or a person's next unit. */
  export: { columns: string[]; sheet: string; partial: string };
  font: { name: string; size: number; smallSize: number };
  colors: Record<
    'headerFill' | 'weekendFill' | 'holidayFill' | 'missingFill' | 'missingFont' | 'errorFill' | 'warningFill' | 'border',
    string
  >;
  motto: { country: string; independence: string };
  placeDate: string;
  placeDateBlank: string;
  signNote: string;
  recipientsTitle: string;
  /** Excel header/footer codes: &P page, &N pages. */
  pageFooter: string;
  /** The check code in the footer of a document made from grids: "Mã kiểm tra: {code}". */
  codeFooter: string;
  /** "5 xây, 3 chống": the review sheet (init-review) and its report (review). */
  review: {
    sheet: string;
    title: string;
    subtitle: string;
    columns: string[];
    wholeGroup: string;
    validationTitle: string;
    validationError: string;
    legend: string;
    criteriaSheet: string;
    criteriaTitle: string;
    criteriaColumns: string[];
    reportSheet: string;
    reportTitle: string;
    reportColumns: string[];
    countsSheet: string;
    countsTitle: string;
    countsColumns: string[];
    weakTitle: string;
    weakNone: string;
    notesTitle: string;
  };
  /** `scoring close`: the closing record of a month and each person's notice. */
  closing: {
    recordSheet: string;
    recordTitle: string;
    recordSubtitle: string;
    recordColumns: string[];
    recordAfter: string;
    noticeSheet: string;
    noticeTitle: string;
    noticeTo: string;
    noticeColumns: string[];
    noticeScore: string;
    noticeNone: string;
    noticeObjection: string;
    noticeCode: string;
  };
  grid: {
    title: string;
    subtitle: string;
    daysBanner: string;
    headers: { tt: string; id: string; name: string; position: string };
    weekdays: string[];
    missingDayMark: string;
    missingDayNote: string;
    holidayNote: string;
    swappedNote: string;
    legendTitle: string;
    legendDeduction: string;
    legendCountNote: string;
    legendNeutral: string;
    legendFooter: string;
    evaluationBanner: string;
    evaluationMax: string;
    legendEvaluation: string;
    legendProvisional: string;
    periodMonth: string;
    periodQuarter: string;
    widths: { tt: number; id: number; name: number; position: number; day: number; evaluation: number };
  };
  report: {
    title: string;
    monthTitle: string;
    quarterTitle: string;
    periodTitle: string;
    subtitle: string;
    subtitleEvaluation: string;
    sheets: { summary: string; detail: string; evaluation: string; problems: string };
    evaluationSubtitle: string;
    notEvaluated: string;
    monthLabel: string;
    quarterLabel: string;
    negativeMonths: string;
    partialPeriodLabel: string;
    runningPeriodLabel: string;
    /** What a report covers, as its labels name it: "Tổng điểm quý IV". */
    scopeWords: { year: string; quarter: string; month: string; range: string };
    byQuarterOnly: string;
    provisional: string;
    columns: Record<string, string>;
    codeColumn: string;
    severity: { error: string; warning: string };
    noProblems: string;
  };
  classification: Strings<{
    title: string;
    subtitle: string;
    subtitleEvaluation: string;
    basis90: string;
    basis335: string;
    scopeNoteEvaluation: string;
    sheet: string;
    columns: Record<'tt' | 'name' | 'position' | 'group' | 'total' | 'compared' | 'yearScore' | 'level' | 'notes', string>;
    unclassified: string;
    review: string;
    summaryTitle: string;
    summaryLevel: string;
    summaryUnclassified: string;
    summaryCount: string;
    verdictMet: string;
    cchcShare: string;
    cchcDisciplineNone: string;
    cchcDiscipline: string;
    verdictMissed: string;
    summaryAbsence: string;
    quotaUnit: string;
    quotaGroup: string;
    summaryQuota: string;
    quotaGroups: string;
    quotaGroupShort: string;
    quotaRule: string;
    quotaBasis: string;
    quotaMoved: string;
    quotaHolds: string;
    quotaBroken: string;
    quotaBrokenMarked: string;
    borderNote: string;
    scopeNote: string;
  }>;
}

/** Imported, not read: the page bundles the same words, and a missing key is a compile error here. */
const template: DocumentTemplate = {
  ...documents,
  // JSON arrays are typed as arrays; each criterion's four cells are checked by tests/documents.test.ts.
  forms: { ...documents.forms, criteria: documents.forms.criteria as DocumentTemplate['forms']['criteria'] },
};

export function documentTemplate(): DocumentTemplate {
  return template;
}

export { fillPlaceholders as fill } from '../../i18n/messages.js';
