import type { MessageKey } from '../i18n/messages.js';
import { divideHalfUp, fromUnits, toUnits } from './decimal.js';
import { DISCIPLINE_MEASURES, decisionYear, isLeaderPosition, type ListedCase, readDiscipline, readListedCases } from './discipline.js';
import { evaluatePerson, monthsOfPeriod, type PersonEvaluation, type TransferredPeriod } from './evaluation.js';
import { type MessageParams, type Problem, problem } from './problems.js';
import { type Band, LEVELS, type Level, type Rulebook } from './rulebook.js';
import { byFirstId, byNameKey, idKey, nameKey, type YearEndStaffMember } from './staff.js';
import type { PersonYear, YearResult } from './year.js';

/** Year-end classification (SPEC §6): bands, gap policy, partial year, discipline cap, quota. */

export type Flag = 'gap' | 'partial-year' | 'under-six-months' | 'discipline-cap' | 'listed-case' | 'quota-moved' | 'evaluation-missing';

export interface Note {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface ClassifiedPerson extends PersonYear {
  readonly group: string;
  /** The figure compared with the bands: year total on a 12-month basis, or per-month average. */
  readonly compared: number | null;
  readonly level: Level | null;
  readonly flags: readonly Flag[];
  readonly notes: readonly Note[];
  /** The period and year scores of Nghị định 335/2025, when the rulebook has an evaluation section. */
  readonly evaluation?: PersonEvaluation;
  /** The disciplinary measure of the classified year, when the roster records one. */
  readonly discipline?: string;
}

export interface QuotaGroup {
  /** The whole unit, or one group of similar tasks (Nhóm). */
  readonly scope: 'unit' | 'group';
  readonly group: string;
  readonly excellent: number;
  readonly good: number;
  readonly limit: number;
  readonly holds: boolean;
  /** Excellent people ranked by compared score, best first: those past `limit` are at the border. */
  readonly ranking: readonly { id: string; name: string; compared: number }[];
  readonly moved: readonly string[];
}

/**
 * The people at the border of a broken quota (ranked past the limit), at most `max` of them, and
 * how many more there are: at province scale they are thousands, more than a cell can hold.
 */
export function borderNames(group: QuotaGroup, max: number): { names: string[]; more: number } {
  const border = group.ranking.slice(group.limit);
  return { names: border.slice(0, max).map((r) => r.name), more: Math.max(0, border.length - max) };
}

export interface Summary {
  readonly counts: Record<Level | 'unclassified', number>;
  readonly shareGoodOrAbove: number;
  readonly cchcTargetMet: boolean;
  readonly unexcusedAbsencePeople: number;
  readonly quota: {
    readonly holds: boolean;
    readonly groups: readonly QuotaGroup[];
    /** The share applied, and the decision that allowed it when it is not the rulebook's. */
    readonly share: number;
    readonly basis?: string;
    /** People moved to HTTNV (`--enforce-quota`), in the order they were moved, with their scores. */
    readonly moved: readonly { readonly name: string; readonly compared: number; readonly group: string }[];
  };
}

export interface Classification {
  readonly year: YearResult;
  readonly people: readonly ClassifiedPerson[];
  readonly summary: Summary;
  readonly problems: readonly Problem[];
}

export interface ClassifyOptions {
  readonly roster?: readonly YearEndStaffMember[];
  readonly enforceQuota?: boolean;
  readonly allowMissingMonths?: boolean;
  /** Classify those whose evaluation is complete; the others stay unclassified (a warning, not an error). */
  readonly allowMissingEvaluations?: boolean;
  /**
   * A share the competent authority allowed above the rulebook's (Nghị định 335/2025 Điều 20 khoản 5
   * điểm b): a decision of the year, with its basis printed, not another rulebook.
   */
  readonly quota?: { readonly share: number; readonly basis: string };
  /** Results a previous unit sent for people who moved in (Điều 19 khoản 1), read from its export. */
  readonly transferred?: readonly TransferredPeriod[];
}

/** From 2026 the evaluation of công chức is under Nghị định 335/2025; notes cite the decree in force. */
const DECREE_335_FROM_YEAR = 2026;

function citing(year: number, before: MessageKey, from2026: MessageKey): MessageKey {
  return year >= DECREE_335_FROM_YEAR ? from2026 : before;
}

const MONTHS_IN_YEAR = 12;

/**
 * Lower-bound reading of the bands: the highest level whose lower bound the figure reaches. Figures
 * and bounds are compared in ten-thousandths, so a printed 90.00 is never below a bound of 90.
 */
export function bandFor(value: number, bands: readonly Band[]): { band: Band; inGap: boolean } {
  const u = (x: number) => toUnits(x, 4);
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const band = sorted.find((b) => u(value) >= u(b.min)) ?? sorted[sorted.length - 1]!;
  return { band, inGap: u(value) < u(band.min) || u(value) > u(band.max) };
}

/** The total per month, or on a twelve-month basis, in hundredths rounded half up (exact, one division). */
function comparedFigure(total: number, months: number, rules: Rulebook): number {
  const factor = rules.classification.scale === 'per-month' ? 1 : MONTHS_IN_YEAR;
  return fromUnits(divideHalfUp(toUnits(total, 2) * factor, months), 2);
}

interface RosterIndex {
  readonly byId: ReadonlyMap<string, YearEndStaffMember>;
  /** Every roster row of a name: a name matches only when it is the one row of that name. */
  readonly byName: ReadonlyMap<string, YearEndStaffMember[]>;
  /** How many people of the year bear each name. */
  readonly yearNames: ReadonlyMap<string, number>;
}

function indexRoster(roster: readonly YearEndStaffMember[], people: readonly PersonYear[]): RosterIndex {
  const byId = new Map<string, YearEndStaffMember>();
  for (const r of roster) {
    const id = idKey(r.id) || undefined;
    if (id && !byId.has(id)) byId.set(id, r);
  }
  const yearNames = new Map([...byNameKey(people)].map(([key, same]) => [key, same.length]));
  return { byId, byName: byNameKey(roster), yearNames };
}

/**
 * By id; else by name, only when the name is borne by one roster row and one person of the year:
 * two `Trần Văn Khải` must never share one row's discipline.
 */
function findInRoster(person: PersonYear, roster: RosterIndex): YearEndStaffMember | undefined {
  const byId = roster.byId.get(person.id);
  if (byId) return byId;
  const key = nameKey(person.name);
  const rows = roster.byName.get(key) ?? [];
  return rows.length === 1 && roster.yearNames.get(key) === 1 ? rows[0] : undefined;
}

/** The listed cases b and d a roster row records (d only for a leader), with the problems its cell raises. */
function listedCasesOf(entry: YearEndStaffMember | undefined, person: PersonYear, problems: Problem[]): ListedCase[] {
  if (!entry) return [];
  const reading = readListedCases(entry.listedCase);
  if (reading.kind === 'none') return [];
  const where = { file: entry.source?.file, sheet: entry.source?.sheet, cell: entry.source?.listedCaseCell };
  if (reading.kind === 'unknown') {
    problems.push(problem('error', 'roster.listedCaseUnknown', { value: entry.listedCase ?? '', name: entry.name }, where));
    return [];
  }
  const position = entry.position ?? person.position;
  if (reading.cases.includes('d') && !isLeaderPosition(position)) {
    problems.push(problem('error', 'roster.listedCaseNotLeader', { name: entry.name, position: position ?? '' }, where));
    return reading.cases.filter((c) => c !== 'd');
  }
  return [...reading.cases];
}

/** The discipline a roster row records for the classified year, with the problems its cells raise. */
function disciplineOf(entry: YearEndStaffMember | undefined, year: number, problems: Problem[]): string | undefined {
  if (!entry) return undefined;
  const where = (cell: string | undefined) => ({ file: entry.source?.file, sheet: entry.source?.sheet, cell, raw: undefined });
  const reading = readDiscipline(entry.discipline);
  if (reading.kind === 'none') return undefined;
  if (reading.kind === 'unknown') {
    problems.push(
      problem(
        'error',
        'roster.disciplineUnknown',
        { value: entry.discipline ?? '', name: entry.name, measures: DISCIPLINE_MEASURES.join(', ') },
        where(entry.source?.disciplineCell),
      ),
    );
    return undefined;
  }
  const date = entry.disciplineDate?.trim();
  if (date) {
    const y = decisionYear(date);
    if (y === undefined) {
      problems.push(problem('error', 'roster.disciplineDateBad', { value: date, name: entry.name }, where(entry.source?.dateCell)));
      return undefined;
    }
    if (y !== year) {
      problems.push(
        problem(
          'warning',
          'roster.disciplineOtherYear',
          { name: entry.name, measure: reading.measure, date, year },
          where(entry.source?.dateCell),
        ),
      );
      return undefined;
    }
  }
  return reading.measure;
}

/** A joiner's first month and a leaver's last, said on the classification so nobody reads them as the whole year. */
function presenceNotes(person: PersonYear, year: YearResult): Note[] {
  const own = Object.keys(person.months).map(Number);
  if (own.length === 0 || year.months.length === 0) return [];
  const notes: Note[] = [];
  if (Math.min(...own) > Math.min(...year.months)) notes.push({ key: 'note.joined', params: { month: Math.min(...own), year: year.year } });
  if (Math.max(...own) < Math.max(...year.months)) notes.push({ key: 'note.left', params: { month: Math.max(...own), year: year.year } });
  return notes;
}

function classifyPerson(
  person: PersonYear,
  rules: Rulebook,
  entry: YearEndStaffMember | undefined,
  year: YearResult,
  problems: Problem[],
  roster: RosterIndex,
  rosterGiven: boolean,
): ClassifiedPerson {
  const { minMonths, gapPolicy, bands } = rules.classification;
  const flags: Flag[] = [];
  const notes: Note[] = [...presenceNotes(person, year)];
  if (rosterGiven && !entry && !roster.byName.has(nameKey(person.name))) notes.push({ key: 'note.notOnRoster', params: {} });
  // The year-end roster's Nhóm, else the one the grids' roster gave (a leaver keeps their group).
  const group = entry?.group?.trim() || person.group || '';
  const evaluation = evaluatePerson(person, rules, year);
  const base = { ...person, group, ...(evaluation ? { evaluation } : {}) };

  const measure = disciplineOf(entry, year.year, problems);
  if (measure) {
    notes.push({
      key: citing(year.year, 'note.disciplineCap', 'note.disciplineCap335'),
      params: { discipline: measure, date: entry?.disciplineDate ? `, ${entry.disciplineDate}` : '' },
    });
    return { ...base, discipline: measure, compared: null, level: 'KHTNV', flags: ['discipline-cap'], notes };
  }
  const cases = listedCasesOf(entry, person, problems);
  if (cases.length > 0) {
    for (const c of cases) notes.push({ key: c === 'b' ? 'note.listedCaseB' : 'note.listedCaseD', params: {} });
    return { ...base, compared: null, level: 'KHTNV', flags: ['listed-case'], notes };
  }
  if (person.monthsPresent < minMonths) {
    notes.push({ key: 'note.partialYearUnclassified', params: { months: person.monthsPresent, min: minMonths } });
    return { ...base, compared: null, level: null, flags: ['partial-year'], notes };
  }

  let months = person.monthsPresent;
  let total = person.total;
  if (evaluation && person.monthsWorked.length === 0) {
    // Nghị định 335/2025 Điều 19 khoản 3: the time actually worked; with none, there is nothing to classify on.
    notes.push({ key: 'note.noTimeWorked335', params: {} });
    return { ...base, compared: null, level: null, flags: ['under-six-months'], notes };
  }
  if (person.monthsWorked.length < minMonths) {
    flags.push('under-six-months');
    if (person.maternityMonths.length === 0 || person.monthsWorked.length === 0) {
      notes.push({
        key: citing(year.year, 'note.underSixMonths', 'note.underSixMonths335'),
        params: { months: person.monthsWorked.length, min: minMonths },
      });
      return { ...base, compared: null, level: null, flags, notes };
    }
    // Maternity leave: the level is that of the time actually worked.
    months = person.monthsWorked.length;
    total = person.monthsWorked.reduce((n, m) => n + (person.months[m]?.score ?? 0), 0);
    notes.push({ key: 'note.maternity', params: { months } });
  } else if (months < MONTHS_IN_YEAR && !evaluation) {
    flags.push('partial-year');
    notes.push({ key: 'note.partialYearScaled', params: { months } });
  }

  if (evaluation && evaluation.yearScore === null) {
    notes.push({ key: 'note.evaluationMissing', params: { periods: evaluation.missing.map((m) => m.period).join(', ') } });
    return { ...base, compared: null, level: null, flags: [...flags, 'evaluation-missing'], notes };
  }
  if (evaluation && evaluation.notOnGrid.length > 0) {
    notes.push({ key: 'note.periodNotOnGrid', params: { periods: evaluation.notOnGrid.join(', ') } });
  }
  for (const file of new Set(evaluation?.periods.flatMap((p) => (p.from ? [p.from] : [])))) {
    const periods = evaluation!.periods.filter((p) => p.from === file).map((p) => p.period);
    notes.push({ key: 'note.transferred', params: { periods: periods.join(', '), file } });
  }
  if (evaluation) {
    const periods = evaluation.periods.map((p) => p.period).join(', ');
    notes.push({ key: 'note.evaluationScore', params: { score: evaluation.yearScore!, count: evaluation.periods.length, periods } });
  }
  const compared = evaluation ? evaluation.yearScore! : comparedFigure(total, months, rules);
  const { band, inGap } = bandFor(compared, bands);
  if (inGap) {
    flags.push('gap');
    if (gapPolicy === 'strict') {
      notes.push({ key: 'note.gapStrict', params: { value: compared } });
      return { ...base, compared, level: null, flags, notes };
    }
    notes.push({ key: 'note.gapLowerBound', params: { value: compared, level: band.level } });
  }
  return { ...base, compared, level: band.level, flags, notes };
}

/**
 * Gives each person the periods their previous unit sent, matched by Mã, else by a name one person
 * of the year bears. A row for nobody here, or for a period this unit's grids already have, is said.
 */
function attachTransfers(
  staff: readonly PersonYear[],
  rows: readonly TransferredPeriod[],
  rules: Rulebook,
  problems: Problem[],
): PersonYear[] {
  if (rows.length === 0 || !rules.evaluation) return [...staff];
  const ev = rules.evaluation;
  const byPerson = new Map<string, TransferredPeriod[]>();
  const byId = byFirstId(staff);
  const byName = byNameKey(staff);
  for (const row of rows) {
    const named = byName.get(nameKey(row.name)) ?? [];
    const person = (row.id !== undefined ? byId.get(idKey(row.id)) : undefined) ?? (named.length === 1 ? named[0] : undefined);
    const where = { file: row.file, cell: `A${row.line}` as never };
    if (!person) {
      problems.push(problem('warning', 'transfer.unknownPerson', { name: row.name }, where));
      continue;
    }
    if (monthsOfPeriod(row.period, ev).some((m) => person.months[m] !== undefined)) {
      problems.push(problem('warning', 'transfer.overlap', { name: row.name, period: row.period }, where));
      continue;
    }
    byPerson.set(person.id, [...(byPerson.get(person.id) ?? []), row]);
  }
  return staff.map((p) => (byPerson.has(p.id) ? { ...p, transferred: byPerson.get(p.id)! } : p));
}

/**
 * The quota (Nghị định 335/2025, the bands' clause 5 a): people at HTXSNV at most `quotaShare` of
 * those at HTTNV, within the unit and within each group of similar tasks (roster column Nhóm).
 * With `enforce`, the lowest-ranked excellent person of a scope that exceeds moves to HTTNV, one at a
 * time (each move adds one to HTTNV in the unit and in the group), groups first, then the unit.
 */
function applyQuota(
  people: ClassifiedPerson[],
  share: number,
  enforce: boolean,
): { groups: QuotaGroup[]; moved: { name: string; compared: number; group: string }[] } {
  const limitFor = (good: number) => Math.floor(share * good + 1e-9);
  // The unit, and each named group; people without a group are counted in the unit only (no phantom "nhóm —").
  const named = [...new Set(people.map((p) => p.group))].filter((g) => g !== '').sort();
  const scopes: { scope: 'unit' | 'group'; group: string }[] = [
    { scope: 'unit', group: '' },
    ...named.map((group) => ({ scope: 'group' as const, group })),
  ];
  // Each scope's people by their place in `people`, found once: a province has thousands of them.
  const members = scopes.map((): number[] => []);
  const scopeOf = new Map(named.map((g, k) => [g, k + 1]));
  for (const [i, p] of people.entries()) {
    members[0]!.push(i);
    const k = scopeOf.get(p.group);
    if (k !== undefined) members[k]!.push(i);
  }
  /** A scope's excellent people, best first (by compared score, then name), as places in `people`. */
  const ranked = (k: number) =>
    members[k]!.filter((i) => people[i]!.level === 'HTXSNV').sort((a, b) => {
      const [x, y] = [people[a]!, people[b]!];
      return (y.compared ?? 0) - (x.compared ?? 0) || x.name.localeCompare(y.name, 'vi');
    });
  const asRanking = (places: readonly number[]) =>
    places.map((i) => ({ id: people[i]!.id, name: people[i]!.name, compared: people[i]!.compared ?? 0 }));
  const count = (k: number, level: Level) => members[k]!.reduce((n, i) => n + (people[i]!.level === level ? 1 : 0), 0);
  const rankings = scopes.map((_, k) => asRanking(ranked(k)));
  const moved = scopes.map((): string[] => []);
  const movedPeople: { name: string; compared: number; group: string }[] = [];
  if (enforce) {
    for (const k of [...scopes.keys()].slice(1).concat(0)) {
      const scope = scopes[k]!;
      // Ranked once: a move takes the last excellent person out and adds one to HTTNV, nothing else.
      const excellent = ranked(k);
      let good = count(k, 'HTTNV');
      while (excellent.length > limitFor(good)) {
        const index = excellent.pop()!;
        const person = people[index]!;
        const compared = person.compared ?? 0;
        const where = scope.scope === 'unit' ? '' : scope.group;
        movedPeople.push({ name: person.name, compared, group: where });
        people[index] = {
          ...person,
          level: 'HTTNV',
          flags: [...person.flags, 'quota-moved'],
          notes: [
            ...person.notes,
            {
              key: scope.scope === 'unit' ? 'note.quotaMovedUnit' : 'note.quotaMoved',
              params: { group: where, share: Math.round(share * 100), score: compared },
            },
          ],
        };
        good++;
        moved[k]!.push(person.id);
      }
    }
  }
  const groups = scopes.map((scope, k) => {
    const excellent = count(k, 'HTXSNV');
    const good = count(k, 'HTTNV');
    const limit = limitFor(good);
    return {
      scope: scope.scope,
      group: scope.group,
      excellent,
      good,
      limit,
      holds: excellent <= limit,
      ranking: rankings[k]!,
      moved: moved[k]!,
    };
  });
  return { groups, moved: movedPeople };
}

export function classifyYear(year: YearResult, rules: Rulebook, opts: ClassifyOptions = {}): Classification {
  const problems: Problem[] = [...year.problems];
  if (year.missingMonths.length > 0 && !opts.allowMissingMonths) {
    problems.push(problem('error', 'classify.missingMonths', { months: year.missingMonths.join(', ') }));
  }
  const roster = opts.roster ?? [];
  const index = indexRoster(roster, year.staff);
  const staff = attachTransfers(year.staff, opts.transferred ?? [], rules, problems);
  const people = staff.map((p) => classifyPerson(p, rules, findInRoster(p, index), year, problems, index, opts.roster !== undefined));
  // A roster row whose name several people bear, matched by no id, cannot say whose discipline it is.
  const ids = new Set<string>(year.staff.map((p) => p.id));
  for (const [key, rows] of index.byName) {
    if (rows.length < 2 && (index.yearNames.get(key) ?? 0) < 2) continue;
    for (const r of rows) {
      if (idKey(r.id) && ids.has(idKey(r.id))) continue;
      problems.push(
        problem(
          'error',
          'roster.ambiguousName',
          { name: r.name },
          { file: r.source?.file, sheet: r.source?.sheet, cell: r.source?.nameCell },
        ),
      );
    }
  }
  for (const p of people) {
    if (!p.flags.includes('evaluation-missing')) continue;
    for (const m of p.evaluation!.missing) {
      const where = { file: m.file, sheet: m.sheet, cell: m.cell || undefined };
      problems.push(
        problem(
          opts.allowMissingEvaluations ? 'warning' : 'error',
          // Once --allow-missing-evaluations is given, the warning does not suggest it again.
          opts.allowMissingEvaluations ? 'evaluation.missingLeftUnclassified' : 'evaluation.missingForClassify',
          { name: p.name, period: m.period },
          where,
        ),
      );
    }
  }
  if (opts.roster) {
    // Everyone on the grids is on the year-end roster, and the reverse: else their discipline and group are unknown.
    for (const p of year.staff) {
      // A name the roster has but cannot tie to one person is already an error (roster.ambiguousName).
      if (findInRoster(p, index) || index.byName.has(nameKey(p.name))) continue;
      problems.push(problem('warning', 'classify.notOnRoster', { name: p.name, months: Object.keys(p.months).join(', ') }));
    }
    const ids = new Set(people.map((p) => p.id as string));
    const names = new Set(people.map((p) => nameKey(p.name)));
    for (const r of roster) {
      const id = idKey(r.id) || undefined;
      if (!(id && ids.has(id)) && !names.has(nameKey(r.name)))
        problems.push(problem('warning', 'classify.rosterPersonMissing', { name: r.name }));
    }
  }
  const share = opts.quota?.share ?? rules.classification.quotaShare;
  const quota = applyQuota(people, share, opts.enforceQuota ?? false);
  const quotaGroups = quota.groups;
  const counts = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, unclassified: 0 } as Record<Level | 'unclassified', number>;
  for (const p of people) counts[p.level ?? 'unclassified'] += 1;
  const classified = LEVELS.reduce((n, l) => n + counts[l], 0);
  const shareGoodOrAbove = classified === 0 ? 0 : Math.round(((counts.HTXSNV + counts.HTTNV) / classified) * 10000) / 10000;
  return {
    year,
    people,
    problems,
    summary: {
      counts,
      shareGoodOrAbove,
      cchcTargetMet: shareGoodOrAbove >= rules.classification.cchcTarget,
      unexcusedAbsencePeople: people.filter((p) => p.unexcusedAbsence).length,
      quota: {
        holds: quotaGroups.every((g) => g.holds),
        groups: quotaGroups,
        share,
        ...(opts.quota ? { basis: opts.quota.basis } : {}),
        moved: quota.moved,
      },
    },
  };
}
