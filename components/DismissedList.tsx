/** The flags the reader marked "not an issue" on this page, folded away, each restorable. */
import { useState } from 'preact/hooks';
import type { Flag } from '../lib/core/report';
import { shorten } from '../lib/ui/format';
import { kindLabel, passageOf } from '../lib/ui/flags';

export type Props = { flags: Flag[]; onRestore: (flag: Flag) => void };

export function DismissedList({ flags, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  if (flags.length === 0) return null;
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
          Dismissed ({flags.length})
        </button>
      </h2>
      {open && (
        <ul id="dismissed-list" class="dismissed-list" role="list">
          {flags.map((flag) => {
            const passage = shorten(passageOf(flag.target.selector) || flag.message, 90);
            return (
              <li key={flag.id} class="dismissed-item">
                <span>
                  <span class="dismissed-kind">{kindLabel(flag.kind)}:</span> {passage}
                </span>
                <button
                  type="button"
                  class="quiet-button"
                  aria-label={`Restore: ${passage}`}
                  onClick={() => onRestore(flag)}
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
