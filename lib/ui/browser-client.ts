/**
 * The real transports for the popup: the background and the tab's content script through the protocol's typed
 * senders (lib/messaging/call.ts). Only the entrypoints import this; components get a PopupClient.
 */
import { browser } from 'wxt/browser';
import { callBackground, callTab } from '../messaging/call';
import type { PopupClient } from './client';

/** The tab the popup is about: `?tabId=N` when given (the e2e tests open the popup as a page), else the active tab. */
export async function popupTabId(search: string): Promise<number | null> {
  const asked = new URLSearchParams(search).get('tabId');
  if (asked !== null && /^\d+$/.test(asked)) return Number(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function browserPopupClient(tabId: number): PopupClient {
  return {
    tabId,
    background: {
      getTabState: (params) => callBackground('getTabState', params),
      listNotes: (params) => callBackground('listNotes', params),
      saveNote: (params) => callBackground('saveNote', params),
      deleteNote: (params) => callBackground('deleteNote', params),
      listDismissed: (params) => callBackground('listDismissed', params),
      setDismissed: (params) => callBackground('setDismissed', params),
    },
    tab: {
      revealPassage: (params) => callTab(tabId, 'revealPassage', params),
      describeSelection: (params) => callTab(tabId, 'describeSelection', params),
      analyseNow: (params) => callTab(tabId, 'analyseNow', params),
      refreshAnnotations: (params) => callTab(tabId, 'refreshAnnotations', params),
      pageIdentity: (params) => callTab(tabId, 'pageIdentity', params),
      noteAnchors: (params) => callTab(tabId, 'noteAnchors', params),
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
  };
}
