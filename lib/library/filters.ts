/**
 * The library's filters (site, tag, colour, date, flag kind) as one plain value, how a note is tested against
 * them, and the choices each filter offers (taken from the notes themselves, with counts).
 */
import { hostOf } from '../core/site/hosts';
import type { HighlightColour, Note } from '../model';

export type DatePreset = 'any' | 'today' | '7d' | '30d' | 'range';

export interface LibraryFilters {
  /** A hostname without "www.", or '' for every site. */
  site: string;
  tag: string;
  colour: HighlightColour | '';
  /** A detector id ("unsourced-quote"); '' for every note, NO_FLAG for notes not made from a flag. */
  flagKind: string;
  date: DatePreset;
  /** For `date: 'range'`: local calendar days "YYYY-MM-DD", both ends included; '' leaves that end open. */
  from: string;
  to: string;
}

export const NO_FLAG = '(none)';

export const NO_FILTERS: LibraryFilters = {
  site: '',
  tag: '',
  colour: '',
  flagKind: '',
  date: 'any',
  from: '',
  to: '',
};

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return (
    filters.site !== '' ||
    filters.tag !== '' ||
    filters.colour !== '' ||
    filters.flagKind !== '' ||
    filters.date !== 'any'
  );
}

/** Hostnames of URLs already parsed: many notes share a page, and URL parsing is slow next to a lookup. */
const hostnames = new Map<string, string | null>();
const HOSTNAME_CACHE_LIMIT = 50_000;

function hostnameOf(url: string): string | null {
  let host = hostnames.get(url);
  if (host === undefined) {
    host = hostOf(url) || null;
    if (hostnames.size >= HOSTNAME_CACHE_LIMIT) hostnames.clear();
    hostnames.set(url, host);
  }
  return host;
}

/** The note's site: the hostname of its page, without a leading "www.". */
export function siteOf(note: Pick<Note, 'canonicalUrl' | 'pageUrl'>): string {
  return hostnameOf(note.canonicalUrl) ?? hostnameOf(note.pageUrl) ?? '';
}

/** The detector a flag-made note came from: flag ids begin with the detector id ("unsourced-quote:..."). */
export function flagKindOf(note: Pick<Note, 'flagId'>): string {
  if (!note.flagId) return '';
  const colon = note.flagId.indexOf(':');
  return colon === -1 ? note.flagId : note.flagId.slice(0, colon);
}

const DAY_MS = 24 * 60 * 60 * 1000;

function startOfLocalDay(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

function parseLocalDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** The half-open span [start, end) of creation times a date filter keeps, relative to `now`. */
export function dateSpan(filters: Pick<LibraryFilters, 'date' | 'from' | 'to'>, now: number): [number, number] {
  const today = startOfLocalDay(now);
  switch (filters.date) {
    case 'today':
      return [today, Infinity];
    case '7d':
      return [today - 6 * DAY_MS, Infinity];
    case '30d':
      return [today - 29 * DAY_MS, Infinity];
    case 'range': {
      const from = parseLocalDay(filters.from);
      const to = parseLocalDay(filters.to);
      // The end day is included: the span stops at the start of the next day (DST-safe via the calendar).
      const end = to === null ? Infinity : new Date(new Date(to).setDate(new Date(to).getDate() + 1)).getTime();
      return [from ?? -Infinity, end];
    }
    default:
      return [-Infinity, Infinity];
  }
}

/** A test for notes under the given filters (dates are when the note was made). */
export function noteFilter(filters: LibraryFilters, now: number): (note: Note) => boolean {
  const [start, end] = dateSpan(filters, now);
  return (note) =>
    (filters.site === '' || siteOf(note) === filters.site) &&
    (filters.tag === '' || note.tags.includes(filters.tag)) &&
    (filters.colour === '' || note.colour === filters.colour) &&
    (filters.flagKind === '' || (flagKindOf(note) || NO_FLAG) === filters.flagKind) &&
    note.created >= start &&
    note.created < end;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  sites: FacetValue[];
  tags: FacetValue[];
  colours: FacetValue[];
  flagKinds: FacetValue[];
}

function ranked(counts: Map<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The values each filter can take among these notes, most common first. */
export function facetsOf(notes: readonly Note[]): Facets {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const colours = new Map<string, number>();
  const flagKinds = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const note of notes) {
    const site = siteOf(note);
    if (site) bump(sites, site);
    for (const tag of new Set(note.tags)) bump(tags, tag);
    bump(colours, note.colour);
    bump(flagKinds, flagKindOf(note) || NO_FLAG);
  }
  return { sites: ranked(sites), tags: ranked(tags), colours: ranked(colours), flagKinds: ranked(flagKinds) };
}
