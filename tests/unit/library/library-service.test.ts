/**
 * The background's library methods over a real (fake-indexeddb) database: each change pushes the pages it touched
 * with what changed, imports go in batches that tell duplicates across batches, and the quarantine is served.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { libraryHandlers } from '../../../lib/background/library-service';
import type { PageChange } from '../../../lib/model';
import { NotesDb } from '../../../lib/storage/notes-db';
import { makeNote } from './make-note';

let dbCount = 0;
function service() {
  const pushes: (PageChange | string)[] = [];
  const db = new NotesDb({ name: `library-service-${++dbCount}-${Math.random().toString(36).slice(2)}` });
  const handlers = libraryHandlers(db, async (change) => void pushes.push(change));
  return { handlers, pushes, db };
}
const ctx = {};
/** Lets the background's queued pushes run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('libraryHandlers', () => {
  it('imports in batches, pushing each page it changed once when it ends, and pages through everything', async () => {
    const { handlers, pushes } = service();
    const a1 = makeNote({ id: 'a1', canonicalUrl: 'https://a.example/1' });
    const a2 = makeNote({ id: 'a2', canonicalUrl: 'https://a.example/1' });
    const b1 = makeNote({ id: 'b1', canonicalUrl: 'https://b.example/1' });
    const { importId } = await handlers.importBegin({}, ctx);
    const first = await handlers.importBatch({ importId, notes: [a1, a2] }, ctx);
    const second = await handlers.importBatch({ importId, notes: [{ ...a1 }, b1] }, ctx);
    expect(pushes).toEqual([]);
    await handlers.importEnd({ importId }, ctx);
    await settle();
    expect(first).toEqual({ imported: ['a1', 'a2'], duplicates: 0, refused: [] });
    expect(second).toEqual({ imported: ['b1'], duplicates: 1, refused: [] });
    expect(pushes).toEqual(['https://a.example/1', 'https://b.example/1']);
    await expect(handlers.importBatch({ importId, notes: [b1] }, ctx)).rejects.toThrow(/import was interrupted/);

    const page = await handlers.libraryPage({ limit: 2 }, ctx);
    expect([page.notes.map((n) => n.id), page.next, page.total]).toEqual([['a1', 'a2'], 'a2', 3]);
    expect((await handlers.libraryPage({ after: 'a2', limit: 2 }, ctx)).notes.map((n) => n.id)).toEqual(['b1']);
  });

  it('deletes, restores and edits, pushing each page what changed', async () => {
    const { handlers, pushes, db } = service();
    const note = makeNote({ id: 'n', canonicalUrl: 'https://a.example/1', body: 'old' });
    const { importId } = await handlers.importBegin({}, ctx);
    await handlers.importBatch({ importId, notes: [note] }, ctx);
    pushes.length = 0;

    await handlers.libraryDelete({ ids: ['n'] }, ctx);
    await settle();
    expect(pushes.pop()).toEqual({ canonicalUrl: 'https://a.example/1', deletedNoteIds: ['n'] });
    expect(await db.getNote('n')).toBeUndefined();
    await handlers.libraryRestore({ notes: [note] }, ctx);
    await settle();
    expect(pushes.pop()).toEqual({ canonicalUrl: 'https://a.example/1', savedNotes: [note] });
    const edited = await handlers.libraryEdit({ id: 'n', body: 'new', tags: ['x'], colour: 'blue' }, ctx);
    expect(edited).toMatchObject({ id: 'n', body: 'new', tags: ['x'], colour: 'blue' });
    await settle();
    expect(pushes.pop()).toEqual({ canonicalUrl: 'https://a.example/1', savedNotes: [edited] });
    expect(await db.getNote('n')).toEqual(edited);
  });
});
