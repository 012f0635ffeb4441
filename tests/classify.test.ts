import { describe, expect, it } from 'vitest';
import { bandFor, classifyYear } from '../src/core/classify.js';
import { defaultRulebook, PRESETS, type Rulebook } from '../src/core/rulebook.js';
import type { PersonId } from '../src/core/types.js';
import type { PersonYear, YearResult } from '../src/core/year.js';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function person(name: string, total: number, opts: Partial<PersonYear> = {}): PersonYear {
  const months = opts.monthsWorked ?? ALL;
  return {
    id: name as PersonId,
    hasOwnId: true,
    name,
    months: Object.fromEntries(months.map((m) => [m, { deducted: 0, score: total / months.length }])),
    counts: {},
    pointsByCode: {},
    deducted: 100 * months.length - total,
    total,
    monthsPresent: months.length,
    monthsWorked: months,
    maternityMonths: [],
    unexcusedAbsence: false,
    ...opts,
  };
}

function year(staff: PersonYear[], missingMonths: number[] = []): YearResult {
  return {
    year: 2023,
    months: ALL.filter((m) => !missingMonths.includes(m)),
    missingMonths,
    staff,
    deductions: [],
    problems: [],
    scope: { kind: 'year', year: 2023 },
  };
}

function strict(): Rulebook {
  const r = defaultRulebook();
  return { ...r, classification: { ...r.classification, gapPolicy: 'strict' } };
}

describe('bands of the source plan', () => {
  it.each([
    [1200, 'HTXSNV', false],
    [900, 'HTXSNV', false],
    [870, 'HTTNV', true],
    [850, 'HTTNV', false],
    [750, 'HTTNV', false],
    [720, 'HTNV', true],
    [600, 'HTNV', false],
    [550, 'KHTNV', true],
    [400, 'KHTNV', false],
    [350, 'KHTNV', true],
  ])('%i → %s (gap: %s)', (total, level, gap) => {
    const r = bandFor(total, defaultRulebook().classification.bands);
    expect([r.band.level, r.inGap]).toEqual([level, gap]);
  });
});

describe('gap policy', () => {
  it('lower-bound classifies a gap total by the band below and flags it', () => {
    const [p] = classifyYear(year([person('A', 870)]), defaultRulebook()).people;
    expect(p).toMatchObject({ level: 'HTTNV', flags: ['gap'] });
  });
  it('strict leaves a gap total unclassified for review', () => {
    const c = classifyYear(year([person('A', 870)]), strict());
    expect(c.people[0]).toMatchObject({ level: null, flags: ['gap'] });
    expect(c.summary.counts.unclassified).toBe(1);
  });
});

describe('partial year and months worked', () => {
  it('scales a person present 8 months to a 12-month basis', () => {
    const [p] = classifyYear(year([person('A', 560, { monthsWorked: [5, 6, 7, 8, 9, 10, 11, 12] })]), defaultRulebook()).people;
    expect(p).toMatchObject({ compared: 840, level: 'HTTNV', flags: ['partial-year'] });
  });
  it('does not classify a person present fewer than six months', () => {
    const [p] = classifyYear(year([person('A', 500, { monthsWorked: [8, 9, 10, 11, 12] })]), defaultRulebook()).people;
    expect(p).toMatchObject({ level: null, flags: ['partial-year'] });
  });
  it('does not classify a person who worked under six months, unless on maternity leave', () => {
    const sick = person('A', 1200, { monthsWorked: [1, 2, 3, 4, 5], monthsPresent: 12 });
    const fullYear = Object.fromEntries(ALL.map((m) => [m, { deducted: m === 1 ? 10 : 0, score: m === 1 ? 90 : 100 }]));
    const mother = person('B', 1190, {
      months: fullYear,
      monthsWorked: [1, 2, 3, 4, 5],
      monthsPresent: 12,
      maternityMonths: [6, 7, 8, 9, 10, 11, 12],
    });
    const [a, b] = classifyYear(year([sick, mother]), defaultRulebook()).people;
    expect(a).toMatchObject({ level: null, flags: ['under-six-months'] });
    expect(b).toMatchObject({ level: 'HTXSNV', compared: (490 * 12) / 5, flags: ['under-six-months'] });
  });
  it('makes months missing for everyone an error unless allowed', () => {
    const y = year([person('A', 1000, { monthsWorked: ALL.slice(0, 11) })], [12]);
    expect(classifyYear(y, defaultRulebook()).problems.map((p) => p.key)).toEqual(['classify.missingMonths']);
    expect(classifyYear(y, defaultRulebook(), { allowMissingMonths: true }).problems).toEqual([]);
  });
});

