import { checkLedgerFits, DEFAULT_OBJECTION_DAYS, objectionDeadline, unitOf } from '../../core/closing.js';
import { scoreMonth } from '../../core/engine.js';
import { appendEntry, closedMonth, type Ledger, ledgerText, newLedger } from '../../core/ledger.js';
import { codeOf, monthContent } from '../../core/month-content.js';
import { closingFileName } from '../../core/output-names.js';
import { UserError } from '../../core/problems.js';
import { isoDate } from '../../core/types.js';
import { runtime } from '../../io/runtime.js';
import { writeClosingFile } from '../../xlsx/write/closing-writer.js';
import { defineCommand } from '../command.js';
import { ledgerPath } from '../ledger-source.js';
import { documentLetterhead } from '../letterhead-options.js';
import { loadMonths, rulebookUsed } from '../load-months.js';
import { documentDate, parseYearMonth, workbookOutput } from '../options.js';

/**
 * `scoring close`: closes months. Each grid's month goes into the unit's ledger with its date, its
 * check code and each person's score, and a workbook of the closing record and each person's notice
 * is written to sign and hand out. A grid with errors is not closed; a month is closed once.
 */

const two = (n: number) => String(n).padStart(2, '0');

export default defineCommand({
  name: 'close',

  async plan(given, opts, files) {
    if (workbookOutput(opts.output) && files.length > 1) throw new UserError('close.oneOutput', {}, 'usage');
    const loaded = await loadMonths(given, files, {
      month: opts.month ? parseYearMonth(opts.month) : undefined,
      ledger: opts.ledger,
      checkClosed: false,
    });
    const ctx = loaded.ctx;
    const date = documentDate(opts.date).iso;
    const where = ledgerPath(opts.ledger, ctx.io.cwd, files);
    const first = loaded.months[0]!;
    // loadMonths read the ledger where there is one; else this run starts it.
    let ledger: Ledger = loaded.ledger?.ledger ?? newLedger(unitOf(first, ctx.rules), first.ym.year);
    const problems = loaded.months.flatMap((m) => m.problems);
    const closed: { month: (typeof loaded.months)[number]; code: string; output: string; deadline: string }[] = [];
    for (const m of loaded.months) {
      checkLedgerFits(ledger, where.file, m, ctx.rules);
      const before = closedMonth(ledger, m.ym.year, m.ym.month);
      const key = `${two(m.ym.month)}/${m.ym.year}`;
      if (before)
        throw new UserError('ledger.alreadyClosed', {
          month: key,
          date: before.date.split('-').reverse().join('/'),
          code: before.code,
          file: where.file,
        });
      const content = monthContent(m, ctx.rules);
      const code = codeOf([content]);
      ledger = appendEntry(ledger, { action: 'close', date, file: m.file, code, content });
      const output = opts.output ?? closingFileName(m.ym.year, m.ym.month);
      closed.push({ month: m, code, output, deadline: objectionDeadline(date, ctx.rules) });
    }
    const objectionDays = ctx.rules.objectionWorkingDays ?? DEFAULT_OBJECTION_DAYS;
    const writes = [
      {
        path: where.file,
        // The ledger is the one file a run rewrites: its own entries, chained, plus the new ones.
        replaces: true,
        write: () => runtime().writeOutput(where.file, ledgerText(ledger)),
        said: ctx.t('cli.ledgerWritten', { file: where.file, entry: ledger.entries.length }),
      },
      ...closed.map((c) => ({
        path: c.output,
        write: async () => {
          const { letterhead } = documentLetterhead(ctx, {}, isoDate(c.month.ym.year, c.month.ym.month, 1), c.month.unit);
          await writeClosingFile(
            {
              month: c.month,
              scores: scoreMonth(c.month, ctx.rules),
              code: c.code,
              date,
              deadline: c.deadline,
              objectionDays,
              letterhead,
              rules: ctx.rules,
            },
            c.output,
          );
        },
      })),
    ];
    for (const w of writes.slice(1)) runtime().guardOutput(w.path, files, ctx.force);
    const text: string[] = [];
    for (const c of closed)
      text.push(
        ctx.t('cli.closed', {
          month: `${two(c.month.ym.month)}/${c.month.ym.year}`,
          people: c.month.staff.length,
          code: c.code,
          deadline: c.deadline.split('-').reverse().join('/'),
        }),
      );
    return {
      problems,
      inputs: files,
      rulebook: rulebookUsed(ctx, loaded.chosen),
      writes,
      json: {
        ledger: where.file,
        date,
        closed: closed.map((c) => ({ year: c.month.ym.year, month: c.month.ym.month, code: c.code, deadline: c.deadline, file: c.output })),
      },
      text,
    };
  },
});
