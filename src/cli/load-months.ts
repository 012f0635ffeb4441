import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { parseGrid, type ParsedMonth } from '../core/grid.js';
import { problem, UserError, type MessageParams, type Problem } from '../core/problems.js';
import { rulebookFingerprint } from '../core/fingerprint.js';
import type { Rulebook } from '../core/rulebook.js';
import type { YearMonth } from '../core/types.js';
import type { MessageKey } from '../i18n/messages.js';
import { runInWorkers } from '../io/worker-pool.js';
import { readGridFile } from '../xlsx/grid-reader.js';

/**
 * Reads and interprets grids. Large inputs are read on worker threads, one file per thread at a
 * time (both cores of a small office PC); a dozen commune-sized grids are read in this thread,
 * where starting workers would cost more than it saves. The first file (in the order given) that
 * cannot be opened at all stops the run with its error; problems inside grids are collected.
 */

export interface MonthJob {
  readonly file: string;
  readonly rules: Rulebook;
  readonly month?: YearMonth;
}

/** Below this much input, worker threads do not pay for their start-up. */
const WORKERS_FROM_BYTES = 4 * 1024 * 1024;

export async function readMonth(job: MonthJob): Promise<ParsedMonth> {
  const raw = await readGridFile(job.file);
  const parsed = parseGrid(raw, job.rules, { month: job.month });
  const made = raw.metadata?.rulesFingerprint;
  const fingerprint = rulebookFingerprint(job.rules);
  const extra = made && made !== fingerprint ? [problem('warning', 'grid.rulesChanged', { grid: made, rules: fingerprint }, { file: job.file, sheet: raw.sheet })] : [];
  return { ...parsed, problems: [...parsed.problems, ...extra] };
}

/** How many threads to read with: SCORING_THREADS overrides (1 = in this thread), else by input size. */
async function threadsFor(files: readonly string[]): Promise<number> {
  const forced = Number(process.env.SCORING_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  if (files.length < 2) return 1;
  let bytes = 0;
  for (const file of files) bytes += await stat(file).then((s) => s.size).catch(() => 0);
  return bytes >= WORKERS_FROM_BYTES ? Math.min(availableParallelism(), files.length) : 1;
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
  const jobs = files.map((file) => ({ file, rules, month }));
  const threads = await threadsFor(files);
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
