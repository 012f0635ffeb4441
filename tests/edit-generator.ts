import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { monthDays } from '../src/core/calendar.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { run, writeGrid } from './helpers.js';

/**
 * The generator of clerks' edits (issue 27): a grid made by init-month's writer, random marks, then
 * random edits drawn from the kinds in docs/bad-input.md (a row of zero height, which exceljs cannot
 * write, is a named test in every-cell.test.ts). The property: **right figures, or exit 1
 * naming a cell** — never a wrong score with exit 0. The expected figures are worked out here from
 * the intended marks, by the source plan's points, not by the engine. The unit loop runs a short
 * generator; CI runs a longer one (EDIT_RUNS). Seeds of failures found are kept in
 * tests/edit-corpus.json and run first.
 */

/** The source plan's points, as the test's own arithmetic (SPEC §1). */
const POINTS: Record<string, number> = { V: 60, VS: 30, VC: 30, M: 10, B: 30, H: 10, P: 0, Ô: 0 };
const CODES = Object.keys(POINTS);
const YEAR = 2023;
const MONTH = 3;
const WORKDAYS = monthDays(YEAR, MONTH, defaultRulebook())
  .filter((d) => d.kind === 'workday')
  .map((d) => d.day);
/** Columns of init-month's grid: A TT, B Mã, C name, D position, E day 1; people from row 9. */
const FIRST_DAY = 5;
const FIRST_ROW = 9;
const LAST_DAY_COL = FIRST_DAY + 30;

interface Mark {
  readonly person: number;
  readonly day: number;
  readonly code: string;
  readonly count: number;
}

type Edit =
  | { kind: 'blankRow'; at: number }
  | { kind: 'notesColumn' }
  | { kind: 'codeRetyped'; style: 'lower' | 'spaced' | 'separator' }
  | { kind: 'idRetyped'; person: number }
  | { kind: 'sectionRow'; at: number }
  | { kind: 'hideRow'; person: number }
  | { kind: 'mergeDays'; person: number }
  | { kind: 'duplicateDay'; person: number }
  | { kind: 'markAfterDays'; person: number }
  | { kind: 'markOnNobody' }
  | { kind: 'ttRetyped'; person: number }
  | { kind: 'copyRow'; person: number }
  | { kind: 'columnAfterName' }
  | { kind: 'sheetRenamed' };

/** Edits that leave every figure as it was (the rest must stop at a cell). */
const HARMLESS = new Set<Edit['kind']>([
  'blankRow',
  'notesColumn',
  'codeRetyped',
  'idRetyped',
  'sectionRow',
  'ttRetyped',
  'columnAfterName',
  'sheetRenamed',
]);

const staffSize = fc.integer({ min: 2, max: 5 });

function marksFor(size: number): fc.Arbitrary<Mark[]> {
  return fc
    .array(
      fc.record({
        person: fc.integer({ min: 0, max: size - 1 }),
        day: fc.constantFrom(...WORKDAYS),
        code: fc.constantFrom(...CODES),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 8 },
    )
    .map((marks) => {
      // One mark a cell; a count only where the plan allows one (M, B, H).
      const seen = new Set<string>();
      return marks
        .filter((m) => !seen.has(`${m.person}:${m.day}`) && seen.add(`${m.person}:${m.day}`))
        .map((m) => (['M', 'B', 'H'].includes(m.code) ? m : { ...m, count: 1 }));
    });
}

function editFor(size: number): fc.Arbitrary<Edit> {
  const person = fc.integer({ min: 0, max: size - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('blankRow' as const), at: fc.integer({ min: 0, max: size }) }),
    fc.constant({ kind: 'notesColumn' as const }),
    fc.record({
      kind: fc.constant('codeRetyped' as const),
      style: fc.constantFrom('lower' as const, 'spaced' as const, 'separator' as const),
    }),
    fc.record({ kind: fc.constant('idRetyped' as const), person }),
    fc.record({ kind: fc.constant('sectionRow' as const), at: fc.integer({ min: 0, max: size }) }),
    fc.record({ kind: fc.constant('hideRow' as const), person }),
    fc.record({ kind: fc.constant('mergeDays' as const), person }),
    fc.record({ kind: fc.constant('duplicateDay' as const), person }),
    fc.record({ kind: fc.constant('markAfterDays' as const), person }),
    fc.constant({ kind: 'markOnNobody' as const }),
    fc.record({ kind: fc.constant('ttRetyped' as const), person }),
    fc.record({ kind: fc.constant('copyRow' as const), person }),
    fc.constant({ kind: 'columnAfterName' as const }),
    fc.constant({ kind: 'sheetRenamed' as const }),
  );
}

function cellText(m: Mark, style: 'plain' | 'lower' | 'spaced' | 'separator'): string {
  const base = m.count > 1 ? `${m.count}${m.code}` : m.code;
  if (style === 'lower') return base.toLowerCase().normalize('NFD');
  if (style === 'spaced') return ` ${base} `;
  if (style === 'separator') return `${base};`;
  return base;
}

const ROW_INSERTS = new Set<Edit['kind']>(['blankRow', 'sectionRow']);

/**
 * Applies the edits to the grid as exceljs holds it: rows inserted first (people below move down,
 * and later edits find them where they now are), the day column inserted last.
 */
