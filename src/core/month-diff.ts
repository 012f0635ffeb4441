import type { MonthContent, PersonContent } from './month-content.js';

/**
 * Two versions of one month, compared as scored: the cells whose marks differ, the leader's
 * figures that differ, people added or removed, and what each change does to each score. Used by
 * `diff`, by `reopen` (the record of a correction) and by every command that finds a closed month
 * changed.
 */

export interface ChangedCell {
  readonly id: string;
  readonly name: string;
  /** A day (1–31), the leader's column (`otherGeneral`, `task`), or `name`. */
  readonly what: string;
  readonly cell: string;
  readonly before: string;
  readonly after: string;
}

export interface ScoreEffect {
  readonly id: string;
  readonly name: string;
  readonly before: number | null;
  readonly after: number | null;
}

export interface MonthDiff {
  readonly cells: readonly ChangedCell[];
  readonly added: readonly { readonly id: string; readonly name: string }[];
  readonly removed: readonly { readonly id: string; readonly name: string }[];
  /** People whose score differs, with both scores (null: not in that version). */
  readonly effects: readonly ScoreEffect[];
  readonly rulesChanged: boolean;
}

function personCells(before: PersonContent | undefined, after: PersonContent | undefined): ChangedCell[] {
  const who = (after ?? before)!;
  const out: ChangedCell[] = [];
  if (before && after && before.name !== after.name)
    out.push({ id: who.id, name: who.name, what: 'name', cell: after.nameCell, before: before.name, after: after.name });
  const days = new Set([...Object.keys(before?.days ?? {}), ...Object.keys(after?.days ?? {})]);
  for (const day of [...days].sort((a, b) => Number(a) - Number(b))) {
    const b = before?.days[day];
    const a = after?.days[day];
    if (b?.text === a?.text) continue;
    out.push({ id: who.id, name: who.name, what: day, cell: (a ?? b)!.cell, before: b?.text ?? '', after: a?.text ?? '' });
  }
  for (const part of ['otherGeneral', 'task'] as const) {
    const b = before?.evaluation?.[part] ?? null;
    const a = after?.evaluation?.[part] ?? null;
    if (b === a) continue;
    const cell = after?.evaluation?.cells[part] ?? before?.evaluation?.cells[part] ?? '';
    out.push({ id: who.id, name: who.name, what: part, cell, before: b === null ? '' : String(b), after: a === null ? '' : String(a) });
  }
  return out;
}

export function diffMonths(before: MonthContent, after: MonthContent): MonthDiff {
  const was = new Map(before.people.map((p) => [p.id, p]));
  const now = new Map(after.people.map((p) => [p.id, p]));
  const ids = [...new Set([...was.keys(), ...now.keys()])];
  const cells = ids.flatMap((id) => (was.has(id) && now.has(id) ? personCells(was.get(id), now.get(id)) : []));
  const effects = ids.flatMap((id) => {
    const b = was.get(id);
    const a = now.get(id);
    if (b && a && b.score === a.score) return [];
    return [{ id, name: (a ?? b)!.name, before: b?.score ?? null, after: a?.score ?? null }];
  });
  return {
    cells,
    added: after.people.filter((p) => !was.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
    removed: before.people.filter((p) => !now.has(p.id)).map((p) => ({ id: p.id, name: p.name })),
    effects,
    rulesChanged: before.rules !== after.rules,
  };
}

export function isSame(d: MonthDiff): boolean {
  return d.cells.length === 0 && d.added.length === 0 && d.removed.length === 0 && !d.rulesChanged;
}
