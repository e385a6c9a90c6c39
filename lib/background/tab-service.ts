/**
 * The background's side of each tab: what its content script published (kept in TabStates, which survive the
 * service worker being stopped), the badge drawn from it, and forgetting a tab that navigates away or closes.
 */
import { browser } from 'wxt/browser';
import { badgeFor, showBadge } from '../badge';
import type { RunId, TabApi } from '../messaging/tab-api';
import type { Handlers } from '../messaging/serve';
import type { TabState } from '../model';
import type { NotesDb } from '../storage/notes-db';
import type { TabStates } from '../storage/tab-states';

/** Draws a tab's badge: its flags, less the ones the reader dismissed on that page. */
export type RedrawBadge = (state: TabState) => Promise<void>;

export function badgeDrawer(tabs: TabStates, notes: NotesDb): RedrawBadge {
  return async (state) => {
    const hasFlags = state.status.state === 'done' && state.status.report.flags.length > 0;
    // Without the database (closed, failing) the badge still counts every flag.
    const dismissed =
      hasFlags && state.canonicalUrl
        ? new Set(await notes.listDismissed(state.canonicalUrl).catch(() => [] as string[]))
        : undefined;
    // A newer status of the tab arrived while we waited: it draws its own badge.
    if ((await tabs.get(state.tabId)) !== state) return;
    await showBadge(state.tabId, badgeFor(state.status, dismissed));
  };
}

export function tabHandlers(tabs: TabStates, redrawBadge: RedrawBadge): Handlers<Omit<TabApi, 'analysePage'>> {
  /** The latest run each tab's document published (in memory: after a restart the next publish is taken). */
  const runs = new Map<number, RunId>();
  return {
    async publishStatus({ url, canonicalUrl, status, run }, sender) {
      const tabId = sender.tab?.id;
      // Only a tab's top frame speaks for the tab (the content script runs in top frames only).
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      // An older analysis of the same document that arrives late is stale: it must not replace a newer status.
      const last = runs.get(tabId);
      if (run && last && last.page === run.page && run.run < last.run) return;
      if (run) runs.set(tabId, run);
      const state: TabState = { tabId, url, status, ...(canonicalUrl ? { canonicalUrl } : {}) };
      await tabs.set(state);
      await redrawBadge(state);
    },
    getTabState: ({ tabId }) => tabs.get(tabId),
  };
}

/**
 * A tab that starts loading a new document has no analysis any more: forget it and clear its badge. Pages
 * changed in place (single-page apps) re-publish from their content script.
 */
export function forgetTabsThatLeave(tabs: TabStates): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || (change.url === undefined && change.status === undefined)) return;
    void tabs.get(tabId).then(async (state) => {
      if (!state) return;
      if (change.url && sameDocument(change.url, state.url)) return;
      await tabs.delete(tabId);
      await showBadge(tabId, null);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.delete(tabId));
}

/** Whether two URLs differ only by their #fragment (an in-page jump, not a new page). */
function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
