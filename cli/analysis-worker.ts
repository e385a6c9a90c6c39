/** The body of one analysis pool worker: analyses each input it is sent and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { analyzeInput, type InputLimits } from './analyze-input';

export interface AnalysisJob {
  input: string;
  limits: InputLimits;
  stdin?: Uint8Array;
}

parentPort?.on('message', async ({ job }: { job: AnalysisJob }) => {
  const result = await analyzeInput(job.input, job.limits, job.stdin);
  parentPort?.postMessage({ result });
});
// Loaded: the pool starts the job's clock now, so tsx compiling the engine is not charged to the first input.
parentPort?.postMessage({ ready: true });
