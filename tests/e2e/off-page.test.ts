/**
 * The analysis off the page (issue 8), in a real headless Chromium: the seed article is analysed by the background
 * on a snapshot and its flags drawn in the live page, which stays as it was; a page of 200,000 elements gets a
 * plain "too large" at once, in the badge and the popup; a tab's result survives the service worker being stopped.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { PageStatus, TabState } from '../../lib/model';
import {
  badgeText,
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  pageHighlights,
  settledTabState,
  waitFor,
  type ExtensionBrowser,
} from './support/chromium';
import { SEED_DIR, sharedSeed } from '../support/paths';

const HAS_SEED = sharedSeed('the off-page analysis of the seed article');

/** 50,000 items of 4 elements, with <html>, <head>, <title> and <body>: 200,004 elements. */
function hugePage(): string {
  const items: string[] = [];
  for (let i = 0; i < 50_000; i++) items.push(`<div><p>Item ${i} <a href="#i${i}">link</a> <span>tag</span></p></div>`);
  return `<!doctype html><html><head><title>Huge</title></head><body>${items.join('\n')}</body></html>`;
}

let server: Server;
let origin: string;
let browser: ExtensionBrowser;
let profileDir: string;

beforeAll(async () => {
  ensureBuilt();
  const pages: Record<string, string> = {
    '/seed/': HAS_SEED ? readFileSync(join(SEED_DIR, 'index.html'), 'utf8') : '',
    '/huge/': hugePage(),
  };
  server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!body) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profileDir = newProfileDir();
  browser = await launchWithExtension(profileDir);
  const local = new URL(origin).host;
  await browser.context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== local,
    (route) => route.abort('blockedbyclient'),
  );
});

afterAll(async () => {
  await browser?.context.close();
  await new Promise((done) => server?.close(done));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

/** Opens a page, keeping its markup as the page made it (before any content script ran). */
async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { footnoteBefore: string }).footnoteBefore = document.documentElement.outerHTML;
    });
  });
  // A page of 200,000 elements takes its time to load on a busy machine: that is the page's own cost.
  await page.goto(url, { timeout: 120_000 });
  return page;
}

/**
 * The page's markup is as the page made it. Footnote's one element, the empty host of its closed shadow root
 * outside <body> (lib/page/layer.ts), is left out of the comparison: it holds no page content.
 */
async function pageUnchanged(page: Page): Promise<void> {
  const [before, after] = await page.evaluate(() => [
    (window as unknown as { footnoteBefore: string }).footnoteBefore,
    document.documentElement.outerHTML,
  ]);
  expect(after.replace(/<footnote-layer[^>]*><\/footnote-layer>/, '')).toBe(before);
}

/** The service worker now running (a stopped one is replaced when something wakes it). */
async function liveBackground(): Promise<Worker> {
  const open = browser.context.serviceWorkers().filter((w) => w.url().includes(browser.extensionId));
  return open.at(-1) ?? (await browser.context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

describe('the analysis off the page, in Chromium', () => {
  it.runIf(HAS_SEED)(
    'analyses the seed in the background, draws every flag where the snapshot found it, leaves the page as it was',
    async () => {
      const url = `${origin}/seed/`;
      const page = await openPage(url);
      const state = (await settledTabState(browser.background, url)) as unknown as TabState;
      const status = state.status as Extract<PageStatus, { state: 'done' }>;
      expect(status.state).toBe('done');
      const flags = status.report.flags.length;
      // The seed's expected flags (../shared/fixtures/seed-article/expected.json) are all in the report.
      const expected = JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8')) as {
        mustFlag: { kind: string; contains: string }[];
      };
      const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
      const found = status.report.flags.map((f) => {
        const quote = f.target.selector.find((s) => s.type === 'TextQuoteSelector');
        return { kind: f.kind, text: norm(quote && 'exact' in quote ? quote.exact : '') };
      });
      for (const must of expected.mustFlag) {
        expect(
          found.some((f) => f.kind === must.kind && f.text.includes(norm(must.contains))),
          must.contains,
        ).toBe(true);
      }
      // Parsed from the snapshot in the background: the page never parses (its timings would say 0).
      expect(status.report.timings.parseMs).toBeGreaterThan(0);
      expect(status.timings?.snapshotMs).toBeGreaterThanOrEqual(0);
      // The snapshot's offsets are the live page's: every flag lands by its position.
      expect(status.anchoredBy).toEqual({ position: flags, quote: 0, missed: 0 });
      expect(await badgeText(browser.background, state.tabId)).toBe(String(flags));
      const highlights = await waitFor(
        () => pageHighlights(page),
        (h) => Object.values(h).reduce((a, b) => a + b, 0) >= flags,
        'highlights',
      );
      const kinds = new Set(status.report.flags.map((f) => `footnote-${f.kind}`));
      expect(
        Object.entries(highlights)
          .filter(([name]) => kinds.has(name))
          .reduce((a, [, n]) => a + n, 0),
      ).toBe(flags);
      await pageUnchanged(page);
      await page.close();
    },
  );

  it('declines a page of 200,000 elements within seconds, plainly, in the badge and the popup', async () => {
    const url = `${origin}/huge/`;
    const page = await openPage(url);
    const loadedAt = Date.now();
    const state = (await settledTabState(browser.background, url, 15_000)) as unknown as TabState;
    expect(Date.now() - loadedAt).toBeLessThan(15_000);
    expect(state.status).toEqual({
      state: 'too-large',
      reason: 'This page is too large to analyse: 200,004 elements',
    });
    expect(await badgeText(browser.background, state.tabId)).toBe('–');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${state.tabId}`);
    await expect
      .poll(() => popup.getByText('This page is too large to analyse: 200,004 elements').count(), { timeout: 10_000 })
      .toBe(1);
    await popup.close();
    await pageUnchanged(page);
    await page.close();
  });

  it.runIf(HAS_SEED)('keeps a tab result when the service worker is stopped, and analyses again after', async () => {
    const url = `${origin}/seed/`;
    const page = await openPage(url);
    const state = (await settledTabState(browser.background, url)) as unknown as TabState;
    expect(state.status.state).toBe('done');
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The popup wakes a new worker, which finds the tab's state in storage.session.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${state.tabId}`);
    const kept = await popup.evaluate(
      (tabId) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: TabState }> } } }
        ).chrome.runtime.sendMessage({ footnote: 1, method: 'getTabState', params: { tabId } }),
      state.tabId,
    );
    expect(kept.value.status.state).toBe('done');
    // A new analysis (a reload) is served by the new worker.
    await page.reload();
    const again = (await settledTabState(await liveBackground(), url)) as unknown as TabState;
    expect(again.status.state).toBe('done');
    await popup.close();
    await page.close();
  });
});
