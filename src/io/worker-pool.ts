import { Worker } from 'node:worker_threads';

/**
 * Runs jobs on a few worker threads, each worker taking the next job when it is free. Results come
 * back in job order whatever order they finish in. A worker module answers each
 * `{ index, job }` message with `{ index, result }` or `{ index, error }` (see month-worker.ts).
 */

export type Outcome<R> = { readonly result: R } | { readonly error: unknown };

interface Reply<R> {
  readonly index: number;
  readonly result?: R;
  readonly error?: unknown;
}

export async function runInWorkers<J, R>(module: URL, jobs: readonly J[], threads: number, onDone?: (index: number, outcome: Outcome<R>) => void): Promise<Outcome<R>[]> {
  const outcomes: Outcome<R>[] = new Array(jobs.length);
  let next = 0;
  const work = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let busy = false;
      const give = () => {
        busy = next < jobs.length;
        if (!busy) return resolve();
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      };
      // A worker that dies mid-job (out of memory, killed) must fail the run, not leave it waiting.
      worker.on('exit', (code) => {
        if (busy) reject(new Error(`worker thread stopped with exit code ${code} before finishing its file`));
      });
      worker.on('message', (reply: Reply<R>) => {
        const outcome: Outcome<R> = 'error' in reply && reply.error !== undefined ? { error: reply.error } : { result: reply.result as R };
        outcomes[reply.index] = outcome;
        onDone?.(reply.index, outcome);
        give();
      });
      worker.on('error', reject);
      give();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, () => new Worker(module));
  try {
    await Promise.all(workers.map(work));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
