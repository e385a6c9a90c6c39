/**
 * Footnote's cost in a real page (`npx tsx scripts/bench-browser.ts [runs]`, `npm run bench:browser`): the built
 * Chrome extension (FOOTNOTE_OUT_DIR or .output) in headless Chromium, and the same pages in a Chromium without it,
 * served from 127.0.0.1 by this script. For each page it prints:
 * - the main-thread time Footnote adds: the page renderer's TaskDuration (CDP Performance.getMetrics) with the
 *   extension less without it, medians over the runs, measured at the same moment after load;
 * - the content script's own CPU time, from a CPU profile of the page (samples under a chrome-extension:// frame):
 *   the with/without difference also carries the page's own variance (seconds, on the 5 MB pages), this does not;
 * - the longest task with Footnote against the page's own longest (PerformanceObserver 'longtask');
 * - load -> final state: from the load event to the background holding a final status (done, too large...) and the
 *   badge drawn;
 * - the analysis phases as the extension timed them (snapshot, round trip, parse, Readability, each detector, the
 *   live text index, anchoring).
 * Pages: the seed article, readability-pages/wikipedia-2, the seed repeated 30 times, a generated page of 200,000
 * elements, a generated 5 MB text/plain page and a 5 MB HTML article (wikipedia-2's body five times).
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { countPassages } from '../lib/core/passages';
import type { Report } from '../lib/core/report';
import { CORPUS, SEED_DIR } from '../tests/support/paths';
import {
  badgeText,
  EXTENSION_DIR,
  ensureBuilt,
  findChromium,
  launchWithExtension,
  newProfileDir,
  tabStateFor,
} from '../tests/e2e/support/chromium';

interface Target {
  label: string;
  path: string;
  type: string;
  body: string;
}

interface Sample {
  taskMs: number;
  scriptMs: number;
  longTasks: number[];
  /** With the extension: CPU time under the content script's frames (its native calls included), from a profile. */
  ownMs: number;
}

/** A CPU profile as CDP's Profiler.stop gives it (the fields read here). */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The time a profile spent in Footnote's content script: samples with a chrome-extension:// frame on their stack.
 * Unlike the with/without difference, the page's own work (layout of a 5 MB text, its GC) never counts here, so it
 * holds on a busy machine; it misses what Footnote makes the browser do outside script (style for its highlights).
 */
