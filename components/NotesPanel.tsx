/**
 * The reader's notes on this page: list, add (attached to the page's selection), edit and delete; each marked
 * where its passage moved or changed, and those whose passage is gone listed apart, to re-attach or delete.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NoteAnchorStatus, NoteDraft } from '../lib/model';
import { describeError } from '../lib/errors';
import type { PopupClient } from '../lib/ui/client';
import type { PageIdentity } from '../lib/ui/page';
import type { StatusMessage } from './StatusLine';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { shorten } from '../lib/ui/format';

export type Props = {
  client: PopupClient;
  identity: PageIdentity;
  /** The page's notes, already asked for under the key the background knew: used when it is the page's key. */
  notesAhead?: NotesAhead | null;
  onStatus: (status: StatusMessage) => void;
  /** Bumped by the popup when it saved a note itself (assessing a flag): the list loads again. */
  revision?: number;
  /** Told how many notes the page has whenever the list changes (the popup's Notes tab shows it). */
  onCount?: (count: number) => void;
};

export interface NotesAhead {
  canonicalUrl: string;
  notes: Promise<Note[]>;
}

interface Editing {
  draft: NoteDraft;
  saving: boolean;
  error: string | null;
}

export function NotesPanel({ client, identity, notesAhead, onStatus, revision = 0, onCount }: Props) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [anchors, setAnchors] = useState<Record<string, NoteAnchorStatus>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  /** Set when the editor closes: focus returns to "Add note" once it is enabled again (after the render). */
  const refocusAdd = useRef(false);
  useEffect(() => {
    if (editing || !refocusAdd.current) return;
    refocusAdd.current = false;
    addRef.current?.focus();
  }, [editing]);

  // Where the passages are in the page now; a content script that cannot say leaves every note unmarked.
  const loadAnchors = useCallback(async () => {
    const found = await client.tab.noteAnchors?.({}).catch(() => null);
    if (found) setAnchors(found);
  }, [client]);

  useEffect(() => {
    const ahead = revision === 0 && notesAhead?.canonicalUrl === identity.canonicalUrl ? notesAhead.notes : null;
    (ahead ?? client.background.listNotes({ canonicalUrl: identity.canonicalUrl }))
      .then((list) => setNotes([...list].sort((a, b) => b.created - a.created)))
      .then(loadAnchors)
      .catch((error) => setLoadError(describeError(error)));
    // notesAhead is read once, for the first load: later loads (a saved note, another page) ask again.
  }, [client, identity.canonicalUrl, revision, loadAnchors]);

  useEffect(() => {
    if (notes) onCount?.(notes.length);
  }, [notes, onCount]);

  /** The background pushed the change to the tab, which re-anchors in idle time: ask again once it has. */
  const redraw = async () => {
    await loadAnchors();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await loadAnchors();
  };

  /** Points an orphaned note at the passage now selected in the page. */
  const reattach = async (note: Note) => {
    const selection = await client.tab.describeSelection({}).catch(() => null);
    if (!selection) {
      onStatus({ text: 'Select the passage in the page first, then click Re-attach to selection.' });
      return;
    }
    try {
      const saved = await client.background.saveNote({
        note: { ...toDraft(note), selectors: selection.selectors, quote: selection.text },
      });
      setNotes((list) => (list ?? []).map((n) => (n.id === saved.id ? saved : n)));
      onStatus({ text: 'Note re-attached' });
      void redraw();
    } catch (error) {
      onStatus({ text: `Couldn't re-attach the note: ${describeError(error)}`, tone: 'error' });
    }
  };

  const startNew = async () => {
    // The selection is read when the reader asks, so a passage selected before opening the popup counts.
    const selection = await client.tab.describeSelection({}).catch(() => null);
    setEditing({
      draft: {
        pageUrl: identity.url,
        canonicalUrl: identity.canonicalUrl,
        title: identity.title,
        selectors: selection?.selectors ?? [],
        quote: selection?.text ?? '',
        body: '',
        tags: [],
        colour: 'yellow',
      },
      saving: false,
      error: null,
    });
  };

  const save = async (draft: NoteDraft) => {
    setEditing({ draft, saving: true, error: null });
    try {
      const saved = await client.background.saveNote({ note: draft });
      setNotes((list) => [saved, ...(list ?? []).filter((n) => n.id !== saved.id)]);
      setEditing(null);
      onStatus({ text: draft.id ? 'Note updated' : 'Note saved' });
      if (saved.selectors.length > 0) void redraw();
      refocusAdd.current = true;
    } catch (error) {
      setEditing({ draft, saving: false, error: describeError(error) });
    }
  };

  const cancel = () => {
    refocusAdd.current = true;
    setEditing(null);
  };

  const remove = async (note: Note) => {
    try {
      await client.background.deleteNote({ id: note.id });
    } catch (error) {
      onStatus({ text: `Couldn't delete the note: ${describeError(error)}`, tone: 'error' });
      return;
    }
    setNotes((list) => (list ?? []).filter((n) => n.id !== note.id));
    void redraw();
    onStatus({
      text: 'Note deleted',
      focusAction: true,
      action: {
        label: 'Undo',
        run: () => {
          // Saving the note again under its own id restores it as it was.
          void save(toDraft(note));
        },
      },
    });
  };

  const isNew = editing !== null && !editing.draft.id;
  const isOrphan = (note: Note) => note.selectors.length > 0 && anchors[note.id] === 'orphaned';
  const placed = (notes ?? []).filter((note) => !isOrphan(note));
  const orphans = (notes ?? []).filter(isOrphan);
  // One editor, for a new note above the list or in place of the note being edited.
  const editor = editing && (
    <NoteEditor draft={editing.draft} saving={editing.saving} error={editing.error} onSave={save} onCancel={cancel} />
  );

  return (
    <section class="notes" aria-labelledby="notes-heading">
      <div class="section-head">
        <h2 id="notes-heading" class="section-heading">
          Your notes
        </h2>
        <button ref={addRef} type="button" class="primary-button" onClick={startNew} disabled={isNew}>
          Add note
        </button>
      </div>
      {isNew && editor}
      {loadError ? (
        <p class="form-error" role="alert">
          Couldn't load your notes: {loadError}
        </p>
      ) : notes === null ? (
        <p class="hint">Loading notes…</p>
      ) : placed.length === 0 && !isNew ? (
        orphans.length === 0 && <p class="empty">No notes yet - select text in the page and click Add note</p>
      ) : (
        <ul class="note-list" role="list">
          {placed.map((note) =>
            editing && editing.draft.id === note.id ? (
              <li key={note.id} class="note">
                {editor}
              </li>
            ) : (
              <NoteItem
                key={note.id}
                note={note}
                anchor={anchors[note.id]}
                onEdit={(n) => setEditing({ draft: toDraft(n), saving: false, error: null })}
                onDelete={remove}
              />
            ),
          )}
        </ul>
      )}
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading" class="group-heading">
            Couldn't find these passages on the page
          </h3>
          <ul class="note-list" role="list">
            {orphans.map((note) => (
              <OrphanItem key={note.id} note={note} onReattach={reattach} onDelete={remove} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** A saved note as the draft that saves it again (the background sets the times). */
function toDraft(note: Note): NoteDraft {
  const { created: _created, updated: _updated, ...draft } = note;
  return draft;
}

/** A note whose passage is not on the page any more: what it said, and the two ways out. */
function OrphanItem({
  note,
  onReattach,
  onDelete,
}: {
  note: Note;
  onReattach: (note: Note) => void;
  onDelete: (note: Note) => void;
}) {
  const name = shorten(note.body || note.quote || 'note', 40);
  return (
    <li class={`note orphan colour-${note.colour}`}>
      <blockquote class={`note-passage colour-${note.colour}`}>{shorten(note.quote, 160)}</blockquote>
      {note.body && <p class="note-body">{note.body}</p>}
      <div class="note-actions">
        <button
          type="button"
          class="quiet-button"
          aria-label={`Re-attach to selection: ${name}`}
          onClick={() => onReattach(note)}
        >
          Re-attach to selection
        </button>
        <button type="button" class="quiet-button" aria-label={`Delete note: ${name}`} onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}
