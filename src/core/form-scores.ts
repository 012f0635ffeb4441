import { fromUnits, toUnits } from './decimal.js';
import { type EnteredEvaluation, evaluatePerson, monthsOfPeriod } from './evaluation.js';
import { periodName } from './period-export.js';
import { type Problem, problem } from './problems.js';
import type { Rulebook } from './rulebook.js';
import { byFirstId, byNameKey, nameKey } from './staff.js';
import type { CellAddress } from './types.js';
import type { PersonYear, YearResult } from './year.js';

/**
 * Mẫu số 01 filled by hand and read back (issue 26): the leader's score (column 5) and the
 * person's own (column 4) on each row of the decree's form, so nobody divides the 25 points of
 * I.1 + II + III by hand. I.2 stays the grid's, with its evidence.
 */

/** The rows of the form a person scores: I.1, I.2, the four of II, III, and the task results. */
export const FORM_ROWS = ['I.1', 'I.2', 'II.1', 'II.2', 'II.3', 'II.4', 'III', 'task'] as const;
export type FormRow = (typeof FORM_ROWS)[number];

/** The rows the leader scores beside I.2 (which the grid gives): they make up "Tiêu chí chung khác". */
export const OTHER_GENERAL_ROWS: readonly FormRow[] = ['I.1', 'II.1', 'II.2', 'II.3', 'II.4', 'III'];

/** Each row's maximum as the decree's form prints it (I.2 and the task results follow the rulebook). */
export function formRowMax(row: FormRow, rules: Rulebook): number {
  const ev = rules.evaluation!;
  switch (row) {
    case 'I.1':
      return 5;
    case 'I.2':
      return ev.disciplineMax;
    case 'III':
      return 10;
    case 'task':
      return ev.taskMax;
    default:
      return 2.5;
  }
}

export interface FormScores {
  readonly name: string;
  readonly period: number;
  readonly leader: Partial<Record<FormRow, number>>;
  readonly self: Partial<Record<FormRow, number>>;
  readonly file: string;
  readonly sheet: string;
  /** The "Họ và tên:" line's cell. */
  readonly nameCell: CellAddress;
  /** The leader's cells, by row. */
  readonly cells: Partial<Record<FormRow, CellAddress>>;
}

/** A sum of rows at 2 decimals, exact; null while any of them is missing. */
export function sumOfRows(values: Partial<Record<FormRow, number>>, rows: readonly FormRow[]): number | null {
  if (rows.some((r) => values[r] === undefined)) return null;
  return fromUnits(
    rows.reduce((n, r) => n + toUnits(values[r]!, 2), 0),
    2,
  );
}

/**
 * Gives each person the leader's figures of their filled forms, as the grid's two columns would:
 * "Tiêu chí chung khác" = I.1 + II + III, and the task results. Where the grid has figures too, they
 * must agree; a form for nobody of the year, or for a period the person is not scored in, is said.
 */
export function applyFormScores(
  year: YearResult,
  forms: readonly FormScores[],
  rules: Rulebook,
): { year: YearResult; problems: Problem[] } {
  const ev = rules.evaluation;
  const problems: Problem[] = [];
  if (!ev || forms.length === 0) return { year, problems };
  const byPerson = new Map<string, Record<number, EnteredEvaluation>>();
  const details = new Map<string, Record<number, FormScores>>();
  const byName = byNameKey(year.staff);
  // Each person's form of a period, the first one read: a second (a sheet copied in Excel, the same
  // period in two files) would silently take the place of the first.
  const seen = new Map<string, FormScores>();
  for (const form of forms) {
    const where = { file: form.file, sheet: form.sheet, cell: form.cells.task ?? form.cells['I.1'] };
    const named = byName.get(nameKey(form.name)) ?? [];
    if (named.length !== 1) {
      problems.push(
        problem('error', named.length === 0 ? 'formScores.unknownPerson' : 'formScores.ambiguousPerson', { name: form.name }, where),
      );
      continue;
    }
    const person = named[0]!;
    const once = `${person.id}|${form.period}`;
    const first = seen.get(once);
    if (first) {
      const other = `${first.file} › ${first.sheet} › ${first.nameCell}`;
      problems.push(
        problem(
          'error',
          'formScores.twice',
          { name: person.name, period: periodName(ev.period, form.period, year.year), other },
          { ...where, cell: form.nameCell },
        ),
      );
      continue;
    }
    seen.set(once, form);
    const closing = monthsOfPeriod(form.period, ev).at(-1)!;
    const otherGeneral = sumOfRows(form.leader, OTHER_GENERAL_ROWS);
    const task = form.leader.task ?? null;
    const grid = person.evaluations?.[closing];
    const differs = (a: number | null | undefined, b: number | null) =>
      a !== null && a !== undefined && b !== null && toUnits(a, 2) !== toUnits(b, 2);
    if (grid && (differs(grid.otherGeneral, otherGeneral) || differs(grid.task, task))) {
      problems.push(
        problem(
          'error',
          'formScores.gridDiffers',
          {
            name: person.name,
            period: form.period,
            grid: `${grid.otherGeneral ?? '—'} + ${grid.task ?? '—'}`,
            form: `${otherGeneral ?? '—'} + ${task ?? '—'}`,
            cell: `${grid.cells.otherGeneral}`,
          },
          where,
        ),
      );
      continue;
    }
    const entered: EnteredEvaluation = {
      otherGeneral: otherGeneral ?? grid?.otherGeneral ?? null,
      task: task ?? grid?.task ?? null,
      file: form.file,
      sheet: form.sheet,
      cells: { otherGeneral: form.cells['I.1'] ?? ('' as CellAddress), task: form.cells.task ?? ('' as CellAddress) },
    };
    byPerson.set(person.id, { ...(byPerson.get(person.id) ?? {}), [closing]: entered });
    details.set(person.id, { ...(details.get(person.id) ?? {}), [form.period]: form });
  }
  const staff = year.staff.map((p): PersonYear => {
    const entered = byPerson.get(p.id);
    if (!entered) return p;
    return { ...p, evaluations: { ...(p.evaluations ?? {}), ...entered }, formScores: details.get(p.id)! };
  });
  // "Chưa chấm" said of a grid cell the form has now filled is no longer true.
  const byId = byFirstId(year.staff);
  const filledCells = new Set(
    [...byPerson].flatMap(([id, entered]) => {
      const p = byId.get(id)!;
      return Object.keys(entered).flatMap((m) => {
        const grid = p.evaluations?.[Number(m)];
        return grid ? [`${grid.file}|${grid.cells.otherGeneral}`, `${grid.file}|${grid.cells.task}`] : [];
      });
    }),
  );
  const kept = year.problems.filter((x) => !(x.key === 'evaluation.missing' && filledCells.has(`${x.file}|${x.cell}`)));
  const merged = { ...year, staff, problems: kept };
  // I.2 is the grid's, with its evidence: a figure changed by hand on the form is said at its cell.
  for (const p of staff) {
    if (!p.formScores) continue;
    const e = evaluatePerson(p, rules, merged);
    for (const form of Object.values(p.formScores)) {
      const typed = form.leader['I.2'];
      const computed = e?.periods.find((x) => x.period === form.period)?.discipline;
      if (typed === undefined || computed === undefined || toUnits(typed, 2) === toUnits(computed, 2)) continue;
      problems.push(
        problem(
          'error',
          'formScores.disciplineChanged',
          { name: p.name, value: typed, computed },
          { file: form.file, sheet: form.sheet, cell: form.cells['I.2'] },
        ),
      );
    }
  }
  return { year: merged, problems };
}
