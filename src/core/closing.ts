import { monthDays } from './calendar.js';
import { isoDate } from './dates.js';
import type { ParsedMonth } from './grid.js';
import { closedMonth, type Ledger } from './ledger.js';
import { monthContent } from './month-content.js';
import { diffMonths } from './month-diff.js';
import { type Problem, problem, UserError } from './problems.js';
import type { Rulebook } from './rulebook.js';

/**
 * Closed means closed: every grid of a month the ledger has closed is compared with what was
 * closed. Each changed cell is an error at its cell (before → after, and what it does to the
 * person's score), so a changed grid can no longer reach a report unseen. `reopen` is the way to
 * change a closed month.
 */

/** The unit a month belongs to: the grid's own letterhead, else the rulebook's. */
export function unitOf(month: ParsedMonth, rules: Rulebook): string {
  return month.unit ?? rules.unit.name;
}

/** A ledger of another unit or year is no ledger of these grids: stop, naming both. */
export function checkLedgerFits(ledger: Ledger, file: string, month: ParsedMonth, rules: Rulebook): void {
  if (ledger.year !== month.ym.year)
    throw new UserError('ledger.otherYear', { file, year: ledger.year, grid: month.file, gridYear: month.ym.year });
  const unit = unitOf(month, rules);
  if (ledger.unit !== unit) throw new UserError('ledger.otherUnit', { file, unit: ledger.unit, grid: month.file, gridUnit: unit });
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

export function closedMonthProblems(ledger: Ledger, file: string, months: readonly ParsedMonth[], rules: Rulebook): Problem[] {
  const out: Problem[] = [];
  for (const m of months) {
    const entry = closedMonth(ledger, m.ym.year, m.ym.month);
    if (!entry) continue;
    checkLedgerFits(ledger, file, m, rules);
    const now = monthContent(m, rules);
    const where = { file: m.file, sheet: m.sheet };
    const when = { month: `${String(m.ym.month).padStart(2, '0')}/${m.ym.year}`, date: ddmmyyyy(entry.date), ledger: file };
    if (entry.content.rules !== now.rules) {
      out.push(problem('error', 'ledger.otherRules', when, where));
      continue;
    }
    const d = diffMonths(entry.content, now);
    const effect = new Map(d.effects.map((e) => [e.id, e]));
    for (const c of d.cells) {
      const e = effect.get(c.id);
      out.push(
        problem(
          'error',
          'ledger.cellChanged',
          {
            ...when,
            name: c.name,
            before: c.before === '' ? '∅' : c.before,
            after: c.after === '' ? '∅' : c.after,
            scoreBefore: e?.before ?? '—',
            scoreAfter: e?.after ?? '—',
          },
          { ...where, cell: c.cell },
        ),
      );
    }
    for (const p of d.added) out.push(problem('error', 'ledger.personAdded', { ...when, name: p.name, id: p.id }, where));
    for (const p of d.removed) out.push(problem('error', 'ledger.personRemoved', { ...when, name: p.name, id: p.id }, where));
  }
  return out;
}

/** Working days to object to a notice when the rulebook says nothing. */
export const DEFAULT_OBJECTION_DAYS = 5;

/**
 * The last day to object to a notice handed out on `from`: that many working days after it, on the
 * rulebook's calendar (weekends and days off skipped, a working Saturday counted).
 */
export function objectionDeadline(from: string, rules: Rulebook): string {
  let left = rules.objectionWorkingDays ?? DEFAULT_OBJECTION_DAYS;
  let [year, month, day] = from.split('-').map(Number) as [number, number, number];
  for (;;) {
    const days = monthDays(year, month, rules);
    for (const d of days) {
      if (d.day <= day || d.kind === 'missing') continue;
      if (d.kind === 'workday' && --left === 0) return isoDate(year, month, d.day);
    }
    day = 0;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
