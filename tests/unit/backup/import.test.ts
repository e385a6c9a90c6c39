import { describe, expect, it } from 'vitest';
import { withoutDuplicates, isDuplicate } from '../../../lib/backup/duplicates';
import { exportJsonLd, exportJsonLdText } from '../../../lib/backup/export';
import { ImportError, MAX_IMPORT_BYTES, checkImportSize, importAnnotations } from '../../../lib/backup/import';
import { SAMPLE_NOTES } from './sample-notes';

const options = { newId: () => 'generated-id', now: Date.UTC(2026, 0, 1) };

describe('Footnote JSON-LD round trip', () => {
  it('gives back identical notes, ids preserved', () => {
    const result = importAnnotations(exportJsonLdText(SAMPLE_NOTES), options);
    expect(result.format).toBe('footnote');
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual(SAMPLE_NOTES);
  });

  it('keeps a note whose quote differs from its quote selector', () => {
    const odd = { ...SAMPLE_NOTES[1], quote: 'shown differently' };
    expect(importAnnotations(JSON.stringify(exportJsonLd([odd])), options).notes).toEqual([odd]);
  });

  it('reads a bare Annotation and a plain W3C annotation without Footnote keys', () => {
    const plain = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.net/anno/1',
      type: 'Annotation',
      bodyValue: 'Worth reading',
      target: {
        source: 'https://example.net/page?utm_campaign=x',
        selector: { type: 'TextQuoteSelector', exact: 'a passage' },
      },
    };
    const result = importAnnotations(JSON.stringify(plain), options);
    expect(result.format).toBe('web-annotation');
    expect(result.notes).toEqual([
      {
        id: 'http://example.net/anno/1',
        pageUrl: 'https://example.net/page?utm_campaign=x',
        canonicalUrl: 'https://example.net/page',
        title: '',
        selectors: [{ type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' }],
        quote: 'a passage',
        body: 'Worth reading',
        tags: [],
        colour: 'yellow',
        created: options.now,
        updated: options.now,
      },
    ]);
  });
});

/** An original, small sample in the shape of Hypothesis's JSON export. */
const HYPOTHESIS_ROWS = [
  {
    id: 'hYp0001aaa',
    created: '2026-03-01T12:00:00.000000+00:00',
    updated: '2026-03-02T08:15:00.000000+00:00',
    user: 'acct:reader@hypothes.is',
    uri: 'https://www.example.com/science/bees?utm_source=newsletter',
    text: 'Sample size is 12 hives.',
    tags: ['bees', 'methods'],
    group: '__world__',
    target: [
      {
        source: 'https://www.example.com/science/bees?utm_source=newsletter',
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/main[1]/article[1]/p[3]',
            startOffset: 4,
            endContainer: '/main[1]/article[1]/p[3]',
            endOffset: 51,
          },
          { type: 'TextPositionSelector', start: 1880, end: 1927 },
          {
            type: 'TextQuoteSelector',
            exact: 'colonies recovered within two seasons',
            prefix: 'the study, ',
            suffix: ' of treatment',
          },
        ],
      },
    ],
    document: { title: ['Bees bounce back'] },
  },
  {
    id: 'hYp0002bbb',
    created: '2026-03-03T09:00:00+00:00',
    updated: '2026-03-03T09:00:00+00:00',
    uri: 'https://example.org/report',
    value: 'Check the appendix',
    target: [
      {
        source: 'https://example.org/report',
        selector: [
          {
            type: 'RangeSelector',
            startSelector: { type: 'XPathSelector', value: '/p[2]' },
            endSelector: { type: 'XPathSelector', value: '/p[3]' },
          },
          { type: 'TextQuoteSelector', exact: 'annual figures' },
        ],
      },
    ],
  },
  {
    id: 'hYp0003ccc',
    uri: 'https://example.org/report',
    text: 'A page note',
    target: [{ source: 'https://example.org/report' }],
  },
  {
    id: 'hYp0004ddd',
    uri: 'https://example.org/report',
    text: 'I agree',
    references: ['hYp0002bbb'],
    target: [{ source: 'https://example.org/report' }],
  },
  { id: 'hYp0005eee', text: 'no uri at all', target: [] },
  {
    id: 'hYp0006fff',
    uri: 'https://example.org/report',
    target: [
      {
        source: 'https://example.org/report',
        selector: [{ type: 'RangeSelector', startContainer: '/p', endContainer: '/p', startOffset: 0, endOffset: 3 }],
      },
    ],
  },
];

