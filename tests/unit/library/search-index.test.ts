import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../lib/library/highlight';
import { parseQuery } from '../../../lib/library/query';
import { SearchIndex } from '../../../lib/library/search-index';
import { foldText, tokenise } from '../../../lib/library/text';
import { makeNote } from './make-note';

const ids = (index: SearchIndex, input: string) => index.search(parseQuery(input)).map((hit) => hit.note.id);

describe('text folding', () => {
  it('lowercases and removes accents, ligatures and sharp s', () => {
    expect(foldText('Café ÉCOLE Straße Œuvre')).toBe('cafe ecole strasse oeuvre');
    expect(tokenise('Naïve—résumé, 2024!')).toEqual(['naive', 'resume', '2024']);
  });
});

describe('SearchIndex', () => {
  const notes = [
    makeNote({ id: 'body', body: 'The minister confirmed the budget', title: 'Politics' }),
    makeNote({ id: 'tag', tags: ['budget'], title: 'Economy' }),
    makeNote({ id: 'title', title: 'Budget day live', quote: 'numbers' }),
    makeNote({ id: 'accent', quote: 'Le café est fermé', title: 'Paris' }),
    makeNote({ id: 'other', body: 'nothing relevant', title: 'Sport' }),
  ];
  const index = new SearchIndex(notes);

  it('ranks a tag match over a title match over a body match', () => {
    expect(ids(index, 'budget ')).toEqual(['tag', 'title', 'body']);
  });

  it('matches regardless of case and accents, both ways', () => {
    expect(ids(index, 'CAFE ')).toEqual(['accent']);
    expect(ids(index, 'fermé ')).toEqual(['accent']);
    expect(ids(index, 'Fermè ')).toEqual(['accent']);
  });

  it('matches the last word as a prefix while it is being typed, and only whole words after a space', () => {
    expect(ids(index, 'confir')).toEqual(['body']);
    expect(ids(index, 'confir ')).toEqual([]);
    expect(ids(index, 'bud').sort()).toEqual(['body', 'tag', 'title']);
  });

  it('ranks an exact word above a word the prefix only begins', () => {
    const prefixIndex = new SearchIndex([
      makeNote({ id: 'longer', body: 'categorical' }),
      makeNote({ id: 'exact', body: 'cat' }),
    ]);
    expect(ids(prefixIndex, 'cat')).toEqual(['exact', 'longer']);
  });

  it('requires every term (earlier terms as whole words)', () => {
    expect(ids(index, 'minister budget')).toEqual(['body']);
    expect(ids(index, 'minister sport')).toEqual([]);
    expect(ids(index, 'minist budget')).toEqual([]);
  });

  it('hides deleted notes and shows them again', () => {
    const local = new SearchIndex(notes);
    local.hide('tag');
    expect(ids(local, 'budget')).not.toContain('tag');
    expect(local.all().map((n) => n.id)).not.toContain('tag');
    local.show('tag');
    expect(ids(local, 'budget')).toContain('tag');
  });

  it('returns every note for an empty query', () => {
    expect(ids(index, '   ')).toHaveLength(notes.length);
  });
});

describe('highlightSegments', () => {
  it('marks whole matched words with their original accents', () => {
    const segments = highlightSegments('Le Café est fermé', parseQuery('cafe '));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Café']);
    expect(segments.map((s) => s.text).join('')).toBe('Le Café est fermé');
  });

  it('marks only the typed part of a prefix match', () => {
    const segments = highlightSegments('The minister confirmed it', parseQuery('conf'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['conf']);
    expect(segments.map((s) => s.text).join('')).toBe('The minister confirmed it');
  });

  it('keeps a decomposed accent with its letter', () => {
    const text = 'cafe\u0301 noir';
    const segments = highlightSegments(text, parseQuery('cafe'));
    expect(segments[0]).toEqual({ text: 'cafe\u0301', match: true });
  });
});

describe('pagesWithin (the library draws a budget of annotations)', () => {
  const group = (n: number) => ({
    canonicalUrl: `u${n}`,
    pageUrl: '',
    title: '',
    site: '',
    notes: new Array(n).fill(null),
  });
  it('draws whole pages until the budget, and always at least one page', async () => {
    const { pagesWithin } = await import('../../../components/library/ResultList');
    expect(pagesWithin([group(10), group(10), group(10)], 25)).toBe(2);
    expect(pagesWithin([group(10), group(10)], 20)).toBe(2);
    expect(pagesWithin([group(500), group(1)], 60)).toBe(1);
    expect(pagesWithin([], 60)).toBe(0);
  });
});
