/**
 * The library's export and import, wired to the exporters and importers of `lib/backup/`.
 */
import { exportCsv, exportJsonLdText, exportMarkdown } from '../backup/export';
import { checkImportSize, importAnnotations } from '../backup/import';
import type { ExportFile, ExportFormat, LibraryIo } from './io';

const FILES: Record<
  ExportFormat,
  { extension: string; mimeType: string; write: (notes: Parameters<typeof exportCsv>[0]) => string }
> = {
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json', write: (notes) => exportJsonLdText(notes) },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', write: exportMarkdown },
  // A byte-order mark so spreadsheet programs read the UTF-8 (accents, quotes) correctly.
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', write: (notes) => '\uFEFF' + exportCsv(notes) },
};

export const annotationsIo: LibraryIo = {
  exportNotes(notes, format): ExportFile {
    const file = FILES[format];
    return { filename: `footnote-annotations.${file.extension}`, mimeType: file.mimeType, text: file.write(notes) };
  },
  parseImport(text) {
    const result = importAnnotations(text);
    return { notes: result.notes, invalid: result.skipped.length };
  },
  checkFileSize: checkImportSize,
};
