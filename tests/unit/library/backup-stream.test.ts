/**
 * Backups that restore: the paged JSON-LD export is the same text as the one-piece export, the streamed import
 * reads it back identical whatever the chunk boundaries, hostile addresses are refused and counted, a file cut
 * short is an error, and the size limits of the import hold for what the export writes.
 */
import { describe, expect, it } from 'vitest';
import { exportJsonLdText } from '../../../lib/backup/export';
import { csvBlob, inPages, jsonLdBlob, readingAhead } from '../../../lib/backup/stream-export';
import {
  blobText,
  ItemScanner,
  MAX_ANNOTATION_CHARS,
  MAX_STREAMED_IMPORT_BYTES,
  readAnnotations,
} from '../../../lib/backup/stream-import';
import type { Note } from '../../../lib/model';
import { SAMPLE_NOTES } from '../backup/sample-notes';
import { makeNote } from './make-note';

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function readAll(text: string, chunkSize = 1 << 16) {
  const notes: Note[] = [];
  const outcome = await readAnnotations(chunksOf(text, chunkSize), {
    batchSize: 2,
    onBatch: async (batch) => void notes.push(...batch),
    newId: () => 'generated',
    now: 0,
  });
  return { notes, ...outcome };
}

describe('the paged JSON-LD export', () => {
  it('writes exactly the text of the one-piece export, for any paging', async () => {
    const expected = exportJsonLdText(SAMPLE_NOTES);
    for (const size of [1, 2, 100]) {
      expect(await (await jsonLdBlob(inPages(SAMPLE_NOTES, size))).text()).toBe(expected);
    }
    expect(await (await jsonLdBlob(inPages([]))).text()).toBe(exportJsonLdText([]));
  });

  it('writes CSV with one header row across pages', async () => {
    const text = await (await csvBlob(inPages(SAMPLE_NOTES, 1), 'text/csv')).text();
    expect(text.startsWith('\uFEFFid,title')).toBe(true);
    expect(text.match(/^\uFEFF?id,title/gm)).toHaveLength(1);
    expect(text.trim().split('\r\n').length).toBeGreaterThan(SAMPLE_NOTES.length);
  });
});

