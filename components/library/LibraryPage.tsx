/**
 * The annotation library: every note on every page, searchable, filterable, sorted and grouped by page, with
 * delete and undo, export and import. The search index is built once when the notes load and kept in step with
 * deletes (hidden, shown again on undo); an import reloads it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByPage, sortHits, type PageGroup, type SortOrder } from '../../lib/library/arrange';
import { facetsOf, hasActiveFilters, noteFilter, NO_FILTERS, type LibraryFilters } from '../../lib/library/filters';
import { downloadFile, exportBaseName, type ExportFile, type ExportFormat, type LibraryIo } from '../../lib/library/io';
import { parseQuery } from '../../lib/library/query';
import { SearchIndex } from '../../lib/library/search-index';
import type { Note } from '../../lib/model';
import type { ImportOutcome } from '../../lib/storage/library-store';
import { Spinner } from '../Spinner';
import { EmptyState } from './EmptyState';
import { ExportControls } from './ExportControls';
import { FilterBar } from './FilterBar';
import { ImportControl } from './ImportControl';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { UndoBar } from './UndoBar';

/** The storage the library works on (LibraryStore in the extension, a fake in tests). */
export interface LibraryBackend {
  allNotes(): Promise<Note[]>;
  importNotes(notes: readonly Note[], onProgress?: (done: number, total: number) => void): Promise<ImportOutcome>;
  deleteNotes(ids: readonly string[]): Promise<void>;
  restoreNotes(notes: readonly Note[]): Promise<void>;
}

export type Props = {
  backend: LibraryBackend;
  io: LibraryIo;
  /** Saves an exported file; the browser download by default. */
  download?: (file: ExportFile) => void;
  now?: () => number;
};

/** Annotations drawn at first and per "Show more" (whole pages): keeps a broad search's redraw within a frame. */
const NOTE_BATCH = 60;
const UNDO_MS = 12_000;

type LoadState = { state: 'loading' } | { state: 'ready'; notes: Note[] } | { state: 'error'; message: string };
type WorkState =
  | { state: 'idle' }
  | { state: 'working'; label: string }
  | { state: 'done'; message: string }
  | { state: 'error'; message: string };

const numberFormat = new Intl.NumberFormat();

function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

export function importSummary(outcome: ImportOutcome, invalid: number): string {
  return `Imported ${plural(outcome.imported, 'annotation')}; skipped ${plural(outcome.duplicates, 'duplicate')} and ${invalid} invalid.`;
}

