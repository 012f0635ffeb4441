import { describe, expect, it } from 'vitest';
import { MonthScorer, scoreMonth } from '../src/core/engine.js';
import type { DeductionEvent, MonthStaff, NeutralMark, ParsedMonth } from '../src/core/grid.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import type { CellAddress, Code, PersonId } from '../src/core/types.js';

const rules = defaultRulebook();
const person = (id: string, row: number): MonthStaff => ({
  id: id as PersonId,
  hasOwnId: true,
  name: `Người ${id}`,
  nameKey: `người ${id.toLowerCase()}`,
  row,
  nameCell: `C${row}` as CellAddress,
});
const [a, b, c] = [person('A', 9), person('B', 10), person('C', 11)];
const source = { file: 'thang-03-2023.xlsx', sheet: 'T3', cell: 'E9' as CellAddress };
const event = (p: MonthStaff, date: string, code: string, count = 1): DeductionEvent => ({
  personId: p.id,
  date,
  code: code as Code,
  count,
  source,
});
const mark = (p: MonthStaff, date: string, code: string): NeutralMark => ({ personId: p.id, date, code: code as Code, source });

// March 2023: the 1st is a Wednesday; the 4th and 5th a weekend; 23 working days, no holiday.
const events = [event(a, '2023-03-01', 'V'), event(a, '2023-03-02', 'M', 2), event(c, '2023-03-06', 'VS')];
const marks = [mark(b, '2023-03-01', 'P'), mark(b, '2023-03-04', 'P'), mark(b, '2023-03-07', 'TS'), mark(c, '2023-03-08', 'CT')];
const month = (ev: DeductionEvent[], mk: NeutralMark[]): ParsedMonth => ({
  file: source.file,
  sheet: source.sheet,
  ym: { year: 2023, month: 3 },
  staff: [a, b, c],
  events: ev,
  marks: mk,
  evaluations: new Map(),
  problems: [],
});

/** Worked by hand: V 60 and M 10 × 2 for A; VS 30 for C; B's leave on Wednesday 1 and maternity on Tuesday 7 (Saturday 4 is no working day). */
const expected = {
  A: {
    deducted: 80,
    score: 20,
    counts: { V: 1, M: 2 },
    points: { V: 60, M: 20 },
    absentWorkdays: 0,
    maternityWorkdays: 0,
    workingDays: 23,
  },
  B: { deducted: 0, score: 100, counts: {}, points: {}, absentWorkdays: 2, maternityWorkdays: 1, workingDays: 23 },
  C: { deducted: 30, score: 70, counts: { VS: 1 }, points: { VS: 30 }, absentWorkdays: 0, maternityWorkdays: 0, workingDays: 23 },
};

function figures(scores: ReturnType<MonthScorer['scoreOf']>[]) {
  return Object.fromEntries(
    scores.map((s) => [
      s.id,
      {
        deducted: s.deducted,
        score: s.score,
        counts: { ...s.counts },
        points: { ...s.points },
        absentWorkdays: s.absentWorkdays,
        maternityWorkdays: s.maternityWorkdays,
        workingDays: s.workingDays,
      },
    ]),
  );
}

describe('a month scored person by person', () => {
  it('walks the events in step with the staff when each person is scored in turn', () => {
    const scorer = new MonthScorer(month(events, marks), rules, undefined, true);
    expect(figures([a, b, c].map((p) => scorer.scoreOf(p)))).toEqual(expected);
  });

  it('gives the same figures when the events come in another order', () => {
    const scorer = new MonthScorer(month([events[2]!, ...events.slice(0, 2)], [...marks].reverse()), rules, undefined, true);
    expect(figures([a, b, c].map((p) => scorer.scoreOf(p)))).toEqual(expected);
  });

  it('gives the same figures when people are scored out of turn', () => {
    const scorer = new MonthScorer(month(events, marks), rules, undefined, true);
    expect(figures([c, a, b].map((p) => scorer.scoreOf(p)))).toEqual(expected);
  });

  it('measures each person into the scorer itself, keeping nothing of the person before', () => {
    const scorer = new MonthScorer(month(events, marks), rules, undefined, true);
    const seen = [a, b, c].map((p) => {
      const f = scorer.measure(p);
      return [p.id, { deducted: f.deducted, score: f.score, counts: { ...f.counts }, absentWorkdays: f.absentWorkdays }];
    });
    expect(Object.fromEntries(seen)).toEqual({
      A: { deducted: 80, score: 20, counts: { V: 1, M: 2 }, absentWorkdays: 0 },
      B: { deducted: 0, score: 100, counts: {}, absentWorkdays: 2 },
      C: { deducted: 30, score: 70, counts: { VS: 1 }, absentWorkdays: 0 },
    });
  });

  it('gives the same figures without the promise of turns (scoreMonth)', () => {
    expect(figures([...scoreMonth(month(events, marks), rules).staff])).toEqual(expected);
  });
});
