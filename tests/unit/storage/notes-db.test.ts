import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { NoteDraft } from '../../../lib/model';
import { NotesDb, storageErrorMessage } from '../../../lib/storage/notes-db';
import { DB_VERSION, MIGRATIONS, type FootnoteSchema } from '../../../lib/storage/schema';

let dbCount = 0;
const freshName = () => `footnote-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;

function draft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    pageUrl: 'https://news.example/a?utm_source=x',
    canonicalUrl: 'https://news.example/a',
    title: 'A',
    selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }],
    quote: 'passage',
    body: 'Check this',
    tags: [],
    colour: 'yellow',
    ...overrides,
  };
}

function clockFrom(start: number) {
  let t = start;
  return () => t++;
}

describe('NotesDb', () => {
  it('saves, lists by page, updates in place and deletes notes', async () => {
    const db = new NotesDb({ name: freshName(), now: clockFrom(100) });
    const a = await db.saveNote(draft({ body: 'first' }));
    const b = await db.saveNote(draft({ body: 'second' }));
    await db.saveNote(draft({ canonicalUrl: 'https://other.example/', body: 'elsewhere' }));
    expect(a.id).not.toBe(b.id);
    expect((await db.listNotes('https://news.example/a')).map((n) => n.body)).toEqual(['first', 'second']);

    const edited = await db.saveNote({ ...a, body: 'first, edited' });
    expect(edited.id).toBe(a.id);
    expect(edited.created).toBe(a.created);
    expect(edited.updated).toBeGreaterThan(a.updated);
    expect((await db.allNotes())[0].body).toBe('first, edited');

    await db.deleteNote(b.id);
    expect((await db.listNotes('https://news.example/a')).map((n) => n.body)).toEqual(['first, edited']);
    db.close();
  });

  it('remembers dismissed flags per page and forgets them when restored', async () => {
    const db = new NotesDb({ name: freshName() });
    await db.setDismissed('https://a.example/', 'unsourced-quote:x:1', true);
    await db.setDismissed('https://a.example/', 'unsourced-quote:x:1', true); // twice: still one
    await db.setDismissed('https://a.example/', 'affiliate-link:y:2', true);
    await db.setDismissed('https://b.example/', 'affiliate-link:y:2', true);
    expect((await db.listDismissed('https://a.example/')).sort()).toEqual([
      'affiliate-link:y:2',
      'unsourced-quote:x:1',
    ]);
    await db.setDismissed('https://a.example/', 'affiliate-link:y:2', false);
    expect(await db.listDismissed('https://a.example/')).toEqual(['unsourced-quote:x:1']);
    expect(await db.listDismissed('https://b.example/')).toEqual(['affiliate-link:y:2']);
    db.close();
  });

  it('upgrades a version 1 database without losing its notes or dismissals', async () => {
    const name = freshName();
    const v1 = await openDB<FootnoteSchema>(name, 1, {
      upgrade: (db, _old, _new, tx) => MIGRATIONS[0](db, tx as never),
    });
    // A note as version 1 wrote it: no tags, colour or updated time yet.
    await v1.put('notes', {
      id: 'old-1',
      pageUrl: 'https://a.example/',
      canonicalUrl: 'https://a.example/',
      title: 'T',
      selectors: [],
      quote: '',
      body: 'kept',
      created: 42,
    } as never);
    await v1.put('dismissed', { canonicalUrl: 'https://a.example/', flagId: 'f1', at: 1 });
    v1.close();

    const db = new NotesDb({ name });
    const [note] = await db.listNotes('https://a.example/');
    expect(note).toMatchObject({ id: 'old-1', body: 'kept', tags: [], colour: 'yellow', created: 42, updated: 42 });
    expect(await db.listDismissed('https://a.example/')).toEqual(['f1']);
    expect((await db.allNotes()).map((n) => n.id)).toEqual(['old-1']); // the `updated` index exists now
    expect((await db.db()).version).toBe(DB_VERSION);
    db.close();
  });

  it('rejects a failed write with a readable message and keeps what was saved', async () => {
    const name = freshName();
    const db = new NotesDb({ name });
    await db.saveNote(draft({ body: 'safe' }));
    // A value IndexedDB cannot store: the transaction fails as a whole.
    const unstorable = draft({ body: 'broken', tags: [(() => 1) as unknown as string] });
    await expect(db.saveNote(unstorable)).rejects.toThrow(/could not save the note/);
    // The browser closes the connection under us: a readable message, then the next write works again.
    (await db.db()).close();
    await expect(db.saveNote(draft({ body: 'while closed' }))).rejects.toThrow(/database was closed/);
    await db.saveNote(draft({ body: 'after reopening' }));
    const reopened = new NotesDb({ name });
    expect((await reopened.listNotes('https://news.example/a')).map((n) => n.body)).toEqual([
      'safe',
      'after reopening',
    ]);
    reopened.close();
    db.close();
  });

  it('words a full disk as such', () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    expect(storageErrorMessage('save the note', full)).toMatch(/no storage space left.*nothing saved before was lost/i);
  });
});