export function LibraryPage({ backend, io, download = downloadFile, now = Date.now }: Props) {
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const [queryText, setQueryText] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [chosenSort, setChosenSort] = useState<SortOrder | null>(null);
  const [shown, setShown] = useState(NOTE_BATCH);
  const [format, setFormat] = useState<ExportFormat>('jsonld');
  const [work, setWork] = useState<WorkState>({ state: 'idle' });
  const [undo, setUndo] = useState<{ notes: Note[]; message: string } | null>(null);
  /** Bumped when the index hides or shows notes (it is mutated in place, not replaced). */
  const [indexVersion, setIndexVersion] = useState(0);
  const [dragging, setDragging] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);

  const reload = async () => {
    try {
      setLoad({ state: 'ready', notes: await backend.allNotes() });
    } catch (error) {
      setLoad({ state: 'error', message: messageOf(error) });
    }
  };

  useEffect(() => {
    void reload();
    // "/" focuses the search from anywhere but a text field.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      searchInput.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const notes = load.state === 'ready' ? load.notes : [];
  const index = useMemo(() => new SearchIndex(notes), [notes]);
  const query = useMemo(() => parseQuery(queryText), [queryText]);
  const searching = query.terms.length > 0;
  const sort: SortOrder =
    chosenSort === 'relevance' && !searching ? 'updated' : (chosenSort ?? (searching ? 'relevance' : 'updated'));
  const visibleNotes = useMemo(() => index.all(), [index, indexVersion]);
  const facets = useMemo(() => facetsOf(visibleNotes), [visibleNotes]);
  const hits = useMemo(() => {
    const keep = noteFilter(filters, now());
    return sortHits(
      index.search(query).filter((hit) => keep(hit.note)),
      sort,
    );
  }, [index, indexVersion, query, filters, sort]);
  const groups = useMemo(() => groupByPage(hits), [hits]);
  const narrowed = searching || hasActiveFilters(filters);

  const clearAll = () => {
    setQueryText('');
    setFilters(NO_FILTERS);
    setShown(NOTE_BATCH);
    searchInput.current?.focus();
  };

  const remove = async (doomed: Note[]) => {
    for (const note of doomed) index.hide(note.id);
    setIndexVersion((v) => v + 1);
    try {
      await backend.deleteNotes(doomed.map((note) => note.id));
      setUndo({ notes: doomed, message: `Deleted ${plural(doomed.length, 'annotation')}.` });
    } catch (error) {
      for (const note of doomed) index.show(note.id);
      setIndexVersion((v) => v + 1);
      setWork({ state: 'error', message: messageOf(error) });
    }
  };

  const undoDelete = async () => {
    if (!undo) return;
    const { notes: restored } = undo;
    setUndo(null);
    try {
      await backend.restoreNotes(restored);
      for (const note of restored) index.show(note.id);
      setIndexVersion((v) => v + 1);
      setWork({ state: 'done', message: `Restored ${plural(restored.length, 'annotation')}.` });
    } catch (error) {
      setWork({ state: 'error', message: messageOf(error) });
    }
  };

  const exportNotes = async (chosen: readonly Note[], scope: string) => {
    setWork({ state: 'working', label: `Preparing ${plural(chosen.length, 'annotation')} for export…` });
    try {
      const file = await io.exportNotes(chosen, format);
      const extension = file.filename.includes('.') ? file.filename.slice(file.filename.lastIndexOf('.')) : '';
      download({ ...file, filename: `${exportBaseName(scope, now())}${extension}` });
      setWork({ state: 'done', message: `Exported ${plural(chosen.length, 'annotation')}.` });
    } catch (error) {
      setWork({ state: 'error', message: `Export failed: ${messageOf(error)}` });
    }
  };

  const importFile = async (file: File) => {
    setWork({ state: 'working', label: `Reading ${file.name}…` });
    try {
      io.checkFileSize?.(file.size);
      const parsed = await io.parseImport(await file.text(), file.name);
      setWork({ state: 'working', label: `Importing ${plural(parsed.notes.length, 'annotation')}…` });
      const outcome = await backend.importNotes(parsed.notes, (done, total) =>
        setWork({ state: 'working', label: `Importing… ${done} of ${total}` }),
      );
      setWork({ state: 'done', message: importSummary(outcome, parsed.invalid) });
      // A reload rebuilds the index from storage: an older delete's undo would no longer match it.
      if (outcome.imported > 0) {
        setUndo(null);
        await reload();
      }
    } catch (error) {
      setWork({ state: 'error', message: `Nothing was imported from ${file.name}: ${messageOf(error)}` });
    }
  };

  const busy = work.state === 'working';
  const total = visibleNotes.length;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !busy) void importFile(file);
  };

  return (
    <main
      class={`library${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer?.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header class="lib-header">
        <div class="lib-title">
          <h1>Footnote library</h1>
          <p class="hint" aria-live="polite">
            {load.state === 'ready' &&
              total > 0 &&
              (narrowed
                ? `${plural(hits.length, 'annotation')} of ${numberFormat.format(total)}, on ${plural(groups.length, 'page')}`
                : `${plural(total, 'annotation')} on ${plural(groups.length, 'page')}`)}
          </p>
        </div>
        <div class="lib-header-actions">
          {load.state === 'ready' && total > 0 && (
            <ExportControls
              format={format}
              total={total}
              resultCount={hits.length}
              narrowed={narrowed}
              busy={busy}
              onFormat={setFormat}
              onExportAll={() => void exportNotes(visibleNotes, 'annotations')}
              onExportResults={() =>
                void exportNotes(
                  hits.map((hit) => hit.note),
                  'search-results',
                )
              }
            />
          )}
          <ImportControl busy={busy} onFile={(file) => void importFile(file)} />
        </div>
      </header>

      {load.state === 'ready' && total > 0 && (
        <div class="lib-toolbar">
          <SearchBox
            value={queryText}
            inputRef={searchInput}
            onInput={(value) => (setQueryText(value), setShown(NOTE_BATCH))}
          />
          <FilterBar
            filters={filters}
            facets={facets}
            sort={sort}
            searching={searching}
            onFilters={(next) => (setFilters(next), setShown(NOTE_BATCH))}
            onSort={setChosenSort}
          />
        </div>
      )}

      <div class="lib-status" role="status" aria-live="polite">
        {work.state === 'working' && <Spinner label={work.label} />}
        {work.state === 'done' && <p class="lib-done">{work.message}</p>}
      </div>
      {work.state === 'error' && (
        <p class="form-error" role="alert">
          {work.message}
        </p>
      )}
      {undo && <UndoBar message={undo.message} onUndo={() => void undoDelete()} onDismiss={() => setUndo(null)} />}
      {dragging && <p class="lib-drop-hint">Drop a Footnote or Hypothesis export to import it</p>}

      {load.state === 'loading' && <Spinner label="Loading your annotations…" />}
      {load.state === 'error' && (
        <p class="form-error" role="alert">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && total === 0 && <EmptyState kind="no-annotations" />}
      {load.state === 'ready' && total > 0 && hits.length === 0 && <EmptyState kind="no-results" onClear={clearAll} />}
      {load.state === 'ready' && hits.length > 0 && (
        <ResultList
          groups={groups}
          shown={shown}
          query={query}
          onShowMore={() => setShown((n) => n + NOTE_BATCH)}
          onDelete={(doomed) => void remove(doomed)}
          onExport={(group: PageGroup) =>
            void exportNotes(
              visibleNotes.filter((note) => (note.canonicalUrl || note.pageUrl) === group.canonicalUrl),
              group.title || group.site,
            )
          }
        />
      )}
    </main>
  );
}
