/**
 * A real Chromium with the built extension loaded (playwright-core, no downloaded browsers): finding the binary,
 * building the extension if needed, launching with a profile directory, and reading the background's state.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The few `chrome.*` calls the tests make inside the extension (no @types/chrome here). */
declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** Where the builds are: `.output/`, or FOOTNOTE_OUT_DIR (wxt.config.ts builds there too). */
export const OUTPUT_DIR = resolve(process.cwd(), process.env.FOOTNOTE_OUT_DIR ?? '.output');
export const EXTENSION_DIR = join(OUTPUT_DIR, 'chrome-mv3');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `The end-to-end tests need Chromium and found none at ${CANDIDATES.join(', ')}. ` +
        'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM=/path/to/chromium.',
    );
  }
  return found;
}

/** Builds the Chrome extension when `.output/chrome-mv3` is missing (`npm test` builds it before vitest). */
export function ensureBuilt(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: process.cwd() });
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'footnote-e2e-'));
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (for `chrome.*` calls in the extension's own context). */
  background: Worker;
}

/**
 * Launches Chromium with the built extension. On a fresh profile the extension is installed and opens its
 * first-run page (lib/background/first-run.ts): that tab is waited for and closed, so that tests see only the tabs
 * they open, unless `keepWelcome` (the first-run test looks at it).
 */
export async function launchWithExtension(
  profileDir: string,
  { keepWelcome = false, extraArgs = [] }: { keepWelcome?: boolean; extraArgs?: string[] } = {},
): Promise<ExtensionBrowser> {
  const installing = !existsSync(profileDir) || readdirSync(profileDir).length === 0;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: false, // '--headless=new' below: the old headless mode cannot load extensions
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(background.url()).host;
  if (installing && !keepWelcome) {
    const welcome = await waitForWelcome(context, extensionId);
    await welcome.close();
  }
  return { context, extensionId, background };
}

/** The first-run page's tab, once the extension has opened it (polled: a new tab's URL arrives after the tab). */
export async function waitForWelcome(context: BrowserContext, extensionId: string, timeoutMs = 15_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  return waitFor(
    async () => context.pages().find((page) => page.url() === url),
    (page) => page !== undefined,
    `the first-run page ${url}`,
    timeoutMs,
  ) as Promise<Page>;
}

/** The background's state of the tab showing `url` (from `storage.session`, where the background mirrors it). */
export async function tabStateFor(background: Worker, url: string) {
  return background.evaluate(async (wanted) => {
    const all = (await chrome.storage.session.get(null)) as Record<
      string,
      { tabId: number; url: string; status: { state: string } }
    >;
    return Object.values(all).find((s) => s && s.url === wanted) ?? null;
  }, url);
}

/** Waits until the tab showing `url` has a final status (not analysing), and returns it. */
export async function settledTabState(background: Worker, url: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await tabStateFor(background, url);
    if (state && state.status.state !== 'analysing') return state;
    if (Date.now() > deadline)
      throw new Error(`No final status for ${url} within ${timeoutMs} ms: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function badgeText(background: Worker, tabId: number): Promise<string> {
  return background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until `read` gives a value `accept` takes, or fails with the last value seen. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Footnote's highlights in the page, read in the page's main world: name -> number of ranges. */
export async function pageHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('footnote-')) out[name] = highlight.size;
    return out;
  });
}
