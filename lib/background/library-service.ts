/**
 * The background's side of the library page: every read and write the library makes goes through here, so the
 * background stays the only owner of the notes and the open tabs hear of every change.
 */
import type { LibraryApi } from '../messaging/library-api';
import type { Handlers } from '../messaging/serve';
import type { NotesDb } from '../storage/notes-db';
import type { PagePush } from './page-push';

export function libraryHandlers(_notes: NotesDb, _push: PagePush): Handlers<LibraryApi> {
  return {};
}
