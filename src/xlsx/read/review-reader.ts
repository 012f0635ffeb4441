import { foldKey } from '../../core/fold.js';
import { UserError } from '../../core/problems.js';
import type { RawReview, RawReviewCell } from '../../core/review-sheet.js';
import { REVIEW_META_SHEET, type ReviewMeta } from '../formats/review-sheet.js';
import { labelText } from './cell-text.js';
import { openWorkbookView } from './grid-reader.js';
import { cellAddress } from './sheet-view.js';

/**
 * Reads a filled review sheet as it stands: the header row (found by its labels, wherever the
 * clerk moved it), the rater row under it, and every non-empty cell of the rows below with its
 * address. What the cells mean is the core's business (core/review-sheet.ts): this reader
 * interprets nothing, so every cell reaches a check.
 */
export async function readReviewFile(file: string): Promise<RawReview> {
  const view = await openWorkbookView(file);
  const meta = view.sheets.find((s) => s.name === REVIEW_META_SHEET);
  let stored: Partial<ReviewMeta> = {};
  if (meta) {
    try {
      stored = JSON.parse(labelText(meta.cells(1).get(1)?.value ?? null)) as ReviewMeta;
    } catch {
      // A hidden sheet mangled by hand: the period then comes from --period, the people are not checked.
    }
  }
  const ws = view.sheets.find((s) => s.state === 'visible' && s.name !== REVIEW_META_SHEET);
  if (!ws) throw new UserError('review.noSheet', { file });
  let headerRow = 0;
  for (let r = 1; r <= Math.min(ws.rowCount, 40) && headerRow === 0; r++)
    for (const cell of ws.cells(r).values()) if (foldKey(labelText(cell.value)) === 'hovaten') headerRow = r;
  if (headerRow === 0) throw new UserError('review.noHeader', { file, sheet: ws.name });
  const text = (r: number) =>
    new Map([...ws.cells(r)].map(([c, cell]) => [c, { text: labelText(cell.value), slave: cell.slave, cell: cellAddress(r, c) }]));
  const rows: { row: number; cells: Map<number, RawReviewCell> }[] = [];
  for (let r = headerRow + 2; r <= ws.rowCount; r++) {
    if (ws.isRowHidden(r)) continue;
    const cells = new Map<number, RawReviewCell>();
    for (const [c, cell] of ws.cells(r)) {
      if (cell.slave) continue;
      const t = labelText(cell.value);
      if (t !== '') cells.set(c, { text: t, cell: cellAddress(r, c) });
    }
    rows.push({ row: r, cells });
  }
  return {
    file,
    sheet: ws.name,
    ...(typeof stored.period === 'string' ? { period: stored.period } : {}),
    ...(Array.isArray(stored.staff) ? { staff: stored.staff } : {}),
    header: text(headerRow),
    raters: text(headerRow + 1),
    headerRow,
    rows,
  };
}
