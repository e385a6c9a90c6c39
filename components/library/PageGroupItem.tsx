/** One page's annotations in the library: the page title and site, its notes, and per-page export and delete. */
import type { PageGroup } from '../../lib/library/arrange';
import type { SearchQuery } from '../../lib/library/query';
import type { Note } from '../../lib/model';
import { HighlightedText } from './HighlightedText';
import { LibraryNote, type NoteChange } from './LibraryNote';

export type Props = {
  group: PageGroup;
  query: SearchQuery;
  onDelete: (notes: Note[]) => void;
  onEdit: (note: Note, change: NoteChange) => Promise<void>;
  onExport: (group: PageGroup) => void;
};

export function PageGroupItem({ group, query, onDelete, onEdit, onExport }: Props) {
  const title = group.title || group.canonicalUrl;
  const count = group.notes.length;
  return (
    <section class="lib-group" aria-label={`${title}: ${count} annotation${count === 1 ? '' : 's'}`}>
      <header class="lib-group-header">
        <div class="lib-group-title">
          <h2>
            <a href={group.pageUrl} target="_blank" rel="noopener noreferrer">
              <HighlightedText text={title} query={query} />
            </a>
          </h2>
          <span class="hint">
            {group.site} · {count} annotation{count === 1 ? '' : 's'}
          </span>
        </div>
        <div class="lib-group-actions">
          <button
            type="button"
            class="quiet-button"
            aria-label={`Export the annotations of ${title}`}
            onClick={() => onExport(group)}
          >
            Export page
          </button>
          {count > 1 && (
            <button
              type="button"
              class="quiet-button"
              aria-label={`Delete all ${count} annotations of ${title}`}
              onClick={() => onDelete(group.notes)}
            >
              Delete all
            </button>
          )}
        </div>
      </header>
      <ul class="lib-notes" role="list">
        {group.notes.map((note) => (
          <LibraryNote key={note.id} note={note} query={query} onDelete={(one) => onDelete([one])} onEdit={onEdit} />
        ))}
      </ul>
    </section>
  );
}
