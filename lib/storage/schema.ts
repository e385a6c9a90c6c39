/**
 * The IndexedDB schema of Footnote's own data (the reader's notes and dismissed flags) as numbered migrations.
 * Opening the database at `DB_VERSION` runs every migration above the version found on disk, in order, inside
 * the one upgrade transaction: either the whole upgrade happens or none of it does.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Note, QuarantinedRecord } from '../model';
import { readNote } from './note-record';

export const DB_NAME = 'footnote';

/** One dismissal: the reader said a flag on this page is not useful. */
export interface Dismissal {
  canonicalUrl: string;
  flagId: string;
  at: number;
}

export interface FootnoteSchema extends DBSchema {
  notes: { key: string; value: Note; indexes: { canonicalUrl: string; updated: number } };
  dismissed: { key: [string, string]; value: Dismissal; indexes: { canonicalUrl: string } };
  quarantine: { key: string; value: QuarantinedRecord };
}

type UpgradeDb = IDBPDatabase<FootnoteSchema>;
type UpgradeTx = IDBPTransaction<FootnoteSchema, ('notes' | 'dismissed' | 'quarantine')[], 'versionchange'>;

/**
 * `MIGRATIONS[n - 1]` brings a database from version n - 1 to n. Never edit a released migration: add one.
 * v1: notes by id (index canonicalUrl) and dismissals by [canonicalUrl, flagId].
 * v2: notes gain an `updated` index (lists of recent notes) and the fields v1 did not require (tags, colour,
 *     selectors, body, updated) get their defaults when ABSENT. A field present but unreadable (`body: 5`) is left
 *     as it is for v3 to set apart. (v2 once replaced such values with defaults, losing them without a word: it
 *     was changed so a v1 database upgraded now loses nothing; records it already rewrote cannot be recovered.)
 * v3: a `quarantine` store; every note record `readNote` cannot read moves there, as it was, with its problems,
 *     so the notes store holds only readable notes and the library lists the rest for the reader to fix.
 */
export const MIGRATIONS: ReadonlyArray<(db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void> = [
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('canonicalUrl', 'canonicalUrl');
    const dismissed = db.createObjectStore('dismissed', { keyPath: ['canonicalUrl', 'flagId'] });
    dismissed.createIndex('canonicalUrl', 'canonicalUrl');
  },
  async (_db, tx) => {
    const notes = tx.objectStore('notes');
    notes.createIndex('updated', 'updated');
    let cursor = await notes.openCursor();
    while (cursor) {
      const old = cursor.value as Partial<Note> & { id: string };
      const withDefaults = {
        ...old,
        tags: old.tags ?? [],
        colour: old.colour ?? 'yellow',
        selectors: old.selectors ?? [],
        body: old.body ?? '',
        // Only a readable creation date stands for the update date (an unreadable one is one problem, not two).
        ...(old.updated === undefined && typeof old.created === 'number' ? { updated: old.created } : {}),
      };
      await cursor.update(withDefaults as Note);
      cursor = await cursor.continue();
    }
  },
  async (db, tx) => {
    db.createObjectStore('quarantine', { keyPath: 'id' });
    const quarantine = tx.objectStore('quarantine');
    const notes = tx.objectStore('notes');
    const at = Date.now();
    let cursor = await notes.openCursor();
    while (cursor) {
      const reading = readNote(cursor.value);
      if (!reading.ok) {
        await quarantine.put({
          id: `notes:${String(cursor.primaryKey)}`,
          record: cursor.value,
          problems: reading.problems,
          at,
          by: 'the upgrade to database version 3',
        });
        await cursor.delete();
      } else if (reading.note.canonicalUrl !== cursor.value.canonicalUrl) {
        await cursor.update(reading.note);
      }
      cursor = await cursor.continue();
    }
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the migrations from `oldVersion` up to `newVersion` (idb's `upgrade` callback). */
export async function migrate(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    await MIGRATIONS[version - 1](db, tx);
  }
}
