import { checkLedgerFits } from '../../core/closing.js';
import { appendEntry, closedMonth, ledgerText } from '../../core/ledger.js';
import { codeOf, monthContent } from '../../core/month-content.js';
import { diffMonths, isSame } from '../../core/month-diff.js';
import { UserError } from '../../core/problems.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';
import { loadMonths, rulebookUsed } from '../load-months.js';
import { monthDiffText } from '../month-diff-text.js';
import { documentDate, parseYearMonth } from '../options.js';

/**
 * `scoring reopen GRID --reason "…"`: a closed month changed for a reason (a decision, an objection
 * accepted). The change, its reason and its cells go into the ledger, the terminal prints the record
 * of the correction, and from then on the new content is the closed one.
 */

const two = (n: number) => String(n).padStart(2, '0');

export default defineCommand({
  name: 'reopen',

  async plan(given, opts, files) {
    if (files.length !== 1) throw new UserError('ledger.oneGrid', {}, 'usage');
    const reason = opts.reason?.trim() ?? '';
    if (reason === '') throw new UserError('ledger.reasonMissing', {}, 'usage');
    const loaded = await loadMonths(given, files, {
      month: opts.month ? parseYearMonth(opts.month) : undefined,
      ledger: opts.ledger,
      checkClosed: false,
    });
    const ctx = loaded.ctx;
    const found = loaded.ledger;
    if (!found) throw new UserError('ledger.none');
    const m = loaded.months[0]!;
    checkLedgerFits(found.ledger, found.file, m, ctx.rules);
    const key = `${two(m.ym.month)}/${m.ym.year}`;
    const before = closedMonth(found.ledger, m.ym.year, m.ym.month);
    if (!before) throw new UserError('ledger.notClosed', { month: key, file: found.file });
    const content = monthContent(m, ctx.rules);
    const code = codeOf([content]);
    const d = diffMonths(before.content, content);
    if (isSame(d) && code === before.code)
      return {
        problems: m.problems,
        inputs: files,
        writes: [],
        json: { ledger: found.file, year: m.ym.year, month: m.ym.month, code, changed: false },
        text: [ctx.t('ledger.nothingChanged', { grid: m.file, month: key, code })],
      };
    const changes = [
      ...d.cells,
      ...d.added.map((p) => ({ id: p.id, name: p.name, what: 'added', cell: '', before: '', after: p.name })),
      ...d.removed.map((p) => ({ id: p.id, name: p.name, what: 'removed', cell: '', before: p.name, after: '' })),
    ];
    const ledger = appendEntry(found.ledger, {
      action: 'reopen',
      date: documentDate(opts.date).iso,
      file: m.file,
      code,
      content,
      reason,
      changes,
    });
    // Written back where it was read from.
    const file = found.file;
    return {
      problems: m.problems,
      inputs: files,
      rulebook: rulebookUsed(ctx, loaded.chosen),
      writes: [
        {
          path: file,
          replaces: true,
          write: () => runtime().writeOutput(file, ledgerText(ledger)),
          said: ctx.t('cli.ledgerWritten', { file, entry: ledger.entries.length }),
        },
      ],
      json: {
        ledger: file,
        year: m.ym.year,
        month: m.ym.month,
        code,
        previousCode: before.code,
        reason,
        changes,
        effects: d.effects,
        changed: true,
      },
      text: [
        ctx.t('cli.diffHeading', { old: before.file, new: m.file, month: key, oldCode: before.code, newCode: code }),
        ...monthDiffText(ctx, d),
        ctx.t('cli.reopened', { month: key, cells: changes.length, reason, code }),
      ],
    };
  },
});
