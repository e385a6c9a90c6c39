/** The end of an editor form: the save error, if any, then Save and Cancel. */

export type Props = {
  /** What failed, shown after `failure` ("Couldn't save the note: ..."); null when nothing failed. */
  error: string | null;
  failure: string;
  saving: boolean;
  saveLabel: string;
  onCancel: () => void;
};

export function FormActions({ error, failure, saving, saveLabel, onCancel }: Props) {
  return (
    <>
      {error && (
        <p class="form-error" role="alert">
          {failure}: {error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary-button" disabled={saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
        <button type="button" class="quiet-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
