/** Builds complete notes for the library tests: every field filled, overridable. */
import type { Note } from '../../../lib/model';

let counter = 0;

export function makeNote(overrides: Partial<Note> = {}): Note {
  counter++;
  const quote = overrides.quote ?? `passage ${counter}`;
  return {
    id: `note-${counter}`,
    pageUrl: 'https://www.news.example/story?utm_source=x',
    canonicalUrl: 'https://www.news.example/story',
    title: 'A story',
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'before the ', suffix: ' after it' }],
    quote,
    body: '',
    tags: [],
    colour: 'yellow',
    created: 1_000 + counter,
    updated: 1_000 + counter,
    ...overrides,
  };
}
