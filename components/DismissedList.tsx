/** The passages the reader marked "not an issue" on this page, folded away, each restorable (all its findings). */
import { useState } from 'preact/hooks';
import { groupByPassage } from '../lib/core/passages';
import type { Flag } from '../lib/core/report';
import { shorten } from '../lib/ui/format';
import { passageOf } from '../lib/ui/flags';
import { kindsText } from '../lib/ui/labels';

export type Props = { flags: Flag[]; onRestore: (flags: Flag[]) => void };

export function DismissedList({ flags, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  if (flags.length === 0) return null;
  const passages = groupByPassage(flags);
  return (
    <section class="dismissed">
      <h2 class="section-heading">
        <button
          type="button"
          class="disclosure"
          aria-expanded={open}
          aria-controls="dismissed-list"
          onClick={() => setOpen(!open)}
        >
          Dismissed ({passages.length})
        </button>
      </h2>
      {open && (
        <ul id="dismissed-list" class="dismissed-list" role="list">
          {passages.map(({ lead, flags: findings }) => {
            const passage = shorten(passageOf(lead.target.selector) || lead.message, 90);
            const kinds = kindsText(findings.map((f) => f.kind));
            return (
              <li key={lead.id} class="dismissed-item">
                <span>
                  <span class="dismissed-kind">{kinds.charAt(0).toUpperCase() + kinds.slice(1)}:</span> {passage}
                </span>
                <button
                  type="button"
                  class="quiet-button"
                  aria-label={`Restore: ${passage}`}
                  onClick={() => onRestore(findings)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
