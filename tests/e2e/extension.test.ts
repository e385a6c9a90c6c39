/**
 * The built extension in a real headless Chromium, on pages served from 127.0.0.1: the badge, the highlights,
 * the page left untouched, the popup, notes surviving a reload and a browser restart, settings applied live,
 * and not one request to any other host.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '../../lib/core/report';
import type { TabState } from '../../lib/model';
import { kindTitle } from '../../lib/ui/labels';
import {
  badgeText,
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  pageHighlights,
  settledTabState,
  tabStateFor,
  waitFor,
  type ExtensionBrowser,
} from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/server';
import { sharedCorpus, sharedSeed } from '../support/paths';

/** Corpus pages that are articles, of different sites and sizes. */
const CORPUS_PAGES = ['guardian-1', 'wikipedia-2', 'nytimes-1'];
const HAS_SEED = sharedSeed('the Chromium tests on the seed article');
const HAS_PAGES = sharedCorpus('the Chromium tests on corpus pages', 'readability-pages');
const HAS_FICTION = sharedCorpus('the Chromium test on a novel chapter', 'fiction-dev/14881-ch01.html');

interface Snapshot {
  text: string;
  html: string;
  sheets: number;
}

declare global {
  interface Window {
    footnoteBefore?: Snapshot;
  }
}

let server: FixtureServer;
let browser: ExtensionBrowser;
let profileDir: string;
interface Seen {
  url: string;
  type: string;
  /** The page (tab URL) the request came from; '' for the service worker and other workers. */
  page: string;
}
const requested: Seen[] = [];

function record(b: ExtensionBrowser) {
  b.context.on('request', (request) => {
    let page = '';
    try {
      page = request.frame().page()?.url() ?? '';
    } catch {
      // Service-worker requests have no frame.
    }
    requested.push({ url: request.url(), type: request.resourceType(), page });
  });
}

/** Requests to hosts other than the local server (http, https, ws). */
function leaving(origin: string): Seen[] {
  const local = new URL(origin).host;
  return requested.filter(({ url }) => {
    const parsed = new URL(url);
    return /^(https?|wss?):$/.test(parsed.protocol) && parsed.host !== local;
  });
}

/** Requests to other hosts fail at once (they are recorded first) instead of waiting on a closed network. */
async function blockTheInternet(b: ExtensionBrowser) {
  const local = new URL(server.origin).host;
  await b.context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== local,
    (route) => route.abort('blockedbyclient'),
  );
}

/** Opens a page, capturing its text and markup as the page made them (before any content script runs). */
async function openPage(b: ExtensionBrowser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.footnoteBefore = {
        text: document.body.innerText,
        html: document.documentElement.outerHTML.replace(/<footnote-layer[^>]*><\/footnote-layer>/, ''),
        sheets: document.adoptedStyleSheets.length,
      };
    });
  });
  await page.goto(url);
  return page;
}

async function doneReport(
  b: ExtensionBrowser,
  url: string,
): Promise<{ tabId: number; report: Report; canonicalUrl: string }> {
  const state = (await settledTabState(b.background, url)) as unknown as TabState;
  expect(state.status.state).toBe('done');
  return {
    tabId: state.tabId,
    report: (state.status as { report: Report }).report,
    canonicalUrl: state.canonicalUrl ?? url,
  };
}

/** Sends a protocol request from an extension page (as the popup and options page do). */
async function callFromExtensionPage(page: Page, method: string, params: unknown) {
  return page.evaluate(
    async ([m, p]) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      return runtime.sendMessage({ footnote: 1, method: m, params: p });
    },
    [method, params] as const,
  );
}

