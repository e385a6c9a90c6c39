/** One saved note: its passage in its colour, whether it moved or changed in the page, text and tags, Edit, Delete. */
import type { Note, NoteAnchorStatus } from '../lib/model';
import { shorten } from '../lib/ui/format';

export type Props = {
  note: Note;
  /** Where its passage landed in the page now (absent: not known, or a note on the whole page). */
  anchor?: NoteAnchorStatus;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
};

/** The mark of a note whose passage is not exactly where it was saved (orphans are listed apart). */
const ANCHOR_MARKS: Partial<Record<NoteAnchorStatus, string>> = {
  moved: 'Moved',
  changed: 'Changed - the passage was edited',
};

export function NoteItem({ note, anchor, onEdit, onDelete }: Props) {
  const mark = anchor ? ANCHOR_MARKS[anchor] : undefined;
  const name = shorten(note.body || note.quote || 'note', 40);
  return (
    <li class={`note colour-${note.colour}`}>
      {note.quote && <blockquote class={`note-passage colour-${note.colour}`}>{shorten(note.quote, 160)}</blockquote>}
      {mark && <p class={`anchor-mark anchor-${anchor}`}>{mark}</p>}
      {note.body && <p class="note-body">{note.body}</p>}
      {note.tags.length > 0 && (
        <ul class="tags" role="list" aria-label="Tags">
          {note.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div class="note-actions">
        <button type="button" class="quiet-button" aria-label={`Edit note: ${name}`} onClick={() => onEdit(note)}>
          Edit
        </button>
        <button type="button" class="quiet-button" aria-label={`Delete note: ${name}`} onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}
