import { EVALUATION_PARTS } from '../../core/evaluation.js';
import type { ParsedMonth, RawGrid } from '../../core/grid.js';
import { letterheadFor } from '../../core/letterhead.js';
import { type Problem, UserError } from '../../core/problems.js';
import type { Rulebook } from '../../core/rulebook.js';
import { type Lang, render } from '../../i18n/messages.js';
import { mergedText, solidFill } from '../layout/document-frame.js';
import { addTableSheet } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { cellAddress, splitCellRef } from '../read/sheet-view.js';
import { buildGridWorkbook, GRID_COLUMNS, GRID_HEADER_ROW, LAST_GRID_COLUMN } from './grid-writer.js';
import { saveWorkbook } from './save.js';
import { IN_MEMORY, IN_MEMORY_SHARED } from './workbook-file.js';

/**
 * The checked copy of a grid, with every problem cell filled red (error) or yellow (warning) and
 * noted. It is built from what the reader saw, never by loading the clerk's file with exceljs
 * (whose reader throws on files other writers save): a fresh grid from the project's own writer
 * carries the same staff, the same cell texts and the leader's points. The clerk's own formatting
 * (colours, widths, extra columns and rows) is not carried over; a problem cell that moved keeps
 * its original address in its note.
 */
export async function annotateGrid(raw: RawGrid, parsed: ParsedMonth, rules: Rulebook, output: string, lang: Lang): Promise<void> {
  if (parsed.ym.year === 0) throw new UserError('annotate.noMonth', { file: raw.file });
  const moved = new Map<string, string>();
  raw.rows.forEach((row, i) => {
    const outRow = GRID_HEADER_ROW + 1 + i;
    moved.set(row.nameCell, cellAddress(outRow, GRID_COLUMNS.name));
    row.days.forEach((cell, d) => {
      if (cell) moved.set(cell.address, cellAddress(outRow, GRID_COLUMNS.firstDay + d));
    });
    EVALUATION_PARTS.forEach((part, k) => {
      const cell = row.evaluation?.[part];
      if (cell) moved.set(cell.address, cellAddress(outRow, LAST_GRID_COLUMN + 1 + k));
    });
  });
  const mm = String(parsed.ym.month).padStart(2, '0');
  // The rows share their styles; a problem cell gets a style of its own below.
  const wb = await buildGridWorkbook(
    {
      ym: parsed.ym,
      unit: parsed.unit ?? rules.unit.name,
      letterhead: letterheadFor(rules.unit, `${parsed.ym.year}-${mm}-01`, { unit: parsed.unit }).head,
      rules,
      staff: raw.rows.map((r) => ({ id: r.id, name: r.name, position: r.position })),
      dayText: (i, day) => {
        const cell = raw.rows[i]?.days[day - 1];
        return cell?.text ?? (cell?.issue ? String(cell.issue.params.value ?? '') : undefined);
      },
      evaluationPoints: (i, part) => {
        const cell = raw.rows[i]?.evaluation?.[part];
        return cell?.value ?? cell?.text;
      },
    },
    IN_MEMORY_SHARED,
  );
  const ws = wb.worksheets[0]!;
  const colors = documentTemplate().colors;
  const byCell = new Map<string, Problem[]>();
  const note = (p: Problem) => {
    const text = render(lang, p.key, p.params);
    const target = p.cell ? moved.get(p.cell) : undefined;
    return target && target !== p.cell ? `${render(lang, 'annotate.originalCell', { cell: p.cell! })} ${text}` : text;
  };
  for (const p of parsed.problems) {
    if (p.file !== undefined && p.file !== raw.file) continue;
    // Problems of no particular cell (or of a cell not in the copy) go on the title.
    const target = (p.cell && moved.get(p.cell)) || cellAddress(4, 1);
    byCell.set(target, [...(byCell.get(target) ?? []), p]);
  }
  for (const [address, list] of byCell) {
    const cell = ws.getCell(address);
    cell.style = { ...cell.style, fill: solidFill(list.some((p) => p.severity === 'error') ? colors.errorFill : colors.warningFill) };
    cell.note = list.map(note).join('\n');
  }
  // Notes do not print: the colours are explained under the grid, and every problem is listed, in
  // the order of its cell, on a sheet that prints with it.
  const t = documentTemplate().checked;
  mergedText(
    ws,
    ws.rowCount + 2,
    { from: 1, to: LAST_GRID_COLUMN },
    t.colourLegend,
    { italic: true, bold: true, align: 'left' },
    ws.columns.map((c) => c.width ?? 8.43),
  );
  const ordered = [...byCell].sort(([a], [b]) => compareAddresses(a, b)).flatMap(([address, list]) => list.map((p) => ({ address, p })));
  const rows = ordered.map(({ address, p }, i) => {
    const [r, c] = splitCellRef(address);
    const person = r > GRID_HEADER_ROW ? raw.rows[r - GRID_HEADER_ROW - 1] : undefined;
    const day = c >= GRID_COLUMNS.firstDay && c <= LAST_GRID_COLUMN && person ? c - GRID_COLUMNS.firstDay + 1 : null;
    const level = p.severity === 'error' ? t.error : t.warning;
    return [i + 1, address, day, person?.name ?? '', p.raw ?? '', level, note(p)];
  });
  const letterhead = letterheadFor(rules.unit, `${parsed.ym.year}-${mm}-01`, { unit: parsed.unit }).head;
  await addTableSheet(
    wb,
    t.sheet,
    {
      letterhead,
      titles: [fill(t.title, { month: mm, year: parsed.ym.year }), t.subtitle],
      columns: t.columns.map((header, i) => ({
        header,
        width: [4, 7, 6, 20, 10, 9, 52][i]!,
        align: i === 3 || i >= 4 ? 'left' : 'center',
      })),
      rows,
      after: rows.length === 0 ? [t.none] : [],
    },
    IN_MEMORY,
  );
  await saveWorkbook(wb, output);
}

/** "B12" before "A13", "C9" before "D9": the order a clerk reads the grid in. */
function compareAddresses(a: string, b: string): number {
  const [ra, ca] = splitCellRef(a);
  const [rb, cb] = splitCellRef(b);
  return ra - rb || ca - cb;
}
