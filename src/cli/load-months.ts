import { parseGrid, type ParsedMonth } from '../core/grid.js';
import { problem, UserError, type MessageParams, type Problem } from '../core/problems.js';
import { rulebookFingerprint } from '../core/fingerprint.js';
import type { Rulebook } from '../core/rulebook.js';
import type { YearMonth } from '../core/types.js';
import type { MessageKey } from '../i18n/messages.js';
import { runInWorkers } from '../io/worker-pool.js';
import { readGridFile } from '../xlsx/grid-reader.js';

/**
 * Reads and interprets grids, in this thread unless SCORING_THREADS asks for worker threads (one
 * file per thread at a time). Measured on the 2-core benchmark machine, workers do not pay: each
 * starts cold (its first files read 2-3 times slower until the JIT warms up), two readers slow
 * each other by a quarter, and the peak memory grows by 90 MB; twelve 10,000-staff grids read in
 * 3.1 s here against 3.8 s on two workers (docs/performance.md). The first file (in the order
 * given) that cannot be opened at all stops the run with its error; problems are collected.
 */

export interface MonthJob {
  readonly file: string;
  readonly rules: Rulebook;
  /** rulebookFingerprint(rules), computed once for the run. */
  readonly fingerprint: string;
  readonly month?: YearMonth;
}

export async function readMonth(job: MonthJob): Promise<ParsedMonth> {
  const raw = await readGridFile(job.file);
  const parsed = parseGrid(raw, job.rules, { month: job.month });
  const made = raw.metadata?.rulesFingerprint;
  const extra = made && made !== job.fingerprint ? [problem('warning', 'grid.rulesChanged', { grid: made, rules: job.fingerprint }, { file: job.file, sheet: raw.sheet })] : [];
  return { ...parsed, problems: [...parsed.problems, ...extra] };
}

/** SCORING_THREADS=N reads on N worker threads; unset or 1 reads in this thread. */
function threadsWanted(): number {
  const n = Number(process.env.SCORING_THREADS);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

interface WorkerError {
  readonly userError?: { key: MessageKey; params: MessageParams; exitCode: 1 | 2; details: Problem[] };
  readonly internal?: string;
}

function raise(error: unknown): never {
  const e = error as WorkerError;
  if (e.userError) throw new UserError(e.userError.key, e.userError.params, e.userError.exitCode, e.userError.details);
  throw new Error(e.internal ?? String(error));
}

export async function loadMonths(files: readonly string[], rules: Rulebook, month?: YearMonth, onFile?: (done: number, people: number) => void): Promise<ParsedMonth[]> {
  if (files.length === 0) throw new UserError('usage.noFiles', {}, 2);
  let done = 0;
  let people = 0;
  const counted = (m: ParsedMonth) => {
    people += m.staff.length;
    onFile?.(++done, people);
  };
  const fingerprint = rulebookFingerprint(rules);
  const jobs = files.map((file) => ({ file, rules, fingerprint, month }));
  const threads = Math.min(threadsWanted(), files.length);
  if (threads === 1) {
    const out: ParsedMonth[] = [];
    for (const job of jobs) {
      const m = await readMonth(job);
      counted(m);
      out.push(m);
    }
    return out;
  }
  const outcomes = await runInWorkers<MonthJob, ParsedMonth>(new URL('./month-worker.js', import.meta.url), jobs, threads, (_, o) => {
    if ('result' in o) counted(o.result);
  });
  return outcomes.map((o) => ('result' in o ? o.result : raise(o.error)));
}
