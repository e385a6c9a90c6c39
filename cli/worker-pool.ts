/**
 * A pool of worker threads, each running one job at a time. Owns the workers' lives: a job that runs past the
 * time limit has its worker terminated, a worker that dies (out of memory, a crash) is replaced, and either way
 * the job settles with a failure result instead of taking the pool down.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions<Job, Result> {
  size: number;
  /** Per-job time limit in ms; the worker is terminated when it is exceeded. */
  timeLimitMs: number;
  /** The result for a job whose worker failed: `reason` is one readable sentence. */
  failed(job: Job, reason: string): Result;
  resourceLimits?: ResourceLimits;
}

interface Task<Job, Result> {
  job: Job;
  transfer: ArrayBuffer[];
  resolve(result: Result): void;
}

interface Slot<Job, Result> {
  worker: Worker;
  task: Task<Job, Result> | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is going away, once known (time limit, out of memory...). */
  failure: string | null;
  /** The worker has loaded its code: a job's time limit runs from then, so start-up is not charged to it. */
  ready: boolean;
}

/** The worker protocol: the worker posts `{ ready: true }` once loaded; then `{ job }` in, `{ result }` out, one at a time. */
export class WorkerPool<Job, Result> {
  private readonly slots: Slot<Job, Result>[] = [];
  private readonly queue: Task<Job, Result>[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly options: PoolOptions<Job, Result>,
  ) {}

  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Result> {
    if (this.closed) throw new Error('the pool is closed');
    return new Promise((resolve) => {
      this.queue.push({ job, transfer, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued never settle. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.spawn();
      }
      this.start(slot, this.queue.shift() as Task<Job, Result>);
    }
  }

  private spawn(): Slot<Job, Result> {
    const worker = new Worker(this.script, { resourceLimits: this.options.resourceLimits });
    const slot: Slot<Job, Result> = { worker, task: null, timer: null, failure: null, ready: false };
    worker.on('message', (message: { ready?: true; result?: Result }) => {
      if (message.ready) {
        slot.ready = true;
        if (slot.task) this.armTimer(slot);
      } else this.finish(slot, message.result as Result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.failure ??=
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'the analysis ran out of memory'
          : `the analysis crashed (${error.name}: ${error.message.split('\n')[0]})`;
    });
    worker.on('exit', (code) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      if (slot.task)
        this.finish(
          slot,
          this.options.failed(slot.task.job, slot.failure ?? `the analysis stopped unexpectedly (exit code ${code})`),
        );
      if (!this.closed) this.dispatch();
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot<Job, Result>, task: Task<Job, Result>): void {
    slot.task = task;
    slot.worker.ref();
    if (slot.ready) this.armTimer(slot);
    slot.worker.postMessage({ job: task.job }, task.transfer);
  }

  private armTimer(slot: Slot<Job, Result>): void {
    slot.timer = setTimeout(() => {
      slot.failure = `the analysis took longer than ${this.options.timeLimitMs / 1000} s (the time limit per input)`;
      void slot.worker.terminate();
    }, this.options.timeLimitMs);
  }

  private finish(slot: Slot<Job, Result>, result: Result): void {
    const task = slot.task;
    if (!task) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.worker.unref();
    task.resolve(result);
    this.dispatch();
  }
}
