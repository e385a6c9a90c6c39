/**
 * The background's bulk operations on the notes for the library page, beside NotesDb's one-note ones: reading
 * every note a page at a time (no message ever carries the whole library), deleting many and putting them back
 * (undo), editing a note in place, and importing in batches through an ImportSession. Shares NotesDb's connection
 * and error messages; only the background uses it.
 */
import type { IDBPTransaction } from 'idb';
import { duplicateKey } from '../backup/duplicates';
import { SeenFilter } from '../backup/seen-filter';
import type { HighlightColour, Note } from '../model';
import { readNote } from './note-record';
import { NotesDb, StorageError, storageErrorMessage } from './notes-db';
import type { FootnoteSchema } from './schema';

type NotesTx = IDBPTransaction<FootnoteSchema, ['notes'], 'readwrite'>;

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

/** One page of every note, in id order. */
export interface NotesPage {
  notes: Note[];
  /** The id to ask `after` for the next page; null after the last. */
  next: string | null;
  /** How many notes there are in all (counted with the first page only, else -1). */
  total: number;
}

/** What the reader changes when editing a note in place. */
export interface NoteEdit {
  body: string;
  tags: string[];
  colour: HighlightColour;
}

export interface ImportOutcome {
  imported: number;
  /** Notes already in the library (same id, or the same page, passage and text: `duplicateKey`), or repeated. */
  duplicates: number;
}

export interface BatchOutcome {
  /** Ids of the notes written (the caller can take them out again if the rest of the file turns out broken). */
  imported: string[];
  duplicates: number;
  /** Records that are not readable notes, with why (the library checks before sending: this is the last guard). */
  refused: string[];
}

/** Tags as the reader means them: trimmed, no empty ones, no repeats, in their order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

export class LibraryStore {
  constructor(
    private readonly notesDb: NotesDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Up to `limit` notes with ids after `after` (from the first when absent), in id order. */
  async page(after: string | undefined, limit: number): Promise<NotesPage> {
    try {
      const db = await this.notesDb.db();
      const tx = db.transaction('notes');
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const [notes, total] = await Promise.all([
        tx.store.getAll(range, limit),
        after === undefined ? tx.store.count() : Promise.resolve(-1),
      ]);
      return { notes, next: notes.length === limit ? notes[notes.length - 1].id : null, total };
    } catch (error) {
      throw new StorageError(storageErrorMessage('read your notes', error));
    }
  }

  /** Every note, most recently updated first (read a page at a time). */
  async allNotes(): Promise<Note[]> {
    const all: Note[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.page(after, 5000);
      all.push(...page.notes);
      if (page.next === null) break;
      after = page.next;
    }
    return all.sort((a, b) => b.updated - a.updated);
  }

  /** Deletes the notes with these ids, all or none; returns the notes deleted (their pages redraw). */
  async deleteNotes(ids: readonly string[]): Promise<Note[]> {
    return this.inOneTransaction('delete the annotations', async (tx) => {
      const found = await Promise.all(ids.map((id) => handled(tx.store.get(id))));
      await Promise.all(ids.map((id) => handled(tx.store.delete(id))));
      return found.filter((note): note is Note => note !== undefined);
    });
  }

  /** Puts notes back exactly as they were (undoing a delete), all or none. */
  async restoreNotes(notes: readonly Note[]): Promise<void> {
    const problems = notes.map(readNote).flatMap((r) => (r.ok ? [] : r.problems));
    if (problems.length) throw new StorageError(`Footnote could not restore the annotations: ${problems[0]}.`);
    await this.inOneTransaction('restore the annotations', (tx) =>
      Promise.all(notes.map((note) => handled(tx.store.put(note)))),
    );
  }

  /** Changes a note's text, tags and colour in place (its `updated` time too); throws when it is gone. */
  async editNote(id: string, edit: NoteEdit): Promise<Note> {
    return this.inOneTransaction('save the note', async (tx) => {
      const note = await tx.store.get(id);
      if (!note) throw new StorageError('That note no longer exists: it was deleted elsewhere.');
      const reading = readNote({ ...note, body: edit.body, tags: cleanTags(edit.tags), colour: edit.colour });
      if (!reading.ok) throw new StorageError(`Footnote could not save the note: ${reading.problems.join('; ')}.`);
      const edited = { ...reading.note, updated: Math.max(this.now(), note.updated) };
      await tx.store.put(edited);
      return edited;
    });
  }

  /** Starts an import: learns what the library holds, so each batch can tell duplicates without reading it all. */
  async beginImport(): Promise<ImportSession> {
    const session = new ImportSession(this.notesDb);
    let after: string | undefined;
    for (;;) {
      const page = await this.page(after, 2000);
      for (const note of page.notes) session.remember(note);
      if (page.next === null) break;
      after = page.next;
    }
    return session;
  }

  /** Imports a list in one session and one transaction (all or nothing): tests and benchmarks. */
  async importNotes(notes: readonly Note[]): Promise<ImportOutcome> {
    for (const note of notes) {
      const reading = readNote(note);
      if (!reading.ok) throw new StorageError(`Footnote could not import the annotations: ${reading.problems[0]}.`);
    }
    const outcome = await (await this.beginImport()).batch(notes);
    return { imported: outcome.imported.length, duplicates: outcome.duplicates };
  }

  private async inOneTransaction<T>(action: string, run: (tx: NotesTx) => Promise<T>): Promise<T> {
    let tx: NotesTx | undefined;
    try {
      const db = await this.notesDb.db();
      tx = db.transaction('notes', 'readwrite');
      const [value] = await Promise.all([run(tx), tx.done]);
      return value;
    } catch (error) {
      abortQuietly(tx);
      if (error instanceof StorageError) throw error;
      throw new StorageError(storageErrorMessage(action, error));
    }
  }
}

