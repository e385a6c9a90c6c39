/**
 * Taking back a broken import: the notes of the batches written before the file proved broken are deleted again,
 * found by reading the file a second time (same ids, same batches), while what the import keeps per note is a bit.
 * The background is the real one (libraryHandlers over fake-indexeddb), the file a real Hypothesis or JSON-LD export.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { libraryHandlers } from '../../../lib/background/library-service';
import { exportJsonLdText } from '../../../lib/backup/export';
import { annotationsIo } from '../../../lib/library/annotations-io';
import { importIdSource, type LibraryIo } from '../../../lib/library/io';
import { importFile, WrittenPositions, type LibraryClient } from '../../../lib/library/library-client';
import { IMPORT_BATCH_SIZE } from '../../../lib/messaging/library-api';
import type { Note } from '../../../lib/model';
import { LibraryStore } from '../../../lib/storage/library-store';
import { NotesDb } from '../../../lib/storage/notes-db';
import { makeNote } from './make-note';

type ImportClient = Pick<LibraryClient, 'importBegin' | 'importBatch' | 'importEnd' | 'libraryDelete'>;

let dbCount = 0;
/** The background's library methods over a fresh database, as the library page's client, recording deletions. */
function background() {
  const db = new NotesDb({ name: `import-undo-${++dbCount}-${Math.random().toString(36).slice(2)}` });
  const handlers = libraryHandlers(db, async () => undefined);
  const deleted: string[][] = [];
  const client: ImportClient = {
    importBegin: async (params) => handlers.importBegin(params, {}),
    importBatch: async (params) => handlers.importBatch(params, {}),
    importEnd: async (params) => handlers.importEnd(params, {}),
    libraryDelete: async (params) => {
      deleted.push([...params.ids]);
      await handlers.libraryDelete(params, {});
    },
  };
  const library = async () => (await db.allNotes()).sort((a, b) => a.id.localeCompare(b.id));
  return { client, db, deleted, library };
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A Hypothesis export of `count` annotations on distinct passages; every other one has no id. */
function hypothesisRows(count: number, idOf: (i: number) => string | undefined) {
  return Array.from({ length: count }, (_, i) => ({
    ...(idOf(i) === undefined ? {} : { id: idOf(i) }),
    uri: `https://h.example/page-${i % 7}`,
    text: `note ${i}`,
    created: '2026-01-01T00:00:00Z',
    target: [{ source: `https://h.example/page-${i % 7}`, selector: [{ type: 'TextQuoteSelector', exact: `q${i}` }] }],
  }));
}

describe('importFile taking back a broken file', () => {
  it('leaves the library as it was after a file broken after 3 batches, notes without ids in the file included', async () => {
    const { client, db, deleted, library } = background();
    const before = [makeNote({ id: 'mine-1' }), makeNote({ id: 'mine-2' })];
    await new LibraryStore(db).importNotes(before);
    const rows = hypothesisRows(3 * IMPORT_BATCH_SIZE + 400, (i) => (i % 2 ? `h-${i}` : undefined));
    const text = JSON.stringify({ total: rows.length, rows });
    // Cut inside the fourth batch: three whole batches are written before the reader finds the file cut short.
    const cut = new Blob([text.slice(0, text.length - 2000)]);
    const io: LibraryIo = { ...annotationsIo, readImport: vi.fn(annotationsIo.readImport) };
    const written: Note[] = [];
    const spied: ImportClient = {
      ...client,
      importBatch: async (params) => {
        written.push(...params.notes);
        return client.importBatch(params);
      },
    };

    await expect(importFile(spied, io, cut)).rejects.toThrow(/cut short/);

    expect(written).toHaveLength(3 * IMPORT_BATCH_SIZE);
    const generated = written.filter((n) => !n.id.startsWith('h-'));
    expect(generated).toHaveLength((3 * IMPORT_BATCH_SIZE) / 2);
    for (const note of generated) expect(note.id).toMatch(UUID_V4);
    // Read twice (import, undo), and every written note deleted again, by the same ids.
    expect(io.readImport).toHaveBeenCalledTimes(2);
    expect(deleted.flat().sort()).toEqual(written.map((n) => n.id).sort());
    expect(await library()).toEqual(before);
  });

  it('does not delete notes the library had before, skipped as duplicates (in the file twice, too)', async () => {
    const { client, db, library } = background();
    const mine = makeNote({ id: 'mine', quote: 'kept passage' });
    const sameContent = { ...makeNote({ quote: 'other passage' }), id: 'mine-too' };
    await new LibraryStore(db).importNotes([mine, sameContent]);
    const fresh = [makeNote({ id: 'f1' }), makeNote({ id: 'f2' }), makeNote({ id: 'f3' })];
    // Batch 2 repeats "mine" and a note equal in content to "mine-too" (both duplicates), and f1 twice.
    const batches: Note[][] = [
      [fresh[0], { ...mine }],
      [{ ...fresh[0] }, { ...sameContent, id: 'copy-of-mine-too' }, fresh[1]],
      [fresh[2], { ...mine }],
    ];
    const io: LibraryIo = {
      exportNotes: async () => {
        throw new Error('not used');
      },
      readImport: vi.fn(async (_file: Blob, onBatch: (notes: Note[]) => Promise<void>) => {
        for (const batch of batches) await onBatch(batch.map((n) => ({ ...n })));
        throw new Error('The file ends before its annotations do: it was probably cut short.');
      }),
    };
    await expect(importFile(client, io, new Blob(['x']))).rejects.toThrow(/cut short/);
    expect(await library()).toEqual([mine, sameContent]);
  });

  it('stops the second read after the last batch written', async () => {
    const { client, deleted } = background();
    const seen: number[] = [];
    let reads = 0;
    const io: LibraryIo = {
      exportNotes: async () => {
        throw new Error('not used');
      },
      readImport: async (_file, onBatch) => {
        const read = ++reads;
        for (let b = 0; b < 5; b++) {
          // The first read fails while writing batch 2 (the background refuses it: nothing of it written).
          if (read === 1 && b === 2) throw new Error('broken at batch 2');
          seen.push(b);
          await onBatch([makeNote({ id: `b${b}` })]);
        }
        return { refused: [], refusedCount: 0 };
      },
    };
    await expect(importFile(client, io, new Blob(['x']))).rejects.toThrow('broken at batch 2');
    expect(seen).toEqual([0, 1, 0, 1]);
    expect(deleted.flat()).toEqual(['b0', 'b1']);
  });

  it('deletes an id the background wrote that matches no position of its batch', async () => {
    const { client, deleted } = background();
    const odd: ImportClient = {
      ...client,
      importBatch: async (params) => {
        const outcome = await client.importBatch(params);
        return { ...outcome, imported: [...outcome.imported, 'stray'] };
      },
    };
    const io: LibraryIo = {
      exportNotes: async () => {
        throw new Error('not used');
      },
      readImport: async (_file, onBatch) => {
        await onBatch([makeNote({ id: 'one' })]);
        throw new Error('broken');
      },
    };
    await expect(importFile(odd, io, new Blob(['x']))).rejects.toThrow('broken');
    expect(deleted.flat().sort()).toEqual(['one', 'stray']);
  });

  it('rethrows the original error when the undo itself fails (deletions refused, second read failing early)', async () => {
    const { client } = background();
    let reads = 0;
    const failing: ImportClient = {
      ...client,
      libraryDelete: async () => {
        throw new Error('delete failed');
      },
    };
    const io: LibraryIo = {
      exportNotes: async () => {
        throw new Error('not used');
      },
      readImport: async (_file, onBatch) => {
        if (++reads === 2) throw new Error('the file cannot be read again');
        await onBatch([makeNote({ id: 'x1' })]);
        throw new Error('original');
      },
    };
    await expect(importFile(failing, io, new Blob(['x']))).rejects.toThrow('original');
    expect(reads).toBe(2);
  });

  it('reads a good file once and reports what it wrote', async () => {
    const { client, library } = background();
    const notes = [makeNote({ id: 'g1' }), makeNote({ id: 'g2' })];
    const io: LibraryIo = { ...annotationsIo, readImport: vi.fn(annotationsIo.readImport) };
    const progress: number[] = [];
    const report = await importFile(client, io, new Blob([exportJsonLdText(notes)]), (n) => progress.push(n));
    expect(report).toEqual({ imported: 2, duplicates: 0, refused: [], refusedCount: 0 });
    expect(progress).toEqual([2]);
    expect(io.readImport).toHaveBeenCalledTimes(1);
    expect(await library()).toEqual(notes);
  });
});

describe('WrittenPositions', () => {
  it('holds a bit per note: 100,000 notes written in batches take under 20 KB', () => {
    const written = new WrittenPositions();
    for (let b = 0; b < 100; b++) {
      const batch = Array.from({ length: 1000 }, (_, i) => ({ id: `n${b}-${i}` }) as Note);
      written.record(
        batch,
        batch.map((n) => n.id),
      );
    }
    expect(written.count).toBe(100_000);
    expect(written.byteLength).toBeLessThan(20 * 1024);
    expect(written.has(0) && written.has(99_999)).toBe(true);
    expect(written.has(100_000)).toBe(false);
    expect(written.lastBatch).toBe(99);
  });

  it('marks the first free position of a repeated id, and leaves duplicates unmarked', () => {
    const written = new WrittenPositions();
    const batch = ['a', 'b', 'a', 'c'].map((id) => ({ id }) as Note);
    written.record([{ id: 'z' } as Note], []);
    written.record(batch, ['a', 'c', 'a']);
    expect([0, 1, 2, 3, 4].map((p) => written.has(p))).toEqual([false, true, false, true, true]);
    expect([written.count, written.lastBatch, written.strays]).toEqual([3, 1, []]);
  });
});

describe('the import id source', () => {
  it('makes UUID v4 ids, the same sequence for every read and a different one for every import', () => {
    const ids = importIdSource();
    const first = ids();
    const again = ids();
    const a = [first(), first(), first()];
    expect([again(), again(), again()]).toEqual(a);
    for (const id of a) expect(id).toMatch(UUID_V4);
    expect(importIdSource()()()).not.toBe(a[0]);
  });
});
