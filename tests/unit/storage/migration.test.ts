/**
 * The upgrade of a real version-1 database (built with version 1's own migration) holding good and malformed
 * records: good notes come through whole, unreadable ones are kept apart with what is wrong, nothing is dropped
 * or silently changed, and an upgrade another connection blocks ends with a readable error instead of a hang.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { BLOCKED_UPGRADE_MS, NotesDb } from '../../../lib/storage/notes-db';
import { DB_VERSION, MIGRATIONS, type FootnoteSchema } from '../../../lib/storage/schema';

let dbCount = 0;
const freshName = () => `footnote-migration-${++dbCount}-${Math.random().toString(36).slice(2)}`;

const GOOD_V1 = {
  id: 'good-1',
  pageUrl: 'https://news.example/a?utm_source=x',
  canonicalUrl: 'https://news.example/a',
  title: 'A story',
  selectors: [{ type: 'TextQuoteSelector', exact: 'the words', prefix: 'before ', suffix: ' after' }],
  quote: 'the words',
  body: 'kept as written',
  created: 42,
};
const NO_TITLE_OR_PAGE = {
  id: 'bad-1',
  canonicalUrl: 'https://news.example/b',
  selectors: [],
  quote: '',
  body: 'x',
  created: 7,
};
const NUMBER_BODY = { ...GOOD_V1, id: 'bad-2', body: 5 };
const WORD_DATE = { ...GOOD_V1, id: 'bad-3', created: 'yesterday' };
const SCRIPT_PAGE = { ...GOOD_V1, id: 'bad-4', pageUrl: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' };

/** A database as version 1 of Footnote left it. */
async function version1(name: string, records: object[]): Promise<void> {
  const v1 = await openDB<FootnoteSchema>(name, 1, { upgrade: (db, _o, _n, tx) => MIGRATIONS[0](db, tx as never) });
  for (const record of records) await v1.put('notes', record as never);
  await v1.put('dismissed', { canonicalUrl: 'https://news.example/a', flagId: 'f1', at: 1 });
  v1.close();
}

describe('upgrading a version 1 database', () => {
  it('keeps good notes whole and sets malformed records apart with what is wrong', async () => {
    const name = freshName();
    await version1(name, [GOOD_V1, NO_TITLE_OR_PAGE, NUMBER_BODY, WORD_DATE, SCRIPT_PAGE]);
    const db = new NotesDb({ name });
    expect((await db.db()).version).toBe(DB_VERSION);

    // The good note: its fields as written, defaults only for what version 1 did not have.
    expect(await db.allNotes()).toEqual([{ ...GOOD_V1, tags: [], colour: 'yellow', updated: 42 }]);
    expect(await db.listDismissed('https://news.example/a')).toEqual(['f1']);

    const kept = await db.listQuarantined();
    const byId = Object.fromEntries(kept.map((k) => [k.id, k]));
    expect(Object.keys(byId).sort()).toEqual(['notes:bad-1', 'notes:bad-2', 'notes:bad-3', 'notes:bad-4']);
    // Each record is kept exactly as it was: nothing is replaced by a default.
    // (Version 2 added the fields version 1 lacked: tags, colour and, from a readable creation date, updated.)
    expect(byId['notes:bad-2'].record).toEqual({ ...NUMBER_BODY, tags: [], colour: 'yellow', updated: 42 });
    expect(byId['notes:bad-3'].record).toEqual({ ...WORD_DATE, tags: [], colour: 'yellow' });
    expect(byId['notes:bad-1'].problems).toEqual(['no page address', 'no title']);
    expect(byId['notes:bad-2'].problems).toEqual(['the note text is not text (5)']);
    expect(byId['notes:bad-3'].problems).toEqual(['an unreadable creation date ("yesterday")']);
    expect(byId['notes:bad-4'].problems[0]).toMatch(
      /page address is not an http\(s\) address \("javascript:alert\(1\)"\)/,
    );
    db.close();
  });

  it('lets the reader fix a kept-apart record into a note, or delete it', async () => {
    const name = freshName();
    await version1(name, [NUMBER_BODY, NO_TITLE_OR_PAGE]);
    const db = new NotesDb({ name, now: () => 1000 });
    await expect(
      db.repairQuarantined('notes:bad-1', { pageUrl: 'data:text/html,x', title: 'T', body: 'x' }),
    ).rejects.toThrow(/still cannot be saved: the page address is not an http\(s\) address/);
    const fixed = await db.repairQuarantined('notes:bad-1', {
      pageUrl: 'https://news.example/b',
      title: 'Found it',
      body: 'x',
    });
    expect(fixed).toMatchObject({ id: 'bad-1', pageUrl: 'https://news.example/b', title: 'Found it', created: 7 });
    expect((await db.listNotes('https://news.example/b')).map((n) => n.id)).toEqual(['bad-1']);
    await db.deleteQuarantined('notes:bad-2');
    expect(await db.listQuarantined()).toEqual([]);
    db.close();
  });

  it('ends an upgrade blocked by an old connection with a readable error, then upgrades once it is closed', async () => {
    const name = freshName();
    await version1(name, [GOOD_V1]);
    // An old page that holds version 1 open and never lets go.
    const holder = await openDB(name, 1);
    const db = new NotesDb({ name });
    const started = Date.now();
    await expect(db.listNotes('https://news.example/a')).rejects.toThrow(/older Footnote page still holds/);
    expect(Date.now() - started).toBeLessThan(BLOCKED_UPGRADE_MS + 3000);
    holder.close();
    expect((await db.listNotes('https://news.example/a')).map((n) => n.id)).toEqual(['good-1']);
    db.close();
  }, 20_000);
});