/**
 * One import, a batch (one transaction) at a time. It keeps the ids and duplicate keys of every note in the
 * library in two SeenFilters (about four bytes a note, so a million notes hold a few MB), and reads the store only
 * to confirm a "perhaps seen".
 */
export class ImportSession {
  private readonly ids = new SeenFilter();
  private readonly keys = new SeenFilter();

  constructor(private readonly notesDb: NotesDb) {}

  remember(note: Note): void {
    this.ids.add(note.id);
    this.keys.add(duplicateKey(note));
  }

  /** The memory the session holds to tell duplicates, in bytes. */
  get bytes(): number {
    return this.ids.bytes + this.keys.bytes;
  }

  /** Adds the batch's new notes in one transaction: a failure writes none of this batch. */
  async batch(records: readonly unknown[]): Promise<BatchOutcome> {
    let tx: NotesTx | undefined;
    const written: Note[] = [];
    const refused: string[] = [];
    let duplicates = 0;
    try {
      const db = await this.notesDb.db();
      // Relaxed: the batch is still all or nothing; only an OS crash in the next seconds could lose it, and then the
      // file is still there to import again (Chrome flushes such commits without waiting for the disk each time).
      tx = db.transaction('notes', 'readwrite', { durability: 'relaxed' });
      const store = tx.store;
      const batchIds = new Set<string>();
      const batchKeys = new Set<string>();
      const writes: Promise<unknown>[] = [];
      for (const record of records) {
        const reading = readNote(record);
        if (!reading.ok) {
          refused.push(reading.problems.join('; '));
          continue;
        }
        const note = reading.note;
        const key = duplicateKey(note);
        if (batchIds.has(note.id) || batchKeys.has(key)) {
          duplicates++;
          continue;
        }
        if (this.ids.mightHave(note.id) && (await store.getKey(note.id)) !== undefined) {
          duplicates++;
          continue;
        }
        if (this.keys.mightHave(key)) {
          const samePage = await store.index('canonicalUrl').getAll(note.canonicalUrl);
          if (samePage.some((kept) => duplicateKey(kept) === key)) {
            duplicates++;
            continue;
          }
        }
        batchIds.add(note.id);
        batchKeys.add(key);
        // `add`, not `put`: a key collision is an error that aborts the batch rather than overwriting.
        writes.push(handled(store.add(note)));
        written.push(note);
      }
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      abortQuietly(tx);
      throw new StorageError(storageErrorMessage('import the annotations', error));
    }
    for (const note of written) this.remember(note);
    return { imported: written.map((note) => note.id), duplicates, refused };
  }
}
