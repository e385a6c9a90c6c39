/**
 * The model: what Footnote knows about a page (its status, as the background keeps it per tab) and the reader's
 * notes. Storage, messaging, the page and the UI all import these types from here; none of them owns them.
 */
import type { Selector } from './core/anchoring/selectors';
import type { Report } from './core/report';

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

/** Where a saved note landed in the page as it is now (see lib/core/anchoring/anchor.ts). */
export type NoteAnchorStatus = 'anchored' | 'moved' | 'changed' | 'orphaned';
