/**
 * What the export and import modules share: the JSON-LD vocabulary (W3C Web Annotation context plus Footnote's
 * namespaced extension keys), the mapping between note ids and annotation ids, and note helpers.
 */
import type { Note } from '../model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of Footnote's extension keys (`footnote:colour`...); a URN, never fetched. */
export const FOOTNOTE_NAMESPACE = 'urn:footnote:ns:';
export const FOOTNOTE_CONTEXT = [ANNO_CONTEXT, { footnote: FOOTNOTE_NAMESPACE }] as const;

/** Extension keys on each exported Annotation. */
export const KEY = {
  id: 'footnote:id',
  colour: 'footnote:colour',
  canonicalUrl: 'footnote:canonicalUrl',
  title: 'footnote:title',
  flagId: 'footnote:flagId',
  quote: 'footnote:quote',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for a note id: `urn:uuid:` for UUIDs, otherwise a `footnote:` URI. */
export function annotationIri(noteId: string): string {
  return UUID.test(noteId) ? `urn:uuid:${noteId.toLowerCase()}` : `footnote:note/${encodeURIComponent(noteId)}`;
}

/** The note id behind an annotation IRI written by `annotationIri` (other IRIs are kept whole). */
export function noteIdFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri)) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith('footnote:note/')) {
    try {
      return decodeURIComponent(iri.slice('footnote:note/'.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

/** Where a note's passage starts in its page, for ordering notes as they read; page notes first. */
export function notePosition(note: Note): number {
  const position = note.selectors.find((s) => s.type === 'TextPositionSelector');
  return position ? position.start : note.selectors.length ? Number.MAX_SAFE_INTEGER : -1;
}

/** Notes grouped by page (canonical URL), pages in order of their first note, notes in reading order. */
export function notesByPage(notes: readonly Note[]): Note[][] {
  const pages = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => a.created - b.created)) {
    const key = note.canonicalUrl || note.pageUrl;
    const list = pages.get(key);
    if (list) list.push(note);
    else pages.set(key, [note]);
  }
  return [...pages.values()].map((list) =>
    list.sort((a, b) => notePosition(a) - notePosition(b) || a.created - b.created),
  );
}
