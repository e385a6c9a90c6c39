/** The form that adds or edits a note: the passage it is attached to, text, tags and colour; Escape cancels. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour, type NoteDraft } from '../lib/model';
import { parseTags, shorten } from '../lib/ui/format';
import { FormActions } from './FormActions';

export type Props = {
  draft: NoteDraft;
  saving: boolean;
  /** Why the last save failed; the form keeps what the reader typed. */
  error: string | null;
  onSave: (draft: NoteDraft) => void;
  onCancel: () => void;
};

export function NoteEditor({ draft, saving, error, onSave, onCancel }: Props) {
  const [body, setBody] = useState(draft.body);
  const [tagsText, setTagsText] = useState(draft.tags.join(', '));
  const [colour, setColour] = useState<HighlightColour>(draft.colour);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => bodyRef.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    onSave({ ...draft, body: body.trim(), tags: parseTags(tagsText), colour });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  const heading = draft.id ? 'Edit note' : 'New note';
  return (
    <form class="note-editor" aria-label={heading} onSubmit={submit} onKeyDown={onKeyDown}>
      {draft.quote ? (
        <blockquote class={`note-passage colour-${colour}`}>{shorten(draft.quote, 200)}</blockquote>
      ) : (
        <p class="hint">A note on the whole page (select text in the page first to attach it to a passage).</p>
      )}
      <label for={`${id}-body`}>Note</label>
      <textarea id={`${id}-body`} ref={bodyRef} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <label for={`${id}-tags`}>Tags (comma separated)</label>
      <input id={`${id}-tags`} type="text" value={tagsText} onInput={(e) => setTagsText(e.currentTarget.value)} />
      <fieldset class="colour-picker">
        <legend>Colour</legend>
        {HIGHLIGHT_COLOURS.map((c) => (
          <label key={c} class={`swatch colour-${c}`} title={c}>
            <input type="radio" name={`${id}-colour`} value={c} checked={colour === c} onChange={() => setColour(c)} />
            <span class="visually-hidden">{c}</span>
          </label>
        ))}
      </fieldset>
      <FormActions
        error={error}
        failure="Couldn't save the note"
        saving={saving}
        saveLabel="Save note"
        onCancel={onCancel}
      />
    </form>
  );
}
