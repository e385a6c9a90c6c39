/**
 * The library's export and import, wired to the formats of `lib/backup/`: exports are built a page of notes at a
 * time into a Blob; imports are read a chunk at a time (`stream-import.ts`), small odd files (a lone Annotation)
 * whole.
 */
import { exportMarkdown } from '../backup/export';
import { importAnnotations, ImportError } from '../backup/import';
import {
  blobText,
  MAX_STREAMED_IMPORT_BYTES,
  readAnnotations,
  RefusalTally,
  type RefusalSummary,
} from '../backup/stream-import';
import { csvBlob, jsonLdBlob } from '../backup/stream-export';
import { IMPORT_BATCH_SIZE } from '../messaging/library-api';
import type { Note } from '../model';
import type { ExportFormat, LibraryIo } from './io';

const FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  // CSV starts with a byte-order mark so spreadsheet programs read the UTF-8 (accents, quotes) correctly.
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
};

/** Files this small that hold no list (a lone Annotation) are read whole, as `importAnnotations` reads them. */
const WHOLE_FILE_BYTES = 8 * 1024 * 1024;

async function writeFile(pages: AsyncIterable<readonly Note[]>, format: ExportFormat): Promise<Blob> {
  const { mimeType } = FILES[format];
  if (format === 'jsonld') return jsonLdBlob(pages, { type: mimeType });
  if (format === 'csv') return csvBlob(pages, mimeType);
  // Markdown groups notes by page across the whole library: it needs them all.
  const all: Note[] = [];
  for await (const notes of pages) all.push(...notes);
  return new Blob([exportMarkdown(all)], { type: mimeType });
}

export const annotationsIo: LibraryIo = {
  async exportNotes(pages, format) {
    const file = FILES[format];
    return {
      filename: `footnote-annotations.${file.extension}`,
      mimeType: file.mimeType,
      blob: await writeFile(pages, format),
    };
  },
  async readImport(file, onBatch, options = {}) {
    // One id source and one clock for the whole read, the whole-file fallback included: a second read with the
    // same options makes the same notes (the import takes back a broken file's notes by reading it again).
    const newId = options.newId ?? (() => crypto.randomUUID());
    const now = options.now ?? Date.now();
    try {
      const outcome = await readAnnotations(blobText(file), { batchSize: IMPORT_BATCH_SIZE, onBatch, newId, now });
      return { refused: outcome.refused.summary(), refusedCount: outcome.refused.total };
    } catch (error) {
      if (!(error instanceof ImportError) || !/not a known annotation export/.test(error.message)) throw error;
      if (file.size > WHOLE_FILE_BYTES) throw error;
      // No list of annotations: perhaps one Annotation on its own, which the whole-file reader understands.
      const whole = importAnnotations(await file.text(), { newId, now });
      const tally = new RefusalTally();
      for (const skip of whole.skipped) tally.add({ reason: skip.reason }, `#${skip.index + 1}`);
      for (let at = 0; at < whole.notes.length; at += IMPORT_BATCH_SIZE)
        await onBatch(whole.notes.slice(at, at + IMPORT_BATCH_SIZE));
      return { refused: tally.summary() satisfies RefusalSummary[], refusedCount: tally.total };
    }
  },
  checkFileSize(bytes) {
    if (bytes > MAX_STREAMED_IMPORT_BYTES) {
      throw new ImportError(
        `The file is too large to import (${(bytes / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_STREAMED_IMPORT_BYTES / 1024 / 1024} MB).`,
      );
    }
  },
};
