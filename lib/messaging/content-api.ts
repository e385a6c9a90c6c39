/**
 * What a tab's content script serves: the popup and the background call it through `tabs.sendMessage`.
 */
import type { Selector } from '../core/anchoring/selectors';
import type { NoteAnchorStatus } from '../model';

export interface ContentApi {
  /** Scrolls the page to a passage and makes it pulse; false when it cannot be found any more. */
  revealPassage(params: { selectors: Selector[] }): boolean;
  /** The reader's current selection in the page, described by selectors; null when nothing is selected. */
  describeSelection(params: Record<string, never>): { selectors: Selector[]; text: string } | null;
  /** Run the analysis now (when automatic analysis is off, or to retry). */
  analyseNow(params: Record<string, never>): void;
  /** Notes or dismissals changed: redraw highlights. */
  refreshAnnotations(params: Record<string, never>): void;
  /** The page's canonical URL and title, for notes. */
  pageIdentity(params: Record<string, never>): { url: string; canonicalUrl: string; title: string };
  /** Where each of the page's notes with a passage landed the last time they were anchored, by note id. */
  noteAnchors(params: Record<string, never>): Record<string, NoteAnchorStatus>;
  /** A short message shown over the page for a few seconds (in a shadow root), e.g. after a shortcut. */
  showToast(params: { text: string }): void;
}
