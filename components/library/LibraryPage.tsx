/**
 * The annotation library: every note on every page, searchable, filterable, sorted and grouped by page, with
 * edit in place, delete and undo, export and import, and the records Footnote could not read. It owns no data:
 * every read and write is a call to the background (LibraryClient), which alone opens the database and tells
 * open tabs what changed. The search index is built once the notes have loaded and kept in step with deletes
 * (hidden, shown again on undo); an edit or an import rebuilds it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByPage, sortHits, type PageGroup, type SortOrder } from '../../lib/library/arrange';
import { inPages } from '../../lib/backup/stream-export';
import { facetsOf, hasActiveFilters, noteFilter, NO_FILTERS, type LibraryFilters } from '../../lib/library/filters';
import {
  downloadFile,
  exportBaseName,
  type ExportFile,
  type ExportFormat,
  type ImportReport,
  type LibraryIo,
} from '../../lib/library/io';
import { importFile, loadAllNotes, notePages, type LibraryClient } from '../../lib/library/library-client';
import { parseQuery } from '../../lib/library/query';
import { SearchIndex } from '../../lib/library/search-index';
import type { Note, QuarantinedRecord } from '../../lib/model';
import { Spinner } from '../Spinner';
import { EmptyState } from './EmptyState';
import { ExportControls } from './ExportControls';
import { FilterBar } from './FilterBar';
import { ImportControl } from './ImportControl';
import { ImportSummary } from './ImportSummary';
import type { NoteChange } from './LibraryNote';
import { QuarantineList } from './QuarantineList';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { UndoBar } from './UndoBar';
import { describeError } from '../../lib/errors';

export type Props = {
  client: LibraryClient;
  io: LibraryIo;
  /** Saves an exported file; the browser download by default. */
  download?: (file: ExportFile) => void;
  now?: () => number;
};

/** Annotations drawn at first and per "Show more" (whole pages): keeps a broad search's redraw within a frame. */
const NOTE_BATCH = 60;
const UNDO_MS = 12_000;

type LoadState =
  | { state: 'loading'; loaded: number; total: number }
  | { state: 'ready'; notes: Note[]; index: SearchIndex }
  | { state: 'error'; message: string };
type WorkState =
  | { state: 'idle' }
  | { state: 'working'; label: string }
  | { state: 'done'; message: string }
  | { state: 'imported'; fileName: string; report: ImportReport }
  | { state: 'error'; message: string };

const numberFormat = new Intl.NumberFormat();

function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/** The index over the notes, with the notes whose delete can still be undone hidden. */
function indexOf(notes: readonly Note[], hidden: readonly Note[] = []): SearchIndex {
  const index = new SearchIndex(notes);
  for (const note of hidden) index.hide(note.id);
  return index;
}

