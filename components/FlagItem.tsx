/**
 * One flagged passage: its words, every finding on them (one passage may be, say, both an affiliate link and an
 * undisclosed one), the quote's speaker where it has one. Reveals on click/Enter, dismissable, and can be
 * assessed. In the list's roving focus only the current passage is a Tab stop, and only its actions are.
 */
import { useId, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { describeError } from '../lib/errors';
import { AssessEditor } from './AssessEditor';
import type { Passage } from '../lib/core/passages';
import type { Report } from '../lib/core/report';
import { shorten } from '../lib/ui/format';
import { attributionText, passageOf, quoteFactsOf } from '../lib/ui/flags';
import { kindNoun } from '../lib/ui/labels';

export type Props = {
  passage: Passage;
  report: Report;
  /** The current item of the list's roving focus: its passage and actions are Tab stops, the others' are not. */
  current: boolean;
  /** Set on the passage's focusable body, so the list can move focus to it. */
  bodyRef?: Ref<HTMLDivElement>;
  onFocus: () => void;
  onReveal: (passage: Passage) => void;
  onDismiss: (passage: Passage) => void;
  /** Saves the passage as a note with the reader's comment; absent: no Assess action. */
  onAssess?: (passage: Passage, comment: string) => Promise<void>;
};

interface Assessing {
  saving: boolean;
  error: string | null;
}

export function FlagItem({ passage, report, current, bodyRef, onFocus, onReveal, onDismiss, onAssess }: Props) {
  const [assessing, setAssessing] = useState<Assessing | null>(null);
  const { lead, flags } = passage;
  const saveAssessment = async (comment: string) => {
    if (!onAssess) return;
    setAssessing({ saving: true, error: null });
    try {
      await onAssess(passage, comment);
      setAssessing(null);
    } catch (error) {
      setAssessing({ saving: false, error: describeError(error) });
    }
  };
  const words = shorten(passageOf(lead.target.selector), 120);
  const facts = flags.map((f) => quoteFactsOf(f, report)).find((f) => f !== null) ?? null;
  const reasonId = useId();
  const kinds = flags.map((f) => f.kind);
  const several = new Set(kinds).size > 1;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onReveal(passage);
    }
  };
  const name = words || lead.message;
  const tabIndex = current ? 0 : -1;
  return (
    <li class={`flag severity-${passage.severity}${current ? ' is-current' : ''}`} onFocusCapture={onFocus}>
      {/* A div with role=button, not a <button>: it holds block text, and the actions sit beside it. */}
      <div
        ref={bodyRef}
        class="flag-body"
        role="button"
        tabIndex={tabIndex}
        aria-label={`Show in page: ${words || 'flagged passage'}`}
        aria-describedby={reasonId}
        onClick={() => onReveal(passage)}
        onKeyDown={onKeyDown}
      >
        {words && <p class="flag-passage">{words}</p>}
        {/* Several findings on these words: each reason says its kind. */}
        <div id={reasonId}>
          {flags.map((flag) => (
            <p key={flag.id} class="flag-reason">
              {several && <span class="flag-reason-kind">{capitalise(kindNoun(flag.kind).one)}: </span>}
              {flag.message}
            </p>
          ))}
        </div>
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
              tabIndex={tabIndex}
              onClick={() => setAssessing({ saving: false, error: null })}
              aria-label={`Assess: ${name}`}
            >
              Assess
            </button>
          )}
          <button
            type="button"
            class="quiet-button"
            tabIndex={tabIndex}
            onClick={() => onDismiss(passage)}
            aria-label={`Not an issue: ${name}`}
          >
            Not an issue
          </button>
        </div>
      )}
    </li>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
