/**
 * The library's results, grouped by page, shown a batch of pages at a time (thousands of notes would make the
 * page slow to draw). Up and Down arrows move between annotations; Home and End jump to the first and last.
 */
import type { PageGroup } from '../../lib/library/arrange';
import type { SearchQuery } from '../../lib/library/query';
import type { Note } from '../../lib/messaging/protocol';
import { PageGroupItem } from './PageGroupItem';

export type Props = {
  groups: PageGroup[];
  shown: number;
  query: SearchQuery;
  onShowMore: () => void;
  onDelete: (notes: Note[]) => void;
  onExport: (group: PageGroup) => void;
};

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

function moveFocus(event: KeyboardEvent): void {
  const move = MOVES[event.key];
  const list = event.currentTarget as HTMLElement;
  if (!move || (event.target as HTMLElement).matches('input, select, textarea')) return;
  const links = [...list.querySelectorAll<HTMLElement>('[data-result-link]')];
  if (links.length === 0) return;
  const current = links.findIndex(
    (link) => link.contains(event.target as Node) || link.closest('.lib-note')?.contains(event.target as Node),
  );
  event.preventDefault();
  links[current === -1 ? 0 : move(current, links.length)].focus();
}

export function ResultList({ groups, shown, query, onShowMore, onDelete, onExport }: Props) {
  const visible = groups.slice(0, shown);
  return (
    <div class="lib-results" onKeyDown={moveFocus}>
      {visible.map((group) => (
        <PageGroupItem key={group.canonicalUrl} group={group} query={query} onDelete={onDelete} onExport={onExport} />
      ))}
      {groups.length > shown && (
        <button type="button" class="quiet-button lib-more" onClick={onShowMore}>
          Show more pages ({groups.length - shown} more)
        </button>
      )}
    </div>
  );
}
