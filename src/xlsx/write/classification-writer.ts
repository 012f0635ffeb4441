import { cchcIndicators } from '../../core/cchc.js';
import { borderNames, type Classification, type ClassifiedPerson } from '../../core/classify.js';
import { isoToDdmmyyyy } from '../../core/dates.js';
import { recipientsFor } from '../../core/letterhead.js';
import { LEVELS, type Rulebook } from '../../core/rulebook.js';
import { documentText, viDecimal } from '../../i18n/messages.js';
import { placeDateLine } from '../layout/document-frame.js';
import { addTableSheet, type CellData, type TableColumn } from '../layout/table-sheet.js';
import { documentTemplate, fill } from '../layout/template.js';
import { problemRows, type ReportContext } from './report-writer.js';
import { writeStreamedWorkbook } from './streamed-workbook.js';
import type { DocumentWorkbook, RowSink } from './workbook-file.js';

/**
 * Up to this many people at the border of a broken quota are named in the summary line; more are
 * marked in their own row's Ghi chú (a paragraph of forty names is read by nobody and pushes the
 * signatures onto a third page).
 */
const BORDER_NAMES_IN_LINE = 5;

/** Ids of the people at the border of a broken quota, when they are too many to name in one line. */
function markedBorder(result: Classification): Set<string> {
  const ids = new Set<string>();
  for (const g of result.summary.quota.groups) {
    const border = g.holds ? [] : g.ranking.slice(g.limit);
    if (border.length > BORDER_NAMES_IN_LINE) for (const r of border) ids.add(r.id);
  }
  return ids;
}

/** The classification workbook (SPEC §7): Xếp loại with the §6 summary and signature lines, plus Kiểm tra. */

function levelText(p: ClassifiedPerson, rules: Rulebook): string {
  const t = documentTemplate().classification;
  if (p.level) return rules.classification.bands.find((b) => b.level === p.level)?.label ?? p.level;
  return p.flags.includes('gap') ? t.review : t.unclassified;
}

function percent(part: number, whole: number): string {
  return viDecimal(whole === 0 ? 0 : Number(((part / whole) * 100).toFixed(1)));
}

function summaryLines(result: Classification, rules: Rulebook): string[] {
  const t = documentTemplate().classification;
  const { counts, quota } = result.summary;
  const all = result.people.length;
  const lines = [t.summaryTitle];
  // The decree in force for the year (Nghị định 335/2025 replaced 90/2020 for công chức from 2026).
  lines.unshift(result.year.year >= 2026 ? t.basis335 : t.basis90);
  // The counts in one paragraph, the groups' quota in another: the closing block stays short enough
  // to share its page with rows (a page of summary alone would print the repeated header over nothing).
  const count = (n: number) => fill(t.summaryCount, { count: n, share: percent(n, all) });
  const levels = LEVELS.map((level) => {
    const label = rules.classification.bands.find((b) => b.level === level)?.label ?? level;
    return `${fill(t.summaryLevel, { label, level })}: ${count(counts[level])}`;
  });
  lines.push(`${[...levels, `${t.summaryUnclassified}: ${count(counts.unclassified)}`].join('; ')}.`);
  // The unit's two CCHC indicators, in one line: the share rated HTTNV or above, and no one disciplined.
  const indicators = cchcIndicators(result, rules).map((c) => {
    const verdict = c.met ? t.verdictMet : t.verdictMissed;
    if (c.kind === 'share') {
      const share = viDecimal(Number((c.share * 100).toFixed(1)));
      return fill(t.cchcShare, { id: c.id, share, threshold: viDecimal(c.threshold * 100), verdict });
    }
    if (c.people.length === 0) return fill(t.cchcDisciplineNone, { id: c.id, verdict });
    return fill(t.cchcDiscipline, { id: c.id, verdict, people: c.people.map((p) => `${p.name} – ${p.measure}`).join(', ') });
  });
  lines.push(indicators.join(' '));
  lines.push(fill(t.summaryAbsence, { count: result.summary.unexcusedAbsencePeople }));
  const share = Math.round(quota.share * 100);
  // The rule in words cites Nghị định 335/2025, in force for the years it classifies (from 2026).
  if (result.year.year >= 2026) lines.push(fill(t.quotaRule, { share, min: Math.ceil(1 / quota.share - 1e-9) }));
  if (quota.basis) lines.push(fill(t.quotaBasis, { share, basis: quota.basis }));
  const quotaText = (g: (typeof quota.groups)[number], group: string, pattern = t.summaryQuota) => {
    const { names, more } = borderNames(g, BORDER_NAMES_IN_LINE);
    const border = more > 0 ? '' : names.join(', ');
    return fill(pattern, {
      group,
      excellent: g.excellent,
      limit: g.limit,
      share,
      good: g.good,
      verdict: g.holds
        ? t.quotaHolds
        : more > 0
          ? fill(t.quotaBrokenMarked, { count: names.length + more })
          : fill(t.quotaBroken, { border: border || '—' }),
    });
  };
  for (const g of quota.groups.filter((g) => g.scope === 'unit')) lines.push(quotaText(g, t.quotaUnit));
  const groups = quota.groups.filter((g) => g.scope === 'group');
  if (groups.length > 0)
    lines.push(fill(t.quotaGroups, { groups: groups.map((g) => quotaText(g, g.group, t.quotaGroupShort)).join('; ') }));
  if (quota.moved.length > 0)
    lines.push(fill(t.quotaMoved, { people: quota.moved.map((m) => `${m.name} (${viDecimal(m.compared)})`).join(', ') }));
  lines.push(rules.evaluation ? fill(t.scopeNoteEvaluation, { decree: rules.evaluation.decree }) : t.scopeNote);
  return lines;
}

