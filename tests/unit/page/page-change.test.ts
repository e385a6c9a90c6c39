import { describe, expect, it } from 'vitest';
import type { Note } from '../../../lib/model';
import { applyPageChange } from '../../../lib/page/page-change';

const KEY = 'https://news.example/article';

function note(id: string, body = '', canonicalUrl = KEY): Note {
  return {
    id,
    pageUrl: canonicalUrl,
    canonicalUrl,
    title: 'T',
    selectors: [],
    quote: '',
    body,
    tags: [],
    colour: 'yellow',
    created: 1,
    updated: 1,
  };
}

describe('a pushed change applied in the tab', () => {
  const current = { notes: [note('a'), note('b')], dismissed: new Set(['f1']) };

  it('adds saved notes, replaces edited ones and drops deleted ones, keeping the order', () => {
    const applied = applyPageChange(
      current,
      { canonicalUrl: KEY, savedNotes: [note('b', 'edited'), note('c')], deletedNoteIds: ['a', 'zz'] },
      KEY,
    )!;
    expect(applied.notes.map((n) => [n.id, n.body])).toEqual([
      ['b', 'edited'],
      ['c', ''],
    ]);
    expect(applied.notesChanged).toBe(true);
    expect(applied.deletedIds).toEqual(['a']);
    expect(current.notes.map((n) => n.id)).toEqual(['a', 'b']); // the input is left as it was
  });

  it('dismisses and restores flags without touching the notes', () => {
    const applied = applyPageChange(current, { canonicalUrl: KEY, dismissed: ['f2'], restored: ['f1'] }, KEY)!;
    expect([...applied.dismissed]).toEqual(['f2']);
    expect(applied.notes).toEqual(current.notes);
    expect(applied.notesChanged).toBe(false);
    expect(applied.deletedIds).toEqual([]);
  });

  it('ignores a change about another page, and a saved note filed under another page', () => {
    expect(applyPageChange(current, { canonicalUrl: 'https://news.example/other', deletedNoteIds: ['a'] }, KEY)).toBe(
      null,
    );
    const applied = applyPageChange(
      current,
      { canonicalUrl: KEY, savedNotes: [note('x', '', 'https://news.example/other')] },
      KEY,
    )!;
    expect(applied.notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(applied.notesChanged).toBe(false);
  });
});
