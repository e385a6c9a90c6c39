/**
 * The background's side of the library page: every read and write the library makes goes through here, so the
 * background stays the only owner of the notes and the open tabs hear of every change (one `push` per page changed, carrying what changed).
 */
import { LIBRARY_PAGE_SIZE, type LibraryApi } from '../messaging/library-api';
import type { Handlers } from '../messaging/serve';
import type { Note, PageChange } from '../model';
import { LibraryStore, type ImportSession } from '../storage/library-store';
import type { NotesDb } from '../storage/notes-db';
import type { PagePush } from './page-push';

/** An import the library left unfinished (page closed) is forgotten after this long without a batch. */
const IMPORT_IDLE_MS = 10 * 60_000;

export function libraryHandlers(notes: NotesDb, push: PagePush): Handlers<LibraryApi> {
  const store = new LibraryStore(notes);
  /** Imports under way: their session, and the pages they changed (pushed once, when the import ends). */
  const imports = new Map<
    string,
    { session: ImportSession; pages: Set<string>; timer: ReturnType<typeof setTimeout> }
  >();

  /**
   * Pushes run one at a time, in order: a delete of a thousand notes on a thousand pages must not start a thousand
   * concurrent pushes (each reads every tab's state) while the library waits for its next answer.
   */
  let pushing: Promise<void> = Promise.resolve();
  const enqueue = (change: PageChange | string) => {
    pushing = pushing.then(() => push(change)).catch(() => undefined);
  };
  /** One push per page changed, carrying every note of it that was saved or deleted. */
  const pushPages = (changed: readonly Note[], kind: 'saved' | 'deleted') => {
    const byPage = new Map<string, Note[]>();
    for (const note of changed) byPage.set(note.canonicalUrl, [...(byPage.get(note.canonicalUrl) ?? []), note]);
    for (const [canonicalUrl, notes] of byPage) {
      enqueue(
        kind === 'saved'
          ? { canonicalUrl, savedNotes: notes }
          : { canonicalUrl, deletedNoteIds: notes.map((note) => note.id) },
      );
    }
  };

  const endImport = (importId: string) => {
    const open = imports.get(importId);
    if (!open) return;
    clearTimeout(open.timer);
    imports.delete(importId);
    // Each page an import added notes to reads them anew, once, however many batches touched it.
    for (const canonicalUrl of open.pages) enqueue(canonicalUrl);
  };
  const keepAlive = (importId: string, session: ImportSession, pages = new Set<string>()) => {
    clearTimeout(imports.get(importId)?.timer);
    imports.set(importId, { session, pages, timer: setTimeout(() => endImport(importId), IMPORT_IDLE_MS) });
  };

  return {
    libraryPage: ({ after, limit }) => store.page(after, Math.max(1, Math.min(limit, LIBRARY_PAGE_SIZE))),
    async libraryDelete({ ids }) {
      pushPages(await store.deleteNotes(ids), 'deleted');
    },
    async libraryRestore({ notes: restored }) {
      await store.restoreNotes(restored);
      pushPages(restored, 'saved');
    },
    async libraryEdit({ id, body, tags, colour }) {
      const edited = await store.editNote(id, { body, tags, colour });
      pushPages([edited], 'saved');
      return edited;
    },
    async importBegin() {
      const importId = crypto.randomUUID();
      keepAlive(importId, await store.beginImport());
      return { importId };
    },
    async importBatch({ importId, notes: batch }) {
      const open = imports.get(importId);
      if (!open) throw new Error('The import was interrupted (Footnote restarted). Import the file again.');
      keepAlive(importId, open.session, open.pages);
      const outcome = await open.session.batch(batch);
      const written = new Set(outcome.imported);
      for (const note of batch) if (written.has(note.id)) open.pages.add(note.canonicalUrl);
      return outcome;
    },
    importEnd({ importId }) {
      endImport(importId);
    },
    quarantineList: () => notes.listQuarantined(),
    async quarantineRepair({ id, fix }) {
      const note = await notes.repairQuarantined(id, fix);
      pushPages([note], 'saved');
      return note;
    },
    quarantineDelete: ({ id }) => notes.deleteQuarantined(id),
  };
}
