/**
 * Reading an annotation export of any size a piece at a time: `ItemScanner` walks the JSON text as it arrives and
 * hands out each annotation of the file's list (a W3C collection's `first.items` or `items`, Hypothesis's `rows`,
 * or a top-level list) as soon as its closing brace is read, so memory holds one chunk and one annotation, never
 * the file. `readAnnotations` turns them into notes in batches and tallies what it refused and why.
 */
import type { Note } from '../model';
import { convertAnnotation, familyOf, ImportError, type Refusal } from './import';

/** The largest single annotation read (its JSON): far above any note the extension writes (see the tests). */
export const MAX_ANNOTATION_CHARS = 8 * 1024 * 1024;

/**
 * The largest file imported. The import holds one chunk and one batch at a time, so its memory does not grow with
 * the file: the limit is time. 1,000,000 notes, the most the backup benchmark (scripts/bench-backup.ts) measured,
 * export to about 900 MB; 2 GB leaves room for longer notes and keeps an import within minutes.
 */
export const MAX_STREAMED_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

/** Where a file keeps its list of annotations, by path from the top ($ = the top-level value). */
const LIST_PATHS = new Set(['$', '$.rows', '$.items', '$.first.items']);

interface Frame {
  array: boolean;
  path: string;
  key: string | null;
  expectKey: boolean;
}

const WHITESPACE = /\s/;
const LITERAL = /[-+.0-9eEtrufalsn]/;

export class ItemScanner {
  /** The path of the list the annotations come from, once found. */
  listPath: string | null = null;
  /** The top-level object's `type`, when it is a string ("AnnotationCollection"). */
  rootType: string | null = null;
  private stack: Frame[] = [];
  private listDepth = -1;
  private started = false;
  private ended = false;
  private consumed = 0;
  // A string outside the list (a key or a top-level value).
  private inString = false;
  private escaped = false;
  private stringParts: string[] = [];
  // The annotation being read.
  private capturing = false;
  private depth = 0;
  private capInString = false;
  private capEscaped = false;
  private capParts: string[] = [];
  private capLength = 0;

