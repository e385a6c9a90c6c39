/** One annotation in the library: its passage (a link that opens the page at it), note, tags, date and Delete. */
import type { Note } from '../../lib/model';
import { flagKindOf } from '../../lib/library/filters';
import type { SearchQuery } from '../../lib/library/query';
import { noteLink } from '../../lib/library/text-fragment';
import { HighlightedText } from './HighlightedText';

export type Props = { note: Note; query: SearchQuery; onDelete: (note: Note) => void };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function shortName(note: Note): string {
  const text = (note.body || note.quote || 'note').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function LibraryNote({ note, query, onDelete }: Props) {
  const kind = flagKindOf(note);
  const passage = note.quote || note.body || 'Note on the whole page';
  return (
    <li class={`lib-note colour-${note.colour}`}>
      <a
        class="lib-note-link"
        href={noteLink(note)}
        target="_blank"
        rel="noopener noreferrer"
        data-result-link=""
        title="Open the page at this passage (new tab)"
      >
        <blockquote class="lib-passage">
          <HighlightedText text={passage} query={query} />
        </blockquote>
      </a>
      {note.quote && note.body && (
        <p class="lib-body">
          <HighlightedText text={note.body} query={query} />
        </p>
      )}
      <div class="lib-note-meta">
        {note.tags.length > 0 && (
          <ul class="tags" role="list" aria-label="Tags">
            {note.tags.map((tag) => (
              <li key={tag} class="tag">
                <HighlightedText text={tag} query={query} />
              </li>
            ))}
          </ul>
        )}
        {kind && <span class="lib-flag-kind">from flag: {kind.replace(/-/g, ' ')}</span>}
        <time dateTime={new Date(note.updated).toISOString()} class="hint">
          {dateFormat.format(note.updated)}
        </time>
        <button
          type="button"
          class="quiet-button lib-delete"
          aria-label={`Delete note: ${shortName(note)}`}
          onClick={() => onDelete(note)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
