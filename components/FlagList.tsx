/**
 * The page's flagged passages grouped by kind in registry order, or the empty state when there are none. The whole
 * list is one Tab stop (roving focus): the arrow keys, Home and End move between passages, Enter shows one in the
 * page, and Tab goes on to the current passage's actions and then out of the list.
 */
import { useRef, useState } from 'preact/hooks';
import type { Passage } from '../lib/core/passages';
import type { Report } from '../lib/core/report';
import { groupFlags, passageKey } from '../lib/ui/flags';
import { FLAG_FILL_ALPHA, flagMark, rgbList } from '../lib/ui/palette';
import { FlagItem } from './FlagItem';

export type Props = {
  report: Report;
  dismissed: ReadonlySet<string>;
  onReveal: (passage: Passage) => void;
  onDismiss: (passage: Passage) => void;
  onAssess?: (passage: Passage, comment: string) => Promise<void>;
};

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

export function FlagList({ report, dismissed, onReveal, onDismiss, onAssess }: Props) {
  const groups = groupFlags(report.flags, dismissed);
  const order = groups.flatMap((g) => g.passages);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const bodies = useRef(new Map<string, HTMLDivElement>());
  // No current passage yet, or it was just dismissed: the first one is the list's Tab stop.
  const currentIndex = Math.max(
    0,
    order.findIndex((p) => passageKey(p) === currentKey),
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    // Only from a passage itself: arrows in the assessment's text box or on a button keep their usual meaning.
    if (!move || !(event.target as Element).classList?.contains('flag-body')) return;
    event.preventDefault();
    const next = order[move(currentIndex, order.length - 1)];
    if (!next) return;
    setCurrentKey(passageKey(next));
    bodies.current.get(passageKey(next))?.focus();
  };

  return (
    <section class="flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading" class="visually-hidden">
        Flags
      </h2>
      {groups.length === 0 ? (
        <p class="empty">No flags on this page</p>
      ) : (
        <>
          <p id="flags-keys" class="visually-hidden">
            Arrow keys move between flags; Enter shows the passage in the page.
          </p>
          {/* One keydown handler for the whole list: the roving focus spans every group. */}
          <div class="flag-groups" onKeyDown={onKeyDown}>
            {groups.map((group) => (
              <section key={group.kind} class="flag-group" aria-labelledby={`group-${group.kind}`}>
                <h3 id={`group-${group.kind}`} class="group-heading" style={markProperties(group.kind)}>
                  {group.label} <span class="count">({group.passages.length})</span>
                </h3>
                <ul class="flag-list" role="list" aria-describedby="flags-keys">
                  {group.passages.map((passage) => {
                    const key = passageKey(passage);
                    return (
                      <FlagItem
                        key={key}
                        passage={passage}
                        report={report}
                        current={order[currentIndex] === passage}
                        bodyRef={(el: HTMLDivElement | null) => {
                          if (el) bodies.current.set(key, el);
                          else bodies.current.delete(key);
                        }}
                        onFocus={() => setCurrentKey(key)}
                        onReveal={onReveal}
                        onDismiss={onDismiss}
                        onAssess={onAssess}
                      />
                    );
                  })}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** The kind's mark as the page draws it, for the heading's sample (popup.css `.group-heading::before`). */
function markProperties(kind: string): Record<string, string> {
  const { rgb, line } = flagMark(kind);
  return {
    '--mark-colour': `rgb(${rgbList(rgb)})`,
    '--mark-fill': `rgba(${rgbList(rgb)}, ${FLAG_FILL_ALPHA})`,
    '--mark-line': line,
  };
}
