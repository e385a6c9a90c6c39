/**
 * The one message protocol of the extension. Every request names a method of one of two APIs:
 * - `BackgroundApi`: served by the background (the only script, with the extension pages, that opens IndexedDB);
 *   called by the content script, the popup and the options page.
 * - `ContentApi`: served by the content script of a tab; called by the popup (through the background-free
 *   `tabs.sendMessage`).
 * Requests are `{ footnote: 1, method, params }`; replies are `{ ok: true, value }` or `{ ok: false, error }`
 * (a readable message). See `call.ts` for the typed senders and `serve.ts` for the dispatcher.
 */
import type { Selector } from '../../core/anchoring/selectors';
import type { Report } from '../../core/report';

/** What the content script knows about its page. */
export type PageStatus =
  | { state: 'idle' } // automatic analysis off: waiting for a click
  | { state: 'analysing' }
  | { state: 'done'; report: Report }
  | { state: 'not-article' } // isProbablyReaderable said no: left alone
  | { state: 'quiet' } // the site is in the reader's quiet list
  | { state: 'error'; message: string };

export interface TabState {
  tabId: number;
  url: string;
  /** The page's canonical URL (notes and dismissals are keyed by it); absent before the page said. */
  canonicalUrl?: string;
  status: PageStatus;
}

/** A reader's note or highlight. `selectors` empty = a note on the whole page. */
export interface Note {
  id: string;
  /** The page as the reader opened it, and its canonical form (rel=canonical / og:url / cleaned URL). */
  pageUrl: string;
  canonicalUrl: string;
  title: string;
  selectors: Selector[];
  /** The passage's text when it was saved (the TextQuoteSelector's exact), for lists and search. */
  quote: string;
  body: string;
  tags: string[];
  colour: HighlightColour;
  /** A flag this note was made from ("assessing" a flag), if any. */
  flagId?: string;
  created: number;
  updated: number;
}

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export type NoteDraft = Omit<Note, 'id' | 'created' | 'updated'> & { id?: string };

export interface BackgroundApi {
  /** Content script -> background: the page's status changed (the badge follows). Tab from the sender. */
  publishStatus(params: { url: string; canonicalUrl?: string; status: PageStatus }): void;
  /** Popup -> background: what the content script of that tab last published. */
  getTabState(params: { tabId: number }): TabState | null;
  listNotes(params: { canonicalUrl: string }): Note[];
  saveNote(params: { note: NoteDraft }): Note;
  deleteNote(params: { id: string }): void;
  listDismissed(params: { canonicalUrl: string }): string[];
  setDismissed(params: { canonicalUrl: string; flagId: string; dismissed: boolean }): void;
  /**
   * Highlights the reader's selection in a tab (what the context menu and keyboard shortcuts do); 'note' then
   * opens the popup, or asks the page to say where to write the note. Null when nothing is selected.
   */
  annotateSelection(params: { tabId: number; mode: AnnotateMode; colour?: HighlightColour }): Note | null;
}

/** What an annotation command makes of the selection: a highlight, or a highlight the reader then writes on. */
export type AnnotateMode = 'highlight' | 'note';

/** Where a saved note landed in the page as it is now (see src/core/anchoring/anchor.ts). */
export type NoteAnchorStatus = 'anchored' | 'moved' | 'changed' | 'orphaned';

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

export type Method<Api> = keyof Api & string;
export type ParamsOf<Api, M extends Method<Api>> = Api[M] extends (params: infer P) => unknown ? P : never;
export type ResultOf<Api, M extends Method<Api>> = Api[M] extends (...args: never[]) => infer R ? R : never;

export interface Request<Api, M extends Method<Api> = Method<Api>> {
  footnote: 1;
  method: M;
  params: ParamsOf<Api, M>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
