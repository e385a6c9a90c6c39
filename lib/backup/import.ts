/**
 * Reading notes back from files: Footnote's own JSON-LD export (exact round trip, ids kept), other W3C Web
 * Annotation collections, and Hypothesis's JSON export (an array or `{ rows: [...] }`). Every annotation is checked
 * with a valibot schema; one that does not fit is reported in `skipped`, a file that does not fit throws
 * `ImportError`. Nothing is written here: callers store the whole list in one transaction, or nothing.
 */
import { FootnoteError } from '../errors';
import * as v from 'valibot';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../core/anchoring/selectors';
import { HIGHLIGHT_COLOURS, type HighlightColour, type Note } from '../model';
import { cleanUrl } from '../core/site/clean-url';
import { isWebAddress, schemeOf } from '../storage/note-record';
import { KEY, noteIdFromIri } from './format';

/**
 * Text above this is refused by `importAnnotations`, which parses a file whole. The library does not use it for
 * exports of any size: it streams them (stream-import.ts, MAX_STREAMED_IMPORT_BYTES; 100,000 notes are ~120 MB).
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export class ImportError extends FootnoteError {
  override readonly name = 'ImportError';
}

export interface ImportResult {
  notes: Note[];
  skipped: { index: number; reason: string }[];
  format: 'footnote' | 'web-annotation' | 'hypothesis';
}

export interface ImportOptions {
  /** Creates ids for annotations without one (default: crypto.randomUUID). */
  newId?: () => string;
  /** Time stamp for annotations without dates (default: Date.now()). */
  now?: number;
}

/** Refuses a file by its size before it is read (e.g. `File.size` in the options page). */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is too large to import (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
    );
  }
}

// --- Schemas ---------------------------------------------------------------------------------------------------

const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'an empty quote')),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});

const PositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((s) => s.start <= s.end, 'a position selector ending before it starts'),
);

/** Any selector: only its type is read first; quote and position selectors are then validated in full. */
const AnySelectorSchema = v.looseObject({ type: v.string() });
const SelectorListSchema = v.union([v.array(AnySelectorSchema), AnySelectorSchema]);

const DateSchema = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'an unreadable date'),
);

const TextualBodySchema = v.looseObject({
  type: v.optional(v.string()),
  value: v.optional(v.string()),
  purpose: v.optional(v.string()),
});

const WebTargetSchema = v.union([
  v.string(),
  v.looseObject({ source: v.string(), selector: v.optional(SelectorListSchema) }),
]);

const WebAnnotationSchema = v.looseObject({
  id: v.optional(v.string()),
  type: v.union([v.literal('Annotation'), v.array(v.string())]),
  motivation: v.optional(v.union([v.string(), v.array(v.string())])),
  created: v.optional(DateSchema),
  modified: v.optional(DateSchema),
  // The array first: valibot's looseObject also accepts arrays.
  body: v.optional(v.union([v.array(v.union([v.string(), TextualBodySchema])), v.string(), TextualBodySchema])),
  bodyValue: v.optional(v.string()),
  target: v.union([WebTargetSchema, v.array(WebTargetSchema)]),
  [KEY.id]: v.optional(v.string()),
  [KEY.colour]: v.optional(v.string()),
  [KEY.canonicalUrl]: v.optional(v.string()),
  [KEY.title]: v.optional(v.string()),
  [KEY.flagId]: v.optional(v.string()),
  [KEY.quote]: v.optional(v.string()),
});

const HypothesisTargetSchema = v.looseObject({
  source: v.optional(v.string()),
  selector: v.optional(SelectorListSchema),
});

const HypothesisAnnotationSchema = v.looseObject({
  id: v.optional(v.string()),
  created: v.optional(DateSchema),
  updated: v.optional(DateSchema),
  uri: v.pipe(v.string(), v.minLength(1, 'no uri')),
  text: v.optional(v.string()),
  value: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  target: v.optional(v.array(HypothesisTargetSchema)),
  references: v.optional(v.array(v.string())),
  document: v.optional(v.looseObject({ title: v.optional(v.union([v.string(), v.array(v.string())])) })),
});

// --- Entry point -----------------------------------------------------------------------------------------------

