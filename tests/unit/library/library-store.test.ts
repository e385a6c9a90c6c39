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

  it('tells duplicates across batches of one import and against the library, by id and by content', async () => {
    const { store, db } = freshStore();
    const kept = makeNote({ id: 'kept', body: 'kept body' });
    await store.importNotes([kept]);
    const session = await store.beginImport();
    const first = await session.batch([makeNote({ id: 'b1', body: 'one' }), makeNote({ id: 'kept', body: 'other' })]);
    expect(first).toEqual({ imported: ['b1'], duplicates: 1, refused: [] });
    const second = await session.batch([
      makeNote({ id: 'b1', body: 'changed' }), // same id as the first batch
      { ...kept, id: 'b2', created: 9 }, // same page, passage and text as the kept note
      makeNote({ id: 'b3', body: 'three' }),
      { ...makeNote({ id: 'bad' }), pageUrl: 'javascript:alert(1)' },
    ]);
    expect(second.imported).toEqual(['b3']);
    expect(second.duplicates).toBe(2);
    expect(second.refused[0]).toMatch(/page address is not an http\(s\) address/);
    expect(await storedIds(db)).toEqual(['b1', 'b3', 'kept']);
  });
});

describe('LibraryStore pages and edits', () => {
  it('reads every note a page at a time, in id order, with the total on the first page', async () => {
    const { store } = freshStore();
    const notes = Array.from({ length: 5 }, (_, i) => makeNote({ id: `p${i}`, body: `b${i}` }));
    await store.importNotes(notes);
    const first = await store.page(undefined, 2);
    expect([first.notes.map((n) => n.id), first.next, first.total]).toEqual([['p0', 'p1'], 'p1', 5]);
    const second = await store.page('p1', 2);
    expect([second.notes.map((n) => n.id), second.next]).toEqual([['p2', 'p3'], 'p3']);
    const last = await store.page('p3', 2);
    expect([last.notes.map((n) => n.id), last.next]).toEqual([['p4'], null]);
  });

  it('edits a note in place (text, tags, colour) and refuses an edit of a deleted note', async () => {
    const { db } = freshStore();
    const store = new LibraryStore(db, () => 5_000_000_000_000);
    const note = makeNote({ id: 'e', body: 'before', tags: ['a'], colour: 'yellow', created: 1, updated: 2 });
    await store.importNotes([note]);
    const edited = await store.editNote('e', { body: 'after', tags: [' b ', 'b', '', 'c'], colour: 'green' });
    expect(edited).toEqual({ ...note, body: 'after', tags: ['b', 'c'], colour: 'green', updated: 5_000_000_000_000 });
    expect(await db.getNote('e')).toEqual(edited);
    await store.deleteNotes(['e']);
    await expect(store.editNote('e', { body: 'x', tags: [], colour: 'green' })).rejects.toThrow(/no longer exists/);
  });
});

describe('LibraryStore delete and restore', () => {
  it('deletes many notes and restores them unchanged', async () => {
    const { store, db } = freshStore();
    const notes = [makeNote({ id: 'a' }), makeNote({ id: 'b' }), makeNote({ id: 'c' })];
    await store.importNotes(notes);
    expect((await store.deleteNotes(['a', 'c', 'missing'])).map((n) => n.id)).toEqual(['a', 'c']);
    expect(await storedIds(db)).toEqual(['b']);
    await store.restoreNotes([notes[0], notes[2]]);
    expect((await db.allNotes()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(notes);
  });
});
