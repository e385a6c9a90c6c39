/**
 * The background's side of the reader's data: notes and dismissals in IndexedDB (the background is their only
 * owner), and telling every open tab of a page when they change.
 */
import { browser } from 'wxt/browser';
import { annotateSelection, popupOpener } from '../selection-commands/commands';
import { callTab } from '../messaging/call';
import type { NotesApi } from '../messaging/notes-api';
import type { Handlers } from '../messaging/serve';
import type { NotesDb } from '../storage/notes-db';
import type { PagePush } from './page-push';

export function notesHandlers(notes: NotesDb, pageChanged: PagePush): Handlers<NotesApi> {
  return {
    listNotes: ({ canonicalUrl }) => notes.listNotes(canonicalUrl),
    async saveNote({ note }) {
      const saved = await notes.saveNote(note);
      void pageChanged({ canonicalUrl: saved.canonicalUrl, savedNotes: [saved] });
      return saved;
    },
    async deleteNote({ id }) {
      const gone = await notes.getNote(id);
      await notes.deleteNote(id);
      if (gone) void pageChanged({ canonicalUrl: gone.canonicalUrl, deletedNoteIds: [id] });
    },
    listDismissed: ({ canonicalUrl }) => notes.listDismissed(canonicalUrl),
    annotateSelection: ({ tabId, mode, colour }) =>
      annotateSelection(
        {
          callTab,
          // Saved and pushed like any note, so the tab draws it from the push.
          async saveNote(note) {
            const saved = await notes.saveNote(note);
            void pageChanged({ canonicalUrl: saved.canonicalUrl, savedNotes: [saved] });
            return saved;
          },
          openPopup: popupOpener(browser as never),
        },
        tabId,
        mode,
        colour,
      ),
    async setDismissed({ canonicalUrl, flagId, dismissed }) {
      await notes.setDismissed(canonicalUrl, flagId, dismissed);
      void pageChanged({ canonicalUrl, ...(dismissed ? { dismissed: [flagId] } : { restored: [flagId] }) });
    },
  };
}
