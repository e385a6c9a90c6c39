/**
 * The page side of scripts/bench-backup-chromium.ts, bundled by it and run in an extension page of the built
 * extension: the library page's own export and import (lib/library/: `notePages` + `annotationsIo.exportNotes`,
 * `importFile` + `annotationsIo.readImport`) talking over the real messaging to the background, whose
 * library-service and LibraryStore read and write the extension's IndexedDB. Only the set-up (seeding, clearing)
 * and the check (a streamed digest of the store) open the database directly, as the end-to-end tests do.
 */
import { annotationsIo } from '../lib/library/annotations-io';
import { importFile, notePages, type LibraryClient } from '../lib/library/library-client';
import { makeCaller } from '../lib/messaging/call';
import type { BackgroundApi } from '../lib/messaging/protocol';
import type { Note } from '../lib/model';
import { benchNote, NotesDigest } from './bench-backup-notes';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const call = makeCaller<BackgroundApi>((request) => chrome.runtime.sendMessage(request));
const client: Pick<LibraryClient, 'libraryPage' | 'importBegin' | 'importBatch' | 'importEnd' | 'libraryDelete'> = {
  libraryPage: (params) => call('libraryPage', params),
  importBegin: (params) => call('importBegin', params),
  importBatch: (params) => call('importBatch', params),
  importEnd: (params) => call('importEnd', params),
  libraryDelete: (params) => call('libraryDelete', params),
};

const SLICE = 10_000;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('footnote');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

let file: Blob | null = null;

const bench = {
  /**
   * Writes notes 0..count-1 straight into the store (set-up, not measured code): one relaxed-durability
   * transaction per 10,000, the next one filled while the one before commits.
   */
  async seed(count: number): Promise<number> {
    const started = performance.now();
    const db = await openDb();
    try {
      let committing: Promise<void> = Promise.resolve();
      for (let at = 0; at < count; at += SLICE) {
        const tx = db.transaction('notes', 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore('notes');
        for (let i = at; i < Math.min(count, at + SLICE); i++) store.put(benchNote(i));
        await committing;
        committing = done(tx);
      }
      await committing;
    } finally {
      db.close();
    }
    return performance.now() - started;
  },

  /** The digest of the notes 0..count-1 as generated. */
  expectedDigest(count: number): { count: number; digest: string } {
    const digest = new NotesDigest();
    for (let i = 0; i < count; i++) digest.add(benchNote(i));
    return { count: digest.count, digest: digest.hex() };
  },

  /** The digest of every stored note in id order, read 10,000 at a time. */
  async storeDigest(): Promise<{ count: number; digest: string }> {
    const db = await openDb();
    const digest = new NotesDigest();
    try {
      let after: string | null = null;
      for (;;) {
        const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
        const slice = await new Promise<Note[]>((resolve, reject) => {
          const request = db.transaction('notes').objectStore('notes').getAll(range, SLICE);
          request.onsuccess = () => resolve(request.result as Note[]);
          request.onerror = () => reject(request.error);
        });
        for (const note of slice) digest.add(note);
        if (slice.length < SLICE) break;
        after = slice[slice.length - 1].id;
      }
    } finally {
      db.close();
    }
    return { count: digest.count, digest: digest.hex() };
  },

  async clear(): Promise<void> {
    const db = await openDb();
    try {
      const tx = db.transaction('notes', 'readwrite');
      tx.objectStore('notes').clear();
      await done(tx);
    } finally {
      db.close();
    }
  },

  /** Exports every note as the library does ("Export all", W3C JSON-LD); the file is kept for `importBack`. */
  async exportAll(): Promise<{ ms: number; bytes: number }> {
    const started = performance.now();
    const exported = await annotationsIo.exportNotes(notePages(client), 'jsonld');
    file = exported.blob;
    return { ms: performance.now() - started, bytes: file.size };
  },

  /** The exported file's bytes, a slice at a time (for a digest of the file on the Node side). */
  async fileSlice(at: number, size: number): Promise<string> {
    if (!file) throw new Error('Nothing exported yet.');
    return file.slice(at, at + size).text();
  },

  /** Imports the exported file as the library does (picking the file in "Import"). */
  async importBack(): Promise<{ ms: number; imported: number; duplicates: number; refused: number }> {
    if (!file) throw new Error('Nothing exported yet.');
    const started = performance.now();
    const report = await importFile(client, annotationsIo, file);
    return {
      ms: performance.now() - started,
      imported: report.imported,
      duplicates: report.duplicates,
      refused: report.refusedCount,
    };
  },

  dropFile(): void {
    file = null;
  },
};

(globalThis as unknown as { footnoteBench: typeof bench }).footnoteBench = bench;
