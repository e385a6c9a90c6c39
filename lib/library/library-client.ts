/**
 * The library page's side of the protocol: the background's library methods it is given (the real messaging in
 * the extension, a fake in tests), and the multi-message work built on them: reading every note a page at a time,
 * and an import in batches that takes back what it wrote when the file turns out broken half way.
 */
import { IMPORT_BATCH_SIZE, LIBRARY_PAGE_SIZE, type LibraryApi } from '../messaging/library-api';
import type { Note } from '../model';
import type { AsyncApi } from '../ui/client';
import type { ImportReport, LibraryIo } from './io';

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
 * Imports a file through the background in batches. Should the file prove broken after some batches were
 * written (cut short, not an export), those notes are deleted again, so a bad file leaves the library as it was.
 */
export async function importFile(
  client: Pick<LibraryClient, 'importBegin' | 'importBatch' | 'importEnd' | 'libraryDelete'>,
  io: LibraryIo,
  file: Blob,
  onProgress?: (imported: number) => void,
): Promise<ImportReport> {
  io.checkFileSize?.(file.size);
  const { importId } = await client.importBegin({});
  const written: string[] = [];
  let duplicates = 0;
  const lastGuard: string[] = [];
  try {
    const { refused, refusedCount } = await io.readImport(file, async (notes) => {
      const outcome = await client.importBatch({ importId, notes });
      written.push(...outcome.imported);
      duplicates += outcome.duplicates;
      lastGuard.push(...outcome.refused);
      onProgress?.(written.length);
    });
    const extra = lastGuard.length
      ? [{ reason: 'not a readable note', count: lastGuard.length, examples: lastGuard.slice(0, 3) }]
      : [];
    return {
      imported: written.length,
      duplicates,
      refused: [...refused, ...extra],
      refusedCount: refusedCount + lastGuard.length,
    };
  } catch (error) {
    for (let at = 0; at < written.length; at += IMPORT_BATCH_SIZE) {
      await client.libraryDelete({ ids: written.slice(at, at + IMPORT_BATCH_SIZE) }).catch(() => undefined);
    }
    throw error;
  } finally {
    await client.importEnd({ importId }).catch(() => undefined);
  }
}
