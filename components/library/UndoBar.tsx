/** The line after a delete: what went, with Undo (a live region, so screen readers hear it). */
export type Props = { message: string; onUndo: () => void; onDismiss: () => void };

export function UndoBar({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="lib-undo" role="status">
      <span>{message}</span>
      <button type="button" class="primary-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="quiet-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
