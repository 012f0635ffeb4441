import * as z from 'zod';
import { toUnits } from '../../core/decimal.js';
import type { TransferredPeriod } from '../../core/evaluation.js';
import { type Problem, problem } from '../../core/problems.js';
import type { EvaluationRules } from '../../core/rulebook.js';
import { documentTemplate } from '../layout/template.js';
import { cellAddress } from './sheet-view.js';
import { readTable } from './table-reader.js';

/**
 * A previous unit's results for a person who moved (Nghị định 335/2025 Điều 19 khoản 1): the file
 * its `tally --export` wrote, read back by the export's own column labels. Only complete periods
 * count; every other row is said at its cell, never dropped unseen.
 */

/** A score as either unit writes it: 83.5 or 83,5. */
const score = (max: number) =>
  z
    .string()
    .trim()
    .transform((v) => Number(v.replace(',', '.')))
    .pipe(z.number().min(0).max(max));

const PERIOD = /^([QT])(\d{1,2})-(\d{4})$/u;

export async function readTransfer(
  file: string,
  year: number,
  ev: EvaluationRules,
): Promise<{ periods: TransferredPeriod[]; problems: Problem[] }> {
  const table = await readTable(file);
  const labels = documentTemplate().export.columns;
  const [id, name, , period, , discipline, , , , otherGeneral, task, total, , provisional] = labels;
  const headerIndex = table.findIndex((row) => row.some((c) => c.trim() === name));
  const problems: Problem[] = [];
  const periods: TransferredPeriod[] = [];
  if (headerIndex < 0) {
    problems.push(problem('error', 'transfer.notExport', { file }, { file }));
    return { periods, problems };
  }
  const header = table[headerIndex]!.map((c) => c.trim());
  const col = (label: string | undefined) => (label === undefined ? -1 : header.indexOf(label));
  const missing = [name, period, discipline, otherGeneral, task, total].filter((l) => col(l) < 0);
  if (missing.length > 0) {
    problems.push(problem('error', 'transfer.missingColumns', { file, columns: missing.join(', ') }, { file }));
    return { periods, problems };
  }
  table.slice(headerIndex + 1).forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const line = headerIndex + 2 + i;
    const at = (label: string | undefined) => ({ file, cell: cellAddress(line, Math.max(0, col(label)) + 1) });
    // The export neutralises text Excel would run as a formula with a leading apostrophe (io/csv.ts): undone here.
    const get = (label: string | undefined) =>
      col(label) < 0
        ? ''
        : (cells[col(label)] ?? '')
            .normalize('NFC')
            .trim()
            .replace(/^'(?=[=+\-@])/u, '');
    const who = get(name);
    const p = PERIOD.exec(get(period).toUpperCase());
    const kind = ev.period === 'quarter' ? 'Q' : 'T';
    if (!p || p[1] !== kind || Number(p[3]) !== year) {
      problems.push(problem('error', 'transfer.badPeriod', { value: get(period), name: who, year }, at(period)));
      return;
    }
    if (get(provisional) !== '' || get(total) === '') {
      problems.push(problem('warning', 'transfer.notFinal', { name: who, period: get(period) }, at(total)));
      return;
    }
    const parsed = z
      .object({
        discipline: score(ev.disciplineMax),
        otherGeneral: score(ev.generalMax - ev.disciplineMax),
        task: score(ev.taskMax),
        total: score(ev.generalMax + ev.taskMax),
      })
      .safeParse({ discipline: get(discipline), otherGeneral: get(otherGeneral), task: get(task), total: get(total) });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'total');
      const label = { discipline, otherGeneral, task, total }[field as 'total'];
      problems.push(problem('error', 'transfer.badScore', { name: who, value: get(label), column: label ?? '' }, at(label)));
      return;
    }
    const d = parsed.data;
    const sum = toUnits(d.discipline, 2) + toUnits(d.otherGeneral, 2) + toUnits(d.task, 2);
    if (sum !== toUnits(d.total, 2)) {
      problems.push(problem('error', 'transfer.badTotal', { name: who, period: get(period), total: d.total, sum: sum / 100 }, at(total)));
      return;
    }
    periods.push({ ...(get(id) ? { id: get(id) } : {}), name: who, period: Number(p[2]), ...d, file, line });
  });
  return { periods, problems };
}
