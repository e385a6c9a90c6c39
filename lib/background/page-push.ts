/**
 * Telling open tabs that the reader's data of their page changed: each tab showing the page redraws its badge
 * and its highlights.
 */
import { callTab } from '../messaging/call';
import type { TabStates } from '../storage/tab-states';
import type { RedrawBadge } from './tab-service';

/** Notes or dismissals of a page changed. */
export type PagePush = (canonicalUrl: string) => Promise<void>;

export function pagePush(tabs: TabStates, redrawBadge: RedrawBadge): PagePush {
  return async (canonicalUrl) => {
    for (const state of await tabs.all()) {
      if (state.canonicalUrl !== canonicalUrl) continue;
      await redrawBadge(state);
      await callTab(state.tabId, 'refreshAnnotations', {}).catch(() => undefined);
    }
  };
}
