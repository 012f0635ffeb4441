import { closedMonthProblems } from '../core/closing.js';
import type { ParsedMonth } from '../core/grid.js';
import { codeOfMonths, MonthsCode } from '../core/month-content.js';
import { UserError } from '../core/problems.js';
import type { ChosenRulebook } from '../core/rulebook-choice.js';
import type { Rulebook } from '../core/rulebook-types.js';
import type { YearMonth } from '../core/types.js';
import { type DateRange, tallyYear, type YearResult, YearTally } from '../core/year.js';
import { runtime } from '../io/runtime.js';
import { openWorkbookView } from '../xlsx/read/grid-reader.js';
import { eachMonthFromViews, type MonthOptions, monthsFromViews, type OpenedWorkbook } from '../xlsx/read/months-from-views.js';
import type { Context } from './context.js';
import { type FoundLedger, findLedger } from './ledger-source.js';
import { terminalWidth, wrapText } from './terminal-table.js';

/**
 * Reads and interprets grids: every file is opened (its hidden metadata says which rulebook made
 * it), the run's rulebook is chosen against them, then each sheet that carries a grid is parsed as
 * a month. Files are parsed one at a time and let go, so only one sheet's cells are held at once;
 * between files the event loop runs, so Ctrl-C is heard during a long run. Reading on worker
 * threads was measured slower on two cores (docs/performance.md) and was removed.
 */

export interface LoadedMonths {
  readonly months: ParsedMonth[];
  /** The unit's ledger of closed months, when it keeps one. */
  readonly ledger?: FoundLedger;
  /** The run with the rulebook chosen against the grids. */
  readonly ctx: Context;
  readonly chosen: ChosenRulebook;
}

/** Which months a run read, and the unit's ledger: what the closed months' line says. */
type MonthsOfRun = Pick<LoadedMonths, 'ledger'> & { readonly months: readonly Pick<ParsedMonth, 'ym'>[] };

