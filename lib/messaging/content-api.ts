/**
 * What a tab's content script serves: the popup and the background call it through `tabs.sendMessage`.
 */
import type { Selector } from '../core/anchoring/selectors';
import type { NoteAnchorStatus, PageChange } from '../model';
import type { DrawnNote, OverlayCost } from '../page/note-overlay';

export interface ContentApi {
  /** Scrolls the page to a passage and makes it pulse; false when it cannot be found any more. */
  revealPassage(params: { selectors: Selector[] }): boolean;
  /** The reader's current selection in the page, described by selectors; null when nothing is selected. */
  describeSelection(params: Record<string, never>): { selectors: Selector[]; text: string } | null;
  /** Run the analysis now (when automatic analysis is off, or to retry). */
  analyseNow(params: Record<string, never>): void;
  /** Read the page's notes and dismissals again from the background and redraw (a full reload of them). */
  refreshAnnotations(params: Record<string, never>): void;
  /** The page's canonical URL and title, for notes. */
  pageIdentity(params: Record<string, never>): { url: string; canonicalUrl: string; title: string };
  /** Where each of the page's notes with a passage landed the last time they were anchored, by note id. */
  noteAnchors(params: Record<string, never>): Record<string, NoteAnchorStatus>;
  /** A short message over the page for a few seconds (in the page layer's closed shadow root), after a shortcut. */
  showToast(params: { text: string }): void;
}

/**
 * Also served by the content script, for the background (pushes) and for tests and diagnostics; kept apart from
 * ContentApi so the popup's client, which wraps every ContentApi method, does not have to.
 */
export interface ContentPushApi {
  /**
   * Background -> tab, once per change: what changed in the page's notes and dismissals. The tab applies it and
   * redraws without asking back; a change about another page is ignored.
   */
  applyPageChange(params: PageChange): void;
  /**
   * The notes as the page's closed note layer draws them (passage text, colour, box count) and what drawing
   * cost: for the popup and the tests, which cannot look into the closed shadow root.
   */
  drawnNotes(params: Record<string, never>): { notes: DrawnNote[]; cost: OverlayCost };
}

/** Everything the content script serves. */
export type ContentServedApi = ContentApi & ContentPushApi;
