/**
 * `footnote analyze`: analyses every input (one in-process, several across a worker pool), prints each result in
 * input order as soon as it and all before it are done, shows progress on a terminal, and says by its exit code
 * whether every input was analysed.
 */
import { availableParallelism } from 'node:os';
import { analyzeInput, STDIN, type InputLimits, type InputResult } from './analyze-input';
import type { AnalysisJob } from './analysis-worker';
import { formatResult, styleFor } from './format-text';
import { WorkerPool } from './worker-pool';

export interface AnalyzeCommandOptions {
  inputs: string[];
  json: boolean;
  limits: InputLimits;
  /** Per-input time limit in ms for the whole analysis (pool only; a single input runs in-process). */
  timeLimitMs: number;
  /** Worker threads; default: the machine's available parallelism. */
  jobs?: number;
}

const WORKER_SCRIPT = new URL('./analysis-worker-entry.mjs', import.meta.url);

/** Returns the process exit code: 0 when every input was analysed, 1 otherwise. */
export async function runAnalyze(options: AnalyzeCommandOptions): Promise<number> {
  const { inputs } = options;
  const stdin = inputs.includes(STDIN) ? await readStdin() : undefined;
  const style = styleFor(process.stdout);
  const progress = progressLine(inputs.length);
  const results: (InputResult | undefined)[] = new Array(inputs.length);
  let printed = 0;
  let done = 0;
  let failed = 0;
  const settle = (index: number, result: InputResult) => {
    results[index] = result;
    done++;
    if (!result.ok) failed++;
    // Print every result whose predecessors are all printed: input order, streamed.
    while (printed < inputs.length && results[printed]) {
      const next = results[printed] as InputResult;
      progress.clear();
      process.stdout.write(options.json ? JSON.stringify(next) + '\n' : formatResult(next, style));
      results[printed] = undefined;
      printed++;
    }
    progress.show(done, inputs[index]);
  };

  progress.show(0, '');
  const workers = Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs.length));
  if (inputs.length === 1 || workers === 1) {
    for (let i = 0; i < inputs.length; i++) settle(i, await analyzeInput(inputs[i], options.limits, stdin));
  } else {
    const pool = new WorkerPool<AnalysisJob, InputResult>(WORKER_SCRIPT, {
      size: workers,
      timeLimitMs: options.timeLimitMs,
      failed: (job, reason) => ({ input: job.input, ok: false, error: reason }),
    });
    await Promise.all(
      inputs.map((input, i) =>
        pool
          .run({ input, limits: options.limits, stdin: input === STDIN ? stdin : undefined })
          .then((r) => settle(i, r)),
      ),
    );
    await pool.close();
  }
  progress.clear();
  return failed ? 1 : 0;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** "analysed 12/91 page.html" on standard error, rewritten in place; only on a terminal and for several inputs. */
function progressLine(total: number): { show(done: number, last: string): void; clear(): void } {
  const stream = process.stderr;
  if (!stream.isTTY || total < 2) return { show() {}, clear() {} };
  let shown = false;
  return {
    show(done, last) {
      const text = `analysed ${done}/${total}${last ? ` ${last}` : ''}`;
      stream.write(`\r\x1b[K${text.slice(0, Math.max(10, (stream.columns || 80) - 1))}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
