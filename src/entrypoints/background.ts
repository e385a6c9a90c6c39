/**
 * The background: serves BackgroundApi (tab states for the popup, notes and dismissals in IndexedDB) and draws
 * each tab's badge from what its content script publishes. Keeps no state that matters only in memory: tab
 * states are mirrored to `storage.session`, notes live in IndexedDB.
 */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { badgeFor, showBadge } from '../lib/badge';
import {
  annotateSelection,
  popupOpener,
  registerAnnotationEntryPoints,
  type EntryPointApis,
} from '../lib/annotate/commands';
import { callTab } from '../lib/messaging/call';
import type { BackgroundApi, TabState } from '../lib/messaging/protocol';
import { serve, type Handlers } from '../lib/messaging/serve';
import { askPersistentStorage, NotesDb } from '../lib/storage/notes-db';
import { TabStates, type SessionArea } from '../lib/storage/tab-states';

export default defineBackground(() => {
  const notes = new NotesDb();
  const tabs = new TabStates((browser.storage as { session?: SessionArea }).session);
  void askPersistentStorage();
  // Open the database now, not when the first page's badge is waiting for its dismissals.
  void notes.db().catch(() => undefined);

  async function redrawBadge(state: TabState): Promise<void> {
    const hasFlags = state.status.state === 'done' && state.status.report.flags.length > 0;
    // Without the database (closed, failing) the badge still counts every flag.
    const dismissed =
      hasFlags && state.canonicalUrl
        ? new Set(await notes.listDismissed(state.canonicalUrl).catch(() => [] as string[]))
        : undefined;
    // A newer status of the tab arrived while we waited: it draws its own badge.
    if ((await tabs.get(state.tabId)) !== state) return;
    await showBadge(state.tabId, badgeFor(state.status, dismissed));
  }

  /** Notes or dismissals of a page changed: every tab showing it redraws its badge and highlights. */
  async function pageChanged(canonicalUrl: string): Promise<void> {
    for (const state of await tabs.all()) {
      if (state.canonicalUrl !== canonicalUrl) continue;
      await redrawBadge(state);
      await callTab(state.tabId, 'refreshAnnotations', {}).catch(() => undefined);
    }
  }

  const handlers: Handlers<BackgroundApi> = {
    async publishStatus({ url, canonicalUrl, status }, sender) {
      const tabId = sender.tab?.id;
      // Only a tab's top frame speaks for the tab (the content script runs in top frames only).
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      const state: TabState = { tabId, url, status, ...(canonicalUrl ? { canonicalUrl } : {}) };
      await tabs.set(state);
      await redrawBadge(state);
    },
    getTabState: ({ tabId }) => tabs.get(tabId),
    listNotes: ({ canonicalUrl }) => notes.listNotes(canonicalUrl),
    async saveNote({ note }) {
      const saved = await notes.saveNote(note);
      void pageChanged(saved.canonicalUrl);
      return saved;
    },
    async deleteNote({ id }) {
      const gone = await notes.getNote(id);
      await notes.deleteNote(id);
      if (gone) void pageChanged(gone.canonicalUrl);
    },
    listDismissed: ({ canonicalUrl }) => notes.listDismissed(canonicalUrl),
    annotateSelection: ({ tabId, mode, colour }) =>
      annotateSelection(
        { callTab, saveNote: (note) => notes.saveNote(note), openPopup: popupOpener(browser as never) },
        tabId,
        mode,
        colour,
      ),
    async setDismissed({ canonicalUrl, flagId, dismissed }) {
      await notes.setDismissed(canonicalUrl, flagId, dismissed);
      void pageChanged(canonicalUrl);
    },
  };
  serve(handlers);
  // Context menu items and keyboard shortcuts on a selection (src/lib/annotate/commands.ts).
  registerAnnotationEntryPoints(browser as unknown as EntryPointApis, async (tabId, mode) =>
    handlers.annotateSelection({ tabId, mode }, {}),
  );

  // A tab that starts loading a new document has no analysis any more: forget it and clear its badge. Pages
  // changed in place (single-page apps) re-publish from their content script.
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
});

/** Whether two URLs differ only by their #fragment (an in-page jump, not a new page). */
function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
