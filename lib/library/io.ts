/**
 * What the library needs from export and import, as one small interface the page is given (so tests pass fakes),
 * plus the browser download of an exported file.
 */
import type { RefusalSummary } from '../backup/stream-import';
import type { Note } from '../model';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  jsonld: 'W3C JSON-LD',
  markdown: 'Markdown',
  csv: 'CSV',
};

export interface ExportFile {
  filename: string;
  mimeType: string;
  /** The file, built a page of notes at a time (never one string: 100,000 notes are about 90 MB). */
  blob: Blob;
}

/** What an import made of a file. */
export interface ImportReport {
  imported: number;
  duplicates: number;
  /** Annotations refused (not valid, or not an http(s) page), by reason with a few examples. */
  refused: RefusalSummary[];
  refusedCount: number;
}

/** How one read of an import file makes what the file leaves open, so that a second read makes the same notes. */
export interface ReadImportOptions {
  /** Ids for annotations the file gives without one (default: a random UUID each). */
  newId?: () => string;
  /** Time stamp for annotations without dates (default: Date.now()). */
  now?: number;
}

/**
 * The ids of one import: the first 24 characters of a random UUID (version 4, so exports keep `urn:uuid:`) and a
 * 12-hex-digit counter. Each call of the result starts the counter again: every read of the file makes the same ids.
 */
export function importIdSource(prefix: string = crypto.randomUUID().slice(0, 24)): () => () => string {
  return () => {
    let next = 0;
    return () => prefix + (next++).toString(16).padStart(12, '0');
  };
}

export interface LibraryIo {
  /** Writes the notes the pages give in a format (pages: read from the background, or the library's own list). */
  exportNotes(pages: AsyncIterable<readonly Note[]>, format: ExportFormat): Promise<ExportFile>;
  /**
   * Reads Footnote's JSON-LD or Hypothesis's JSON export a piece at a time, handing notes to `onBatch`; throws an
   * Error with a readable message when the file as a whole is not an export. Given the same `options` (a fresh
   * `newId` from the same source), two reads of a file hand over the same batches of the same notes.
   */
  readImport(
    file: Blob,
    onBatch: (notes: Note[]) => Promise<void>,
    options?: ReadImportOptions,
  ): Promise<{ refused: RefusalSummary[]; refusedCount: number }>;
  /** Refuses a file by its size before it is read (throws with a readable message). */
  checkFileSize?(bytes: number): void;
}

/** Saves a file through the browser's downloads (Blob + object URL + <a download>); no permission needed. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "footnote-annotations-2026-11-23" plus the scope, for export file names. */
export function exportBaseName(scope: string, now: number): string {
  const day = new Date(now);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  const slug = scope
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `footnote-${slug || 'annotations'}-${date}`;
}
