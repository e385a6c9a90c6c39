/**
 * "Analyse anyway", in a real Chromium: a deals page (short product blurbs and affiliate links, which Readability's
 * isProbablyReaderable rejects) is left alone as not an article; the reader asks from the popup, and the popup
 * shows the analysis and the badge counts its flagged passages (an affiliate link flagged twice counts once).
 */
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  settledTabState,
  tabStateFor,
  waitFor,
  type ExtensionBrowser,
} from './support/chromium';

/** Three deals: short blurbs, each with an Amazon affiliate link, and nothing that reads like an article. */
const DEALS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Today's deals</title></head>
<body>
  <header><nav><a href="/">Home</a> · <a href="/deals/">Deals</a></nav></header>
  <h1>Today's deals</h1>
  <ul class="deals">
    <li><a href="https://www.amazon.com/dp/B0C1234567?tag=dealsite-20">Anker power bank</a> $19.99 (was $35)</li>
    <li><a href="https://www.amazon.com/dp/B0D7654321?tag=dealsite-20">Kindle Paperwhite</a> $99 (was $149)</li>
    <li><a href="https://www.amazon.com/dp/B0E1111111?tag=dealsite-20">Ninja air fryer</a> $79 (was $129)</li>
  </ul>
  <footer>Prices change often.</footer>
</body></html>`;

/** The deals page on 127.0.0.1 (a content script runs there: http is matched), with a policy that blocks its links' loads. */
async function startDealsServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/deals/')) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" })
        .end(DEALS_PAGE);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

describe('"Analyse anyway" on a page taken for a non-article (Chromium)', () => {
  let server: Awaited<ReturnType<typeof startDealsServer>>;
  let browser: ExtensionBrowser;
  let profileDir: string;

  beforeAll(async () => {
    ensureBuilt();
    server = await startDealsServer();
    profileDir = newProfileDir();
    browser = await launchWithExtension(profileDir);
  });

  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('analyses the page when the reader asks: the popup shows the flags, the badge their count', async () => {
    const url = `${server.origin}/deals/`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const before = (await settledTabState(browser.background, url)) as { tabId: number; status: { state: string } };
    expect(before.status.state).toBe('not-article');
    expect(await badgeText(browser.background, before.tabId)).toBe('');

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${before.tabId}`);
    await popup.getByText("This page doesn't look like an article; Footnote left it alone.").waitFor();
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();

    // The popup polls while the page is analysed, then lists the three affiliate links.
    await waitFor(
      () => popup.locator('li.flag').count(),
      (n) => n === 3,
      'the flags in the popup',
    );
    const after = (await tabStateFor(browser.background, url)) as unknown as {
      status: { state: string; report: { flags: { kind: string }[] } };
    };
    expect(after.status.state).toBe('done');
    expect(after.status.report.flags.filter((f) => f.kind === 'affiliate-link').length).toBe(3);
    expect(await popup.locator('#tab-flags').textContent()).toBe('Flags (3)');
    // Nothing discloses the links: the first is also an undisclosed affiliate link, shown as one flag saying both.
    expect(after.status.report.flags.filter((f) => f.kind === 'undisclosed-affiliate').length).toBe(1);
    expect(await popup.locator('.kind-count').allTextContents()).toEqual([
      '1 undisclosed affiliate link',
      '2 affiliate links',
    ]);
    expect(await popup.locator('.flag-reason-kind').allTextContents()).toEqual([
      'Undisclosed affiliate link: ',
      'Affiliate link: ',
    ]);
    await waitFor(
      () => badgeText(browser.background, before.tabId),
      (t) => t === '3',
      'the badge',
    );
    await popup.close();
    await page.close();
  });
});