describe('discipline cap', () => {
  it('puts a disciplined person at KHTNV whatever the points', () => {
    const c = classifyYear(year([person('A', 1200)]), defaultRulebook(), { roster: [{ name: 'A', id: 'A', discipline: 'Cảnh cáo' }] });
    expect(c.people[0]).toMatchObject({ level: 'KHTNV', flags: ['discipline-cap'] });
    expect(c.people[0]!.notes[0]!.key).toBe('note.disciplineCap');
  });
});

describe('quota within the unit and per group', () => {
  const staff = [
    person('E1', 1200),
    person('E2', 1100),
    ...Array.from({ length: 5 }, (_, i) => person(`G${i}`, 800)),
    person('X1', 1150, { id: 'X1' as PersonId }),
  ];
  const roster = staff.map((p) => ({ id: p.id, name: p.name, group: p.name.startsWith('X') ? 'Lãnh đạo' : 'Công chức' }));

  it('holds when excellent ≤ 20% of good: 1 of 5', () => {
    const c = classifyYear(year([person('E1', 1200), ...staff.slice(2, 7)]), defaultRulebook());
    expect(c.summary.quota).toMatchObject({ holds: true, groups: [{ group: '', excellent: 1, good: 5, limit: 1, holds: true }] });
  });

  it('is reported broken for the unit and per group, without moving anyone by default', () => {
    const c = classifyYear(year(staff), defaultRulebook(), { roster });
    const scopes = c.summary.quota.groups.map((g) => [g.scope, g.group, g.excellent, g.good, g.limit, g.holds]);
    // The unit: E1, E2, X1 excellent, 5 good → at most ⌊0.2 × 5⌋ = 1. Công chức: 2 of at most 1. Lãnh đạo: 1 of 0.
    expect(scopes).toEqual([
      ['unit', '', 3, 5, 1, false],
      ['group', 'Công chức', 2, 5, 1, false],
      ['group', 'Lãnh đạo', 1, 0, 0, false],
    ]);
    expect(c.people.filter((p) => p.level === 'HTXSNV').map((p) => p.name)).toEqual(['E1', 'E2', 'X1']);
    expect(c.summary.quota.groups[0]!.ranking.map((r) => r.name)).toEqual(['E1', 'X1', 'E2']);
    expect(c.summary.quota.groups[1]!.ranking.map((r) => r.name)).toEqual(['E1', 'E2']);
  });

  it('without groups the unit is the one scope', () => {
    const c = classifyYear(year(staff), defaultRulebook());
    expect(c.summary.quota.groups.map((g) => [g.scope, g.excellent, g.limit, g.holds])).toEqual([['unit', 3, 1, false]]);
    const enforced = classifyYear(year(staff), defaultRulebook(), { enforceQuota: true });
    // X1 (1,150) and E2 (1,100) move, the lowest first: E2, then X1 (after E2 moves, good is 6, limit still 1).
    expect(enforced.people.filter((p) => p.flags.includes('quota-moved')).map((p) => p.name)).toEqual(['E2', 'X1']);
    expect(enforced.people.find((p) => p.name === 'X1')!.notes.at(-1)!.key).toBe('note.quotaMovedUnit');
  });

  it('moves the lowest-ranked excellent people with --enforce-quota and says why', () => {
    const c = classifyYear(year(staff), defaultRulebook(), { roster, enforceQuota: true });
    const moved = c.people.filter((p) => p.flags.includes('quota-moved')).map((p) => p.name);
    expect(moved).toEqual(['E2', 'X1']);
    expect(c.people.find((p) => p.name === 'E2')!.level).toBe('HTTNV');
    expect(c.summary.quota.holds).toBe(true);
  });
});

describe('100-point bands on the discipline total alone (scale per-month, no evaluation section)', () => {
  it('compares the total on a 100-point basis without gaps', () => {
    // The nd335-2025 preset feeds the 100-point evaluation (tests/evaluation.test.ts); without its
    // evaluation section its bands apply to total ÷ months.
    const rules = { ...PRESETS['nd335-2025'](), evaluation: undefined };
    const c = classifyYear(year([person('A', 1080), person('B', 1079), person('C', 840), person('D', 599)]), rules);
    expect(c.people.map((p) => [p.compared, p.level, p.flags])).toEqual([
      [90, 'HTXSNV', []],
      [89.92, 'HTTNV', []],
      [70, 'HTTNV', []],
      [49.92, 'KHTNV', []],
    ]);
  });
});
