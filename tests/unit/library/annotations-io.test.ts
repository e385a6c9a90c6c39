import { describe, expect, it } from 'vitest';
import { annotationsIo } from '../../../lib/library/annotations-io';
import { makeNote } from './make-note';

describe('annotationsIo (the library wiring of lib/annotations)', () => {
  const notes = [
    makeNote({ id: 'a', body: 'Check this', tags: ['law'], colour: 'pink', flagId: 'unsourced-quote:1-9' }),
    makeNote({ id: 'b', quote: 'Café "quoted", with a comma', body: '' }),
  ];

  it('exports JSON-LD that its import reads back as the same notes', async () => {
    const file = await annotationsIo.exportNotes(notes, 'jsonld');
    expect(file.filename).toMatch(/\.jsonld$/);
    expect(file.mimeType).toBe('application/ld+json');
    const parsed = await annotationsIo.parseImport(file.text, file.filename);
    expect(parsed.invalid).toBe(0);
    expect(parsed.notes.map((n) => [n.id, n.quote, n.body, n.tags, n.colour, n.flagId])).toEqual(
      notes.map((n) => [n.id, n.quote, n.body, n.tags, n.colour, n.flagId]),
    );
  });

  it('exports Markdown and CSV with their file types', async () => {
    const markdown = await annotationsIo.exportNotes(notes, 'markdown');
    expect(markdown.filename).toMatch(/\.md$/);
    expect(markdown.text).toContain('> Café "quoted", with a comma');
    const csv = await annotationsIo.exportNotes(notes, 'csv');
    expect(csv.filename).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain('"Café ""quoted"", with a comma"');
  });

  it('throws a readable error for a file that is not an annotation export, and refuses huge files', async () => {
    expect(() => annotationsIo.parseImport('{"hello": 1}', 'x.json')).toThrow(
      /not a known annotation export|annotation/i,
    );
    expect(() => annotationsIo.checkFileSize?.(500 * 1024 * 1024)).toThrow(/too large/);
  });
});
