import { describe, expect, it } from 'vitest';
import { groupByPage, sortHits } from '../../../lib/library/arrange';
import { facetsOf, flagKindOf, noteFilter, NO_FILTERS, NO_FLAG, siteOf } from '../../../lib/library/filters';
import type { Note } from '../../../lib/model';
import { makeNote } from './make-note';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 23, 15, 0).getTime();

function kept(notes: Note[], patch: Partial<typeof NO_FILTERS>): string[] {
  const keep = noteFilter({ ...NO_FILTERS, ...patch }, NOW);
  return notes.filter(keep).map((n) => n.id);
}

describe('filters', () => {
  const notes = [
    makeNote({
      id: 'a',
      canonicalUrl: 'https://www.alpha.example/1',
      tags: ['law'],
      colour: 'green',
      created: NOW - 1000,
    }),
    makeNote({
      id: 'b',
      canonicalUrl: 'https://beta.example/2',
      tags: ['law', 'tax'],
      flagId: 'unsourced-quote:12-40',
      created: NOW - 3 * DAY,
    }),
    makeNote({
      id: 'c',
      canonicalUrl: 'https://beta.example/3',
      colour: 'green',
      flagId: 'affiliate-link:7',
      created: NOW - 20 * DAY,
    }),
    makeNote({ id: 'd', canonicalUrl: 'https://gamma.example/', created: NOW - 90 * DAY }),
  ];

  it('knows a note site (without www) and flag kind', () => {
    expect(siteOf(notes[0])).toBe('alpha.example');
    expect(flagKindOf(notes[1])).toBe('unsourced-quote');
    expect(flagKindOf(notes[0])).toBe('');
  });

  it('filters by site, tag, colour and flag kind, combined', () => {
    expect(kept(notes, { site: 'beta.example' })).toEqual(['b', 'c']);
    expect(kept(notes, { tag: 'law' })).toEqual(['a', 'b']);
    expect(kept(notes, { colour: 'green' })).toEqual(['a', 'c']);
    expect(kept(notes, { flagKind: 'unsourced-quote' })).toEqual(['b']);
    expect(kept(notes, { flagKind: NO_FLAG })).toEqual(['a', 'd']);
    expect(kept(notes, { site: 'beta.example', colour: 'green' })).toEqual(['c']);
  });

  it('filters by date presets and an inclusive day range', () => {
    expect(kept(notes, { date: 'today' })).toEqual(['a']);
    expect(kept(notes, { date: '7d' })).toEqual(['a', 'b']);
    expect(kept(notes, { date: '30d' })).toEqual(['a', 'b', 'c']);
    const day = (t: number) => {
      const d = new Date(t);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(kept(notes, { date: 'range', from: day(NOW - 21 * DAY), to: day(NOW - 3 * DAY) })).toEqual(['b', 'c']);
    expect(kept(notes, { date: 'range', from: '', to: day(NOW - 20 * DAY) })).toEqual(['c', 'd']);
  });

  it('offers the values present, most common first, with counts', () => {
    const facets = facetsOf(notes);
    expect(facets.sites[0]).toEqual({ value: 'beta.example', count: 2 });
    expect(facets.tags).toEqual([
      { value: 'law', count: 2 },
      { value: 'tax', count: 1 },
    ]);
    expect(facets.flagKinds.map((f) => f.value)).toEqual([NO_FLAG, 'affiliate-link', 'unsourced-quote']);
  });
});

describe('sorting and grouping', () => {
  const notes = [
    makeNote({ id: 'x1', canonicalUrl: 'https://b.example/x', title: 'Zebra', created: 10, updated: 50 }),
    makeNote({ id: 'y1', canonicalUrl: 'https://a.example/y', title: 'apple', created: 30, updated: 40 }),
    makeNote({ id: 'x2', canonicalUrl: 'https://b.example/x', title: 'Zebra', created: 20, updated: 60 }),
  ];
  const hits = notes.map((note, i) => ({ note, score: i }));
  const order = (sort: Parameters<typeof sortHits>[1]) => sortHits(hits, sort).map((h) => h.note.id);

  it('sorts by update, creation, title (case-insensitive), site and relevance', () => {
    expect(order('updated')).toEqual(['x2', 'x1', 'y1']);
    expect(order('created')).toEqual(['y1', 'x2', 'x1']);
    expect(order('title')).toEqual(['y1', 'x2', 'x1']);
    expect(order('site')).toEqual(['y1', 'x2', 'x1']);
    expect(order('relevance')).toEqual(['x2', 'y1', 'x1']);
  });

  it('groups by page in the order of each page first note', () => {
    const groups = groupByPage(sortHits(hits, 'updated'));
    expect(groups.map((g) => [g.canonicalUrl, g.notes.map((n) => n.id)])).toEqual([
      ['https://b.example/x', ['x2', 'x1']],
      ['https://a.example/y', ['y1']],
    ]);
    expect(groups[0].site).toBe('b.example');
  });
});
