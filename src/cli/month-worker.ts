import { parentPort } from 'node:worker_threads';
import { UserError } from '../core/problems.js';
import { readMonth, type MonthJob } from './load-months.js';

/**
 * A worker thread that reads and interprets grids (load-months.ts sends the jobs). A UserError
 * crosses back as plain data and is raised again in the main thread, so it reads the same.
 */
parentPort?.on('message', async ({ index, job }: { index: number; job: MonthJob }) => {
  try {
    parentPort!.postMessage({ index, result: await readMonth(job) });
  } catch (err) {
    const error = err instanceof UserError ? { userError: { key: err.key, params: err.params, exitCode: err.exitCode, details: err.details } } : { internal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    parentPort!.postMessage({ index, error });
  }
});
