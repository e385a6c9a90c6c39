/**
 * What a freshly started background pays (`npm run bench:fresh-worker [rounds]`): Chrome stops an idle service worker
 * after 30 s, so most pages a reader opens wake a new one. For five news pages of readability-pages, served from
 * 127.0.0.1 with a 300 ms wait before the response (a network's), it stops the worker, opens the page (the worker
 * wakes as the tab starts loading, and warms its engine while the page loads: lib/background/warm-up.ts), and
 * reads the analysis as the extension timed it; then reloads the page with the worker running. It prints
 * Readability's and the detectors' time and the snapshot's round trip (the background's parse and analysis), fresh
 * against warm, medians over the rounds.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CORPUS } from '../tests/support/paths';
import { ensureBuilt, launchWithExtension, newProfileDir, settledTabState } from '../tests/e2e/support/chromium';

const PAGES = ['wapo-1', 'guardian-1', 'nytimes-1', 'bbc-1', 'cnn'];
const ROUNDS = Number(process.argv[2] ?? 3);
const NETWORK_MS = 300;

interface Timed {
  extractMs: number;
  detectMs: number;
  roundTripMs: number;
}

ensureBuilt();
const server = createServer((request, response) => {
  const name = (request.url ?? '').split('/')[1];
  if (!PAGES.includes(name)) {
    response.writeHead(404).end();
    return;
  }
  const html = readFileSync(join(CORPUS, 'readability-pages', name, 'source.html'));
  setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(html), NETWORK_MS);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchWithExtension(newProfileDir());
const extensionPage = await browser.context.newPage();
await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
const cdp = await browser.context.newCDPSession(extensionPage);
await cdp.send('ServiceWorker.enable');

const liveWorker = async () => {
  for (let tries = 0; tries < 100; tries++) {
    const worker = browser.context.serviceWorkers()[0];
    if (worker) return worker;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
};
const timingsOf = async (url: string): Promise<Timed> => {
  const state = (await settledTabState(await liveWorker(), url)) as unknown as {
    status: { report: { timings: Timed }; timings: { roundTripMs: number } };
  };
  const { extractMs, detectMs } = state.status.report.timings;
  return { extractMs, detectMs, roundTripMs: state.status.timings.roundTripMs };
};

const samples = new Map<string, { fresh: Timed[]; warm: Timed[] }>(
  PAGES.map((name) => [name, { fresh: [], warm: [] }]),
);
for (let round = 0; round < ROUNDS; round++)
  for (const name of PAGES) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const url = `${origin}/${name}/?round=${round}`;
    const page = await browser.context.newPage();
    await page.goto(url);
    samples.get(name)!.fresh.push(await timingsOf(url));
    const again = `${url}&again`;
    await page.goto(again);
    samples.get(name)!.warm.push(await timingsOf(again));
    await page.close();
  }
await browser.context.close();
server.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cell = (runs: Timed[], key: keyof Timed) => String(Math.round(median(runs.map((run) => run[key])))).padStart(6);
console.log(`median of ${ROUNDS} rounds, ms:       Readability      detectors     round trip`);
console.log('                            fresh   warm   fresh   warm   fresh   warm');
for (const [name, { fresh, warm }] of samples)
  console.log(
    name.padEnd(26),
    (['extractMs', 'detectMs', 'roundTripMs'] as const)
      .map((key) => cell(fresh, key) + ' ' + cell(warm, key))
      .join(' '),
  );