describe('the streamed import', () => {
  it('reads the export back identical, whatever the chunk boundaries (escapes and multi-byte text split)', async () => {
    const awkward = [
      ...SAMPLE_NOTES,
      makeNote({ id: 'esc', body: 'a \\"quoted\\" backslash \\\\ and "quotes" ]}, {[', quote: 'Café — “curly” 😀' }),
    ];
    const text = await (await jsonLdBlob(inPages(awkward))).text();
    for (const size of [1, 3, 7, 64, 1 << 20]) {
      const { notes, read, refused, format } = await readAll(text, size);
      expect(notes).toEqual(awkward);
      expect([read, refused.total, format]).toEqual([awkward.length, 0, 'footnote']);
    }
    // Through the Blob reader too (bytes split inside a multi-byte character).
    const viaBlob: Note[] = [];
    await readAnnotations(blobText(new Blob([text]), 5), {
      batchSize: 100,
      onBatch: async (b) => void viaBlob.push(...b),
    });
    expect(viaBlob).toEqual(awkward);
  });

  it('refuses annotations whose page is not http(s), saying how many, why and with examples', async () => {
    const collection = JSON.parse(exportJsonLdText(SAMPLE_NOTES.slice(0, 1))) as { first: { items: object[] } };
    const good = collection.first.items[0] as Record<string, unknown>;
    collection.first.items.push(
      {
        ...good,
        'footnote:id': 'js',
        target: { source: 'javascript:alert(document.cookie)' },
        'footnote:canonicalUrl': 'javascript:alert(1)',
      },
      {
        ...good,
        'footnote:id': 'data',
        target: { source: 'data:text/html,<script>alert(1)</script>' },
        'footnote:canonicalUrl': 'https://ok.example/',
      },
      {
        ...good,
        'footnote:id': 'js2',
        target: { source: 'JavaScript:void(0)' },
        'footnote:canonicalUrl': 'https://ok.example/',
      },
      { ...good, 'footnote:id': 'canon', 'footnote:canonicalUrl': 'file:///etc/passwd' },
    );
    const { notes, refused } = await readAll(JSON.stringify(collection));
    expect(notes.map((n) => n.id)).toEqual([SAMPLE_NOTES[0].id]);
    expect(refused.total).toBe(4);
    expect(refused.summary()).toEqual([
      {
        reason: 'a javascript: page address (only http and https pages are kept)',
        count: 2,
        examples: ['#2: javascript:alert(document.cookie)', '#4: JavaScript:void(0)'],
      },
      {
        reason: 'a data: page address (only http and https pages are kept)',
        count: 1,
        examples: ['#3: data:text/html,<script>alert(1)</script>'],
      },
      {
        reason: 'a file: canonical address (only http and https pages are kept)',
        count: 1,
        examples: ['#5: file:///etc/passwd'],
      },
    ]);
  });

  it('reads Hypothesis rows and top-level lists', async () => {
    const row = {
      id: 'h1',
      uri: 'https://h.example/p',
      text: 'hi',
      created: '2026-01-01T00:00:00Z',
      target: [{ source: 'https://h.example/p' }],
    };
    expect((await readAll(JSON.stringify({ total: 1, rows: [row] }))).notes.map((n) => n.id)).toEqual(['h1']);
    expect((await readAll(JSON.stringify([row, { ...row, id: 'h2', uri: 'urn:x-pdf:abc' }]))).refused.total).toBe(1);
  });

  it('says what is wrong with a file that is cut short, not JSON, or not an export', async () => {
    const text = exportJsonLdText(SAMPLE_NOTES);
    await expect(readAll(text.slice(0, Math.floor(text.length / 2)))).rejects.toThrow(/ends before its annotations do/);
    await expect(readAll('<html>not json</html>')).rejects.toThrow(/not JSON/);
    await expect(readAll('')).rejects.toThrow(/not JSON/);
    await expect(readAll('{"hello": [1, 2]}')).rejects.toThrow(/not a known annotation export/);
    await expect(readAll('[1, 2, 3]')).rejects.toThrow(/not a known annotation export/);
    await expect(readAll(exportJsonLdText([]))).rejects.toThrow(/no annotations/);
    await expect(readAll(text + 'x')).rejects.toThrow(/not JSON/);
  });

  it('refuses one annotation larger than the limit rather than holding it', () => {
    const scanner = new ItemScanner();
    scanner.push('{"type":"AnnotationCollection","first":{"items":[{"value":"');
    expect(() => {
      for (let i = 0; i < 10; i++) scanner.push('x'.repeat(MAX_ANNOTATION_CHARS / 8));
    }).toThrow(/larger than 8 MB/);
  });
});