describe('Hypothesis import', () => {
  it('reads { rows } and a bare array the same way', () => {
    const fromRows = importAnnotations(JSON.stringify({ total: 6, rows: HYPOTHESIS_ROWS }), options);
    const fromArray = importAnnotations(JSON.stringify(HYPOTHESIS_ROWS), options);
    expect(fromRows.format).toBe('hypothesis');
    expect(fromArray).toEqual(fromRows);
  });

  it('keeps quote and position selectors, drops both RangeSelector forms, reads text, tags, uri and title', () => {
    const { notes } = importAnnotations(JSON.stringify({ rows: HYPOTHESIS_ROWS }), options);
    expect(notes[0]).toEqual({
      id: 'hYp0001aaa',
      pageUrl: 'https://www.example.com/science/bees?utm_source=newsletter',
      canonicalUrl: 'https://www.example.com/science/bees',
      title: 'Bees bounce back',
      selectors: [
        { type: 'TextPositionSelector', start: 1880, end: 1927 },
        {
          type: 'TextQuoteSelector',
          exact: 'colonies recovered within two seasons',
          prefix: 'the study, ',
          suffix: ' of treatment',
        },
      ],
      quote: 'colonies recovered within two seasons',
      body: 'Sample size is 12 hives.',
      tags: ['bees', 'methods'],
      colour: 'yellow',
      created: Date.UTC(2026, 2, 1, 12),
      updated: Date.UTC(2026, 2, 2, 8, 15),
    });
    expect(notes[1]).toMatchObject({
      body: 'Check the appendix',
      quote: 'annual figures',
      selectors: [{ type: 'TextQuoteSelector', exact: 'annual figures' }],
    });
    expect(notes[2]).toMatchObject({ body: 'A page note', selectors: [], quote: '' });
  });

  it('skips replies, annotations without a uri, and those with only selectors it cannot use', () => {
    const { notes, skipped } = importAnnotations(JSON.stringify({ rows: HYPOTHESIS_ROWS }), options);
    expect(notes).toHaveLength(3);
    expect(skipped.map((s) => s.index)).toEqual([3, 4, 5]);
    expect(skipped[0].reason).toMatch(/reply/);
    expect(skipped[1].reason).toMatch(/uri/);
    expect(skipped[2].reason).toMatch(/TextQuoteSelector/);
  });

  it('reports a malformed selector instead of importing a broken anchor', () => {
    const bad = [
      {
        ...HYPOTHESIS_ROWS[1],
        target: [
          { source: 'https://example.org/report', selector: [{ type: 'TextPositionSelector', start: 9, end: 3 }] },
        ],
      },
    ];
    const { notes, skipped } = importAnnotations(JSON.stringify(bad), options);
    expect(notes).toEqual([]);
    expect(skipped[0].reason).toMatch(/TextPositionSelector.*ending before it starts/);
  });
});

describe('malformed files', () => {
  function importError(text: string): ImportError {
    try {
      importAnnotations(text, options);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return error as ImportError;
    }
    throw new Error('no ImportError');
  }

  it('says when the file is not JSON', () => {
    expect(importError('<html>not json</html>').message).toMatch(/not JSON/);
    expect(importError('').message).toMatch(/not JSON/);
  });

  it('says when the JSON is not a known format', () => {
    expect(importError('{"hello": "world"}').message).toMatch(/not a known annotation export/);
    expect(importError('[1, 2, 3]').message).toMatch(/not a known annotation export/);
    expect(importError('"just a string"').message).toMatch(/not a known annotation export/);
    expect(importError('null').message).toMatch(/not a known annotation export/);
  });

  it('says when there are no annotations', () => {
    expect(importError('[]').message).toMatch(/no annotations/);
    expect(importError('{"rows": []}').message).toMatch(/no annotations/);
    expect(importError(JSON.stringify(exportJsonLd([]))).message).toMatch(/no annotations/);
  });

  it('refuses files over the size limit, before parsing', () => {
    expect(() => checkImportSize(MAX_IMPORT_BYTES + 1)).toThrow(/too large.*50 MB/);
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(importError(' '.repeat(MAX_IMPORT_BYTES + 1)).message).toMatch(/too large/);
  });

  it('skips invalid items in a collection and keeps the rest', () => {
    const collection = exportJsonLd(SAMPLE_NOTES.slice(0, 2)) as unknown as { first: { items: unknown[] } };
    collection.first.items.push(
      { type: 'Annotation', target: 42 },
      { type: 'Annotation', created: 'yesterday', target: 'https://x.test/' },
    );
    const { notes, skipped } = importAnnotations(JSON.stringify(collection), options);
    expect(notes).toEqual(SAMPLE_NOTES.slice(0, 2));
    expect(skipped.map((s) => s.index)).toEqual([2, 3]);
    expect(skipped[1].reason).toMatch(/created.*date/);
  });
});

describe('duplicates', () => {
  it('treats same page, same quote and same body as a duplicate, whatever the id and dates', () => {
    const copy = {
      ...SAMPLE_NOTES[0],
      id: 'other',
      created: 1,
      updated: 2,
      quote: SAMPLE_NOTES[0].quote.replace(' ', '  '),
    };
    expect(isDuplicate(copy, SAMPLE_NOTES[0])).toBe(true);
    expect(isDuplicate({ ...copy, body: 'different' }, SAMPLE_NOTES[0])).toBe(false);
    expect(isDuplicate({ ...copy, canonicalUrl: 'https://elsewhere.test/' }, SAMPLE_NOTES[0])).toBe(false);
  });

  it('splits an import into fresh notes and duplicates, also within the import', () => {
    const incoming = [SAMPLE_NOTES[0], { ...SAMPLE_NOTES[2], id: 'x' }, { ...SAMPLE_NOTES[2], id: 'y' }];
    const { fresh, duplicates } = withoutDuplicates([SAMPLE_NOTES[0]], incoming);
    expect(fresh.map((n) => n.id)).toEqual(['x']);
    expect(duplicates.map((n) => n.id)).toEqual([SAMPLE_NOTES[0].id, 'y']);
  });
});