/** Streams the classification workbook to `path` (atomically). */
export function writeClassificationFile(result: Classification, ctx: ReportContext, path: string): Promise<void> {
  return writeStreamedWorkbook(path, (wb, sink) => writeClassification(wb, result, ctx, sink));
}

async function writeClassification(wb: DocumentWorkbook, result: Classification, ctx: ReportContext, sink: RowSink): Promise<void> {
  const t = documentTemplate().classification;
  const c = t.columns;
  const rules = ctx.rules;
  wb.creator = 'scoring';
  // The Nhóm column only when the roster gives groups; widths that keep a commune's list on A4 portrait.
  const grouped = result.people.some((p) => p.group !== '');
  const columns: TableColumn[] = [
    { header: c.tt, width: 4, align: 'center' },
    { header: c.name, width: 20 },
    { header: c.position, width: 30 },
    ...(grouped ? [{ header: c.group, width: 9 }] : []),
    // One scale per document: from 2026 the 100-point year score alone, not the grid's total beside it.
    ...(rules.evaluation ? [] : [{ header: c.total, width: 8, align: 'right' as const }]),
    { header: rules.evaluation ? c.yearScore : c.compared, width: 8, align: 'right' },
    { header: c.level, width: 15 },
    // Ghi chú takes the width of the total column the 2026 documents drop: the motto's block then
    // stops short of Chức vụ, and the unit's name has TT, name and position to stand on one line.
    { header: c.notes, width: rules.evaluation ? 28 : 18 },
  ];
  const border = markedBorder(result);
  const rows = result.people.map((p, i): CellData[] => [
    i + 1,
    p.name,
    p.position ?? '',
    ...(grouped ? [p.group] : []),
    ...(rules.evaluation ? [] : [p.total]),
    p.compared,
    levelText(p, rules),
    [...p.notes.map((n) => documentText(n.key, n.params)), ...(border.has(p.id) ? [t.borderNote] : [])].join('\n'),
  ]);
  const letterhead = ctx.letterhead;
  const titles = [
    fill(t.title, { year: result.year.year }),
    rules.evaluation ? fill(t.subtitleEvaluation, { decree: rules.evaluation.decree }) : t.subtitle,
    // Classified before the year ends (before 15 December, Nghị định 335/2025 Điều 19 khoản 2).
    ...(result.year.asOf ? [fill(documentTemplate().asOf, { date: isoToDdmmyyyy(result.year.asOf) })] : []),
  ];
  await addTableSheet(
    wb,
    t.sheet,
    {
      letterhead,
      titles,
      columns,
      rows,
      after: summaryLines(result, rules),
      signatures: {
        placeDate: placeDateLine(rules.unit.place, result.year.year, ctx.today),
        leftTitle: rules.unit.preparerTitle,
        rightTitle: rules.unit.approverTitle,
        recipients: recipientsFor(rules.unit.recipients, rules.unit.approverTitle),
      },
      code: ctx.code,
    },
    sink,
  );
  await addTableSheet(
    wb,
    documentTemplate().report.sheets.problems,
    { letterhead, titles, ...problemRows(result.problems), after: ctx.notes ?? [], code: ctx.code },
    sink,
  );
}