  /** Reads the next piece of text; returns the annotations completed in it, parsed. */
  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    const n = chunk.length;
    let i = 0;
    let start = 0; // where the current capture or string began in this chunk
    // The next '"' and '\\' at or after i (n: none left in this chunk), looked up again only once passed.
    let nextQuote = -1;
    let nextBackslash = -1;
    const find = (char: string, cached: number) => {
      if (cached >= i) return cached;
      const at = chunk.indexOf(char, i);
      return at === -1 ? n : at;
    };
    while (i < n) {
      if (this.capturing) {
        if (this.capInString) {
          if (this.capEscaped) {
            this.capEscaped = false;
            i++;
            continue;
          }
          nextQuote = find('"', nextQuote);
          nextBackslash = find('\\', nextBackslash);
          if (nextBackslash < nextQuote) {
            i = nextBackslash + 1;
            this.capEscaped = true;
            continue;
          }
          if (nextQuote === n) {
            i = n;
            continue;
          }
          i = nextQuote + 1;
          this.capInString = false;
          continue;
        }
        const c = chunk[i];
        if (c === '"') this.capInString = true;
        else if (c === '{' || c === '[') this.depth++;
        else if (c === '}' || c === ']') {
          if (this.depth === 0) {
            out.push(this.finishItem(chunk.slice(start, i)));
            continue; // the list's own "]": read it as structure
          }
          this.depth--;
          if (this.depth === 0) {
            out.push(this.finishItem(chunk.slice(start, i + 1)));
            i++;
            continue;
          }
        } else if (c === ',' && this.depth === 0) {
          out.push(this.finishItem(chunk.slice(start, i)));
          continue;
        }
        i++;
        continue;
      }
      if (this.inString) {
        const c = chunk[i];
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.endString(chunk.slice(start, i));
          i++;
          continue;
        }
        i++;
        continue;
      }
      const c = chunk[i];
      const top = this.stack[this.stack.length - 1];
      if (top && top.array && this.stack.length === this.listDepth && !WHITESPACE.test(c) && c !== ',' && c !== ']') {
        this.capturing = true;
        this.depth = 0;
        this.capParts = [];
        this.capLength = 0;
        start = i;
        continue; // read this first character in capture
      }
      if (this.ended && !WHITESPACE.test(c)) this.fail(c);
      if (c === '{' || c === '[') this.open(c === '[');
      else if (c === '}' || c === ']') {
        if (!top || top.array !== (c === ']')) this.fail(c);
        this.stack.pop();
        if (this.stack.length === 0) this.ended = true;
      } else if (c === '"') {
        this.started = true;
        if (!top) this.ended = true; // a lone string: not an export, said at the end
        this.inString = true;
        this.stringParts = [];
        start = i + 1;
      } else if (c === ',') {
        if (top && !top.array) top.expectKey = true;
      } else if (c === ':' || WHITESPACE.test(c)) {
        // structure only
      } else if (LITERAL.test(c)) {
        this.started = true;
        if (!top) this.ended = true;
      } else this.fail(c);
      i++;
    }
    if (this.capturing) this.keepCapture(chunk.slice(start));
    else if (this.inString) this.stringParts.push(chunk.slice(start));
    this.consumed += n;
    return out;
  }

  /** Checks the file ended where its JSON did. */
  end(): void {
    if (!this.started) throw new ImportError('The file is not JSON (it is empty).');
    if (this.capturing || this.inString || this.stack.length > 0) {
      throw new ImportError('The file ends before its annotations do: it was probably cut short.');
    }
  }

  private open(array: boolean): void {
    this.started = true;
    const parent = this.stack[this.stack.length - 1];
    if (!parent && this.ended) this.fail(array ? '[' : '{');
    const path = !parent ? '$' : parent.array ? `${parent.path}[]` : `${parent.path}.${parent.key ?? ''}`;
    this.stack.push({ array, path, key: null, expectKey: !array });
    if (array && this.listPath === null && LIST_PATHS.has(path)) {
      if (
        (path === '$.items' || path === '$.first.items') &&
        this.rootType !== null &&
        !isCollectionType(this.rootType)
      )
        return;
      this.listPath = path;
      this.listDepth = this.stack.length;
    }
  }

  private endString(tail: string): void {
    this.inString = false;
    const raw = this.stringParts.join('') + tail;
    this.stringParts = [];
    const top = this.stack[this.stack.length - 1];
    if (!top || top.array) return;
    if (top.expectKey) {
      top.key = parseJsonString(raw);
      top.expectKey = false;
    } else if (this.stack.length === 1 && top.key === 'type') {
      this.rootType = parseJsonString(raw);
    }
  }

  private keepCapture(text: string): void {
    this.capParts.push(text);
    this.capLength += text.length;
    if (this.capLength > MAX_ANNOTATION_CHARS) {
      throw new ImportError(
        `An annotation in the file is larger than ${MAX_ANNOTATION_CHARS / 1024 / 1024} MB: it is not one Footnote or Hypothesis wrote.`,
      );
    }
  }

  private finishItem(tail: string): unknown {
    this.keepCapture(tail);
    const text = this.capParts.join('');
    this.capturing = false;
    this.capParts = [];
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ImportError(`The file is not JSON (${(error as Error).message}).`);
    }
  }

  private fail(char: string): never {
    throw new ImportError(
      `The file is not JSON (unexpected ${JSON.stringify(char)} near character ${this.consumed.toLocaleString('en')}).`,
    );
  }
}

function isCollectionType(type: string): boolean {
  return type === 'AnnotationCollection' || type === 'AnnotationPage';
}

function parseJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** What was refused, by reason: how many, and a few examples of each. */
export interface RefusalSummary {
  reason: string;
  count: number;
  examples: string[];
}

export class RefusalTally {
  private readonly byReason = new Map<string, RefusalSummary>();
  total = 0;

  add(refusal: Refusal, where: string): void {
    this.total++;
    let entry = this.byReason.get(refusal.reason);
    if (!entry) this.byReason.set(refusal.reason, (entry = { reason: refusal.reason, count: 0, examples: [] }));
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(refusal.example ? `${where}: ${refusal.example}` : where);
  }

  summary(): RefusalSummary[] {
    return [...this.byReason.values()].sort((a, b) => b.count - a.count);
  }
}

