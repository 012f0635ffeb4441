import type { ReviewRules } from './review.js';
/**
 * The rulebook's types and its unit defaults, free of zod: the whole program uses these; only a run
 * that reads a rulebook file loads the schema (rulebook-schema.ts), which is checked to produce
 * exactly these types.
 */

export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Level = (typeof LEVELS)[number];

/** Parts of a working day an absence code covers; two codes covering the same part in one cell contradict. */
export type Session = 'morning' | 'afternoon';

export interface DeductionCodeRule {
  code: string;
  label: string;
  points: number;
  countAllowed: boolean;
  covers: Session[];
  /** An unexcused absence, counted in the summary "people with any unexcused absence". */
  unexcusedAbsence: boolean;
  aliases: string[];
}

export interface NeutralCodeRule {
  code: string;
  label: string;
  aliases: string[];
  /** A day marked with it is a day not worked (leave, sickness); used by the under-six-months rule. */
  absentDay: boolean;
  /** Maternity leave: months off for it do not make a person unclassifiable. */
  maternity: boolean;
}

export interface Band {
  level: Level;
  label: string;
  min: number;
  max: number;
}

/** Nghị định 335/2025's 100-point evaluation; see rulebook-schema.ts for what each field means. */
export interface EvaluationRules {
  decree: string;
  period: 'month' | 'quarter';
  generalMax: number;
  taskMax: number;
  disciplineMax: number;
  disciplineConversion: 'proportional' | 'direct';
  yearScore: 'mean';
  decimals?: number | undefined;
}

export interface DatedName {
  date: string;
  name: string;
}

export interface YearCalendar {
  daysOff: DatedName[];
  workingWeekendDays: DatedName[];
}

export interface UnitInfo {
  parent: string;
  /** Last day (YYYY-MM-DD) the parent line heads a document; later periods print without it. */
  parentUntil?: string | undefined;
  name: string;
  place: string;
  preparerTitle: string;
  headTitle: string;
  approverTitle: string;
  /** The "Nơi nhận:" block of reports and the classification (Nghị định 30/2020). */
  recipients: string[];
}

export interface Rulebook {
  formatVersion: 1;
  name: string;
  preset?: string | undefined;
  unit: UnitInfo;
  monthlyPoints: number;
  floorMonthAtZero: boolean;
  /**
   * The numbers of the unit's CCHC indicators the classification states (provinces number them
   * differently): the share rated HTTNV or above (threshold: classification.cchcTarget), and no one
   * disciplined from khiển trách up. 5.3.2 and 5.4.2 when absent.
   */
  cchc?: { shareIndicator: string; disciplineIndicator: string } | undefined;
  /** "5 xây, 3 chống" (scoring review); the source's criteria when absent (core/review.ts). */
  review?: ReviewRules | undefined;
  /** Working days a person has to object to a closed month's notice (scoring close); 5 when absent. */
  objectionWorkingDays?: number | undefined;
  deductionCodes: DeductionCodeRule[];
  neutralCodes: NeutralCodeRule[];
  calendar: Record<string, YearCalendar>;
  evaluation?: EvaluationRules | undefined;
  classification: {
    /** `year`: bands on the year total (1,200 basis); `per-month`: bands on total ÷ months (100 basis). */
    scale: 'year' | 'per-month';
    bands: Band[];
    gapPolicy: 'lower-bound' | 'strict';
    minMonths: number;
    quotaShare: number;
    cchcTarget: number;
  };
}

/** A unit's letterhead and signers when its rulebook says nothing of them: stated once, here. */
export const DEFAULT_UNIT: UnitInfo = {
  parent: '',
  name: 'ỦY BAN NHÂN DÂN XÃ …',
  place: '…',
  preparerTitle: 'NGƯỜI LẬP BIỂU',
  headTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
  approverTitle: 'CHỦ TỊCH',
  recipients: ['- Chủ tịch UBND (để báo cáo);', '- Lưu: VT.'],
};