/** Parses an export file's text into notes. Throws ImportError when the file as a whole cannot be used. */
export function importAnnotations(text: string, options: ImportOptions = {}): ImportResult {
  // UTF-16 length is at most the UTF-8 size, so this never refuses a file within the limit.
  checkImportSize(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`The file is not JSON (${(error as Error).message}).`);
  }
  const found = findAnnotations(data);
  if (!found) {
    throw new ImportError(
      'The file is not a known annotation export: expected a Footnote or W3C Web Annotation collection, or a Hypothesis export (a list of annotations or { "rows": [...] }).',
    );
  }
  if (!found.items.length) throw new ImportError('The file holds no annotations.');
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? Date.now();
  const notes: Note[] = [];
  const skipped: ImportResult['skipped'] = [];
  found.items.forEach((item, index) => {
    const converted = convertAnnotation(item, found.format, newId, now);
    if ('reason' in converted)
      skipped.push({
        index,
        reason: converted.example ? `${converted.reason}: ${converted.example}` : converted.reason,
      });
    else notes.push(converted);
  });
  const ownKeys = found.items.some((item) => isRecord(item) && KEY.canonicalUrl in item);
  const format = found.format === 'hypothesis' ? 'hypothesis' : ownKeys ? 'footnote' : 'web-annotation';
  return { notes, skipped, format };
}

/** Why one annotation of a file was not imported; `example` shows the offending value (an address). */
export interface Refusal {
  reason: string;
  example?: string;
}

/**
 * One annotation of a file as a note, or why it is refused: not a valid annotation, or a page address that is not
 * http(s) (`javascript:`, `data:`, `file:`... a library link must never run or load anything but a web page).
 */
export function convertAnnotation(
  item: unknown,
  family: 'web' | 'hypothesis',
  newId: () => string,
  now: number,
): Note | Refusal {
  const converted = family === 'hypothesis' ? fromHypothesis(item, newId, now) : fromWebAnnotation(item, newId, now);
  if (typeof converted === 'string') return { reason: converted };
  for (const [label, url] of [
    ['page address', converted.pageUrl],
    ['canonical address', converted.canonicalUrl],
  ] as const) {
    if (!isWebAddress(url)) {
      return {
        reason: `a ${schemeOf(url)} ${label} (only http and https pages are kept)`,
        example: url.length > 60 ? `${url.slice(0, 59)}…` : url,
      };
    }
  }
  return converted;
}

