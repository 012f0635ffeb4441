import type { Problem } from '../core/problems.js';
import { render, type Lang } from '../i18n/messages.js';
import { solidFill } from './document-frame.js';
import { openWorkbook } from './safe-open.js';
import { saveWorkbook } from './save.js';
import { documentTemplate } from './template.js';

/** A copy of the grid with every problem cell filled red (error) or yellow (warning) and noted. */
export async function annotateGrid(input: string, output: string, problems: readonly Problem[], lang: Lang): Promise<void> {
  const wb = await openWorkbook(input);
  const colors = documentTemplate().colors;
  const byCell = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.sheet || !p.cell) continue;
    const key = `${p.sheet}!${p.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  for (const list of byCell.values()) {
    const ws = wb.getWorksheet(list[0]!.sheet!);
    if (!ws) continue;
    const cell = ws.getCell(list[0]!.cell!);
    const isError = list.some((p) => p.severity === 'error');
    cell.fill = solidFill(isError ? colors.errorFill : colors.warningFill);
    cell.note = list.map((p) => render(lang, p.key, p.params)).join('\n');
  }
  await saveWorkbook(wb, output);
}
