/**
 * Benchmark of backups that restore, in real Chromium against the built extension (`npm run bench:backup:1m`, or
 * `npx tsx scripts/bench-backup-chromium.ts [counts]`, default 100000,1000000). For each count, in a fresh
 * profile: N notes are written into the extension's IndexedDB (set-up), exported as the library exports them
 * (lib/library: pages of notes over the real messaging from the background's library-service, into a JSON-LD
 * Blob), the store is cleared, and the file is imported back as the library imports it (read in chunks, batches to
 * the background's ImportSession). The round trip is checked by a digest of the store computed a note at a time,
 * before and after, never by holding either library whole.
 *
 * Memory, sampled every 250 ms over the Chrome DevTools Protocol: the JS heap used by the library page and by the
 * background service worker (Runtime.getHeapUsage), and the resident memory of the extension's renderer process
 * and of the browser process (which holds the exported Blob, as a browser holds a download being written).
 * The background measured is the built extension in FOOTNOTE_OUT_DIR (or .output; built when absent): rebuild it
 * after changing lib/ (a warning says when it is older). The library page's side is bundled from the sources.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import WebSocket from 'ws';
import { ensureBuilt, EXTENSION_DIR, launchWithExtension, newProfileDir } from '../tests/e2e/support/chromium';

type Bench = {
  seed(count: number): Promise<number>;
  expectedDigest(count: number): { count: number; digest: string };
  storeDigest(): Promise<{ count: number; digest: string }>;
  clear(): Promise<void>;
  exportAll(): Promise<{ ms: number; bytes: number }>;
  importBack(): Promise<{ ms: number; imported: number; duplicates: number; refused: number }>;
  dropFile(): void;
};
declare const footnoteBench: Bench;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A minimal Chrome DevTools Protocol client over one target's WebSocket. */
class Cdp {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  static connect(url: string): Promise<Cdp> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      socket.once('open', () => resolve(new Cdp(socket)));
      socket.once('error', reject);
    });
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** The profile's Chromium processes by role: resident memory (bytes) and CPU time so far (seconds). */
function processes(profile: string): Map<string, { rss: number; cpu: number }> {
  const lines = execFileSync('ps', ['-eo', 'pid=,rss=,args='], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).split('\n');
  const out = new Map<string, { rss: number; cpu: number }>();
  for (const line of lines) {
    if (!line.includes(`--user-data-dir=${profile}`)) continue;
    const [pid, rss] = line.trim().split(/\s+/, 2).map(Number);
    const role = line.includes('--extension-process')
      ? 'extension'
      : !line.includes('--type=')
        ? 'browser'
        : (/--utility-sub-type=([\w.]+)/.exec(line)?.[1].split('.')[0] ?? /--type=([\w-]+)/.exec(line)?.[1] ?? 'other');
    let cpu = 0;
    try {
      // utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended
    }
    const seen = out.get(role) ?? { rss: 0, cpu: 0 };
    out.set(role, { rss: seen.rss + rss * 1024, cpu: seen.cpu + cpu });
  }
  return out;
}

/** CPU seconds each role spent between two `processes` readings, largest first. */
function cpuSpent(before: Map<string, { cpu: number }>, after: Map<string, { cpu: number }>): string {
  return [...after]
    .map(([role, { cpu }]) => [role, cpu - (before.get(role)?.cpu ?? 0)] as const)
    .filter(([, spent]) => spent >= 0.1)
    .sort((a, b) => b[1] - a[1])
    .map(([role, spent]) => `${role} ${spent.toFixed(1)} s`)
    .join(', ');
}

interface Peaks {
  /** The most heap used at any sample, garbage not yet collected included. */
  pageHeap: number;
  workerHeap: number;
  /** The most heap live: used right after a full collection, forced every 2 s. */
  pageLive: number;
  workerLive: number;
  extensionRss: number;
  browserRss: number;
  /** CPU seconds by process role over the work. */
  cpu: string;
}