/** A promise settled from outside. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the import reads the next batch while one is written', () => {
  const many = Array.from({ length: 6 }, (_, i) => makeNote({ id: `pipe-${i}`, body: `note ${i}` }));

  it('hands batches over one at a time and in order, and reads on while the first is written', async () => {
    const text = exportJsonLdText(many);
    let pulled = 0;
    async function* counted() {
      for (let at = 0; at < text.length; at += 50) {
        pulled = at;
        yield text.slice(at, at + 50);
      }
    }
    const writes: { ids: string[]; done: ReturnType<typeof deferred> }[] = [];
    let overlapping = 0;
    let open = 0;
    const reading = readAnnotations(counted(), {
      batchSize: 2,
      onBatch: async (batch) => {
        open++;
        overlapping = Math.max(overlapping, open);
        const write = { ids: batch.map((n) => n.id), done: deferred() };
        writes.push(write);
        await write.done.promise;
        open--;
      },
    });
    await tick();
    // The first batch is being written; the file was read past it, but the second batch waits for the first.
    expect(writes.map((w) => w.ids)).toEqual([['pipe-0', 'pipe-1']]);
    const whenFirstHandedOver = pulled;
    await tick();
    expect(pulled).toBeGreaterThan(text.indexOf('pipe-2'));
    expect(pulled).toBeGreaterThanOrEqual(whenFirstHandedOver);
    expect(writes).toHaveLength(1);
    // Reading stops at the next full batch: no more than two batches are held.
    expect(pulled).toBeLessThan(text.indexOf('pipe-5'));
    writes[0].done.resolve();
    await tick();
    expect(writes.map((w) => w.ids)).toEqual([
      ['pipe-0', 'pipe-1'],
      ['pipe-2', 'pipe-3'],
    ]);
    writes[1].done.resolve();
    await tick();
    writes[2].done.resolve();
    const outcome = await reading;
    expect(writes.map((w) => w.ids).flat()).toEqual(many.map((n) => n.id));
    expect([outcome.read, overlapping]).toEqual([6, 1]);
  });

  it('fails with the error of a batch that fails, and hands over nothing after it', async () => {
    const batches: string[][] = [];
    const reading = readAnnotations(chunksOf(exportJsonLdText(many), 40), {
      batchSize: 2,
      onBatch: async (batch) => {
        batches.push(batch.map((n) => n.id));
        if (batches.length === 2) throw new Error('the disk is full');
      },
    });
    await expect(reading).rejects.toThrow('the disk is full');
    expect(batches).toEqual([
      ['pipe-0', 'pipe-1'],
      ['pipe-2', 'pipe-3'],
    ]);
  });

  it('lets the batch in flight finish before saying the file is broken (its notes can be taken back)', async () => {
    const text = exportJsonLdText(many);
    const first = deferred();
    let firstWritten = false;
    const reading = readAnnotations(chunksOf(text.slice(0, text.indexOf('pipe-3')), 40), {
      batchSize: 2,
      onBatch: async () => {
        await first.promise;
        firstWritten = true;
      },
    });
    let failed = false;
    reading.catch(() => (failed = true));
    await tick();
    await tick();
    expect(failed).toBe(false);
    first.resolve();
    await expect(reading).rejects.toThrow(/ends before its annotations do/);
    expect(firstWritten).toBe(true);
  });
});

describe('the export asks for the next page while it writes one', () => {
  it('requests page n + 1 before page n is handed out, and closes the source when stopped early', async () => {
    const asked: number[] = [];
    let closed = false;
    async function* source() {
      try {
        for (let n = 0; n < 5; n++) {
          asked.push(n);
          yield n;
        }
      } finally {
        closed = true;
      }
    }
    const seen: { page: number; askedSoFar: number[] }[] = [];
    for await (const page of readingAhead(source())) {
      await tick();
      seen.push({ page, askedSoFar: [...asked] });
      if (page === 2) break;
    }
    expect(seen).toEqual([
      { page: 0, askedSoFar: [0, 1] },
      { page: 1, askedSoFar: [0, 1, 2] },
      { page: 2, askedSoFar: [0, 1, 2, 3] },
    ]);
    expect(closed).toBe(true);
  });

  it('passes on a failure of the source', async () => {
    async function* failing() {
      yield [makeNote()];
      throw new Error('the background went away');
    }
    await expect(jsonLdBlob(failing())).rejects.toThrow('the background went away');
  });
});

describe('the import limits follow from what the export writes', () => {
  it('reads the export of the largest note the extension keeps, and of 1,000,000 notes within the file limit', async () => {
    // A note of 1,000,000 characters (far past any note typed in the popup) on a 100,000-character passage.
    const huge = makeNote({ id: 'huge', body: 'é'.repeat(1_000_000), quote: 'q'.repeat(100_000) });
    const hugeText = await (await jsonLdBlob(inPages([huge]))).text();
    expect((await readAll(hugeText, 1 << 20)).notes).toEqual([huge]);

    // Bytes per note of ordinary notes, times the million notes the backup benchmark imports.
    const ordinary = Array.from({ length: 500 }, (_, i) =>
      makeNote({ id: `n${i}`, body: `A note of a usual length, number ${i}, with a few words.`, tags: ['t'] }),
    );
    const bytes = (await jsonLdBlob(inPages(ordinary))).size;
    expect((bytes / ordinary.length) * 1_000_000).toBeLessThan(MAX_STREAMED_IMPORT_BYTES);
  });
});
