/**
 * The background: the only owner of the reader's data (notes and dismissals in IndexedDB) and of each tab's
 * status and badge. It keeps nothing that matters only in memory: tab states are mirrored to `storage.session`,
 * notes live in IndexedDB. The services are in lib/background/.
 */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { registerAnnotationEntryPoints, type EntryPointApis } from '../lib/selection-commands/commands';
import { onFirstRun } from '../lib/background/first-run';
import { libraryHandlers } from '../lib/background/library-service';
import { notesHandlers } from '../lib/background/notes-service';
import { pagePush } from '../lib/background/page-push';
import { analysisService } from '../lib/background/analysis-service';
import { warmUpSoon } from '../lib/background/warm-up';
import { badgeDrawer, forgetTabsThatLeave, tabHandlers } from '../lib/background/tab-service';
import type { BackgroundApi } from '../lib/messaging/protocol';
import { serve, type Handlers } from '../lib/messaging/serve';
import { NotesDb } from '../lib/storage/notes-db';
import { askPersistentStorage } from '../lib/storage/persist';
import { TabStates, type SessionArea } from '../lib/storage/tab-states';

export default defineBackground(() => {
  const notes = new NotesDb();
  const tabs = new TabStates((browser.storage as { session?: SessionArea }).session);
  void askPersistentStorage();
  // Open the database now, not when the first page's badge is waiting for its dismissals.
  void notes.db().catch(() => undefined);

  const analysis = analysisService();
  const redrawBadge = badgeDrawer(tabs, notes);
  const push = pagePush(tabs, redrawBadge);
  const handlers: Handlers<BackgroundApi> = {
    ...tabHandlers(tabs, redrawBadge),
    // Readability and the detectors run here, on the page's snapshot, never on the page's main thread.
    ...analysis.handlers,
    ...notesHandlers(notes, push),
    ...libraryHandlers(notes, push),
  };
  serve(handlers);
  // Context menu items and keyboard shortcuts on a selection (lib/selection-commands/commands.ts).
  registerAnnotationEntryPoints(browser as unknown as EntryPointApis, async (tabId, mode) =>
    handlers.annotateSelection({ tabId, mode }, {}),
  );
  forgetTabsThatLeave(tabs);
  onFirstRun();
  // The worker usually wakes as a tab starts loading: compile the engine while the page loads (analysis-service).
  void warmUpSoon(analysis);
});
