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
  | {
      state: 'done';
      report: Report;
      timings?: PageTimings;
      anchoredBy?: AnchoredBy;
      /** Why the flags could not be marked in the page, when they could not (the popup's list still works). */
      drawProblem?: string;
    }
  | { state: 'not-article' } // isProbablyReaderable said no: left alone
  | { state: 'quiet' } // the site is in the reader's quiet list
  | { state: 'too-large'; reason: string } // over a limit of lib/core/page/limits.ts: declined, said plainly
  | { state: 'error'; message: string };

/** What the analysis cost the page itself, in ms (the core's own phases are in the report's timings). */
export interface PageTimings {
  /** Serialising the page for the background (on the page's main thread). */
  snapshotMs: number;
  /** From sending the snapshot to the background's answer (off the page's main thread). */
  roundTripMs: number;
  /** Building the page's text index, in idle-time slices (main thread, summed). */
  indexMs: number;
  /** Finding the flags' passages in the page (main thread). */
  anchorMs: number;
}

/** How the flags of an analysis made on a snapshot landed in the live page: by position, by quote, or not at all. */
export interface AnchoredBy {
  position: number;
  quote: number;
  missed: number;
}

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

/**
 * What changed in the reader's data of one page, as the background pushes it to each open tab of that page once
 * (lib/background/page-push.ts): the tab applies it without asking the background back. Absent lists: unchanged.
 */
export interface PageChange {
  canonicalUrl: string;
  /** Notes created or edited (the whole note as saved). */
  savedNotes?: Note[];
  deletedNoteIds?: string[];
  /** Flag ids the reader dismissed, and ids whose dismissal was undone. */
  dismissed?: string[];
  restored?: string[];
}

/**
 * A stored record Footnote could not read as a Note (a migration found it malformed): kept apart, as it was,
 * with what is wrong, until the reader fixes or deletes it in the library.
 */
export interface QuarantinedRecord {
  /** Its key in the quarantine ("notes:" + the note's id). */
  id: string;
  /** The record exactly as it was found. */
  record: unknown;
  /** What is wrong with it, one readable line each ("the note text is not text (5)"). */
  problems: string[];
  /** When it was set apart, and by what ("the upgrade to database version 3"). */
  at: number;
  by: string;
}

/** What the reader supplies to turn a quarantined record back into a note. */
export interface QuarantineFix {
  pageUrl: string;
  title: string;
  body: string;
}

/** Where a saved note landed in the page as it is now (see lib/core/anchoring/anchor.ts). */
export type NoteAnchorStatus = 'anchored' | 'moved' | 'changed' | 'orphaned';
