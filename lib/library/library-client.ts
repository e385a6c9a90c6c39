/**
 * The library page's side of the protocol: the background's library methods it is given (the real messaging in
 * the extension, a fake in tests), and the multi-message work built on them: reading every note a page at a time,
 * and an import in batches that takes back what it wrote when the file turns out broken half way (by reading the
 * file again, so that it holds a bit per note written, never the ids).
 */
import { IMPORT_BATCH_SIZE, LIBRARY_PAGE_SIZE, type LibraryApi } from '../messaging/library-api';
import type { Note } from '../model';
import type { AsyncApi } from '../ui/client';
import { importIdSource, type ImportReport, type LibraryIo, type ReadImportOptions } from './io';

export type LibraryClient = AsyncApi<LibraryApi>;

/** Every note, a page (one message) at a time; `onProgress` hears how many have arrived of how many. */
export async function* notePages(
  client: Pick<LibraryClient, 'libraryPage'>,
  onProgress?: (loaded: number, total: number) => void,
): AsyncGenerator<Note[]> {
  let after: string | undefined;
  let loaded = 0;
  let total = 0;
  for (;;) {
    const page = await client.libraryPage({ ...(after === undefined ? {} : { after }), limit: LIBRARY_PAGE_SIZE });
    if (page.total >= 0) total = page.total;
    loaded += page.notes.length;
    onProgress?.(loaded, Math.max(total, loaded));
    yield page.notes;
    if (page.next === null) return;
    after = page.next;
  }
}

/** Every note, most recently updated first. */
export async function loadAllNotes(
  client: Pick<LibraryClient, 'libraryPage'>,
  onProgress?: (loaded: number, total: number) => void,
): Promise<Note[]> {
  const all: Note[] = [];
  for await (const page of notePages(client, onProgress)) all.push(...page);
  return all.sort((a, b) => b.updated - a.updated);
}

/**
 * Which notes of an import were written, by position in the file's sequence of batches: one bit per note handed
 * over (not its id), so the memory held grows by a bit a note, ~125 KB for 1,000,000. The ids are found again by
 * reading the file a second time (see `importFile`).
 */
export class WrittenPositions {
  /** Notes written (bits set, plus strays). */
  count = 0;
  /** Notes handed over so far: the position of the next batch's first note. */
  private handed = 0;
  /** Index of the last batch with a note written (-1: none). */
  lastBatch = -1;
  private batches = 0;
  private bits = new Uint8Array(1024);
  /** Ids the background said it wrote that match no position of their batch (should not happen); kept to delete. */
  readonly strays: string[] = [];

  /** Records a batch handed over and the ids the background wrote from it (duplicates and refusals left unmarked). */
  record(batch: readonly Note[], imported: readonly string[]): void {
    const start = this.handed;
    const index = this.batches++;
    this.handed += batch.length;
    this.grow(this.handed);
    if (!imported.length) return;
    // Positions of each id in this batch (a file may repeat an id): each written id marks its first free one.
    const positions = new Map<string, number[]>();
    batch.forEach((note, at) => {
      const list = positions.get(note.id);
      if (list) list.push(at);
      else positions.set(note.id, [at]);
    });
    for (const id of imported) {
      const at = positions.get(id)?.shift();
      if (at === undefined) this.strays.push(id);
      else this.mark(start + at);
      this.count++;
    }
    this.lastBatch = index;
  }

  /** Whether the note at this position of the file's notes was written. */
  has(position: number): boolean {
    const byte = position >> 3;
    return byte < this.bits.length && (this.bits[byte] & (1 << (position & 7))) !== 0;
  }

  /** Bytes held for the positions (the bitset's capacity). */
  get byteLength(): number {
    return this.bits.byteLength;
  }

  private mark(position: number): void {
    this.bits[position >> 3] |= 1 << (position & 7);
  }

  private grow(positions: number): void {
    const bytes = (positions + 7) >> 3;
    if (bytes <= this.bits.length) return;
    const bigger = new Uint8Array(Math.max(bytes, this.bits.length * 2));
    bigger.set(this.bits);
    this.bits = bigger;
  }
}

/** Thrown into the second read once the last written batch is taken back: nothing after it needs reading. */
class UndoDone extends Error {}

/**
 * Takes back what an import wrote: reads the file again with the same ids and batches, and deletes, batch by batch,
 * the notes at the positions marked written, stopping after the last written batch; then the strays. Never throws:
 * the caller rethrows the import's own error, and a second read failing where the first did is expected.
 */
async function undoImport(
  client: Pick<LibraryClient, 'libraryDelete'>,
  io: LibraryIo,
  file: Blob,
  read: ReadImportOptions,
  written: WrittenPositions,
): Promise<void> {
  const remove = async (ids: string[]) => {
    for (let at = 0; at < ids.length; at += IMPORT_BATCH_SIZE) {
      await client.libraryDelete({ ids: ids.slice(at, at + IMPORT_BATCH_SIZE) }).catch(() => undefined);
    }
  };
  if (written.lastBatch >= 0) {
    let batchIndex = 0;
    let position = 0;
    await io
      .readImport(
        file,
        async (notes) => {
          const ids: string[] = [];
          for (const note of notes) if (written.has(position++)) ids.push(note.id);
          await remove(ids);
          if (batchIndex++ >= written.lastBatch) throw new UndoDone();
        },
        read,
      )
      .catch(() => undefined);
  }
  await remove(written.strays);
}

/**
 * Imports a file through the background in batches. Should the file prove broken after some batches were
 * written (cut short, not an export), those notes are deleted again, so a bad file leaves the library as it was.
 * What was written is kept as a bit per note (`WrittenPositions`), not a list of ids: memory stays bounded however
 * large the file. `ids` is the import's source of ids for annotations without one (tests pass a fixed one).
 */
export async function importFile(
  client: Pick<LibraryClient, 'importBegin' | 'importBatch' | 'importEnd' | 'libraryDelete'>,
  io: LibraryIo,
  file: Blob,
  onProgress?: (imported: number) => void,
  ids: () => () => string = importIdSource(),
): Promise<ImportReport> {
  io.checkFileSize?.(file.size);
  const { importId } = await client.importBegin({});
  // Both reads of the file (the import, and the undo should it fail) make the same ids at the same time stamp.
  const now = Date.now();
  const written = new WrittenPositions();
  let duplicates = 0;
  let guarded = 0;
  const guardedExamples: string[] = [];
  try {
    const { refused, refusedCount } = await io.readImport(
      file,
      async (notes) => {
        const outcome = await client.importBatch({ importId, notes });
        written.record(notes, outcome.imported);
        duplicates += outcome.duplicates;
        guarded += outcome.refused.length;
        for (const id of outcome.refused) if (guardedExamples.length < 3) guardedExamples.push(id);
        onProgress?.(written.count);
      },
      { newId: ids(), now },
    );
    const extra = guarded ? [{ reason: 'not a readable note', count: guarded, examples: guardedExamples }] : [];
    return {
      imported: written.count,
      duplicates,
      refused: [...refused, ...extra],
      refusedCount: refusedCount + guarded,
    };
  } catch (error) {
    await undoImport(client, io, file, { newId: ids(), now }, written);
    throw error;
  } finally {
    await client.importEnd({ importId }).catch(() => undefined);
  }
}
