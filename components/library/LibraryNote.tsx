/**
 * One annotation in the library: its passage (a link that opens the page at it), note, tags, date, Edit and Delete.
 * Edit turns the card into the note editor in place (text, tags, colour); Escape or Cancel puts the card back and
 * focus on its Edit button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NoteDraft } from '../../lib/model';
import { flagKindOf } from '../../lib/library/filters';
import type { SearchQuery } from '../../lib/library/query';
import { noteLink } from '../../lib/library/text-fragment';
import { NoteEditor } from '../NoteEditor';
import { HighlightedText } from './HighlightedText';
import { describeError } from '../../lib/errors';

/** What an edit changes. */
export type NoteChange = Pick<Note, 'body' | 'tags' | 'colour'>;

export type Props = {
  note: Note;
  query: SearchQuery;
  onDelete: (note: Note) => void;
  /** Saves an edit; rejects with a readable message (the editor stays open, keeping what was typed). */
  onEdit: (note: Note, change: NoteChange) => Promise<void>;
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function shortName(note: Note): string {
  const text = (note.body || note.quote || 'note').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function LibraryNote({ note, query, onDelete, onEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };
  const save = async (draft: NoteDraft) => {
    setSaving(true);
    try {
      await onEdit(note, { body: draft.body, tags: draft.tags, colour: draft.colour });
      close();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  if (editing) {
    return (
      <li class={`lib-note lib-note-editing colour-${note.colour}`}>
        <NoteEditor draft={note} saving={saving} error={error} onSave={(draft) => void save(draft)} onCancel={close} />
      </li>
    );
  }

  const kind = flagKindOf(note);
  const passage = note.quote || note.body || 'Note on the whole page';
  return (
    <li class={`lib-note colour-${note.colour}`}>
      <a
        class="lib-note-link"
        href={noteLink(note)}
        target="_blank"
        rel="noopener noreferrer"
        data-result-link=""
        title="Open the page at this passage (new tab)"
      >
        <blockquote class="lib-passage">
          <HighlightedText text={passage} query={query} />
        </blockquote>
      </a>
      {note.quote && note.body && (
        <p class="lib-body">
          <HighlightedText text={note.body} query={query} />
        </p>
      )}
      <div class="lib-note-meta">
        {note.tags.length > 0 && (
          <ul class="tags" role="list" aria-label="Tags">
            {note.tags.map((tag) => (
              <li key={tag} class="tag">
                <HighlightedText text={tag} query={query} />
              </li>
            ))}
          </ul>
        )}
        {kind && <span class="lib-flag-kind">from flag: {kind.replace(/-/g, ' ')}</span>}
        <time dateTime={new Date(note.updated).toISOString()} class="hint">
          {dateFormat.format(note.updated)}
        </time>
        <span class="lib-note-actions">
          <button
            ref={editButton}
            type="button"
            class="quiet-button"
            aria-label={`Edit note: ${shortName(note)}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            class="quiet-button lib-delete"
            aria-label={`Delete note: ${shortName(note)}`}
            onClick={() => onDelete(note)}
          >
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}
