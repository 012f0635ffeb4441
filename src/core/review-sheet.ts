import { foldKey } from './fold.js';
import { type Problem, problem } from './problems.js';
import { type Rater, type ReviewItem, type ReviewRules, readLevel, reviewItems } from './review.js';
import { idKey, nameKey } from './staff.js';

/**
 * A filled review sheet interpreted with the grids' guarantee: every non-empty cell is a rating read,
 * or a problem at its address. A level misspelt, a criterion column added or removed, a person
 * missing or twice: each is said where it is. Accents, case and NFD do not matter.
 */

export interface RawReviewCell {
  readonly text: string;
  readonly cell: string;
}

export interface RawReview {
  readonly file: string;
  readonly sheet: string;
  readonly period?: string;
  /** The people the sheet was made for (init-review keeps them hidden in it). */
  readonly staff?: readonly { readonly id: string; readonly name: string }[];
  readonly header: ReadonlyMap<number, RawReviewCell & { readonly slave: boolean }>;
  readonly raters: ReadonlyMap<number, RawReviewCell & { readonly slave: boolean }>;
  readonly headerRow: number;
  readonly rows: readonly { readonly row: number; readonly cells: ReadonlyMap<number, RawReviewCell> }[];
}

export interface ReviewedPerson {
  readonly id: string;
  readonly name: string;
  readonly nameCell: string;
  /** By item id, by rater: the level given. */
  readonly ratings: Readonly<Record<string, Partial<Record<Rater, string>>>>;
}

export interface ReviewSheet {
  readonly file: string;
  readonly sheet: string;
  readonly period?: string;
  readonly people: readonly ReviewedPerson[];
  readonly problems: readonly Problem[];
}

const LABELS = { tt: ['tt', 'stt'], id: ['ma', 'maso', 'macanbo'], name: ['hovaten', 'hoten'], position: ['chucvu'] } as const;

function labelColumns(header: RawReview['header']): Partial<Record<keyof typeof LABELS, number>> {
  const out: Partial<Record<keyof typeof LABELS, number>> = {};
  for (const [col, cell] of header)
    for (const [k, spellings] of Object.entries(LABELS) as [keyof typeof LABELS, readonly string[]][])
      if (out[k] === undefined && spellings.includes(foldKey(cell.text))) out[k] = col;
  return out;
}

/** The item a header names: its id, possibly followed by its name (`A.II.3 Sử dụng…`); the longest id wins. */
function itemOf(text: string, items: readonly ReviewItem[]): ReviewItem | undefined {
  const key = foldKey(text);
  return items.filter((i) => key === foldKey(i.id) || key.startsWith(foldKey(i.id))).sort((a, b) => b.id.length - a.id.length)[0];
}

export function parseReview(raw: RawReview, rules: ReviewRules, raterOf: (text: string) => Rater | undefined): ReviewSheet {
  const where = (cell?: string) => ({ file: raw.file, sheet: raw.sheet, ...(cell ? { cell } : {}) });
  const problems: Problem[] = [];
  const items = reviewItems(rules);
  const raters: Rater[] = rules.raters === 'both' ? ['self', 'leader'] : [rules.raters];
  const labels = labelColumns(raw.header);
  const labelCols = new Set(Object.values(labels));
  const columns = new Map<number, { item: ReviewItem; rater: Rater }>();
  const seen = new Map<string, string>();
  const unknown = new Map<number, RawReviewCell>();
  for (const [col, head] of raw.header) {
    if (labelCols.has(col) || head.text === '') continue;
    const item = itemOf(head.text, items);
    if (!item) {
      unknown.set(col, head);
      continue;
    }
    const rater = raters.length === 1 ? raters[0]! : raterOf(raw.raters.get(col)?.text ?? '');
    if (!rater) {
      problems.push(problem('error', 'review.noRater', { item: item.id }, where(raw.raters.get(col)?.cell ?? head.cell)));
      continue;
    }
    const key = `${item.id} ${rater}`;
    if (seen.has(key)) {
      problems.push(problem('error', 'review.columnTwice', { item: item.id, first: seen.get(key)! }, where(head.cell)));
      continue;
    }
    seen.set(key, head.cell);
    columns.set(col, { item, rater });
  }
  for (const item of items)
    for (const rater of raters)
      if (!seen.has(`${item.id} ${rater}`))
        problems.push(problem('error', 'review.columnMissing', { item: item.id, name: item.name }, where()));
  if (labels.name === undefined) return { file: raw.file, sheet: raw.sheet, people: [], problems };

  const people: ReviewedPerson[] = [];
  const byKey = new Map<string, ReviewedPerson>();
  let ended = false;
  for (const { cells } of raw.rows) {
    const name = cells.get(labels.name);
    const tt = labels.tt === undefined ? undefined : cells.get(labels.tt);
    if (!name || ended) {
      if (people.length > 0 && !tt) ended = true;
      // Below the table (the legend, the signatures): only a level typed in a rating column can be a lost rating.
      for (const [col, c] of cells)
        if (columns.has(col) && readLevel(c.text, rules.levels))
          problems.push(problem('error', 'review.belowTable', { value: c.text }, where(c.cell)));
        else if (!ended && people.length > 0 && !labelCols.has(col))
          problems.push(problem('error', 'review.rowNotRead', { value: c.text }, where(c.cell)));
      continue;
    }
    const id = labels.id === undefined ? '' : idKey(cells.get(labels.id)?.text);
    const key = id || `name:${nameKey(name.text)}`;
    if (byKey.has(key)) {
      problems.push(problem('error', 'review.personTwice', { name: name.text }, where(name.cell)));
      continue;
    }
    const ratings: Record<string, Partial<Record<Rater, string>>> = {};
    for (const [col, c] of cells) {
      if (labelCols.has(col)) continue;
      const at = columns.get(col);
      if (!at) {
        problems.push(
          problem(
            'error',
            unknown.has(col) ? 'review.unknownColumn' : 'review.cellNotRead',
            { value: c.text, header: unknown.get(col)?.text ?? '' },
            where(c.cell),
          ),
        );
        continue;
      }
      const level = readLevel(c.text, rules.levels);
      if (!level) {
        problems.push(
          problem('error', 'review.badLevel', { value: c.text, name: name.text, levels: rules.levels.join(', ') }, where(c.cell)),
        );
        continue;
      }
      const itemRatings = ratings[at.item.id] ?? {};
      itemRatings[at.rater] = level;
      ratings[at.item.id] = itemRatings;
    }
    for (const rater of raters) {
      const missing = items.filter((i) => !ratings[i.id]?.[rater]).length;
      if (missing > 0)
        problems.push(
          problem(
            'warning',
            rater === 'self' ? 'review.notRatedSelf' : 'review.notRatedLeader',
            { name: name.text, count: missing },
            where(name.cell),
          ),
        );
    }
    const person = { id: id || name.text, name: name.text, nameCell: name.cell, ratings };
    byKey.set(key, person);
    people.push(person);
  }
  for (const s of raw.staff ?? []) {
    const key = idKey(s.id) || `name:${nameKey(s.name)}`;
    if (!byKey.has(key) && ![...byKey.values()].some((p) => nameKey(p.name) === nameKey(s.name)))
      problems.push(problem('error', 'review.personMissing', { name: s.name }, where()));
  }
  return { file: raw.file, sheet: raw.sheet, ...(raw.period ? { period: raw.period } : {}), people, problems };
}
