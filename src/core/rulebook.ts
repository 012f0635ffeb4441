import { z } from 'zod';
import holidayData from './holidays-vn.json' with { type: 'json' };

/**
 * The rulebook (quy chế chấm điểm): every number and label the engine uses. Rules are data here,
 * never `if (code === 'B')` in the engine. The zod schema doubles as the format's documentation.
 */

const codeText = z.string().trim().min(1).max(8);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const datedName = z.object({ date: isoDay, name: z.string() });

export const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Level = (typeof LEVELS)[number];

/** Parts of a working day an absence code covers; two codes covering the same part in one cell contradict. */
const session = z.enum(['morning', 'afternoon']);

const deductionCode = z.object({
  code: codeText,
  label: z.string().min(1),
  points: z.number().int().positive(),
  countAllowed: z.boolean().default(false),
  covers: z.array(session).default([]),
  /** An unexcused absence, counted in the summary "people with any unexcused absence". */
  unexcusedAbsence: z.boolean().default(false),
  aliases: z.array(codeText).default([]),
});

const neutralCode = z.object({
  code: codeText,
  label: z.string().min(1),
  aliases: z.array(codeText).default([]),
  /** A day marked with it is a day not worked (leave, sickness); used by the under-six-months rule. */
  absentDay: z.boolean().default(true),
  /** Maternity leave: months off for it do not make a person unclassifiable. */
  maternity: z.boolean().default(false),
});

const band = z.object({
  level: z.enum(LEVELS),
  label: z.string(),
  min: z.number(),
  max: z.number(),
});

const yearCalendar = z.object({
  daysOff: z.array(datedName).default([]),
  workingWeekendDays: z.array(datedName).default([]),
});

export const rulebookSchema = z
  .object({
    formatVersion: z.literal(1),
    name: z.string().min(1),
    preset: z.string().optional(),
    unit: z
      .object({
        parent: z.string().default('UBND HUYỆN …'),
        name: z.string().default('ỦY BAN NHÂN DÂN XÃ …'),
        place: z.string().default('…'),
        preparerTitle: z.string().default('NGƯỜI LẬP BIỂU'),
        headTitle: z.string().default('THỦ TRƯỞNG ĐƠN VỊ'),
        approverTitle: z.string().default('CHỦ TỊCH'),
      })
      .default({
        parent: 'UBND HUYỆN …',
        name: 'ỦY BAN NHÂN DÂN XÃ …',
        place: '…',
        preparerTitle: 'NGƯỜI LẬP BIỂU',
        headTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
        approverTitle: 'CHỦ TỊCH',
      }),
    monthlyPoints: z.number().int().positive(),
    floorMonthAtZero: z.boolean().default(false),
    deductionCodes: z.array(deductionCode).min(1),
    neutralCodes: z.array(neutralCode).default([]),
    calendar: z.record(z.string().regex(/^\d{4}$/), yearCalendar).default({}),
    classification: z.object({
      /** `year`: bands on the year total (1,200 basis); `per-month`: bands on total ÷ months (100 basis). */
      scale: z.enum(['year', 'per-month']),
      bands: z.array(band).min(1),
      gapPolicy: z.enum(['lower-bound', 'strict']).default('lower-bound'),
      minMonths: z.number().int().min(1).max(12).default(6),
      quotaShare: z.number().min(0).max(1).default(0.2),
      cchcTarget: z.number().min(0).max(1).default(0.95),
    }),
  })
  .superRefine((rb, ctx) => {
    const seen = new Map<string, string>();
    const all = [...rb.deductionCodes, ...rb.neutralCodes];
    all.forEach((c) => {
      for (const spelling of [c.code, ...c.aliases]) {
        const key = normaliseCode(spelling);
        const owner = seen.get(key);
        if (owner !== undefined) {
          ctx.addIssue({ code: 'custom', message: `"${spelling}" is used by both ${owner} and ${c.code}`, path: ['codes'] });
        }
        seen.set(key, c.code);
      }
    });
    rb.classification.bands.forEach((b, i) => {
      if (b.min > b.max) {
        ctx.addIssue({ code: 'custom', message: `min > max`, path: ['classification', 'bands', i] });
      }
    });
  });

export type Rulebook = z.infer<typeof rulebookSchema>;
export type DeductionCodeRule = Rulebook['deductionCodes'][number];
export type NeutralCodeRule = Rulebook['neutralCodes'][number];
export type Band = Rulebook['classification']['bands'][number];

/** How codes are compared: NFC, trimmed, upper case. `ô` typed in NFD matches `Ô`. */
import { normaliseCode } from './codes.js';

export { normaliseCode };

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
  { code: 'V', label: 'Nghỉ vô lý do cả ngày', points: 60, countAllowed: false, covers: ['morning', 'afternoon'], unexcusedAbsence: true, aliases: [] },
  { code: 'VS', label: 'Nghỉ vô lý do buổi sáng', points: 30, countAllowed: false, covers: ['morning'], unexcusedAbsence: true, aliases: [] },
  { code: 'VC', label: 'Nghỉ vô lý do buổi chiều', points: 30, countAllowed: false, covers: ['afternoon'], unexcusedAbsence: true, aliases: [] },
  { code: 'M', label: 'Chậm giờ làm việc từ 1 giờ trở lên', points: 10, countAllowed: true, covers: [], unexcusedAbsence: false, aliases: [] },
  { code: 'B', label: 'Báo cáo, kế hoạch chậm bị cấp trên nhắc nhở', points: 30, countAllowed: true, covers: [], unexcusedAbsence: false, aliases: [] },
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
      parent: 'UBND HUYỆN THANH HÀ',
      name: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC',
      place: 'Hà Bắc',
      preparerTitle: 'NGƯỜI LẬP BIỂU',
      headTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
      approverTitle: 'CHỦ TỊCH',
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
  /** Nghị định 335/2025: 100-point bands without gaps, applied to total ÷ 12. */
  'nd335-2025': (): Rulebook => {
    const base = PRESETS['ha-bac-2023']();
    return {
      ...base,
      name: 'Quy chế chấm điểm theo khung 100 điểm (Nghị định 335/2025/NĐ-CP)',
      preset: 'nd335-2025',
      classification: {
        ...base.classification,
        scale: 'per-month',
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

export interface RulebookFieldIssue {
  readonly path: string;
  readonly message: string;
}

export type RulebookResult = { ok: true; rulebook: Rulebook } | { ok: false; issues: RulebookFieldIssue[] };

/** Validates untrusted JSON; reports every failing field with its path (`deductionCodes.2.points`). */
export function validateRulebook(input: unknown): RulebookResult {
  const parsed = rulebookSchema.safeParse(input);
  if (parsed.success) return { ok: true, rulebook: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message })),
  };
}

export { rulebookFingerprint } from './fingerprint.js';