/** The rulebook a run used, by name and origin, for the page's step 1 (which must never name another). */
export function rulebookUsed(ctx: Context, chosen: Pick<ChosenRulebook, 'from'>): { name: string; from: string } {
  const from = chosen.from;
  // Named by its file (a grid, quy-che.json); the built-in rulebook has none.
  return { name: ctx.rules.name, from: from.kind === 'default' ? '—' : (from.file.split(/[\\/]/u).pop() ?? from.file) };
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Says which rulebook file the run uses when it was found in the folder, not named by --rules. */
export function announceRulebook(ctx: Context, from: ChosenRulebook['from']): void {
  if (ctx.json || ctx.quiet) return;
  // A rulebook found in the folder is said once; the grids' own rulebook is the expected case.
  if (from.kind === 'folder')
    ctx.io.stderr.write(`${wrapText(ctx.t('rules.usingFolder', { file: from.file }), terminalWidth(ctx.io.stderr, ctx.io.env))}\n`);
}

/** "Tháng đã chốt: 10/2026 (03/12/2026), 11/2026 (03/12/2026, mở lại 05/12/2026: lý do)" for a run's months. */
export function closedMonthsLine(
  say: (key: 'cli.closedMonths', params: { months: string }) => string,
  loaded: MonthsOfRun,
): string | undefined {
  const ledger = loaded.ledger?.ledger;
  if (!ledger) return undefined;
  const dmy = (iso: string) => iso.split('-').reverse().join('/');
  const said = loaded.months.flatMap((m) => {
    const key = `${m.ym.year}-${String(m.ym.month).padStart(2, '0')}`;
    const entries = ledger.entries.filter((e) => e.month === key);
    if (entries.length === 0) return [];
    const [first, ...rest] = entries;
    const reopened = rest.map((e) => `${dmy(e.date)}: ${e.reason ?? ''}`);
    return [`${key.slice(5)}/${m.ym.year} (${[dmy(first!.date), ...reopened].join('; ')})`];
  });
  return said.length > 0 ? say('cli.closedMonths', { months: said.join(', ') }) : undefined;
}

/** The Kiểm tra sheet's lines of a document: the months closed, and when. */
export function closedLines(say: Parameters<typeof closedMonthsLine>[0], loaded: MonthsOfRun): string[] {
  const line = closedMonthsLine(say, loaded);
  return line ? [line] : [];
}

/** The check code of the grids a document is made from (core/month-content.ts), for its footer. */
function gridsCode(loaded: LoadedMonths): string {
  return codeOfMonths(loaded.months, loaded.ctx.rules, runtime().sha256());
}

export interface LoadOptions {
  /** `--month`, for a hand-made grid whose title does not say it. */
  readonly month?: YearMonth | undefined;
  readonly onFile?: (done: number, people: number) => void;
  /** `--ledger`; without it the ledger is looked for (ledger-source.ts). */
  readonly ledger?: string | undefined;
  /**
   * Compare each grid of a closed month with the ledger (every command but close and reopen, which
   * compare on their own terms): each changed cell is an error at its cell.
   */
  readonly checkClosed?: boolean;
}

async function openAll(files: readonly string[]): Promise<OpenedWorkbook[]> {
  if (files.length === 0) throw new UserError('usage.noFiles', {}, 'usage');
  const opened: OpenedWorkbook[] = [];
  for (const file of files) opened.push({ file, view: await openWorkbookView(file) });
  return opened;
}

function monthOptions(ctx: Context, options: LoadOptions): MonthOptions {
  const { month, onFile } = options;
  return {
    force: ctx.force,
    ...(month ? { month } : {}),
    // Between files the event loop runs, so Ctrl-C is heard during a long run.
    afterFile: (done, people) => {
      onFile?.(done, people);
      return breathe();
    },
  };
}

/** A month of a closed period compared with the ledger: each changed cell is one more problem of the month. */
function checkedAgainstLedger(found: FoundLedger | undefined, options: LoadOptions, m: ParsedMonth, rules: Rulebook): ParsedMonth {
  if (!found || options.checkClosed === false) return m;
  const changed = closedMonthProblems(found.ledger, found.file, [m], rules);
  return changed.length > 0 ? { ...m, problems: [...m.problems, ...changed] } : m;
}

export async function loadMonths(ctx: Context, files: readonly string[], options: LoadOptions = {}): Promise<LoadedMonths> {
  const read = await monthsFromViews(await openAll(files), { rules: ctx.rules, origin: ctx.origin }, monthOptions(ctx, options));
  announceRulebook(ctx, read.chosen.from);
  const found = await findLedger(options.ledger, ctx.io.cwd, files);
  const months = read.months.map((m) => checkedAgainstLedger(found, options, m, read.rules));
  return { months, ctx: { ...ctx, rules: read.rules }, chosen: read.chosen, ...(found ? { ledger: found } : {}) };
}

export interface TalliedMonths extends MonthsOfRun {
  readonly year: YearResult;
  /** The check code of the grids, when asked for. */
  readonly code?: string;
  readonly ctx: Context;
  readonly chosen: ChosenRulebook;
}

/**
 * The grids read and tallied as they are read: each month is folded into the year (and the check
 * code) and let go, so a province's twelve months are never held together (core/year.ts,
 * YearTally). Months come in the order the files are given; when one comes before a month already
 * folded (files named T1, T10, T2 …), the files are read again and the months tallied together,
 * as loadMonths and tallyYear do: the same year, read twice.
 */
export async function tallyMonths(
  ctx: Context,
  files: readonly string[],
  options: LoadOptions & {
    readonly period?: DateRange;
    readonly asOf?: string;
    readonly code: boolean;
    /** Whether the year lists its deductions (YearTally): a document needs them, a --json run does not. */
    readonly deductions: boolean;
  },
): Promise<TalliedMonths> {
  const opened = await openAll(files);
  const found = await findLedger(options.ledger, ctx.io.cwd, files);
  let tally: YearTally | undefined;
  let code: MonthsCode | undefined;
  const months: Pick<ParsedMonth, 'ym'>[] = [];
  const read = await eachMonthFromViews(opened, { rules: ctx.rules, origin: ctx.origin }, monthOptions(ctx, options), (parsed, rules) => {
    const m = checkedAgainstLedger(found, options, parsed, rules);
    tally ??= new YearTally(rules, options.period, options.asOf, options.deductions);
    if (options.code) code ??= new MonthsCode(rules, runtime().sha256());
    if (!tally.canFold(m) || (code && !code.canAdd(m))) return false;
    tally.fold(m);
    tally.record(m);
    code?.add(m);
    months.push({ ym: m.ym });
    return true;
  });
  if (!read.complete || !tally) {
    const loaded = await loadMonths(ctx, files, options);
    const year = tallyYear(loaded.months, loaded.ctx.rules, options.period, options.asOf);
    return { ...loaded, year, ...(options.code ? { code: gridsCode(loaded) } : {}) };
  }
  announceRulebook(ctx, read.chosen.from);
  return {
    year: tally.result(read.runProblems),
    ...(code ? { code: code.text() } : {}),
    months,
    ctx: { ...ctx, rules: read.rules },
    chosen: read.chosen,
    ...(found ? { ledger: found } : {}),
  };
}