/** Samples the heaps and resident memory every `everyMs` while `work` runs; returns its value and the peaks. */
async function sampled<T>(
  targets: { page: Cdp; worker: Cdp },
  profile: string,
  work: () => Promise<T>,
  everyMs = 250,
): Promise<{ value: T; peaks: Peaks }> {
  const peaks: Peaks = {
    pageHeap: 0,
    workerHeap: 0,
    pageLive: 0,
    workerLive: 0,
    extensionRss: 0,
    browserRss: 0,
    cpu: '',
  };
  let samples = 0;
  const cpuBefore = processes(profile);
  let running = true;
  const sample = async () => {
    if (++samples % 8 === 0) {
      const live = await settledHeaps(targets);
      peaks.pageLive = Math.max(peaks.pageLive, live.page);
      peaks.workerLive = Math.max(peaks.workerLive, live.worker);
    }
    const [page, worker] = await Promise.all([
      targets.page.send<{ usedSize: number }>('Runtime.getHeapUsage'),
      targets.worker.send<{ usedSize: number }>('Runtime.getHeapUsage'),
    ]);
    const now = processes(profile);
    peaks.pageHeap = Math.max(peaks.pageHeap, page.usedSize);
    peaks.workerHeap = Math.max(peaks.workerHeap, worker.usedSize);
    peaks.extensionRss = Math.max(peaks.extensionRss, now.get('extension')?.rss ?? 0);
    peaks.browserRss = Math.max(peaks.browserRss, now.get('browser')?.rss ?? 0);
  };
  const sampler = (async () => {
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  try {
    const value = await work();
    await sample().catch(() => undefined);
    peaks.cpu = cpuSpent(cpuBefore, processes(profile));
    return { value, peaks };
  } finally {
    running = false;
    await sampler;
  }
}

/**
 * With FOOTNOTE_BENCH_PROFILE=DIR, CPU profiles of the library page and the background over `work`, written as
 * DIR/<phase>-page.cpuprofile and DIR/<phase>-background.cpuprofile (open them in DevTools' Performance panel).
 */
async function profiled<T>(targets: { page: Cdp; worker: Cdp }, phase: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.FOOTNOTE_BENCH_PROFILE;
  if (!dir) return work();
  const both = [
    ['page', targets.page],
    ['background', targets.worker],
  ] as const;
  for (const [, target] of both) {
    await target.send('Profiler.enable');
    await target.send('Profiler.setSamplingInterval', { interval: 500 });
    await target.send('Profiler.start');
  }
  const value = await work();
  mkdirSync(dir, { recursive: true });
  for (const [name, target] of both) {
    const { profile } = await target.send<{ profile: unknown }>('Profiler.stop');
    writeFileSync(join(dir, `${phase}-${name}.cpuprofile`), JSON.stringify(profile));
  }
  return value;
}

/** The heaps after a full garbage collection in both targets. */
async function settledHeaps(targets: { page: Cdp; worker: Cdp }): Promise<{ page: number; worker: number }> {
  await Promise.all([
    targets.page.send('HeapProfiler.collectGarbage'),
    targets.worker.send('HeapProfiler.collectGarbage'),
  ]);
  const [page, worker] = await Promise.all([
    targets.page.send<{ usedSize: number }>('Runtime.getHeapUsage'),
    targets.worker.send<{ usedSize: number }>('Runtime.getHeapUsage'),
  ]);
  return { page: page.usedSize, worker: worker.usedSize };
}

function memoryLines(peaks: Peaks, after: { page: number; worker: number }): string {
  return [
    `    live heap peak (after GC, every 2 s): library page ${mb(peaks.pageLive)}, background ${mb(peaks.workerLive)}`,
    `    heap used peak (garbage included): library page ${mb(peaks.pageHeap)}, background ${mb(peaks.workerHeap)}`,
    `    heap after the phase and a GC: library page ${mb(after.page)}, background ${mb(after.worker)}`,
    `    RSS peak: extension process (page + background) ${mb(peaks.extensionRss)}, browser process ${mb(peaks.browserRss)}`,
    `    CPU: ${peaks.cpu}`,
  ].join('\n');
}

async function launch(profile: string): Promise<{ context: BrowserContext; extensionId: string; port: number }> {
  const { context, extensionId } = await launchWithExtension(profile, {
    // A second debugging endpoint beside Playwright's pipe: the service worker's heap is read through it.
    extraArgs: ['--remote-debugging-port=0', '--remote-allow-origins=*'],
  });
  const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
  return { context, extensionId, port };
}

async function targetSocket(port: number, match: (target: { type: string; url: string }) => boolean): Promise<Cdp> {
  for (let tries = 0; tries < 50; tries++) {
    const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      url: string;
      webSocketDebuggerUrl: string;
    }[];
    const found = list.find(match);
    if (found) return Cdp.connect(found.webSocketDebuggerUrl);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('No such DevTools target.');
}

async function harness(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'bench-backup-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  return bundled.outputFiles[0].text;
}

async function run(count: number, code: string): Promise<void> {
  console.log(`\n${count.toLocaleString('en')} notes`);
  const profile = newProfileDir();
  const { context, extensionId, port } = await launch(profile);
  const targets: { page: Cdp; worker: Cdp } = { page: undefined!, worker: undefined! };
  try {
    // The first-run tab, if any, is closed: only the bench's page and the background remain.
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.evaluate(code);
    targets.page = await targetSocket(port, (t) => t.type === 'page' && t.url.endsWith('/options.html'));
    targets.worker = await targetSocket(port, (t) => t.type === 'service_worker' && t.url.includes(extensionId));
    const bench = <T>(fn: (count: number) => Promise<T> | T) => page.evaluate(fn, count);

    const seedMs = await bench((n) => footnoteBench.seed(n));
    const expected = await bench((n) => footnoteBench.expectedDigest(n));
    const before = await bench(() => footnoteBench.storeDigest());
    console.log(
      `  seeded in ${seconds(seedMs)}; store digest ${before.digest} (${before.count.toLocaleString('en')} notes)` +
        (before.digest === expected.digest ? '' : ` — NOT the generated notes' ${expected.digest}`),
    );

    const idle = await settledHeaps(targets);
    console.log(`  heaps at rest: library page ${mb(idle.page)}, background ${mb(idle.worker)}`);

    const exported = await sampled(targets, profile, () =>
      profiled(targets, 'export', () => bench(() => footnoteBench.exportAll())),
    );
    const afterExport = await settledHeaps(targets);
    console.log(
      `  export: ${seconds(exported.value.ms)}, file ${mb(exported.value.bytes)} ` +
        `(${(exported.value.bytes / count).toFixed(0)} bytes a note)\n${memoryLines(exported.peaks, afterExport)}`,
    );

    await bench(() => footnoteBench.clear());
    const cleared = await bench(() => footnoteBench.storeDigest());
    if (cleared.count !== 0) throw new Error(`The store was not cleared: ${cleared.count} notes left.`);
    await settledHeaps(targets);

    const imported = await sampled(targets, profile, () =>
      profiled(targets, 'import', () => bench(() => footnoteBench.importBack())),
    );
    const afterImport = await settledHeaps(targets);
    const { ms, imported: written, duplicates, refused } = imported.value;
    console.log(
      `  import: ${seconds(ms)} (${((count / ms) * 1000).toFixed(0)} notes/s); ${written.toLocaleString('en')} ` +
        `written, ${duplicates} duplicates, ${refused} refused\n${memoryLines(imported.peaks, afterImport)}`,
    );

    await bench(() => footnoteBench.dropFile());
    const after = await bench(() => footnoteBench.storeDigest());
    const identical = after.count === count && after.digest === before.digest && before.digest === expected.digest;
    console.log(
      identical
        ? `  IDENTICAL: ${count.toLocaleString('en')} notes, digest ${after.digest} before export and after import`
        : `  DIFFERENT: ${after.count.toLocaleString('en')} notes back of ${count.toLocaleString('en')}, digest ` +
            `${after.digest} (before: ${before.digest}, generated: ${expected.digest})`,
    );
    if (!identical) process.exitCode = 1;
  } finally {
    targets.page?.close();
    targets.worker?.close();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The newest modification time of the files under `dir` (ms). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

ensureBuilt();
// The page's side is bundled from the sources now; the background's comes from the build: say when it is older.
if (statSync(join(EXTENSION_DIR, 'background.js')).mtimeMs < newest(join(import.meta.dirname, '..', 'lib'))) {
  console.warn(
    `Warning: ${EXTENSION_DIR} is older than lib/: the background measured is the built one (rebuild: npx wxt build).`,
  );
}
const counts = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const code = await harness();
const started = Date.now();
for (const count of counts) await run(count, code);
console.log(
  `\nTotal ${seconds(Date.now() - started)}; machine load average while measuring: ${loadavg()[0].toFixed(1)}`,
);
