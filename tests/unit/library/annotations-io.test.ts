import { describe, expect, it } from 'vitest';
import { inPages } from '../../../lib/backup/stream-export';
import { annotationsIo } from '../../../lib/library/annotations-io';
import { importIdSource, type ReadImportOptions } from '../../../lib/library/io';
import type { Note } from '../../../lib/model';
import { makeNote } from './make-note';

async function readBack(blob: Blob, options?: ReadImportOptions) {
  const notes: Note[] = [];
  const outcome = await annotationsIo.readImport(blob, async (batch) => void notes.push(...batch), options);
  return { notes, ...outcome };
}

describe('annotationsIo (the library wiring of lib/backup)', () => {
  const notes = [
    makeNote({ id: 'a', body: 'Check this', tags: ['law'], colour: 'pink', flagId: 'unsourced-quote:1-9' }),
    makeNote({ id: 'b', quote: 'Café "quoted", with a comma', body: '' }),
  ];

  it('exports JSON-LD that its import reads back as the same notes', async () => {
    const file = await annotationsIo.exportNotes(inPages(notes, 1), 'jsonld');
    expect(file.filename).toMatch(/\.jsonld$/);
    expect(file.mimeType).toBe('application/ld+json');
    const back = await readBack(file.blob);
    expect(back.refusedCount).toBe(0);
    expect(back.notes).toEqual(notes);
  });

  it('exports Markdown and CSV with their file types', async () => {
    const markdown = await annotationsIo.exportNotes(inPages(notes), 'markdown');
    expect(markdown.filename).toMatch(/\.md$/);
    expect(await markdown.blob.text()).toContain('> Café "quoted", with a comma');
    const csv = await annotationsIo.exportNotes(inPages(notes), 'csv');
    expect(csv.filename).toMatch(/\.csv$/);
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.blob.arrayBuffer());
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain('"Café ""quoted"", with a comma"');
  });

  it('reads a lone Annotation (no list) whole', async () => {
    const lone = {
      type: 'Annotation',
      bodyValue: 'Worth reading',
      target: { source: 'https://example.net/page', selector: { type: 'TextQuoteSelector', exact: 'a passage' } },
    };
    const back = await readBack(new Blob([JSON.stringify(lone)]));
    expect(back.notes.map((n) => [n.pageUrl, n.body])).toEqual([['https://example.net/page', 'Worth reading']]);
  });

  it('makes the same notes on every read given the same id source: streamed lists and a lone Annotation alike', async () => {
    const target = { source: 'https://example.net/page', selector: { type: 'TextQuoteSelector', exact: 'a passage' } };
    const lone = { type: 'Annotation', bodyValue: 'no id', target };
    const w3c = {
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [lone, { ...lone, id: 'urn:uuid:kept' }] },
    };
    const hypothesis = [
      { uri: 'https://example.net/page', text: 'no id' },
      { id: 'h1', uri: 'https://example.net/page' },
    ];
    for (const file of [lone, w3c, hypothesis].map((data) => new Blob([JSON.stringify(data)]))) {
      const ids = importIdSource();
      const first = await readBack(file, { newId: ids(), now: 5 });
      const second = await readBack(file, { newId: ids(), now: 5 });
      expect(second.notes).toEqual(first.notes);
      expect(first.notes[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-0{12}$/);
      expect(first.notes[0].created).toBe(5);
    }
  });

  it('throws a readable error for a file that is not an annotation export, and refuses huge files', async () => {
    await expect(readBack(new Blob(['{"hello": 1}']))).rejects.toThrow(/not a known annotation export/);
    expect(() => annotationsIo.checkFileSize?.(3 * 1024 * 1024 * 1024)).toThrow(/too large/);
    expect(() => annotationsIo.checkFileSize?.(500 * 1024 * 1024)).not.toThrow();
  });
});
