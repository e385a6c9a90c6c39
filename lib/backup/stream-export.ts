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

/**
 * The pages of an async source, each asked for before the one before it is handed out: while the caller writes a
 * page, the next one is on its way (from the background, over a message). One page ahead, never more.
 */
export async function* readingAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      // Seen now: a failure surfaces when the loop awaits it, never as an unhandled rejection meanwhile.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    // Stopped early (the caller broke off or failed): the source is closed once the page asked for has come.
    await next.catch(() => undefined);
    await iterator.return?.();
  }
}

/** Footnote's JSON-LD collection of every note the pages give, as a Blob. */
export async function jsonLdBlob(
  pages: AsyncIterable<readonly Note[]>,
  options: { label?: string; type?: string } = {},
): Promise<Blob> {
  const parts: Blob[] = [];
  let total = 0;
  for await (const notes of readingAhead(pages)) {
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
  for await (const notes of readingAhead(pages)) {
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