function contentScriptMs(profile: CpuProfile): number {
  const parent = new Map<number, number>();
  const extension = new Set<number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    if (node.callFrame.url.startsWith('chrome-extension://')) extension.add(node.id);
  }
  const underExtension = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    let known = underExtension.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = extension.has(id) || (up !== undefined && isUnder(up));
      underExtension.set(id, known);
    }
    return known;
  };
  let us = 0;
  // timeDeltas[i] is the time before sample i: sample i lasted until the next one.
  profile.samples.forEach((id, i) => {
    if (isUnder(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

interface Run extends Sample {
  finalMs: number;
  state: string;
  flags: number;
  phases: Record<string, number>;
}

const runs = Number(process.argv[2] ?? 3);
/** Metrics are read this long after load (or 1 s after the final state, if later), with and without Footnote. */
const SETTLE_MS = 3000;
const FINAL_TIMEOUT_MS = 30_000;

function pages(): Target[] {
  const seed = readFileSync(join(SEED_DIR, 'index.html'), 'utf8');
  const wiki = readFileSync(join(CORPUS, 'readability-pages', 'wikipedia-2', 'source.html'), 'utf8');
  const repeatBody = (html: string, times: number) => {
    const open = html.search(/<body[^>]*>/i);
    const openEnd = html.indexOf('>', open) + 1;
    const close = html.toLowerCase().lastIndexOf('</body>');
    const inner = html.slice(openEnd, close);
    return html.slice(0, openEnd) + inner.repeat(times) + html.slice(close);
  };
  const items: string[] = [];
  // 4 elements per item: 50,000 items + html/head/body/title = 200,004 elements.
  for (let i = 0; i < 50_000; i++) items.push(`<div><p>Item ${i} <a href="#i${i}">link</a> <span>tag</span></p></div>`);
  const elements = `<!doctype html><html><head><title>200,000 elements</title></head><body>${items.join('\n')}</body></html>`;
  const seedText = seed
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\n\s*\n+/g, '\n\n');
  const text = seedText.repeat(Math.ceil(5_000_000 / seedText.length)).slice(0, 5_000_000);
  const html = 'text/html; charset=utf-8';
  return [
    { label: 'seed article', path: '/seed/', type: html, body: seed },
    { label: 'readability-pages/wikipedia-2', path: '/wikipedia-2/', type: html, body: wiki },
    { label: 'seed article x30', path: '/seed-x30/', type: html, body: repeatBody(seed, 30) },
    { label: '200,000 elements', path: '/elements/', type: html, body: elements },
    { label: '5 MB text/plain', path: '/text/', type: 'text/plain; charset=utf-8', body: text },
    { label: '5 MB HTML article (wikipedia-2 x5)', path: '/article-5mb/', type: html, body: repeatBody(wiki, 5) },
  ];
}

async function serve(targets: Target[]) {
  const byPath = new Map(targets.map((t) => [t.path, t]));
  const server = createServer((req, res) => {
    const target = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // The page's own scripts and other hosts' resources stay out, as in the end-to-end tests.
    res
      .writeHead(200, {
        'content-type': target.type,
        'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      })
      .end(target.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { footnoteLongTasks: number[] }).footnoteLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function blockOthers(context: BrowserContext, origin: string) {
  const local = new URL(origin).host;
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== local,
    (route) => route.abort(),
  );
}

/** Loads a page, waits for `untilFinal` (the extension's final state) and the settle time, and reads the metrics. */
async function measure(
  context: BrowserContext,
  url: string,
  untilFinal?: (loadAt: number) => Promise<Omit<Run, keyof Sample>>,
): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Content scripts run in the page's isolate: the page's profile holds them too.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await observeLongTasks(page);
  const loaded = page.waitForEvent('load', { timeout: 120_000 }).then(() => performance.now());
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loadAt = await loaded;
  const final = untilFinal ? await untilFinal(loadAt) : { finalMs: 0, state: '-', flags: -1, phases: {} };
  const wait = Math.max(SETTLE_MS - (performance.now() - loadAt), untilFinal ? 1000 : 0);
  await page.waitForTimeout(wait);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const longTasks = await page
    .evaluate(() => (window as unknown as { footnoteLongTasks?: number[] }).footnoteLongTasks ?? [])
    .catch(() => [] as number[]);
  await page.close();
  return {
    ...final,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    longTasks,
    ownMs: contentScriptMs(profile),
  };
}

function phasesOf(status: { report?: Report; timings?: Record<string, number> }): Record<string, number> {
  const report = status.report;
  const out: Record<string, number> = {};
  if (report) {
    if (report.timings.parseMs) out.parse = report.timings.parseMs;
    out.extract = report.timings.extractMs;
    Object.assign(out, report.timings.detectors as Record<string, number>);
    out.quotes =
      report.timings.detectMs - Object.values(report.timings.detectors).reduce((a: number, b) => a + (b ?? 0), 0);
  }
  // The page side, where the extension reports it (snapshot, round trip, live text index, anchoring).
  for (const [name, ms] of Object.entries(status.timings ?? {})) out[`page:${name}`] = ms;
  return out;
}

async function main() {
  ensureBuilt();
  console.log(`extension: ${EXTENSION_DIR}; ${runs} runs per page`);
  const targets = pages();
  const server = await serve(targets);

  const without = new Map<string, Run[]>();
  const plain = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const plainContext = await plain.newContext();
  await blockOthers(plainContext, server.origin);
  for (let r = 0; r < runs; r++) {
    for (const target of targets) {
      const list = without.get(target.label) ?? [];
      const run = await measure(plainContext, server.origin + target.path).catch(() => null);
      if (run) list.push(run);
      without.set(target.label, list);
    }
  }
  await plain.close();

  const withFootnote = new Map<string, Run[]>();
  for (let r = 0; r < runs; r++) {
    const profile = newProfileDir();
    // A busy machine can miss the service worker's first start: one more try.
    const b = await launchWithExtension(profile).catch(() => launchWithExtension(newProfileDir()));
    await blockOthers(b.context, server.origin);
    // Chrome stops an idle service worker: always talk to the one running now.
    const live = () =>
      b.context.serviceWorkers().find((worker) => worker.url().includes(b.extensionId)) ?? b.background;
    // A first page wakes the service worker and warms the analysis, as a browsing session would have.
    await measure(b.context, server.origin + '/seed/', async () => {
      await waitForFinal(live, server.origin + '/seed/');
      return { finalMs: 0, state: '', flags: 0, phases: {} };
    });
    for (const target of targets) {
      const url = server.origin + target.path;
      const run = await measure(b.context, url, async (loadAt) => {
        const state = await waitForFinal(live, url);
        const status = state.status as { state: string; report?: Report; timings?: Record<string, number> };
        // The badge counts flagged passages (lib/core/passages.ts), not findings.
        const passages = status.report ? countPassages(status.report.flags) : 0;
        const expected = passages > 0 ? String(passages) : null;
        const badgeDeadline = Date.now() + FINAL_TIMEOUT_MS;
        if (expected !== null) {
          while ((await badgeText(live(), state.tabId)) !== expected && Date.now() < badgeDeadline) await sleep(5);
        }
        return {
          finalMs: performance.now() - loadAt,
          state: status.state,
          flags: status.report?.flags.length ?? -1,
          phases: phasesOf(status),
        };
      }).catch((error: unknown) => {
        // One failed load (a timeout on a busy machine) costs one sample, not the whole benchmark.
        console.error(`${target.label}: ${String(error).split('\n')[0]}`);
        return null;
      });
      const list = withFootnote.get(target.label) ?? [];
      if (run) list.push(run);
      withFootnote.set(target.label, list);
    }
    await b.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await server.close();

  const round = (n: number) => Math.round(n);
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[s.length >> 1] : NaN;
  };
  for (const target of targets) {
    const w = withFootnote.get(target.label) ?? [];
    const wo = without.get(target.label) ?? [];
    const added = median(w.map((r) => r.taskMs)) - median(wo.map((r) => r.taskMs));
    const addedScript = median(w.map((r) => r.scriptMs)) - median(wo.map((r) => r.scriptMs));
    const longest = (list: Run[]) => list.map((r) => Math.max(0, ...r.longTasks));
    const finals = w.map((r) => r.finalMs);
    const own = w.map((r) => r.ownMs);
    console.log(`\n${target.label}: ${w[0]?.state ?? '?'}, ${w[0]?.flags ?? '?'} flags`);
    console.log(
      `  added main-thread time (TaskDuration, median with - median without): ${round(added)} ms ` +
        `(script ${round(addedScript)} ms); with ${w.map((r) => round(r.taskMs)).join('/')}, ` +
        `without ${wo.map((r) => round(r.taskMs)).join('/')}`,
    );
    console.log(
      `  content script's own CPU time (profile; the page's work excluded): median ${round(median(own))} ms ` +
        `(${own.map(round).join('/')})`,
    );
    console.log(
      `  longest task (ms): with Footnote ${longest(w).join('/')}; page alone ${longest(wo).join('/')}; ` +
        `long tasks with: ${w.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')}; without: ` +
        `${wo.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')}`,
    );
    console.log(
      `  load -> final state and badge (ms): median ${round(median(finals))}, min ${round(Math.min(...finals))}, ` +
        `max ${round(Math.max(...finals))}`,
    );
    const names = [...new Set(w.flatMap((r) => Object.keys(r.phases)))];
    if (names.length) {
      console.log(
        `  phases (ms, median): ${names.map((n) => `${n} ${Math.round(median(w.map((r) => r.phases[n] ?? 0)) * 10) / 10}`).join(', ')}`,
      );
    }
  }
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

async function waitForFinal(background: () => Parameters<typeof tabStateFor>[0], url: string) {
  const deadline = Date.now() + FINAL_TIMEOUT_MS;
  for (;;) {
    const state = await tabStateFor(background(), url).catch(() => null); // a worker stopped mid-call
    if (state && state.status.state !== 'analysing') return state;
    if (Date.now() > deadline) return state ?? { tabId: -1, url, status: { state: 'none within 30 s' } };
    await sleep(20);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
