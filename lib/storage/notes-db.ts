/**
 * The reader's notes and dismissed flags in IndexedDB (through idb). Opened only by the background and extension
 * pages, never by content scripts (a page's origin must not see the reader's data). Every write is one
 * transaction: a write that fails rejects with a readable message and leaves what was saved before untouched.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Note, NoteDraft, QuarantinedRecord, QuarantineFix } from '../model';
import { FootnoteError } from '../errors';
import { repairNote } from './note-record';
import { DB_NAME, DB_VERSION, migrate, type FootnoteSchema } from './schema';

export class StorageError extends FootnoteError {
  override name = 'StorageError';
}

/** What went wrong, in words for the popup. */
export function storageErrorMessage(action: string, error: unknown): string {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError') {
    return `Footnote could not ${action}: the browser has no storage space left for it. Free some space and try again; nothing saved before was lost.`;
  }
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return `Footnote could not ${action}: its database was closed (the browser may be shutting down or clearing data). Try again; nothing saved before was lost.`;
  }
  if (name === 'BlockedError') {
    return `Footnote could not ${action}: an older Footnote page still holds its database open. Close Footnote's other tabs and try again; nothing saved before was lost.`;
  }
  if (name === 'DataError' || name === 'DataCloneError') {
    return `Footnote could not ${action}: the data was not valid for storage.`;
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Footnote could not ${action}${detail}. Nothing saved before was lost.`;
}

/** How long an upgrade may wait for older connections to close before the caller hears why (never a hang). */
export const BLOCKED_UPGRADE_MS = 5_000;

export interface NotesDbOptions {
  name?: string;
  /** A clock for `created`/`updated`, and an id maker: tests pass fixed ones. */
  now?: () => number;
  newId?: () => string;
}

export class NotesDb {
  private opening: Promise<IDBPDatabase<FootnoteSchema>> | null = null;
  private readonly name: string;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(options: NotesDbOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** The open database; reopened after the browser closed it. */
  db(): Promise<IDBPDatabase<FootnoteSchema>> {
    if (!this.opening) {
      const opening = this.open();
      this.opening = opening;
      opening.catch(() => {
        if (this.opening === opening) this.opening = null;
      });
    }
    return this.opening;
  }

  /**
   * Opens (and upgrades) the database. An upgrade that another connection blocks (an old page that does not let
   * go) rejects after BLOCKED_UPGRADE_MS with a readable error instead of waiting forever; should the open still
   * succeed later, that late connection is closed.
   */
  private open(): Promise<IDBPDatabase<FootnoteSchema>> {
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      openDB<FootnoteSchema>(this.name, DB_VERSION, {
        upgrade: (db, oldVersion, newVersion, tx) => migrate(db, oldVersion, newVersion ?? DB_VERSION, tx),
        blocked: () => {
          timer ??= setTimeout(() => {
            gaveUp = true;
            reject(new DOMException('The database upgrade is blocked by another connection.', 'BlockedError'));
          }, BLOCKED_UPGRADE_MS);
        },
        // Another context wants a newer schema, or the browser closed us: let go, open again on next use.
        blocking: () => this.close(),
        terminated: () => {
          this.opening = null;
        },
      }).then(
        (db) => {
          clearTimeout(timer);
          if (gaveUp) db.close();
          else resolve(db);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  close(): void {
    const opening = this.opening;
    this.opening = null;
    void opening?.then((db) => db.close()).catch(() => undefined);
  }

  async listNotes(canonicalUrl: string): Promise<Note[]> {
    const db = await this.read('read your notes');
    const notes = await db.getAllFromIndex('notes', 'canonicalUrl', canonicalUrl);
    return notes.sort((a, b) => a.created - b.created);
  }

  async getNote(id: string): Promise<Note | undefined> {
    const db = await this.read('read the note');
    return db.get('notes', id);
  }

  /** Every note, most recently updated first. */
  async allNotes(): Promise<Note[]> {
    const db = await this.read('read your notes');
    return (await db.getAllFromIndex('notes', 'updated')).reverse();
  }

  /** Creates a note (no id) or replaces one (same id, keeping its `created`). */
  async saveNote(draft: NoteDraft): Promise<Note> {
    return this.write('save the note', async (db) => {
      const tx = db.transaction('notes', 'readwrite');
      const now = this.now();
      const existing = draft.id ? await tx.store.get(draft.id) : undefined;
      const note: Note = { ...draft, id: draft.id ?? this.newId(), created: existing?.created ?? now, updated: now };
      await tx.store.put(note);
      await tx.done;
      return note;
    });
  }

  async deleteNote(id: string): Promise<void> {
    await this.write('delete the note', async (db) => {
      const tx = db.transaction('notes', 'readwrite');
      await tx.store.delete(id);
      await tx.done;
    });
  }

  async listDismissed(canonicalUrl: string): Promise<string[]> {
    const db = await this.read('read dismissed flags');
    return (await db.getAllFromIndex('dismissed', 'canonicalUrl', canonicalUrl)).map((d) => d.flagId);
  }

  async setDismissed(canonicalUrl: string, flagId: string, dismissed: boolean): Promise<void> {
    await this.write(dismissed ? 'dismiss the flag' : 'restore the flag', async (db) => {
      const tx = db.transaction('dismissed', 'readwrite');
      if (dismissed) await tx.store.put({ canonicalUrl, flagId, at: this.now() });
      else await tx.store.delete([canonicalUrl, flagId]);
      await tx.done;
    });
  }

  /** The records a migration could not read as notes, oldest first. */
  async listQuarantined(): Promise<QuarantinedRecord[]> {
    const db = await this.read('read the records kept apart');
    return (await db.getAll('quarantine')).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  }

  async deleteQuarantined(id: string): Promise<void> {
    await this.write('delete the record', async (db) => {
      const tx = db.transaction('quarantine', 'readwrite');
      await tx.store.delete(id);
      await tx.done;
    });
  }

  /**
   * Makes a quarantined record a note again with the reader's fix, in one transaction (the note is saved and the
   * record leaves the quarantine, or neither). Throws with what is still wrong.
   */
  async repairQuarantined(id: string, fix: QuarantineFix): Promise<Note> {
    const db = await this.read('repair the record');
    const tx = db.transaction(['quarantine', 'notes'], 'readwrite');
    const kept = await tx.objectStore('quarantine').get(id);
    if (!kept) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError('That record is no longer kept apart (it was repaired or deleted already).');
    }
    const reading = repairNote(kept.record, fix, this.now(), this.newId);
    if (!reading.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError(`The record still cannot be saved: ${reading.problems.join('; ')}.`);
    }
    try {
      await tx.objectStore('notes').put(reading.note);
      await tx.objectStore('quarantine').delete(id);
      await tx.done;
    } catch (error) {
      throw new StorageError(storageErrorMessage('repair the record', error));
    }
    return reading.note;
  }

  private async read(action: string): Promise<IDBPDatabase<FootnoteSchema>> {
    try {
      return await this.db();
    } catch (error) {
      throw new StorageError(storageErrorMessage(action, error));
    }
  }

  private async write<T>(action: string, run: (db: IDBPDatabase<FootnoteSchema>) => Promise<T>): Promise<T> {
    try {
      return await run(await this.db());
    } catch (error) {
      // A connection the browser closed under us is dropped so the next call opens a fresh one.
      if (error && typeof error === 'object' && (error as { name?: string }).name === 'InvalidStateError')
        this.opening = null;
      throw new StorageError(storageErrorMessage(action, error));
    }
  }
}
