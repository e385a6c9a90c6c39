/**
 * The background's API for the reader's data: notes and dismissals (the background alone opens IndexedDB) and
 * annotating a selection. Part of BackgroundApi (protocol.ts).
 */
import type { HighlightColour, Note, NoteDraft } from '../model';

export interface NotesApi {
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