/** Which family of format an item of a plain list belongs to (lists may hold either). */
export function familyOf(item: unknown): 'web' | 'hypothesis' | null {
  if (typeIs(item, 'Annotation')) return 'web';
  if (isRecord(item) && ('uri' in item || 'target' in item)) return 'hypothesis';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeIs(value: unknown, type: string): boolean {
  if (!isRecord(value)) return false;
  const t = value.type ?? value['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Where the annotations are in a parsed file, and which family of format it is. */
function findAnnotations(data: unknown): { items: unknown[]; format: 'web' | 'hypothesis' } | null {
  if (isRecord(data) && Array.isArray(data.rows)) return { items: data.rows, format: 'hypothesis' };
  if (typeIs(data, 'AnnotationCollection') && isRecord(data)) {
    const first = data.first;
    if (isRecord(first) && Array.isArray(first.items)) return { items: first.items, format: 'web' };
    if (Array.isArray(data.items)) return { items: data.items, format: 'web' };
    if (data.total === 0) return { items: [], format: 'web' };
    return null;
  }
  if (typeIs(data, 'AnnotationPage') && isRecord(data) && Array.isArray(data.items)) {
    return { items: data.items, format: 'web' };
  }
  if (typeIs(data, 'Annotation')) return { items: [data], format: 'web' };
  if (Array.isArray(data)) {
    if (!data.length) return { items: [], format: 'web' };
    if (data.some((item) => typeIs(item, 'Annotation'))) return { items: data, format: 'web' };
    if (data.some((item) => isRecord(item) && ('uri' in item || 'target' in item))) {
      return { items: data, format: 'hypothesis' };
    }
  }
  return null;
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * The quote and position selectors of a selector list, validated; Range, XPath, CSS and fragment selectors are
 * dropped. A string is returned when a quote or position selector is malformed.
 */
function usableSelectors(raw: unknown): Selector[] | string {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const selector of list) {
    if (!isRecord(selector)) continue;
    if (selector.type === 'TextQuoteSelector' && !quote) {
      const parsed = v.safeParse(QuoteSelectorSchema, selector);
      if (!parsed.success) return `TextQuoteSelector: ${firstIssue(parsed.issues)}`;
      quote = {
        type: 'TextQuoteSelector',
        exact: parsed.output.exact,
        prefix: parsed.output.prefix,
        suffix: parsed.output.suffix,
      };
    } else if (selector.type === 'TextPositionSelector' && !position) {
      const parsed = v.safeParse(PositionSelectorSchema, selector);
      if (!parsed.success) return `TextPositionSelector: ${firstIssue(parsed.issues)}`;
      position = { type: 'TextPositionSelector', start: parsed.output.start, end: parsed.output.end };
    }
  }
  const selectors: Selector[] = [];
  if (quote) selectors.push(quote);
  if (position) selectors.push(position);
  // Keep the order the file gave (a round trip must return the same array).
  const order = list.filter(isRecord).map((s) => s.type);
  return selectors.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

function colourOf(value: unknown): HighlightColour {
  return (HIGHLIGHT_COLOURS as readonly unknown[]).includes(value) ? (value as HighlightColour) : 'yellow';
}

function timeOf(iso: string | undefined, fallback: number): number {
  return iso ? Date.parse(iso) : fallback;
}

function fromWebAnnotation(item: unknown, newId: () => string, now: number): Note | string {
  const parsed = v.safeParse(WebAnnotationSchema, item);
  if (!parsed.success) return `not a valid Annotation (${firstIssue(parsed.issues)})`;
  const a = parsed.output;
  const targets = Array.isArray(a.target) ? a.target : [a.target];
  const target = targets[0];
  const source = typeof target === 'string' ? target : target.source;
  const selectors = usableSelectors(typeof target === 'string' ? undefined : target.selector);
  if (typeof selectors === 'string') return selectors;
  if (typeof target !== 'string' && target.selector !== undefined && !selectors.length) {
    return 'no TextQuoteSelector or TextPositionSelector to anchor it';
  }
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const texts: string[] = [];
  const tags: string[] = [];
  for (const body of bodies) {
    if (typeof body === 'string') continue; // a body IRI: nothing to show
    if (body.purpose === 'tagging') {
      if (body.value) tags.push(body.value);
    } else if (typeof body.value === 'string') texts.push(body.value);
  }
  if (a.bodyValue) texts.push(a.bodyValue);
  const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector');
  const created = timeOf(a.created, now);
  const note: Note = {
    id: a[KEY.id] ?? (a.id ? noteIdFromIri(a.id) : newId()),
    pageUrl: source,
    canonicalUrl: a[KEY.canonicalUrl] ?? cleanUrl(source),
    title: a[KEY.title] ?? '',
    selectors,
    quote: a[KEY.quote] ?? quoteSelector?.exact ?? '',
    body: texts.join('\n\n'),
    tags,
    colour: colourOf(a[KEY.colour]),
    created,
    updated: timeOf(a.modified, created),
  };
  if (a[KEY.flagId]) note.flagId = a[KEY.flagId];
  return note;
}

function fromHypothesis(item: unknown, newId: () => string, now: number): Note | string {
  const parsed = v.safeParse(HypothesisAnnotationSchema, item);
  if (!parsed.success) return `not a valid Hypothesis annotation (${firstIssue(parsed.issues)})`;
  const a = parsed.output;
  if (a.references?.length) return 'a reply to another annotation';
  const target = a.target?.[0];
  const selectors = usableSelectors(target?.selector);
  if (typeof selectors === 'string') return selectors;
  if (target?.selector !== undefined && !selectors.length)
    return 'no TextQuoteSelector or TextPositionSelector to anchor it';
  const title = a.document?.title;
  const created = timeOf(a.created, now);
  const pageUrl = target?.source ?? a.uri;
  return {
    id: a.id ?? newId(),
    pageUrl,
    canonicalUrl: cleanUrl(a.uri),
    title: (Array.isArray(title) ? title[0] : title) ?? '',
    selectors,
    quote: selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '',
    body: a.text ?? a.value ?? '',
    tags: a.tags ?? [],
    colour: 'yellow',
    created,
    updated: timeOf(a.updated, created),
  };
}
