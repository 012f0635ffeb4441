import { z } from 'zod';
import { normaliseCode } from './codes.js';
import { LEVELS } from './rulebook.js';

/**
 * The rulebook file format, as a zod schema that doubles as its documentation. Apart from
 * rulebook.ts because zod takes 0.15 s to load: only a run given `--rules FILE` pays for it.
 */

/** Letters only: the grammar splits on digits, spaces and `,;+`, so `2V` or `V,S` could never be typed. */
const codeText = z
  .string()
  .trim()
  .min(1)
  .max(8)
  .regex(/^\p{L}+$/u, 'letters only (no digits, spaces or , ; +)');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const DEFAULT_RECIPIENTS = ['- Chủ tịch UBND (để báo cáo);', '- Lưu: VT.'];
const datedName = z.object({ date: isoDay, name: z.string() });

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

/**
 * Nghị định 335/2025/NĐ-CP: a 100-point score per period = general criteria (at most 30, fixed by
 * the decree) + task results (at most 70, fixed by the decree). The grid feeds the discipline
 * sub-criterion of the general criteria; the leader enters the other general criteria and the task
 * results in two columns of the grid. What the unit chooses: the period, the discipline points
 * within the 30 and how deductions become them, and how the year score comes from the periods.
 */
const evaluation = z.object({
  decree: z.string().default('Nghị định 335/2025/NĐ-CP'),
  /** Unit's choice: scored each month, or each quarter (the columns then sit in March, June, September, December). */
  period: z.enum(['month', 'quarter']).default('quarter'),
  /** Fixed by the decree. */
  generalMax: z.number().positive().default(30),
  /** Fixed by the decree. */
  taskMax: z.number().positive().default(70),
  /** Unit's choice: the discipline sub-criterion's share of the general criteria. */
  disciplineMax: z.number().positive().default(5),
  /**
   * Unit's choice. `proportional`: disciplineMax × the period's grid score ÷ its maximum (100 a
   * month); `direct`: each code's points are taken straight off disciplineMax, never below 0.
   */
  disciplineConversion: z.enum(['proportional', 'direct']).default('proportional'),
  /** Unit's choice: the year score is the mean of the period scores over the periods worked. */
  yearScore: z.enum(['mean']).default('mean'),
  /**
   * Unit's choice: decimals of period and year scores, computed exactly and rounded half up; the
   * level is the band of the score as printed.
   */
  decimals: z.number().int().min(0).max(4).optional(),
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
        parent: z.string().default(''),
        /** Last day (YYYY-MM-DD) the parent line heads a document; later periods print without it. */
        parentUntil: isoDay.optional(),
        name: z.string().default('ỦY BAN NHÂN DÂN XÃ …'),
        place: z.string().default('…'),
        preparerTitle: z.string().default('NGƯỜI LẬP BIỂU'),
        headTitle: z.string().default('THỦ TRƯỞNG ĐƠN VỊ'),
        approverTitle: z.string().default('CHỦ TỊCH'),
        /** The "Nơi nhận:" block of reports and the classification (Nghị định 30/2020). */
        recipients: z.array(z.string()).default(DEFAULT_RECIPIENTS),
      })
      .default({
        parent: '',
        name: 'ỦY BAN NHÂN DÂN XÃ …',
        place: '…',
        preparerTitle: 'NGƯỜI LẬP BIỂU',
        headTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
        approverTitle: 'CHỦ TỊCH',
        recipients: DEFAULT_RECIPIENTS,
      }),
    monthlyPoints: z.number().int().positive(),
    floorMonthAtZero: z.boolean().default(false),
    deductionCodes: z.array(deductionCode).min(1),
    neutralCodes: z.array(neutralCode).default([]),
    calendar: z.record(z.string().regex(/^\d{4}$/), yearCalendar).default({}),
    evaluation: evaluation.optional(),
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
    if (rb.evaluation && rb.evaluation.disciplineMax > rb.evaluation.generalMax) {
      ctx.addIssue({ code: 'custom', message: 'disciplineMax > generalMax', path: ['evaluation', 'disciplineMax'] });
    }
    // A calendar date must exist and belong to the year it is listed under.
    for (const [year, cal] of Object.entries(rb.calendar)) {
      for (const list of ['daysOff', 'workingWeekendDays'] as const) {
        cal[list].forEach((d, i) => {
          const [y, m, day] = d.date.split('-').map(Number);
          const date = new Date(Date.UTC(y!, m! - 1, day));
          const real = date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === day;
          if (!real) ctx.addIssue({ code: 'custom', message: `${d.date} is not a date`, path: ['calendar', year, list, i, 'date'] });
          else if (String(y) !== year)
            ctx.addIssue({ code: 'custom', message: `${d.date} is not in ${year}`, path: ['calendar', year, list, i, 'date'] });
        });
      }
    }
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
export type EvaluationRules = NonNullable<Rulebook['evaluation']>;

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
