import holidayData from './holidays-vn.json' with { type: 'json' };

/**
 * The rulebook (quy chế chấm điểm): every number and label the engine uses. Rules are data here,
 * never `if (code === 'B')` in the engine. The format itself (a zod schema that doubles as its
 * documentation) is in rulebook-schema.ts, loaded only when a rulebook file is read.
 */

export type { Band, DeductionCodeRule, EvaluationRules, Level, NeutralCodeRule, Rulebook, UnitInfo } from './rulebook-types.js';
export { DEFAULT_UNIT, LEVELS } from './rulebook-types.js';

import { type Band, LEVELS, type Level, type Rulebook } from './rulebook-types.js';

export { normaliseCode } from './codes.js';

function bundledCalendar(): Rulebook['calendar'] {
  const out: Rulebook['calendar'] = {};
  for (const [year, data] of Object.entries(holidayData.years)) {
    out[year] = {
      daysOff: data.days_off.map((d) => ({ date: d.date, name: d.name })),
      workingWeekendDays: data.working_weekend_days.map((d) => ({ date: d.date, name: d.name })),
    };
  }
  return out;
}

const PLAN_CODES: Rulebook['deductionCodes'] = [
  {
    code: 'V',
    label: 'Nghỉ vô lý do cả ngày',
    points: 60,
    countAllowed: false,
    covers: ['morning', 'afternoon'],
    unexcusedAbsence: true,
    aliases: [],
  },
  {
    code: 'VS',
    label: 'Nghỉ vô lý do buổi sáng',
    points: 30,
    countAllowed: false,
    covers: ['morning'],
    unexcusedAbsence: true,
    aliases: [],
  },
  {
    code: 'VC',
    label: 'Nghỉ vô lý do buổi chiều',
    points: 30,
    countAllowed: false,
    covers: ['afternoon'],
    unexcusedAbsence: true,
    aliases: [],
  },
  {
    code: 'M',
    label: 'Chậm giờ làm việc từ 1 giờ trở lên',
    points: 10,
    countAllowed: true,
    covers: [],
    unexcusedAbsence: false,
    aliases: [],
  },
  {
    code: 'B',
    label: 'Báo cáo, kế hoạch chậm bị cấp trên nhắc nhở',
    points: 30,
    countAllowed: true,
    covers: [],
    unexcusedAbsence: false,
    aliases: [],
  },
  { code: 'H', label: 'Chậm họp từ 10 phút trở lên', points: 10, countAllowed: true, covers: [], unexcusedAbsence: false, aliases: [] },
];

const PLAN_NEUTRAL: Rulebook['neutralCodes'] = [
  { code: 'P', label: 'Nghỉ phép', aliases: [], absentDay: true, maternity: false },
  { code: 'Ô', label: 'Nghỉ ốm', aliases: ['O'], absentDay: true, maternity: false },
  { code: 'TS', label: 'Nghỉ thai sản', aliases: [], absentDay: true, maternity: true },
  { code: 'CT', label: 'Đi công tác', aliases: [], absentDay: false, maternity: false },
  { code: 'L', label: 'Nghỉ lễ', aliases: [], absentDay: false, maternity: false },
];

const LEVEL_LABELS: Record<Level, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

function bands(limits: Record<Level, [number, number]>): Band[] {
  return LEVELS.map((level) => ({ level, label: LEVEL_LABELS[level], min: limits[level][0], max: limits[level][1] }));
}

export const PRESETS = {
  /** The source plan: 1,200 points a year and its written bands, gaps included (see SPEC §6). */
  'ha-bac-2023': (): Rulebook => ({
    formatVersion: 1,
    name: 'Quy chế chấm điểm theo Kế hoạch tăng cường kỷ luật, kỷ cương (Hà Bắc 2023)',
    preset: 'ha-bac-2023',
    unit: {
      // Districts were abolished on 01/07/2025: documents of later periods print without this line.
      parent: 'UBND HUYỆN THANH HÀ',
      parentUntil: '2025-06-30',
      name: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC',
      place: 'Hà Bắc',
      preparerTitle: 'NGƯỜI LẬP BIỂU',
      headTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
      approverTitle: 'CHỦ TỊCH',
      recipients: ['- Chủ tịch UBND xã (để báo cáo);', '- Lưu: VT.'],
    },
    monthlyPoints: 100,
    floorMonthAtZero: false,
    deductionCodes: PLAN_CODES,
    neutralCodes: PLAN_NEUTRAL,
    calendar: bundledCalendar(),
    classification: {
      scale: 'year',
      bands: bands({ HTXSNV: [900, 1200], HTTNV: [750, 850], HTNV: [600, 700], KHTNV: [400, 500] }),
      gapPolicy: 'lower-bound',
      minMonths: 6,
      quotaShare: 0.2,
      cchcTarget: 0.95,
    },
  }),
  /**
   * Nghị định 335/2025 (công chức, from 01/01/2026), following its form Mẫu số 01: the grid is the
   * evidence for criterion I.2 "Ý thức kỷ luật, kỷ cương trong thực thi công vụ" (5 of the 30
   * general points, in proportion to the month scores); the leader enters the rest of the general
   * criteria (I.1 + II + III, ≤ 25) and the task results (≤ 70) each quarter; the year score is the
   * mean of the quarter scores, exact to 2 decimals, compared with the 100-point bands.
   */
  'nd335-2025': (): Rulebook => {
    const base = PRESETS['ha-bac-2023']();
    return {
      ...base,
      name: 'Quy chế chấm điểm theo khung 100 điểm (Nghị định 335/2025/NĐ-CP)',
      preset: 'nd335-2025',
      evaluation: {
        decree: 'Nghị định 335/2025/NĐ-CP',
        period: 'quarter',
        generalMax: 30,
        taskMax: 70,
        disciplineMax: 5,
        disciplineConversion: 'proportional',
        yearScore: 'mean',
        decimals: 2,
      },
      classification: {
        ...base.classification,
        scale: 'per-month',
        // Nghị định 335/2025 has no six-month minimum (that was Nghị định 90/2020 Điều 2 khoản 3): its
        // Điều 19 khoản 3 classifies on the time actually worked. A unit may still set one in its quy chế.
        minMonths: 1,
        // Upper bounds are exclusive in the decree ("dưới 90"); lower-bound policy handles that exactly.
        bands: bands({ HTXSNV: [90, 100], HTTNV: [70, 89.99], HTNV: [50, 69.99], KHTNV: [0, 49.99] }),
      },
    };
  },
} as const;

export type PresetName = keyof typeof PRESETS;
export const DEFAULT_PRESET: PresetName = 'ha-bac-2023';
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function defaultRulebook(): Rulebook {
  return PRESETS[DEFAULT_PRESET]();
}

export { rulebookFingerprint } from './fingerprint.js';
