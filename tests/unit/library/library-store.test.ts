import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../lib/model';
import { LibraryStore } from '../../../lib/storage/library-store';
import { NotesDb, StorageError } from '../../../lib/storage/notes-db';
import { makeNote } from './make-note';

let dbCount = 0;
function freshStore(): { store: LibraryStore; db: NotesDb } {
  const db = new NotesDb({ name: `library-test-${++dbCount}-${Math.random().toString(36).slice(2)}` });
  return { store: new LibraryStore(db), db };
}

const storedIds = async (db: NotesDb) => (await db.allNotes()).map((n) => n.id).sort();

describe('LibraryStore.importNotes', () => {
  it('adds new notes and skips duplicates by id, by content, and within the batch', async () => {
    const { store, db } = freshStore();
    const existing = makeNote({ id: 'kept', body: 'first' });
    await store.importNotes([existing]);
    const sameContent = { ...existing, id: 'other-id' };
    const fresh = makeNote({ id: 'fresh', body: 'new' });
    const outcome = await store.importNotes([existing, sameContent, fresh, { ...fresh }]);
    expect(outcome).toEqual({ imported: 1, duplicates: 3 });
    expect(await storedIds(db)).toEqual(['fresh', 'kept']);
  });

  it('writes nothing when a record half way through is invalid', async () => {
    const { store, db } = freshStore();
    await store.importNotes([makeNote({ id: 'before' })]);
    const broken = { ...makeNote(), id: undefined } as unknown as Note;
    const batch = [makeNote({ id: 'one' }), makeNote({ id: 'two' }), broken, makeNote({ id: 'three' })];
    await expect(store.importNotes(batch)).rejects.toBeInstanceOf(StorageError);
    expect(await storedIds(db)).toEqual(['before']);
  });

  it('writes nothing when a record cannot be stored (not cloneable)', async () => {
    const { store, db } = freshStore();
    const unclonable = { ...makeNote({ id: 'fn' }), body: (() => 'x') as unknown as string };
    await expect(store.importNotes([makeNote({ id: 'ok' }), unclonable])).rejects.toThrow(/could not import/);
    expect(await storedIds(db)).toEqual([]);
  });

  it('reports progress up to the total', async () => {
    const { store } = freshStore();
    const seen: Array<[number, number]> = [];
    const batch = Array.from({ length: 450 }, (_, i) => makeNote({ id: `p${i}`, body: `n${i}` }));
    await store.importNotes(batch, (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([450, 450]);
    expect(seen.map(([done]) => done)).toEqual([200, 400, 450]);
  });
});

describe('LibraryStore delete and restore', () => {
  it('deletes many notes and restores them unchanged', async () => {
    const { store, db } = freshStore();
    const notes = [makeNote({ id: 'a' }), makeNote({ id: 'b' }), makeNote({ id: 'c' })];
    await store.importNotes(notes);
    await store.deleteNotes(['a', 'c']);
    expect(await storedIds(db)).toEqual(['b']);
    await store.restoreNotes([notes[0], notes[2]]);
    expect((await db.allNotes()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(notes);
  });
});
