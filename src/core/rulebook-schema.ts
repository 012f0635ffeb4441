import * as z from 'zod';
import type { MessageKey } from '../i18n/messages.js';
import { normaliseCode } from './codes.js';
import { DEFAULT_UNIT, LEVELS, type Rulebook } from './rulebook-types.js';

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
  .regex(/^\p{L}+$/u, 'rulebook.issue.lettersOnly');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'rulebook.issue.isoDay');
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

const reviewCriterion = z
  .object({ id: z.string().min(1), name: z.string().min(1), description: z.string().optional(), levels: z.record(z.string(), z.string()) })
  .strict();
const reviewSchema = z
  .object({
    name: z.string().min(1),
    levels: z.array(z.string().min(1)).min(2),
    raters: z.enum(['self', 'leader', 'both']).default('both'),
    period: z.enum(['half-year', 'quarter']).default('half-year'),
    groups: z
      .array(
        z
          .object({
            id: z.string().min(1),
            part: z.string(),
            title: z.string().min(1),
            criteria: z.array(reviewCriterion),
            missing: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .min(1),
    overall: z
      .array(
        z.object({ level: z.string().min(1), share: z.number().min(0).max(1).optional(), noneAt: z.array(z.string()).optional() }).strict(),
      )
      .min(1),
    selfGap: z.number().int().min(1).default(2),
    formRows: z.record(z.string(), z.array(z.string())).optional(),
  })
  .strict();

const rulebookSchema = z
  .object({
    formatVersion: z.literal(1),
    name: z.string().min(1),
    preset: z.string().optional(),
    unit: z
      .object({
        parent: z.string().default(DEFAULT_UNIT.parent),
        /** Last day (YYYY-MM-DD) the parent line heads a document; later periods print without it. */
        parentUntil: isoDay.optional(),
        name: z.string().default(DEFAULT_UNIT.name),
        place: z.string().default(DEFAULT_UNIT.place),
        preparerTitle: z.string().default(DEFAULT_UNIT.preparerTitle),
        headTitle: z.string().default(DEFAULT_UNIT.headTitle),
        approverTitle: z.string().default(DEFAULT_UNIT.approverTitle),
        /** The "Nơi nhận:" block of reports and the classification (Nghị định 30/2020). */
        recipients: z.array(z.string()).default(DEFAULT_UNIT.recipients),
      })
      .default(DEFAULT_UNIT),
    monthlyPoints: z.number().int().positive(),
    floorMonthAtZero: z.boolean().default(false),
    /** Working days a person has to object to a closed month's notice (scoring close); 5 when absent. */
    objectionWorkingDays: z.number().int().min(1).max(60).optional(),
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
    /** "5 xây, 3 chống" (scoring review): the criteria, levels, raters, period and the overall rule. */
    review: reviewSchema.optional(),
    /** The unit's administrative-reform (CCHC) indicators the classification states: numbered as the province numbers them. */
    cchc: z
      .object({
        shareIndicator: z.string().min(1).default('5.3.2'),
        disciplineIndicator: z.string().min(1).default('5.4.2'),
      })
      .strict()
      .optional(),
  })
  .superRefine((rb, ctx) => {
    const seen = new Map<string, string>();
    const all = [...rb.deductionCodes, ...rb.neutralCodes];
    all.forEach((c) => {
      for (const spelling of [c.code, ...c.aliases]) {
        const key = normaliseCode(spelling);
        const owner = seen.get(key);
        if (owner !== undefined) {
          ctx.addIssue({ code: 'custom', message: 'rulebook.issue.codeTwice', params: { spelling, owner, code: c.code }, path: ['codes'] });
        }
        seen.set(key, c.code);
      }
    });
    if (rb.evaluation && rb.evaluation.disciplineMax > rb.evaluation.generalMax) {
      ctx.addIssue({ code: 'custom', message: 'rulebook.issue.disciplineOverGeneral', path: ['evaluation', 'disciplineMax'] });
    }
    // A calendar date must exist and belong to the year it is listed under.
    for (const [year, cal] of Object.entries(rb.calendar)) {
      for (const list of ['daysOff', 'workingWeekendDays'] as const) {
        cal[list].forEach((d, i) => {
          const [y, m, day] = d.date.split('-').map(Number);
          const date = new Date(Date.UTC(y!, m! - 1, day));
          const real = date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === day;
          const path = ['calendar', year, list, i, 'date'];
          if (!real) ctx.addIssue({ code: 'custom', message: 'rulebook.issue.noSuchDate', params: { date: d.date }, path });
          else if (String(y) !== year)
            ctx.addIssue({ code: 'custom', message: 'rulebook.issue.otherYear', params: { date: d.date, year }, path });
        });
      }
    }
    rb.classification.bands.forEach((b, i) => {
      if (b.min > b.max) {
        ctx.addIssue({ code: 'custom', message: 'rulebook.issue.minOverMax', path: ['classification', 'bands', i] });
      }
    });
  });

/** The schema produces exactly the zod-free types of rulebook-types.ts (a compile-time check). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof rulebookSchema>, Rulebook> = true;
void schemaMatchesTypes;

/** One failing field: its path (`deductionCodes.2.points`) and what is wrong, as a message key of i18n/messages.ts. */
export interface RulebookFieldIssue {
  readonly path: string;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export type RulebookResult = { ok: true; rulebook: Rulebook } | { ok: false; issues: RulebookFieldIssue[] };

/** The kinds of JSON value a clerk can get wrong, each with a message saying what to write. */
const EXPECTED: Partial<Record<string, MessageKey>> = {
  number: 'rulebook.issue.notNumber',
  int: 'rulebook.issue.notInteger',
  string: 'rulebook.issue.notText',
  boolean: 'rulebook.issue.notBoolean',
  array: 'rulebook.issue.notList',
  object: 'rulebook.issue.notObject',
};

/** zod's issue as a message the clerk reads in their language (zod itself only speaks English). */
function issueMessage(issue: z.core.$ZodIssue): { key: MessageKey; params: Record<string, string | number> } {
  const own = issue.message.startsWith('rulebook.issue.') ? (issue.message as MessageKey) : undefined;
  switch (issue.code) {
    case 'custom':
    case 'invalid_format':
      if (own)
        return {
          key: own,
          params: Object.fromEntries(Object.entries(issue.code === 'custom' ? (issue.params ?? {}) : {}).map(([k, v]) => [k, String(v)])),
        };
      break;
    case 'invalid_type':
      if (issue.input === undefined) return { key: 'rulebook.issue.missing', params: {} };
      return { key: EXPECTED[issue.expected] ?? 'rulebook.issue.type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'array') return { key: 'rulebook.issue.tooFew', params: { minimum: String(issue.minimum) } };
      if (issue.origin === 'string') return { key: 'rulebook.issue.empty', params: {} };
      return {
        key: issue.inclusive === false ? 'rulebook.issue.above' : 'rulebook.issue.tooSmall',
        params: { minimum: String(issue.minimum) },
      };
    case 'too_big':
      return {
        key: issue.origin === 'string' ? 'rulebook.issue.tooLong' : 'rulebook.issue.tooBig',
        params: { maximum: String(issue.maximum) },
      };
    case 'invalid_value':
      return { key: 'rulebook.issue.oneOf', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    default:
      break;
  }
  return { key: 'rulebook.issue.other', params: { detail: issue.message } };
}

/** Validates untrusted JSON; reports every failing field with its path and a message key. */
export function validateRulebook(input: unknown): RulebookResult {
  // reportInput: a missing field and a field of the wrong kind are told apart by the value given.
  const parsed = rulebookSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, rulebook: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', ...issueMessage(i) })),
  };
}
