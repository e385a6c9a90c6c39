/** The small form that turns a flag into the reader's own annotation: a comment on the flagged passage. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { FormActions } from './FormActions';

export type Props = {
  saving: boolean;
  /** Why the last save failed; the form keeps what the reader typed. */
  error: string | null;
  onSave: (comment: string) => void;
  onCancel: () => void;
};

export function AssessEditor({ saving, error, onSave, onCancel }: Props) {
  const [comment, setComment] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => ref.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    onSave(comment.trim());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <form class="note-editor assess-editor" aria-label="Assess this flag" onSubmit={submit} onKeyDown={onKeyDown}>
      <label for={`${id}-comment`}>Your assessment</label>
      <textarea
        id={`${id}-comment`}
        ref={ref}
        rows={2}
        value={comment}
        onInput={(e) => setComment(e.currentTarget.value)}
      />
      <FormActions
        error={error}
        failure="Couldn't save the assessment"
        saving={saving}
        saveLabel="Save assessment"
        onCancel={onCancel}
      />
    </form>
  );
}
