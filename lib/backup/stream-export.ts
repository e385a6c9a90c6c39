/**
 * Exports written a page of notes at a time into a Blob, never as one string: each page of annotations becomes a
 * Blob part (held by the browser, outside the script's heap), and the file is the parts joined. The JSON-LD text is
 * exactly what `exportJsonLdText` writes for the same notes, so `import.ts` and `stream-import.ts` read it back.
 */
import type { Note } from '../model';
import { exportCsv, exportJsonLd, exportJsonLdText, toWebAnnotation } from './export';

/** The items of a pretty-printed collection sit six spaces in (collection > first > items). */
const ITEM_INDENT = '      ';

function itemText(note: Note): string {
  return ITEM_INDENT + JSON.stringify(toWebAnnotation(note), null, 2).replace(/\n/g, `\n${ITEM_INDENT}`);
}

/** Footnote's JSON-LD collection of every note the pages give, as a Blob. */
export async function jsonLdBlob(
  pages: AsyncIterable<readonly Note[]>,
  options: { label?: string; type?: string } = {},
): Promise<Blob> {
  const parts: Blob[] = [];
  let total = 0;
  for await (const notes of pages) {
    if (!notes.length) continue;
    parts.push(new Blob([(total ? ',\n' : '') + notes.map(itemText).join(',\n')]));
    total += notes.length;
  }
  const type = options.type ?? 'application/ld+json';
  if (total === 0) return new Blob([exportJsonLdText([], options)], { type });
  // The collection around the items: written with a marker for them, which is then split out.
  const shell = JSON.stringify({ ...exportJsonLd([], options), total }, null, 2);
  const [head, tail] = shell.split('"items": []');
  return new Blob([`${head}"items": [\n`, ...parts, `\n    ]${tail}\n`], { type });
}

/** CSV of every note the pages give: the header once, then each page's rows. */
export async function csvBlob(pages: AsyncIterable<readonly Note[]>, type: string): Promise<Blob> {
  const parts: BlobPart[] = ['\uFEFF'];
  let first = true;
  for await (const notes of pages) {
    const text = exportCsv(notes);
    // exportCsv writes the header row each time: keep it from the first page only.
    parts.push(first ? text : text.slice(text.indexOf('\r\n') + 2));
    first = false;
  }
  if (first) parts.push(exportCsv([]));
  return new Blob(parts, { type });
}

/** An array read as pages (for exports of notes the library already holds). */
export async function* inPages<T>(items: readonly T[], size = 2000): AsyncGenerator<readonly T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}