export function LibraryPage({ client, io, download = downloadFile, now = Date.now }: Props) {
  const [load, setLoad] = useState<LoadState>({ state: 'loading', loaded: 0, total: 0 });
  const [quarantine, setQuarantine] = useState<QuarantinedRecord[]>([]);
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

  const reloadQuarantine = async () => {
    // The list of unreadable records must never keep the library from showing the readable ones.
    setQuarantine(await client.quarantineList({}).catch(() => []));
  };

  const reload = async () => {
    try {
      const notes = await loadAllNotes(client, (loaded, total) => setLoad({ state: 'loading', loaded, total }));
      setLoad({ state: 'ready', notes, index: indexOf(notes) });
    } catch (error) {
      setLoad({ state: 'error', message: `Footnote could not load your annotations: ${describeError(error)}` });
    }
  };

  useEffect(() => {
    void reload();
    void reloadQuarantine();
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

  const index = load.state === 'ready' ? load.index : null;
  const query = useMemo(() => parseQuery(queryText), [queryText]);
  const searching = query.terms.length > 0;
  const sort: SortOrder =
    chosenSort === 'relevance' && !searching ? 'updated' : (chosenSort ?? (searching ? 'relevance' : 'updated'));
  const visibleNotes = useMemo(() => index?.all() ?? [], [index, indexVersion]);
  const facets = useMemo(() => facetsOf(visibleNotes), [visibleNotes]);
  const hits = useMemo(() => {
    if (!index) return [];
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
    if (!index) return;
    for (const note of doomed) index.hide(note.id);
    setIndexVersion((v) => v + 1);
    try {
      await client.libraryDelete({ ids: doomed.map((note) => note.id) });
      setUndo({ notes: doomed, message: `Deleted ${plural(doomed.length, 'annotation')}.` });
    } catch (error) {
      for (const note of doomed) index.show(note.id);
      setIndexVersion((v) => v + 1);
      setWork({ state: 'error', message: describeError(error) });
    }
  };

  const undoDelete = async () => {
    if (!undo || !index) return;
    const { notes: restored } = undo;
    setUndo(null);
    try {
      await client.libraryRestore({ notes: restored });
      for (const note of restored) index.show(note.id);
      setIndexVersion((v) => v + 1);
      setWork({ state: 'done', message: `Restored ${plural(restored.length, 'annotation')}.` });
    } catch (error) {
      setWork({ state: 'error', message: describeError(error) });
    }
  };

  const edit = async (note: Note, change: NoteChange) => {
    const edited = await client.libraryEdit({ id: note.id, ...change });
    setLoad((current) => {
      if (current.state !== 'ready') return current;
      const next = current.notes.map((n) => (n.id === edited.id ? edited : n));
      return { state: 'ready', notes: next, index: indexOf(next, undo?.notes) };
    });
    setWork({ state: 'done', message: 'Note saved.' });
  };

  const exportNotes = async (chosen: readonly Note[] | 'all', scope: string) => {
    const count = chosen === 'all' ? visibleNotes.length : chosen.length;
    setWork({ state: 'working', label: `Preparing ${plural(count, 'annotation')} for export…` });
    try {
      // Everything is read again from the background, a page at a time; a subset is what the reader sees.
      const pages = chosen === 'all' ? notePages(client) : inPages(chosen);
      const file = await io.exportNotes(pages, format);
      const extension = file.filename.includes('.') ? file.filename.slice(file.filename.lastIndexOf('.')) : '';
      download({ ...file, filename: `${exportBaseName(scope, now())}${extension}` });
      setWork({ state: 'done', message: `Exported ${plural(count, 'annotation')}.` });
    } catch (error) {
      setWork({ state: 'error', message: `Export failed: ${describeError(error)}` });
    }
  };

  const importChosen = async (file: File) => {
    setWork({ state: 'working', label: `Reading ${file.name}…` });
    try {
      const report = await importFile(client, io, file, (imported) =>
        setWork({ state: 'working', label: `Importing ${file.name}… ${numberFormat.format(imported)} so far` }),
      );
      setWork({ state: 'imported', fileName: file.name, report });
      // A reload rebuilds the index from the background: an older delete's undo would no longer match it.
      if (report.imported > 0) {
        setUndo(null);
        await reload();
      }
    } catch (error) {
      setWork({ state: 'error', message: `Nothing was imported from ${file.name}: ${describeError(error)}` });
    }
  };

  const repair = async (record: QuarantinedRecord, fix: Parameters<LibraryClient['quarantineRepair']>[0]['fix']) => {
    const note = await client.quarantineRepair({ id: record.id, fix });
    setQuarantine((list) => list.filter((r) => r.id !== record.id));
    setLoad((current) =>
      current.state === 'ready'
        ? { state: 'ready', notes: [note, ...current.notes], index: indexOf([note, ...current.notes], undo?.notes) }
        : current,
    );
    setWork({ state: 'done', message: 'The record was fixed and is a note again.' });
  };

  const deleteRecord = async (record: QuarantinedRecord) => {
    await client.quarantineDelete({ id: record.id });
    setQuarantine((list) => list.filter((r) => r.id !== record.id));
    setWork({ state: 'done', message: 'The record was deleted.' });
  };

  const busy = work.state === 'working';
  const total = visibleNotes.length;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !busy) void importChosen(file);
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
              onExportAll={() => void exportNotes('all', 'annotations')}
              onExportResults={() =>
                void exportNotes(
                  hits.map((hit) => hit.note),
                  'search-results',
                )
              }
            />
          )}
          <ImportControl busy={busy} onFile={(file) => void importChosen(file)} />
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
        {work.state === 'imported' && <ImportSummary fileName={work.fileName} report={work.report} />}
      </div>
      {work.state === 'error' && (
        <p class="form-error" role="alert">
          {work.message}
        </p>
      )}
      {undo && <UndoBar message={undo.message} onUndo={() => void undoDelete()} onDismiss={() => setUndo(null)} />}
      {dragging && <p class="lib-drop-hint">Drop a Footnote or Hypothesis export to import it</p>}

      {load.state === 'loading' && (
        <Spinner
          label={
            load.total > 0
              ? `Loading your annotations… ${numberFormat.format(load.loaded)} of ${numberFormat.format(load.total)}`
              : 'Loading your annotations…'
          }
        />
      )}
      <QuarantineList records={quarantine} onRepair={repair} onDelete={deleteRecord} />
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
          onEdit={edit}
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
