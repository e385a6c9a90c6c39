import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, exportCsv, exportJsonLd, exportMarkdown } from '../../../lib/backup/export';
import { SAMPLE_NOTES } from './sample-notes';

/** A small RFC 4180 reader, so the CSV tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('exportJsonLd', () => {
  const collection = exportJsonLd(SAMPLE_NOTES, { id: 'urn:uuid:00000000-0000-4000-8000-00000000abcd' });
  const items = collection.first.items;

  it('is an AnnotationCollection with the W3C context, a total and a first page', () => {
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(SAMPLE_NOTES.length);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(items).toHaveLength(SAMPLE_NOTES.length);
    // Every extension key is a compact IRI of a prefix the context defines.
    const prefixes = Object.keys(collection['@context'][1]);
    for (const key of Object.keys(items[0]).filter((k) => k.includes(':')))
      expect(prefixes).toContain(key.split(':')[0]);
  });

  it('gives each note an IRI id: urn:uuid for UUIDs, a footnote: URI otherwise', () => {
    expect(items[0].id).toBe(`urn:uuid:${SAMPLE_NOTES[0].id}`);
    expect(items[1].id).toMatch(/^footnote:note\/note-7$/);
    expect(items[3].id).toBe('footnote:note/flagged%201%2F2');
  });

  it('picks the motivation from the note: commenting, highlighting, assessing', () => {
    expect(items.map((a) => a.motivation)).toEqual(['commenting', 'highlighting', 'commenting', 'assessing']);
  });

  it('writes text bodies, tags, ISO dates, target and extension fields', () => {
    const [first] = items;
    expect(first.created).toBe('2026-11-20T09:30:00.125Z');
    expect(first.modified).toBe('2026-11-21T10:00:00.000Z');
    expect(first.body).toEqual([
      { type: 'TextualBody', value: SAMPLE_NOTES[0].body, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'taxes', purpose: 'tagging' },
      { type: 'TextualBody', value: 'follow up', purpose: 'tagging' },
    ]);
    expect(first.target).toEqual({ source: SAMPLE_NOTES[0].pageUrl, selector: SAMPLE_NOTES[0].selectors });
    expect(first['footnote:colour']).toBe('pink');
    expect(first['footnote:canonicalUrl']).toBe('https://news.example.com/council');
    expect(first['footnote:title']).toBe('Council raises taxes');
    expect(items[1].body).toBeUndefined();
    expect(items[2].target).toEqual({ source: 'https://blog.example.org/post' });
    expect(items[3]['footnote:flagId']).toBe('unsourced-quote:12:40');
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});

describe('exportMarkdown', () => {
  const markdown = exportMarkdown(SAMPLE_NOTES);

  it('has one section per page with its title and link', () => {
    expect(markdown.match(/^## /gm)).toHaveLength(2);
    expect(markdown).toContain('## Council raises taxes\n\n<https://news.example.com/council>');
    expect(markdown).toContain('## A post, with a comma\n\n<https://blog.example.org/post>');
  });

  it('quotes passages as > blocks in reading order, with the note and tags under them', () => {
    const section = markdown.slice(0, markdown.indexOf('## A post'));
    const order = ['> The council met on Tuesday.', '> "We will not raise taxes,"', '> =SUM(A1:A9) accounting'].map(
      (q) => section.indexOf(q),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(section).toContain(
      '> "We will not raise taxes," the mayor said\n\nContradicts the vote, see line 4.\nAsk the clerk, "officially".\n\nTags: #taxes #follow-up',
    );
  });

  it('writes a page note without a passage', () => {
    const section = markdown.slice(markdown.indexOf('## A post'));
    expect(section).not.toMatch(/^>/m);
    expect(section).toContain('@everyone this page has no sources\n\nTags: #sources');
  });
});

describe('exportCsv', () => {
  const csv = exportCsv(SAMPLE_NOTES);
  const rows = parseCsv(csv);

  it('has a header row and one row per note, CRLF-terminated', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(SAMPLE_NOTES.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes commas, double quotes and line breaks so cells read back whole', () => {
    const first = rows[1];
    expect(first[CSV_COLUMNS.indexOf('quote')]).toBe(SAMPLE_NOTES[0].quote);
    expect(first[CSV_COLUMNS.indexOf('note')]).toBe(SAMPLE_NOTES[0].body);
    expect(first[CSV_COLUMNS.indexOf('tags')]).toBe('taxes; follow up');
    expect(rows[3][CSV_COLUMNS.indexOf('title')]).toBe('A post, with a comma');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(rows[2][CSV_COLUMNS.indexOf('quote')]).toBe("'=SUM(A1:A9) accounting");
    expect(rows[3][CSV_COLUMNS.indexOf('note')]).toBe("'@everyone this page has no sources");
    expect(rows[4][CSV_COLUMNS.indexOf('note')]).toBe("'-1 for vagueness");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell('plain text')).toBe('plain text');
  });
});
