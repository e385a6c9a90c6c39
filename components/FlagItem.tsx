/**
 * One flag: its passage, the reason, the quote's speaker where it has one; reveals on click/Enter, dismissable,
 * and can be assessed (turned into the reader's annotation with a comment).
 */
import { useId, useState } from 'preact/hooks';
import { errorMessage } from '../lib/ui/client';
import { AssessEditor } from './AssessEditor';
import type { Flag, Report } from '../lib/core/report';
import { shorten } from '../lib/ui/format';
import { attributionText, passageOf, quoteFactsOf } from '../lib/ui/flags';

export type Props = {
  flag: Flag;
  report: Report;
  onReveal: (flag: Flag) => void;
  onDismiss: (flag: Flag) => void;
  /** Saves the flag as a note with the reader's comment; absent: no Assess action. */
  onAssess?: (flag: Flag, comment: string) => Promise<void>;
};

interface Assessing {
  saving: boolean;
  error: string | null;
}

export function FlagItem({ flag, report, onReveal, onDismiss, onAssess }: Props) {
  const [assessing, setAssessing] = useState<Assessing | null>(null);
  const saveAssessment = async (comment: string) => {
    if (!onAssess) return;
    setAssessing({ saving: true, error: null });
    try {
      await onAssess(flag, comment);
      setAssessing(null);
    } catch (error) {
      setAssessing({ saving: false, error: errorMessage(error) });
    }
  };
  const passage = shorten(passageOf(flag.target.selector), 120);
  const facts = quoteFactsOf(flag, report);
  const reasonId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onReveal(flag);
    }
  };
  return (
    <li class={`flag severity-${flag.severity}`}>
      {/* A div with role=button, not a <button>: it holds block text, and the Dismiss button sits beside it. */}
      <div
        class="flag-body"
        role="button"
        tabIndex={0}
        aria-label={`Show in page: ${passage || 'flagged passage'}`}
        aria-describedby={reasonId}
        onClick={() => onReveal(flag)}
        onKeyDown={onKeyDown}
      >
        {passage && <p class="flag-passage">{passage}</p>}
        <p id={reasonId} class="flag-reason">
          {flag.message}
        </p>
        {facts && (
          <p class="flag-quote-facts">
            {facts.speaker ? `Speaker: ${facts.speaker}` : 'Speaker: not named'} · {attributionText(facts.attribution)}
          </p>
        )}
      </div>
      {assessing ? (
        <AssessEditor
          saving={assessing.saving}
          error={assessing.error}
          onSave={saveAssessment}
          onCancel={() => setAssessing(null)}
        />
      ) : (
        <div class="flag-actions">
          {onAssess && (
            <button
              type="button"
              class="quiet-button"
              onClick={() => setAssessing({ saving: false, error: null })}
              aria-label={`Assess: ${passage || flag.message}`}
            >
              Assess
            </button>
          )}
          <button
            type="button"
            class="quiet-button"
            onClick={() => onDismiss(flag)}
            aria-label={`Not an issue: ${passage || flag.message}`}
          >
            Not an issue
          </button>
        </div>
      )}
    </li>
  );
}
