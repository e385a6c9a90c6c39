/**
 * Applying a push from the background (a PageChange: notes saved or deleted, flags dismissed or restored) to what
 * the tab holds, without asking the background back. Pure: the controller redraws from the result.
 */
import type { Note, PageChange } from '../model';

export interface PageAnnotations {
  notes: Note[];
  dismissed: Set<string>;
}

export interface AppliedChange extends PageAnnotations {
  /** Notes saved by this change (new or edited): the only ones whose passages need anchoring again. */
  notesChanged: boolean;
  deletedIds: string[];
}

/** The page's notes and dismissals after `change`; null when the change is about another page. */
export function applyPageChange(current: PageAnnotations, change: PageChange, pageKey: string): AppliedChange | null {
  if (change.canonicalUrl !== pageKey) return null;
  const deleted = new Set(change.deletedNoteIds ?? []);
  const saved = new Map(
    (change.savedNotes ?? []).filter((note) => note.canonicalUrl === pageKey).map((n) => [n.id, n]),
  );
  const notes: Note[] = [];
  for (const note of current.notes) {
    if (deleted.has(note.id)) continue;
    const edited = saved.get(note.id);
    notes.push(edited ?? note);
    saved.delete(note.id);
  }
  notes.push(...saved.values());
  const dismissed = new Set(current.dismissed);
  for (const id of change.dismissed ?? []) dismissed.add(id);
  for (const id of change.restored ?? []) dismissed.delete(id);
  return {
    notes,
    dismissed,
    notesChanged: (change.savedNotes ?? []).some((note) => note.canonicalUrl === pageKey),
    deletedIds: current.notes.filter((note) => deleted.has(note.id)).map((note) => note.id),
  };
}
