import type ExcelJS from 'exceljs';
import type { GridMetadata } from '../../core/grid.js';
import { cellText } from '../read/cell-text.js';
import type { WorkbookView } from '../read/sheet-view.js';

/**
 * Grid metadata lives in a hidden key/value sheet: it survives a re-save by Excel, LibreOffice and
 * Google Sheets (LibreOffice turns `veryHidden` into `hidden`, so plain hidden is used), and when it
 * is lost anyway the parser rebuilds everything from the title and header rows.
 */

export const METADATA_SHEET = '_scoring';

/** A cell holds at most 32,767 characters: the rulebook's JSON goes in pieces of this size, in order. */
const PIECE = 30_000;

export function writeMetadata(
  wb: ExcelJS.Workbook,
  meta: Required<Omit<GridMetadata, 'groups'>>,
  staffIds: readonly string[],
  staffGroups: readonly string[] = [],
): void {
  const ws = wb.addWorksheet(METADATA_SHEET, { state: 'hidden' });
  const rows: [string, string | number][] = [
    ['formatVersion', meta.formatVersion],
    ['unit', meta.unit],
    ['year', meta.year],
    ['month', meta.month],
    ['rulesFingerprint', meta.rulesFingerprint],
    ['staffIds', staffIds.join('\n')],
  ];
  // The roster's Nhóm (quota groups), one line per person, id and group tab-separated: a person keeps
  // the group the roster gave them even when the year-end roster no longer lists them (a leaver).
  const groups = staffIds.map((id, i) => [id, staffGroups[i] ?? ''] as const).filter(([, g]) => g !== '');
  if (groups.length > 0) rows.push(['staffGroups', groups.map(([id, g]) => `${id}\t${g}`).join('\n')]);
  for (let i = 0; i < meta.rulebook.length; i += PIECE) rows.push(['rulebook', meta.rulebook.slice(i, i + PIECE)]);
  for (const [key, value] of rows) ws.addRow([key, value]);
}

export function readMetadata(wb: WorkbookView): GridMetadata | undefined {
  const ws = wb.sheets.find((s) => s.name === METADATA_SHEET);
  if (!ws) return undefined;
  const map = new Map<string, string>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells = ws.cells(r);
    const key = cells.get(1)?.value;
    const value = cells.get(2)?.value;
    if (typeof key !== 'string' || value === null || value === undefined) continue;
    // Repeated keys continue the value (the rulebook's pieces).
    map.set(key, (map.get(key) ?? '') + (typeof value === 'object' ? (cellText(value).text ?? '') : String(value)));
  }
  const num = (k: string) => (map.has(k) && Number.isFinite(Number(map.get(k))) ? Number(map.get(k)) : undefined);
  const formatVersion = num('formatVersion');
  if (formatVersion === undefined) return undefined;
  return {
    formatVersion,
    unit: map.get('unit'),
    year: num('year'),
    month: num('month'),
    rulesFingerprint: map.get('rulesFingerprint'),
    rulebook: map.get('rulebook'),
    ...(map.has('staffGroups') ? { groups: groupsOf(map.get('staffGroups')!) } : {}),
  };
}

function groupsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const [id, group] = line.split('\t');
    if (id && group) out[id] = group;
  }
  return out;
}