function applyEdits(wb: ExcelJS.Workbook, edits: readonly Edit[], marks: readonly Mark[], size: number): void {
  const ws = wb.worksheets[0]!;
  const inserted: number[] = [];
  for (const edit of edits) {
    if (edit.kind === 'blankRow' || edit.kind === 'sectionRow') {
      const at = edit.at + inserted.filter((i) => i <= edit.at).length;
      ws.spliceRows(FIRST_ROW + at, 0, edit.kind === 'blankRow' ? [] : ['II', '', 'CÔNG CHỨC']);
      inserted.push(edit.at);
    }
  }
  const row = (p: number) => FIRST_ROW + p + inserted.filter((i) => i <= p).length;
  for (const edit of edits) {
    if (ROW_INSERTS.has(edit.kind) || edit.kind === 'duplicateDay' || edit.kind === 'columnAfterName') continue;
    switch (edit.kind) {
      case 'ttRetyped':
        ws.getCell(row(edit.person), 1).value = 'V';
        break;
      case 'copyRow': {
        // The person's row copied without its Mã under the last person, to add a mark.
        const from = ws.getRow(row(edit.person));
        const to = ws.getRow(row(size - 1) + 1);
        from.eachCell((cell, col) => {
          if (col !== 2) to.getCell(col).value = cell.value;
        });
        to.getCell(FIRST_DAY + WORKDAYS[2]! - 1).value = 'M';
        break;
      }
      case 'sheetRenamed':
        ws.name = 'Sheet1';
        break;
      case 'notesColumn':
        ws.getCell(8, LAST_DAY_COL + 1).value = 'Ghi chú';
        for (let p = 0; p < size; p++) ws.getCell(row(p), LAST_DAY_COL + 1).value = `ghi chú ${p}`;
        break;
      case 'codeRetyped':
        for (const m of marks) ws.getCell(row(m.person), FIRST_DAY + m.day - 1).value = cellText(m, edit.style);
        break;
      case 'idRetyped': {
        const cell = ws.getCell(row(edit.person), 2);
        cell.value = ` ${String(cell.value ?? '').toLowerCase()}\u200B`;
        break;
      }
      case 'hideRow':
        ws.getRow(row(edit.person)).hidden = true;
        break;
      case 'mergeDays': {
        const day = WORKDAYS[0]!;
        ws.getCell(row(edit.person), FIRST_DAY + day - 1).value = 'V';
        ws.mergeCells(row(edit.person), FIRST_DAY + day - 1, row(edit.person), FIRST_DAY + day);
        break;
      }
      case 'markAfterDays':
        // Two columns past day 31: the notes column, when drawn too, is the first.
        ws.getCell(row(edit.person), LAST_DAY_COL + 2).value = 'V';
        break;
      case 'markOnNobody':
        ws.getCell(row(size - 1) + 1, FIRST_DAY + WORKDAYS[1]! - 1).value = 'M';
        break;
    }
  }
  for (const edit of edits) {
    if (edit.kind !== 'columnAfterName') continue;
    // A column the clerk adds between the name and the position: found by its label, the days move right.
    ws.spliceColumns(4, 0, []);
    ws.getCell(8, 4).value = 'Năm sinh';
    for (let p = 0; p < size; p++) ws.getCell(row(p), 4).value = 1980 + p;
  }
  const shift = edits.some((e) => e.kind === 'columnAfterName') ? 1 : 0;
  for (const edit of edits) {
    if (edit.kind !== 'duplicateDay') continue;
    ws.spliceColumns(FIRST_DAY + shift + 16, 0, []);
    ws.getCell(8, FIRST_DAY + shift + 16).value = 16;
    ws.getCell(row(edit.person), FIRST_DAY + shift + 16).value = 'V';
  }
}

interface Json {
  staff: { name: string; months: Record<string, { score: number }> }[];
  problems: { severity: string; cell?: string }[];
}

/** The property over generated grids and edits; `resave` passes each grid through another program first. */
export function editProperty(dir: string, resave?: (path: string) => string) {
  let n = 0;
  return fc.asyncProperty(
    staffSize.chain((size) =>
      fc.tuple(fc.constant(size), marksFor(size), fc.uniqueArray(editFor(size), { minLength: 1, maxLength: 2, selector: (e) => e.kind })),
    ),
    async ([size, marks, edits]) => {
      const staff = Array.from({ length: size }, (_, i) => ({ id: `NV${i + 1}`, name: `Người Số ${i + 1}`, position: 'Công chức' }));
      const cells: Record<string, string> = {};
      const made = await writeGrid(dir, `g-${n++}.xlsx`, {
        staff,
        cells,
        edit: (wb) => {
          const ws = wb.worksheets[0]!;
          for (const m of marks) ws.getCell(FIRST_ROW + m.person, FIRST_DAY + m.day - 1).value = cellText(m, 'plain');
          applyEdits(wb, edits, marks, size);
        },
      });
      // Re-saved by another program when the caller says so (openpyxl, LibreOffice): the same property holds.
      const file = resave ? resave(made) : made;
      const r = await run(['tally', file, '--json', '--date', '31/12/2023']);
      const json = JSON.parse(r.stdout) as Json;
      const harmless = edits.every((e) => HARMLESS.has(e.kind));
      if (r.code === 1) {
        // A stop must name a cell; and a harmless edit must not stop the run.
        expect(json.problems.some((p) => p.severity === 'error' && p.cell)).toBe(true);
        expect(harmless, JSON.stringify({ edits, problems: json.problems })).toBe(false);
        return;
      }
      expect(r.code).toBe(0);
      expect(harmless, `exit 0 after ${JSON.stringify(edits)}`).toBe(true);
      // Right figures: 100 − the intended marks' points, person by person.
      for (let p = 0; p < size; p++) {
        const expected = 100 - marks.filter((m) => m.person === p).reduce((s, m) => s + POINTS[m.code]! * m.count, 0);
        const got = json.staff.find((s) => s.name === `Người Số ${p + 1}`)?.months[String(MONTH)]?.score;
        expect(got, `Người Số ${p + 1} after ${JSON.stringify(edits)}`).toBe(expected);
      }
    },
  );
}
