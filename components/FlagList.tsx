/** The page's flags grouped by kind in registry order, or the empty state when there are none. */
import type { Flag, Report } from '../lib/core/report';
import { groupFlags } from '../lib/ui/flags';
import { FlagItem } from './FlagItem';

export type Props = {
  report: Report;
  dismissed: ReadonlySet<string>;
  onReveal: (flag: Flag) => void;
  onDismiss: (flag: Flag) => void;
  onAssess?: (flag: Flag, comment: string) => Promise<void>;
};

export function FlagList({ report, dismissed, onReveal, onDismiss, onAssess }: Props) {
  const groups = groupFlags(report.flags, dismissed);
  return (
    <section class="flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading" class="section-heading">
        Flags
      </h2>
      {groups.length === 0 ? (
        <p class="empty">No flags on this page</p>
      ) : (
        groups.map((group) => (
          <section key={group.kind} class="flag-group" aria-labelledby={`group-${group.kind}`}>
            <h3 id={`group-${group.kind}`} class="group-heading">
              {group.label} <span class="count">({group.flags.length})</span>
            </h3>
            <ul class="flag-list" role="list">
              {group.flags.map((flag) => (
                <FlagItem
                  key={flag.id}
                  flag={flag}
                  report={report}
                  onReveal={onReveal}
                  onDismiss={onDismiss}
                  onAssess={onAssess}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
