/**
 * The bulk operations of the annotation library that `NotesDb` (one note at a time) does not offer: importing
 * many notes in ONE transaction (all or nothing; notes already stored are skipped as duplicates), deleting many,
 * and putting deleted notes back (undo). Shares NotesDb's connection and error messages.
 */
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { duplicateKey } from '../backup/duplicates';
import type { Note } from '../model';
import { NotesDb, StorageError, storageErrorMessage } from './notes-db';
import type { FootnoteSchema } from './schema';

type NotesTx = IDBPTransaction<FootnoteSchema, ['notes'], 'readwrite'>;
type NotesStore = IDBPObjectStore<FootnoteSchema, ['notes'], 'notes', 'readwrite'>;

/** Aborts a transaction that is still running (a request threw before it could fail on its own). */
function abortQuietly(tx: NotesTx | undefined): void {
  try {
    tx?.abort();
  } catch {
    // already finished or aborted
  }
  tx?.done.catch(() => undefined);
}

/** Marks a request's failure as seen now: if a later request throws first, this one's rejection is not "unhandled". */
function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

export interface ImportOutcome {
  imported: number;
  /** Notes already in the library (same id, or the same page, passage and text: `duplicateKey`), or repeated in the batch. */
  duplicates: number;
}

export class LibraryStore {
  constructor(private readonly notesDb: NotesDb) {}

  /** Every note, most recently updated first. */
  allNotes(): Promise<Note[]> {
    return this.notesDb.allNotes();
  }

  /**
   * Adds the notes in one transaction. A failure anywhere (a bad record, no space left) aborts it and nothing is
   * written. `onProgress` gets the count written so far, for a progress line.
   */
  async importNotes(
    notes: readonly Note[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportOutcome> {
    let tx: NotesTx | undefined;
    try {
      const db = await this.notesDb.db();
      tx = db.transaction('notes', 'readwrite');
      const store = tx.store;
      const seenIds = new Set<string>();
      const seenFingerprints = new Set<string>();
      for (const stored of await store.getAll()) {
        seenIds.add(stored.id);
        seenFingerprints.add(duplicateKey(stored));
      }
      let imported = 0;
      let duplicates = 0;
      const writes: Promise<unknown>[] = [];
      for (const note of notes) {
        const fingerprint = duplicateKey(note);
        if (seenIds.has(note.id) || seenFingerprints.has(fingerprint)) {
          duplicates++;
          continue;
        }
        seenIds.add(note.id);
        seenFingerprints.add(fingerprint);
        // `add`, not `put`: a key collision is an error that aborts the whole import rather than overwriting.
        writes.push(
          handled(
            store.add(note).then(() => {
              imported++;
              if (onProgress && (imported % 200 === 0 || imported === writes.length))
                onProgress(imported, writes.length);
            }),
          ),
        );
      }
      // Requests are queued all at once (fast); the first failure aborts the transaction, rejecting tx.done.
      await Promise.all([...writes, tx.done]);
      return { imported, duplicates };
    } catch (error) {
      // An invalid record throws synchronously, which does not abort the transaction by itself.
      abortQuietly(tx);
      throw new StorageError(storageErrorMessage('import the annotations', error));
    }
  }

  /** Deletes the notes with these ids, all or none. */
  async deleteNotes(ids: readonly string[]): Promise<void> {
    await this.inOneTransaction('delete the annotations', (store) => ids.map((id) => handled(store.delete(id))));
  }

  /** Puts notes back exactly as they were (undoing a delete), all or none. */
  async restoreNotes(notes: readonly Note[]): Promise<void> {
    await this.inOneTransaction('restore the annotations', (store) => notes.map((note) => handled(store.put(note))));
  }

  private async inOneTransaction(action: string, run: (store: NotesStore) => Promise<unknown>[]): Promise<void> {
    let tx: NotesTx | undefined;
    try {
      const db = await this.notesDb.db();
      tx = db.transaction('notes', 'readwrite');
      await Promise.all([...run(tx.store), tx.done]);
    } catch (error) {
      abortQuietly(tx);
      throw new StorageError(storageErrorMessage(action, error));
    }
  }
}
