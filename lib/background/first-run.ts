/**
 * What the background does when Footnote is installed: opens the first-run page (entrypoints/welcome/) once, on a
 * fresh install. An update or a browser update opens nothing, and neither does a second 'install' event for the
 * same profile (Chromium sends one each time it starts with an unpacked extension from the command line): the
 * page's showing is remembered in `storage.local`, which removing the extension clears.
 */
import { browser } from 'wxt/browser';

/** The first-run page's path in the extension (WXT builds entrypoints/welcome/ to welcome.html). */
export const WELCOME_PATH = '/welcome.html';

/** The `storage.local` key that says when the first-run page was opened (ms since the epoch). */
export const FIRST_RUN_KEY = 'firstRunShownAt';

/** The part of the browser API this needs; tests pass a fake. */
export interface FirstRunApis {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** Opens the first-run page unless it was opened before in this profile; resolves once it is done. */
export async function openWelcomeOnce(apis: FirstRunApis, now = Date.now()): Promise<boolean> {
  const stored = await apis.storage.local.get(FIRST_RUN_KEY);
  if (stored[FIRST_RUN_KEY] !== undefined) return false;
  await apis.storage.local.set({ [FIRST_RUN_KEY]: now });
  await apis.tabs.create({ url: apis.runtime.getURL(WELCOME_PATH) });
  return true;
}

/** Registers the install listener; call once, synchronously, when the background starts (or the event is missed). */
export function onFirstRun(apis: FirstRunApis = browser as unknown as FirstRunApis): void {
  apis.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // A failure here (no tabs in a locked-down profile) must not stop the background; the page is a courtesy.
    openWelcomeOnce(apis).catch(() => undefined);
  });
}
