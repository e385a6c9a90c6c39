/**
 * Telling an imported note from one already kept: the same canonical page, the same passage (white space aside)
 * and the same note text are the same note, whatever its id or dates.
 */
import type { Note } from '../model';

type NoteIdentity = Pick<Note, 'canonicalUrl' | 'quote' | 'body'>;

export function duplicateKey(note: NoteIdentity): string {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return [note.canonicalUrl, squash(note.quote), squash(note.body)].join('\u0000');
}

export function isDuplicate(a: NoteIdentity, b: NoteIdentity): boolean {
  return duplicateKey(a) === duplicateKey(b);
}

/** Splits incoming notes into new ones and duplicates (of kept notes, or of an earlier incoming note). */
export function withoutDuplicates(
  existing: readonly NoteIdentity[],
  incoming: readonly Note[],
): { fresh: Note[]; duplicates: Note[] } {
  const seen = new Set(existing.map(duplicateKey));
  const fresh: Note[] = [];
  const duplicates: Note[] = [];
  for (const note of incoming) {
    const key = duplicateKey(note);
    if (seen.has(key)) duplicates.push(note);
    else {
      seen.add(key);
      fresh.push(note);
    }
  }
  return { fresh, duplicates };
}
