// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../cli/worker-pool';

type Job = { input: string; action: string };
type Result = { input: string; ok: boolean; error?: string };

function makePool(size: number, timeLimitMs = 5000) {
  return new WorkerPool<Job, Result>(new URL('./fixtures/pool-test-worker.mjs', import.meta.url), {
    size,
    timeLimitMs,
    failed: (job, reason) => ({ input: job.input, ok: false, error: reason }),
    resourceLimits: { maxOldGenerationSizeMb: 64 },
  });
}

describe('WorkerPool', () => {
  it('turns crashes, exits, out-of-memory and time-outs into failures for that job and goes on', async () => {
    const pool = makePool(2, 4000);
    const actions = ['echo', 'throw', 'echo', 'exit', 'oom', 'hang', 'echo', 'echo'];
    const results = await Promise.all(actions.map((action, i) => pool.run({ input: `${action}-${i}`, action })));
    await pool.close();
    expect(results.map((r) => r.input)).toEqual(actions.map((a, i) => `${a}-${i}`));
    expect(results.filter((r) => r.ok).map((r) => r.input)).toEqual(['echo-0', 'echo-2', 'echo-6', 'echo-7']);
    expect(results[1].error).toMatch(/crashed \(Error: boom\)/);
    expect(results[3].error).toMatch(/stopped unexpectedly \(exit code 7\)/);
    expect(results[4].error).toMatch(/ran out of memory/);
    expect(results[5].error).toMatch(/longer than 4 s/);
  }, 30_000);

  it('reports a stack overflow in a worker as a crash of that job', async () => {
    const pool = makePool(1);
    const [overflow, after] = await Promise.all([
      pool.run({ input: 'a', action: 'recurse' }),
      pool.run({ input: 'b', action: 'echo' }),
    ]);
    await pool.close();
    expect(overflow.ok).toBe(false);
    expect(overflow.error).toMatch(/RangeError/);
    expect(after).toEqual({ input: 'b', ok: true });
  });
});