beforeAll(async () => {
  ensureBuilt();
  server = await startFixtureServer();
  profileDir = newProfileDir();
  browser = await launchWithExtension(profileDir);
  record(browser);
  await blockTheInternet(browser);
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('Footnote in Chromium', () => {
  it.runIf(HAS_SEED)(
    'badges the seed article with its flag count, highlights the flags and leaves the page as it was',
    async () => {
      const url = `${server.origin}/seed/`;
      const page = await openPage(browser, url);
      const { tabId, report } = await doneReport(browser, url);
      expect(report.flags.length).toBeGreaterThan(0);
      expect(
        await waitFor(
          () => badgeText(browser.background, tabId),
          (t) => t !== '',
          'badge',
        ),
      ).toBe(String(report.flags.length));

      const highlights = await waitFor(
        () => pageHighlights(page),
        (h) => Object.keys(h).length > 0,
        'highlights',
      );
      const kinds = new Set(report.flags.map((f) => f.kind));
      expect(Object.keys(highlights).sort()).toEqual([...kinds].map((k) => `footnote-${k}`).sort());
      const drawn = Object.values(highlights).reduce((a, b) => a + b, 0);
      expect(drawn).toBe(report.flags.length);

      const after = await page.evaluate(() => ({
        text: document.body.innerText,
        html: document.documentElement.outerHTML.replace(/<footnote-layer[^>]*><\/footnote-layer>/, ''),
        sheets: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      }));
      const before = await page.evaluate(() => window.footnoteBefore!);
      expect(after.text).toBe(before.text);
      expect(after.html).toBe(before.html);
      // The only stylesheet added holds only ::highlight() rules (they cannot change layout).
      expect(after.sheets.length).toBeGreaterThan(0);
      for (const rule of after.sheets) expect(rule.startsWith('::highlight(footnote-')).toBe(true);
      await page.close();
    },
  );

  it.runIf(HAS_PAGES).each(CORPUS_PAGES)(
    'analyses corpus page %s: badge = report count, highlights drawn, text unchanged',
    async (name) => {
      const url = `${server.origin}/pages/${name}/`;
      const page = await openPage(browser, url);
      const { tabId, report } = await doneReport(browser, url);
      const expected = report.flags.length > 0 ? String(report.flags.length) : '';
      expect(
        await waitFor(
          () => badgeText(browser.background, tabId),
          (t) => t === expected,
          'badge',
        ),
      ).toBe(expected);
      if (report.flags.length > 0) {
        const drawn = await waitFor(
          async () => Object.values(await pageHighlights(page)).reduce((a, b) => a + b, 0),
          (n) => n > 0,
          'highlights',
        );
        expect(drawn).toBe(report.flags.length);
      }
      const before = await page.evaluate(() => window.footnoteBefore!);
      expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
      expect(
        await page.evaluate(() =>
          document.documentElement.outerHTML.replace(/<footnote-layer[^>]*><\/footnote-layer>/, ''),
        ),
      ).toBe(before.html);
      await page.close();
    },
  );

  it.runIf(HAS_FICTION)(
    'takes a novel chapter for fiction: no journalism flag, and the popup says what was not checked',
    async () => {
      const url = `${server.origin}/fiction/14881-ch01/`;
      const page = await openPage(browser, url);
      const { tabId, report } = await doneReport(browser, url);
      expect(report.page.kind).toBe('fiction');
      expect(report.flags.filter((f) => f.kind !== 'affiliate-link' && f.kind !== 'affiliate-disclosure')).toEqual([]);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      const scope = await waitFor(
        () =>
          popup
            .locator('.page-scope summary')
            .textContent({ timeout: 5_000 })
            .catch(() => ''),
        (t) => !!t,
        'page scope',
      );
      expect(scope).toContain('Fiction');
      expect(scope).toContain('Not checked on this kind of page: unsourced quotes');
      expect(await badgeText(browser.background, tabId)).toBe('');
      await popup.close();
      await page.close();
    },
  );

  it.runIf(HAS_SEED)(
    'lists the tab flags in the popup, and a flag dismissed there leaves the badge and the page',
    async () => {
      const url = `${server.origin}/seed/`;
      const page = await openPage(browser, url);
      const { tabId, report, canonicalUrl } = await doneReport(browser, url);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await waitFor(
        () => popup.locator('li.flag').count(),
        (n) => n === report.flags.length,
        'popup flags',
      );
      const firstPassage = report.flags[0].target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact;
      expect(await popup.textContent('body')).toContain(firstPassage.slice(0, 20));

      // Clicking a flag shows its passage in the page: a pulse blinks over it, in Footnote's closed layer (read
      // through DevTools, which sees closed shadow roots; the page cannot).
      await popup
        .locator('li.flag')
        .last()
        .getByRole('button', { name: /^Show in page/ })
        .click();
      await waitFor(
        () => pulseBoxes(page),
        (n) => n > 0,
        'pulse',
        5_000,
      );

      // "Not an issue" on the first flag: one fewer on the badge and in the page's highlights.
      const total = report.flags.length;
      const drawnFlags = async () =>
        Object.entries(await pageHighlights(page))
          .filter(([name]) => name !== 'footnote-pulse')
          .reduce((a, [, n]) => a + n, 0);
      const drawnBefore = await drawnFlags();
      await popup
        .locator('li.flag')
        .first()
        .getByRole('button', { name: /^Not an issue/ })
        .click();
      await waitFor(
        () => badgeText(browser.background, tabId),
        (t) => t === String(total - 1),
        'badge after dismissing',
      );
      await waitFor(drawnFlags, (n) => n === drawnBefore - 1, 'one highlight fewer');
      // Restored, so the other tests see every flag.
      const restored = await callFromExtensionPage(popup, 'setDismissed', {
        canonicalUrl,
        flagId: report.flags[0].id,
        dismissed: false,
      });
      expect(restored).toEqual({ ok: true, value: null });
      await waitFor(
        () => badgeText(browser.background, tabId),
        (t) => t === String(total),
        'badge after restoring',
      );
      await popup.close();
      await page.close();
    },
  );

  it.runIf(HAS_SEED)(
    'applies options to the open page without a reload: a detector off lowers the badge, highlights off',
    async () => {
      const url = `${server.origin}/seed/`;
      const page = await openPage(browser, url);
      const { tabId, report } = await doneReport(browser, url);
      const counts = new Map<string, number>();
      for (const f of report.flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
      const [kind, ofKind] = [...counts].sort((a, b) => b[1] - a[1])[0];

      // The reader turns that detector off on the options page (it saves at once).
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      const toggle = options.getByRole('switch', { name: kindTitle(kind), exact: true });
      await toggle.uncheck();
      const lowered = String(report.flags.length - ofKind);
      expect(
        await waitFor(
          () => badgeText(browser.background, tabId),
          (t) => t === lowered || (lowered === '0' && t === ''),
          'lower badge',
        ),
      ).toBeTruthy();
      expect(Object.keys(await pageHighlights(page))).not.toContain(`footnote-${kind}`);

      // Back on: the flags come back (and the other tests keep their defaults).
      await toggle.check();
      await waitFor(
        () => badgeText(browser.background, tabId),
        (t) => t === String(report.flags.length),
        'badge back',
      );

      // Highlights off: the page loses every highlight at once and keeps its badge; on again, they return.
      const highlightsSwitch = options.getByRole('switch', { name: /^Highlight flagged passages/ });
      await highlightsSwitch.uncheck();
      await waitFor(
        () => pageHighlights(page),
        (h) => Object.keys(h).length === 0,
        'highlights removed',
      );
      expect(await badgeText(browser.background, tabId)).toBe(String(report.flags.length));
      await highlightsSwitch.check();
      await waitFor(
        () => pageHighlights(page),
        (h) => Object.keys(h).length > 0,
        'highlights back',
      );
      await options.close();
      await page.close();
    },
  );

  it.runIf(HAS_SEED)('keeps a note added in the popup through a reload and a browser restart', async () => {
    const url = `${server.origin}/seed/`;
    let page = await openPage(browser, url);
    const { tabId, canonicalUrl } = await doneReport(browser, url);
    // The reader selects a passage in the page, then adds a note from the popup.
    const passage = await page.evaluate(() => {
      const item = [...document.querySelectorAll('li')].find((li) => li.textContent!.includes('sovereignty'))!;
      const range = document.createRange();
      range.selectNodeContents(item);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return item.textContent!.trim();
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('tab', { name: /^Notes/ }).click();
    await popup.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => popup.locator('.note-passage').textContent()).toContain(passage.slice(0, 30));
    await popup.getByLabel('Note', { exact: true }).fill('Check this claim');
    await popup.locator('input[type=radio][value=green]').check();
    await popup.getByRole('button', { name: 'Save note' }).click();
    await waitFor(
      () => drawnNoteColours(browser, tabId),
      (colours) => colours.join() === 'green',
      'note highlight',
    );
    await popup.close();

    await page.reload();
    await doneReport(browser, url);
    await waitFor(
      () => drawnNoteColours(browser, tabId),
      (colours) => colours.join() === 'green',
      'note highlight after reload',
    );
    await page.close();

    await browser.context.close();
    browser = await launchWithExtension(profileDir);
    record(browser);
    await blockTheInternet(browser);
    page = await openPage(browser, url);
    const { tabId: newTabId } = await doneReport(browser, url);
    await waitFor(
      () => drawnNoteColours(browser, newTabId),
      (colours) => colours.join() === 'green',
      'note highlight after restart',
    );
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${newTabId}`);
    await expect
      .poll(() => again.locator('.note-list').textContent(), { timeout: 10_000 })
      .toContain('Check this claim');
    const listed = (await callFromExtensionPage(again, 'listNotes', { canonicalUrl })) as {
      ok: boolean;
      value: { body: string; quote: string }[];
    };
    expect(listed.value.map((n) => [n.body, n.quote])).toEqual([['Check this claim', passage]]);
    await again.close();
    await page.close();
  });

  it.runIf(HAS_SEED)('waits for a click when analysis is on click, and goes quiet on a quiet site, live', async () => {
    const url = `${server.origin}/seed/`;
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const setSettings = (value: unknown) =>
      extensionPage.evaluate(async (v) => {
        type Local = { set(items: object): Promise<void>; remove(key: string): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        if (v === null) await local.remove('settings');
        else await local.set({ settings: v });
      }, value);
    await setSettings({ analysis: 'click' });
    // Whatever happens below, the tests after this one get the default settings back.
    onTestFinished(async () => {
      await setSettings(null);
      await extensionPage.close();
    });

    const page = await openPage(browser, url);
    const idle = await settledTabState(browser.background, url);
    expect(idle.status.state).toBe('idle');
    expect(await badgeText(browser.background, idle.tabId)).toBe('');
    // No flags drawn (the reader's own notes, from the test before, still are).
    expect(Object.keys(await pageHighlights(page)).filter((n) => !n.startsWith('footnote-note-'))).toEqual([]);
    // The popup's "Analyse" button sends analyseNow to the tab.
    const reply = await extensionPage.evaluate(
      (tabId) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }
        ).chrome.tabs.sendMessage(tabId, {
          footnote: 1,
          method: 'analyseNow',
          params: {},
        }),
      idle.tabId,
    );
    expect(reply).toEqual({ ok: true, value: null });
    const { report } = await doneReport(browser, url);
    await waitFor(
      () => badgeText(browser.background, idle.tabId),
      (t) => t === String(report.flags.length),
      'badge after click',
    );

    // The reader adds this site to the quiet list: the open tab drops its highlights and badge without reload.
    await setSettings({ analysis: 'auto', quietSites: ['127.0.0.1'] });
    await waitFor(
      () => tabStateFor(browser.background, url),
      (s) => s?.status.state === 'quiet',
      'quiet state',
    );
    expect(await badgeText(browser.background, idle.tabId)).toBe('');
    expect(await pageHighlights(page)).toEqual({}); // quiet: not even notes
    await page.close();
  });

  it('leaves a page that is not an article alone: no analysis, no badge, no highlights', async () => {
    const url = `${server.origin}/not-an-article/`; // the server's short "not found" page
    const page = await openPage(browser, url);
    const state = await settledTabState(browser.background, url);
    expect(state.status.state).toBe('not-article');
    expect(await badgeText(browser.background, state.tabId)).toBe('');
    expect(await pageHighlights(page)).toEqual({});
    await page.close();
  });

  it.runIf(HAS_SEED)('clears the badge and the tab state when the tab leaves the page', async () => {
    const url = `${server.origin}/seed/`;
    const page = await openPage(browser, url);
    const { tabId, report } = await doneReport(browser, url);
    await waitFor(
      () => badgeText(browser.background, tabId),
      (t) => t === String(report.flags.length),
      'badge',
    );
    await page.goto('about:blank');
    await waitFor(
      () => badgeText(browser.background, tabId),
      (t) => t === '',
      'badge cleared',
    );
    expect(await tabStateFor(browser.background, url)).toBeNull();
    await page.close();
  });

  it.runIf(HAS_SEED)(
    'analyses again after a single-page-app navigation and after a large change of content',
    async () => {
      const url = `${server.origin}/seed/`;
      const page = await openPage(browser, url);
      const { tabId, report } = await doneReport(browser, url);
      // The app moves to another URL without loading a document.
      await page.evaluate(() => history.pushState({}, '', '/seed/next-story'));
      const moved = `${server.origin}/seed/next-story`;
      const next = await waitFor(
        () => tabStateFor(browser.background, moved),
        (s) => s?.status.state === 'done',
        'state of the new URL',
      );
      expect(next!.tabId).toBe(tabId);
      const nextCount = (next as unknown as { status: { report: Report } }).status.report.flags.length;
      await waitFor(
        () => badgeText(browser.background, tabId),
        (t) => t === String(nextCount),
        'badge of the new URL',
      );

      // The app then adds a good deal of article text: the analysis runs again and counts the new words.
      const before = report.article.wordCount;
      await page.evaluate(() => {
        const article = document.querySelector('article') ?? document.body;
        for (let i = 0; i < 15; i++) {
          const p = document.createElement('p');
          p.textContent =
            `Sources familiar with the matter said the plan number ${i + 1} had been discussed for weeks before it was dropped. ` +
            'Officials said the talks had stalled over the cost, and experts say the delay could last for another year at least.';
          article.append(p);
        }
      });
      const after = await waitFor(
        async () => {
          const s = (await tabStateFor(browser.background, moved)) as unknown as TabState | null;
          return s?.status.state === 'done' ? s.status.report.article.wordCount : -1;
        },
        (n) => n > before,
        're-analysis after the content changed',
      );
      expect(after).toBeGreaterThan(before);
      await page.close();
    },
  );

  it('made no request to any host but the local server', () => {
    expect(requested.length).toBeGreaterThan(0);
    // The seed article loads nothing from elsewhere: with Footnote on it, nothing at all left the machine.
    expect(leaving(server.origin).filter((r) => r.page.includes('/seed/'))).toEqual([]);
    // Real pages name third-party images, frames and icons in their markup (the page's own requests; its scripts are
    // off). Anything a script could send - fetch, XHR, beacons, sockets - or anything from the extension's
    // workers and pages would be Footnote's: there is none.
    const scripted = leaving(server.origin).filter(
      (r) => !r.page.startsWith(server.origin) || ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.type),
    );
    expect(scripted).toEqual([]);
  });
});

interface CdpNode {
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The boxes of the reveal pulse drawn in Footnote's closed layer over the page. */
async function pulseBoxes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const classOf = (node: CdpNode) => {
      const at = node.attributes?.indexOf('class') ?? -1;
      return at >= 0 ? node.attributes![at + 1].split(/\s+/) : [];
    };
    const count = (node: CdpNode, inPulse: boolean): number => {
      const here = inPulse || classOf(node).includes('pulse');
      const self = here && classOf(node).includes('box') ? 1 : 0;
      return [...(node.children ?? []), ...(node.shadowRoots ?? [])].reduce((n, c) => n + count(c, here), self);
    };
    return count(root, false);
  } finally {
    await cdp.detach();
  }
}

/**
 * The colours of the notes the tab's content script has drawn (in its closed layer, where the page cannot read
 * them: asked through the extension, as the popup would).
 */
async function drawnNoteColours(browser: ExtensionBrowser, tabId: number): Promise<string[]> {
  const worker =
    browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)) ?? browser.background;
  const reply = (await worker
    .evaluate(
      ([tab]) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(tab: number, m: unknown, o: unknown): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(tab, { footnote: 1, method: 'drawnNotes', params: {} }, { frameId: 0 }),
      [tabId] as const,
    )
    .catch(() => null)) as { ok: boolean; value?: { notes: { colour: string; boxes: number }[] } } | null;
  return reply?.ok ? reply.value!.notes.filter((n) => n.boxes > 0).map((n) => n.colour) : [];
}
