/** Notes for the export/import tests, with the awkward cases: page notes, flags, quotes with commas and quotes. */
import { describeTextRange } from '../../../lib/core/anchoring/selectors';
import type { Note } from '../../../lib/model';

const pageText =
  'The council met on Tuesday. "We will not raise taxes," the mayor said, before raising them by 3%. ' +
  'Critics called it =SUM(A1:A9) accounting.';

function span(passage: string) {
  const start = pageText.indexOf(passage);
  return describeTextRange(pageText, start, start + passage.length);
}

export const SAMPLE_NOTES: Note[] = [
  {
    id: '3f2b8c1e-9d4a-4e7b-8c2f-1a6d5e9b0c3d',
    pageUrl: 'https://news.example.com/council?utm_source=rss',
    canonicalUrl: 'https://news.example.com/council',
    title: 'Council raises taxes',
    selectors: span('"We will not raise taxes," the mayor said'),
    quote: '"We will not raise taxes," the mayor said',
    body: 'Contradicts the vote, see line 4.\nAsk the clerk, "officially".',
    tags: ['taxes', 'follow up'],
    colour: 'pink',
    created: Date.UTC(2026, 10, 20, 9, 30, 0, 125),
    updated: Date.UTC(2026, 10, 21, 10, 0, 0, 0),
  },
  {
    id: 'note-7',
    pageUrl: 'https://news.example.com/council',
    canonicalUrl: 'https://news.example.com/council',
    title: 'Council raises taxes',
    selectors: span('=SUM(A1:A9) accounting'),
    quote: '=SUM(A1:A9) accounting',
    body: '',
    tags: [],
    colour: 'yellow',
    created: Date.UTC(2026, 10, 20, 9, 31),
    updated: Date.UTC(2026, 10, 20, 9, 31),
  },
  {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    pageUrl: 'https://blog.example.org/post',
    canonicalUrl: 'https://blog.example.org/post',
    title: 'A post, with a comma',
    selectors: [],
    quote: '',
    body: '@everyone this page has no sources',
    tags: ['sources'],
    colour: 'green',
    created: Date.UTC(2026, 10, 22),
    updated: Date.UTC(2026, 10, 22),
  },
  {
    id: 'flagged 1/2',
    pageUrl: 'https://news.example.com/council',
    canonicalUrl: 'https://news.example.com/council',
    title: 'Council raises taxes',
    selectors: span('The council met on Tuesday.'),
    quote: 'The council met on Tuesday.',
    body: '-1 for vagueness',
    tags: [],
    colour: 'blue',
    flagId: 'unsourced-quote:12:40',
    created: Date.UTC(2026, 10, 20, 9, 32),
    updated: Date.UTC(2026, 10, 20, 9, 33),
  },
];