export interface ReadOptions {
  batchSize: number;
  /**
   * Receives each batch of notes, one call at a time and in order: a batch is handed over only once the one before
   * it has settled. While a batch is being written the next one is read (the file is parsed while the background
   * writes), and no further: at most two batches are held (the import's back-pressure).
   */
  onBatch: (notes: Note[]) => Promise<void>;
  /**
   * Ids for annotations without one (default: crypto.randomUUID). The library passes a counter per read, so that
   * reading a file again makes the same ids (how it takes back what a broken file wrote).
   */
  newId?: () => string;
  /** Time stamp for annotations without dates (default: Date.now()). */
  now?: number;
}

export interface ReadOutcome {
  /** Annotations in the file, refused ones included. */
  read: number;
  refused: RefusalTally;
  format: 'footnote' | 'web-annotation' | 'hypothesis';
}

/**
 * Reads an export from its text chunks: notes go to `onBatch`, refusals to the tally. Throws ImportError when the
 * file as a whole is not an export (the caller takes back what earlier batches wrote).
 */
export async function readAnnotations(chunks: AsyncIterable<string>, options: ReadOptions): Promise<ReadOutcome> {
  const scanner = new ItemScanner();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? Date.now();
  const refused = new RefusalTally();
  let batch: Note[] = [];
  let read = 0;
  let ownKeys = false;
  let first = true;
  // The batch being written, if any: awaited before the next is handed over, so batches never overlap.
  const inFlight: { batch: Promise<void> | null } = { batch: null };
  const handOver = async (notes: Note[]) => {
    if (inFlight.batch) await inFlight.batch;
    inFlight.batch = options.onBatch(notes);
    // Seen now: a failure is rethrown when the next batch or the end awaits it, never reported as unhandled.
    inFlight.batch.catch(() => undefined);
  };
  try {
    for await (const raw of chunks) {
      const chunk = first ? raw.replace(/^\uFEFF/, '') : raw;
      first = false;
      for (const item of scanner.push(chunk)) {
        read++;
        const family = scanner.listPath === '$.rows' ? 'hypothesis' : scanner.listPath === '$' ? familyOf(item) : 'web';
        if (!family) {
          refused.add({ reason: 'not an annotation' }, `#${read}`);
          continue;
        }
        if (family === 'web' && item && typeof item === 'object' && 'footnote:canonicalUrl' in item) ownKeys = true;
        const converted = convertAnnotation(item, family, newId, now);
        if ('reason' in converted) refused.add(converted, `#${read}`);
        else batch.push(converted);
        if (batch.length >= options.batchSize) {
          await handOver(batch);
          batch = [];
        }
      }
    }
    scanner.end();
  } finally {
    // Whatever happened, the batch in flight settles before the caller hears (it may take back what was written).
    await inFlight.batch?.catch(() => undefined);
  }
  // A batch that failed fails the import, as when batches were awaited one by one.
  await inFlight.batch;
  if (
    scanner.listPath === null ||
    ((scanner.listPath === '$.items' || scanner.listPath === '$.first.items') &&
      !isCollectionType(scanner.rootType ?? ''))
  ) {
    throw new ImportError(
      'The file is not a known annotation export: expected a Footnote or W3C Web Annotation collection, or a Hypothesis export (a list of annotations or { "rows": [...] }).',
    );
  }
  if (read === 0) throw new ImportError('The file holds no annotations.');
  if (scanner.listPath === '$' && refused.total === read) {
    throw new ImportError('The file is not a known annotation export: its list holds no annotations.');
  }
  if (batch.length) await options.onBatch(batch);
  const format = scanner.listPath === '$.rows' ? 'hypothesis' : ownKeys ? 'footnote' : 'web-annotation';
  return { read, refused, format };
}

/** A Blob's text, a chunk at a time (File.stream where there is one, else slices). */
export async function* blobText(blob: Blob, chunkBytes = 1 << 20): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < blob.size; at += chunkBytes) {
      const bytes = new Uint8Array(await blob.slice(at, at + chunkBytes).arrayBuffer());
      yield decoder.decode(bytes, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) throw new ImportError('The file is not text (it is not valid UTF-8).');
    throw error;
  }
}
