/**
 * The background's API for the library page: reading every note a page at a time, editing, deleting and restoring
 * notes, imports in batches, and the records a migration kept apart. Part of BackgroundApi (protocol.ts); served by
 * lib/background/library-service.ts. No message carries the whole library: a browser caps a message (Chrome at
 * 64 MB) and 100,000 notes are about 90 MB of JSON.
 */
import type { HighlightColour, Note, QuarantinedRecord, QuarantineFix } from '../model';

/** Notes per `libraryPage` call and per import batch: a few MB per message at most. */
export const LIBRARY_PAGE_SIZE = 2000;
export const IMPORT_BATCH_SIZE = 1000;

export interface LibraryApi {
  /** Up to `limit` notes with ids after `after`, in id order; `next` is null after the last page. */
  libraryPage(params: { after?: string; limit: number }): { notes: Note[]; next: string | null; total: number };
  /** Deletes notes (all or none); open tabs of their pages redraw. */
  libraryDelete(params: { ids: string[] }): void;
  /** Puts deleted notes back as they were (undo). */
  libraryRestore(params: { notes: Note[] }): void;
  /** Edits a note in place: its text, tags and colour. */
  libraryEdit(params: { id: string; body: string; tags: string[]; colour: HighlightColour }): Note;
  /** Starts an import; batches name it by `importId`. */
  importBegin(params: Record<string, never>): { importId: string };
  /** Adds a batch of notes (one transaction); the ids written, and how many were duplicates or refused. */
  importBatch(params: { importId: string; notes: Note[] }): {
    imported: string[];
    duplicates: number;
    refused: string[];
  };
  /** Ends an import (its memory is freed). */
  importEnd(params: { importId: string }): void;
  /** The records a migration could not read, with what is wrong with each. */
  quarantineList(params: Record<string, never>): QuarantinedRecord[];
  /** Makes a kept-apart record a note again with the reader's fix. */
  quarantineRepair(params: { id: string; fix: QuarantineFix }): Note;
  quarantineDelete(params: { id: string }): void;
}
