/** The popup's live status line: what just happened, with an optional action such as Undo. */
import { useEffect, useRef } from 'preact/hooks';

export interface StatusMessage {
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** Move keyboard focus to the action (the control the reader was on has just gone). */
  focusAction?: boolean;
}

export type Props = { status: StatusMessage | null };

export function StatusLine({ status }: Props) {
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (status?.focusAction) actionRef.current?.focus();
  }, [status]);
  return (
    // Always rendered so screen readers have the live region before the first message arrives.
    <div class={`status-line${status?.tone === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
      {status && (
        <>
          <span>{status.text}</span>
          {status.action && (
            <button ref={actionRef} type="button" class="link-button" onClick={status.action.run}>
              {status.action.label}
            </button>
          )}
        </>
      )}
    </div>
  );
}
