/** Small text helpers for the popup: shortening passages, formatting dates, validating hostnames. */
import { hostFromInput, hostOf } from '../core/site/hosts';

/**
 * At most `max` characters, cut at a word boundary where one is near, with an ellipsis. Inner whitespace is kept
 * as the page has it (CSS collapses it on screen), so the text stays a substring of the page's own.
 */
export function shorten(text: string, max = 140): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // The cut already ends a word when the next character is a space.
  if (/\s/.test(clean[max - 1])) return cut.trimEnd() + '…';
  const space = cut.search(/\s\S*$/);
  // Only back off to a space when it loses little; otherwise a long word is cut mid-way.
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** A published time as the reader's locale writes a date ("3 March 2025"); the raw text when it is no date. */
export function formatDate(value: string | null | undefined, locale?: string): string | null {
  if (!value) return null;
  // (A template's format string run on after the stamp: "2015-11-13T10:15:18.000Zyyyy-MM-dd HH:mm:ss z".)
  const date = new Date(value);
  const stamp = Number.isNaN(date.getTime()) ? new Date(LEADING_ISO_DATE.exec(value)?.[0] ?? '') : date;
  if (Number.isNaN(stamp.getTime())) return value.length <= MAX_SHOWN_DATE ? value : null;
  return stamp.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** An ISO date, maybe with its time and zone, opening a longer string. */
const LEADING_ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;
/** The longest date text shown as the page wrote it ("14 Jan 2008, 0000 hrs IST"); longer is markup noise. */
const MAX_SHOWN_DATE = 40;

/** The host of a URL, without `www.`; '' when the URL does not parse. */
export function siteOf(url: string): string {
  return hostOf(url);
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The hostname the reader meant, or null when it is none: accepts a bare host or a pasted URL, lower-cases it and
 * drops `www.`, a trailing dot and any path.
 */
export function normaliseHostname(input: string): string | null {
  const text = hostFromInput(input);
  // `localhost` has no dot and is fine; any other host needs one (a typo like "example" is no site).
  if (!HOSTNAME.test(text) || (!text.includes('.') && text !== 'localhost')) return null;
  return text;
}

/** Tags from the comma-separated field: trimmed, empty ones dropped, duplicates removed. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
