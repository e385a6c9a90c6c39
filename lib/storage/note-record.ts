/**
 * Reading a stored or imported record as a Note, or saying what is wrong with it. Absent optional fields get their
 * defaults (tags [], colour yellow, updated = created); a field that is present but unreadable (`body: 5`,
 * `created: 'yesterday'`, a `javascript:` page) is a problem, never silently replaced: the record is kept apart.
 */
import type { Selector } from '../core/anchoring/selectors';
import { HIGHLIGHT_COLOURS, type HighlightColour, type Note, type QuarantineFix } from '../model';

export type NoteReading = { ok: true; note: Note } | { ok: false; problems: string[] };

/** A value shown in a problem line, short. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Whether an address is an http(s) web page: the only pages Footnote keeps notes for. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The scheme of an address ("javascript:"), or a description when it is not one. */
export function schemeOf(url: string): string {
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return match ? `${match[1].toLowerCase()}:` : 'not an address';
}

function addressProblem(label: string, value: unknown): string | null {
  if (value === undefined || value === '') return `no ${label}`;
  if (typeof value !== 'string') return `the ${label} is not text (${shown(value)})`;
  if (!isWebAddress(value)) return `the ${label} is not an http(s) address (${shown(value)})`;
  return null;
}

function isSelector(value: unknown): value is Selector {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (s.type === 'TextQuoteSelector')
    return typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
  if (s.type === 'TextPositionSelector')
    return Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number);
  return false;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads a record as a Note: the note (defaults filled in for absent fields), or every problem found. */
export function readNote(record: unknown): NoteReading {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, problems: [`not a note record (${shown(record)})`] };
  }
  const r = record as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof r.id !== 'string' || !r.id) problems.push(`no id (${shown(r.id)})`);
  const page = addressProblem('page address', r.pageUrl);
  if (page) problems.push(page);
  // A canonical address absent is the page's own; present, it must be a web address too.
  const canonical = r.canonicalUrl === undefined && !page ? null : addressProblem('canonical address', r.canonicalUrl);
  if (canonical && !page) problems.push(canonical);
  if (typeof r.title !== 'string')
    problems.push(r.title === undefined ? 'no title' : `the title is not text (${shown(r.title)})`);
  const selectors = r.selectors ?? [];
  if (!Array.isArray(selectors) || !selectors.every(isSelector))
    problems.push(`the passage's selectors are unreadable (${shown(r.selectors)})`);
  const quoteSelector = Array.isArray(selectors)
    ? (selectors as Selector[]).find((s) => s?.type === 'TextQuoteSelector')
    : undefined;
  const quote = r.quote ?? (quoteSelector && 'exact' in quoteSelector ? quoteSelector.exact : '');
  if (typeof quote !== 'string') problems.push(`the passage is not text (${shown(r.quote)})`);
  const body = r.body ?? '';
  if (typeof body !== 'string') problems.push(`the note text is not text (${shown(r.body)})`);
  const tags = r.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
    problems.push(`the tags are not a list of words (${shown(r.tags)})`);
  const colour = r.colour ?? 'yellow';
  if (!(HIGHLIGHT_COLOURS as readonly unknown[]).includes(colour))
    problems.push(`an unknown colour (${shown(r.colour)})`);
  if (!isTime(r.created))
    problems.push(r.created === undefined ? 'no creation date' : `an unreadable creation date (${shown(r.created)})`);
  const updated = r.updated ?? r.created;
  if (r.updated !== undefined && !isTime(r.updated)) problems.push(`an unreadable update date (${shown(r.updated)})`);
  if (r.flagId !== undefined && typeof r.flagId !== 'string')
    problems.push(`an unreadable flag id (${shown(r.flagId)})`);
  if (problems.length) return { ok: false, problems };
  const note: Note = {
    id: r.id as string,
    pageUrl: r.pageUrl as string,
    canonicalUrl: (r.canonicalUrl as string | undefined) ?? (r.pageUrl as string),
    title: r.title as string,
    selectors: selectors as Selector[],
    quote: quote as string,
    body: body as string,
    tags: tags as string[],
    colour: colour as HighlightColour,
    created: r.created as number,
    updated: updated as number,
  };
  if (typeof r.flagId === 'string') note.flagId = r.flagId;
  return { ok: true, note };
}

/**
 * A quarantined record made a note again with what the reader supplied: their page address, title and note text
 * replace the record's; an unreadable date becomes `now`, unreadable tags, colour or selectors their defaults
 * (the reader saw them listed as problems before choosing to repair).
 */
export function repairNote(record: unknown, fix: QuarantineFix, now: number, newId: () => string): NoteReading {
  const r = record && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
  const pageUrl = fix.pageUrl.trim();
  const keep = <T>(value: unknown, ok: (v: unknown) => boolean, fallback: T): T =>
    ok(value) ? (value as T) : fallback;
  const created = keep(r.created, isTime, now);
  const canonicalOk = typeof r.canonicalUrl === 'string' && isWebAddress(r.canonicalUrl) && r.pageUrl === pageUrl;
  const selectors = keep<Selector[]>(r.selectors, (v) => Array.isArray(v) && v.every(isSelector), []);
  return readNote({
    id: typeof r.id === 'string' && r.id ? r.id : newId(),
    pageUrl,
    canonicalUrl: canonicalOk ? r.canonicalUrl : pageUrl,
    title: fix.title,
    selectors,
    quote: keep(r.quote, (v) => typeof v === 'string', ''),
    body: fix.body,
    tags: keep(r.tags, (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'), []),
    colour: keep(r.colour, (v) => (HIGHLIGHT_COLOURS as readonly unknown[]).includes(v), 'yellow'),
    ...(typeof r.flagId === 'string' ? { flagId: r.flagId } : {}),
    created,
    updated: now,
  });
}

/** What the repair form starts from: the record's own fields where they are text. */
export function fixOf(record: unknown): QuarantineFix {
  const r = record && typeof record === 'object' ? (record as Record<string, unknown>) : {};
  const text = (value: unknown) =>
    typeof value === 'string' ? value : value === undefined || value === null ? '' : shown(value);
  return { pageUrl: text(r.pageUrl), title: text(r.title), body: text(r.body) };
}
