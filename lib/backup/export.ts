/**
 * Exports of a reader's notes: W3C Web Annotation JSON-LD (an AnnotationCollection, which `import.ts` reads back
 * exactly), Markdown (one section per page) and CSV (RFC 4180, safe to open in a spreadsheet).
 */
import type { Note } from '../model';
import { FOOTNOTE_CONTEXT, KEY, annotationIri, notesByPage } from './format';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'assessing';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector?: Note['selectors'] };
  [KEY.id]: string;
  [KEY.colour]: Note['colour'];
  [KEY.canonicalUrl]: string;
  [KEY.title]: string;
  [KEY.flagId]?: string;
  [KEY.quote]?: string;
}

export interface AnnotationCollection {
  '@context': typeof FOOTNOTE_CONTEXT;
  id?: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.body) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const quoteSelector = note.selectors.find((s) => s.type === 'TextQuoteSelector');
  const annotation: WebAnnotation = {
    id: annotationIri(note.id),
    type: 'Annotation',
    motivation: note.flagId ? 'assessing' : note.body.trim() ? 'commenting' : 'highlighting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    ...(body.length ? { body } : {}),
    target: { source: note.pageUrl, ...(note.selectors.length ? { selector: note.selectors } : {}) },
    [KEY.id]: note.id,
    [KEY.colour]: note.colour,
    [KEY.canonicalUrl]: note.canonicalUrl,
    [KEY.title]: note.title,
  };
  if (note.flagId) annotation[KEY.flagId] = note.flagId;
  // The quote is the quote selector's text; kept apart only when they differ, so the round trip stays exact.
  if (note.quote !== (quoteSelector?.exact ?? '')) annotation[KEY.quote] = note.quote;
  return annotation;
}

export function exportJsonLd(
  notes: readonly Note[],
  options: { id?: string; label?: string } = {},
): AnnotationCollection {
  const items = notes.map(toWebAnnotation);
  return {
    '@context': FOOTNOTE_CONTEXT,
    ...(options.id ? { id: options.id } : {}),
    type: 'AnnotationCollection',
    label: options.label ?? 'Footnote notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as a JSON file's text. */
export function exportJsonLdText(notes: readonly Note[], options: { id?: string; label?: string } = {}): string {
  return JSON.stringify(exportJsonLd(notes, options), null, 2) + '\n';
}

/** Markdown: `## title` and the page's link, page notes, then each passage as a `>` block with its note and tags. */
export function exportMarkdown(notes: readonly Note[]): string {
  const sections: string[] = [];
  for (const page of notesByPage(notes)) {
    const first = page[0];
    const url = first.canonicalUrl || first.pageUrl;
    const lines = [`## ${oneLine(first.title) || url}`, '', `<${url}>`, ''];
    for (const note of page) {
      if (note.quote) {
        lines.push(...note.quote.split(/\r?\n/).map((line) => (line.trim() ? `> ${line}` : '>')), '');
      }
      if (note.body.trim()) lines.push(note.body.trim(), '');
      if (note.tags.length) lines.push(`Tags: ${note.tags.map((tag) => `#${tag.replace(/\s+/g, '-')}`).join(' ')}`, '');
      if (!note.quote && !note.body.trim() && !note.tags.length) lines.push('_(page highlighted)_', '');
    }
    sections.push(lines.join('\n'));
  }
  return sections.join('\n').replace(/\n+$/, '\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'page_url',
  'canonical_url',
  'quote',
  'note',
  'tags',
  'colour',
  'flag_id',
  'created',
  'updated',
] as const;

/** RFC 4180 CSV with a header row and CRLF line ends; cells a spreadsheet would run as formulas are defused. */
export function exportCsv(notes: readonly Note[]): string {
  const rows = notes.map((note) => [
    note.id,
    note.title,
    note.pageUrl,
    note.canonicalUrl,
    note.quote,
    note.body,
    note.tags.join('; '),
    note.colour,
    note.flagId ?? '',
    new Date(note.created).toISOString(),
    new Date(note.updated).toISOString(),
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Leading characters that make Excel, LibreOffice or Sheets evaluate a cell (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
