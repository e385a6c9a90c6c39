/**
 * The IndexedDB schema of Footnote's own data (the reader's notes and dismissed flags) as numbered migrations.
 * Opening the database at `DB_VERSION` runs every migration above the version found on disk, in order, inside
 * the one upgrade transaction: either the whole upgrade happens or none of it does.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { HIGHLIGHT_COLOURS, type Note } from '../model';

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
}

type UpgradeDb = IDBPDatabase<FootnoteSchema>;
type UpgradeTx = IDBPTransaction<FootnoteSchema, ('notes' | 'dismissed')[], 'versionchange'>;

/**
 * `MIGRATIONS[n - 1]` brings a database from version n - 1 to n. Never edit a released migration: add one.
 * v1: notes by id (index canonicalUrl) and dismissals by [canonicalUrl, flagId].
 * v2: notes gain an `updated` index (lists of recent notes) and the fields v1 did not require (tags, colour,
 *     updated) get their defaults, so every stored note is a complete `Note`.
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
      const created = typeof old.created === 'number' ? old.created : 0;
      await cursor.update({
        ...old,
        tags: Array.isArray(old.tags) ? old.tags : [],
        colour: old.colour && HIGHLIGHT_COLOURS.includes(old.colour) ? old.colour : 'yellow',
        selectors: Array.isArray(old.selectors) ? old.selectors : [],
        body: typeof old.body === 'string' ? old.body : '',
        created,
        updated: typeof old.updated === 'number' ? old.updated : created,
      } as Note);
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
