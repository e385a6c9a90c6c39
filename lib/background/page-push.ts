/**
 * Telling open tabs that the reader's data of their page changed: each tab showing the page gets its badge
 * redrawn and, once, the change itself (PageChange: notes saved or deleted, flags dismissed or restored), which
 * it applies without asking the background back.
 */
import { browser } from 'wxt/browser';
import { callTab, makeCaller } from '../messaging/call';
import type { ContentPushApi } from '../messaging/content-api';
import type { PageChange } from '../model';
import type { TabStates } from '../storage/tab-states';
import type { RedrawBadge } from './tab-service';

/**
 * Notes or dismissals of a page changed. Pass what changed; a bare canonical URL (changes too large or unknown,
 * e.g. an import) makes each tab of the page read its notes and dismissals again.
 */
export type PagePush = (change: PageChange | string) => Promise<void>;

export function pagePush(tabs: TabStates, redrawBadge: RedrawBadge): PagePush {
  return async (change) => {
    const canonicalUrl = typeof change === 'string' ? change : change.canonicalUrl;
    const matching = (await tabs.all()).filter((state) => state.canonicalUrl === canonicalUrl);
    await Promise.all(
      matching.map(async (state) => {
        await redrawBadge(state);
        // A tab that navigated away or is reloading has no content script to answer: its next load reads anew.
        const sent =
          typeof change === 'string'
            ? callTab(state.tabId, 'refreshAnnotations', {})
            : pushCaller(state.tabId)('applyPageChange', change);
        await sent.catch(() => undefined);
      }),
    );
  };
}

/** A typed caller of the content script's push methods in one tab (its top frame). */
function pushCaller(tabId: number) {
  return makeCaller<ContentPushApi>((request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
}
