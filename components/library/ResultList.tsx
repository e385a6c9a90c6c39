/**
 * The library's results, grouped by page, drawn a budget of annotations at a time: drawing the cards, not searching,
 * is what costs on a broad search (measured: about 400 cards took 90-160 ms to the next frame in Chromium). Up and Down arrows move between annotations; Home and End jump to the first and last.
 */
import type { PageGroup } from '../../lib/library/arrange';
import type { SearchQuery } from '../../lib/library/query';
import type { Note } from '../../lib/model';
import type { NoteChange } from './LibraryNote';
import { PageGroupItem } from './PageGroupItem';

export type Props = {
  groups: PageGroup[];
  /** How many annotations to draw: whole pages are drawn until this many (always at least one page). */
  shown: number;
  query: SearchQuery;
  onShowMore: () => void;
  onDelete: (notes: Note[]) => void;
  onEdit: (note: Note, change: NoteChange) => Promise<void>;
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

/** How many of `groups` fit in a budget of `notes` annotations, whole pages only, at least one. */
export function pagesWithin(groups: readonly PageGroup[], notes: number): number {
  let drawn = 0;
  let pages = 0;
  while (pages < groups.length && (pages === 0 || drawn + groups[pages].notes.length <= notes)) {
    drawn += groups[pages].notes.length;
    pages++;
  }
  return pages;
}

export function ResultList({ groups, shown, query, onShowMore, onDelete, onEdit, onExport }: Props) {
  const visible = groups.slice(0, pagesWithin(groups, shown));
  return (
    <div class="lib-results" onKeyDown={moveFocus}>
      {visible.map((group) => (
        <PageGroupItem
          key={group.canonicalUrl}
          group={group}
          query={query}
          onDelete={onDelete}
          onEdit={onEdit}
          onExport={onExport}
        />
      ))}
      {groups.length > visible.length && (
        <button type="button" class="quiet-button lib-more" onClick={onShowMore}>
          Show more pages ({(groups.length - visible.length).toLocaleString()} more)
        </button>
      )}
    </div>
  );
}
