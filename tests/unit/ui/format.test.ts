import { describe, expect, it } from 'vitest';
import { formatDate, normaliseHostname, parseTags, shorten } from '../../../lib/ui/format';

describe('shorten', () => {
  it('keeps short text as it is, trimming the ends', () => {
    expect(shorten('  a\n  b  ', 10)).toBe('a\n  b');
  });
  it('breaks at any whitespace, not only spaces', () => {
    expect(shorten('the quick brown\nfox jumps over the lazy dog', 19)).toBe('the quick brown…');
  });
  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const out = shorten('the quick brown fox jumps over the lazy dog', 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toBe('the quick brown fox…');
  });
  it('cuts a single long word mid-way', () => {
    expect(shorten('x'.repeat(50), 10)).toBe('x'.repeat(9) + '…');
  });
});

describe('formatDate', () => {
  it('formats an ISO date in the given locale and passes odd text through', () => {
    expect(formatDate('2025-03-04T10:00:00Z', 'en-GB')).toBe('4 March 2025');
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate(null)).toBeNull();
  });

  it('reads the ISO date a page template ran a format string into, and drops longer noise', () => {
    // Round 29 (Daily Mail): the popup showed "2015-11-13T10:15:18.000Zyyyy-MM-dd HH:mm:ss z".
    expect(formatDate('2015-11-13T10:15:18.000Zyyyy-MM-dd HH:mm:ss z', 'en-GB')).toBe('13 November 2015');
    expect(formatDate('14 Jan 2008, 0000 hrs IST')).toBe('14 Jan 2008, 0000 hrs IST');
    expect(formatDate('published by the newsroom desk of the evening edition, updated often')).toBeNull();
  });
});

describe('normaliseHostname', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.news.example.co.uk/a/b?c=1', 'news.example.co.uk'],
    ['example.com/path', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseHostname(input)).toBe(expected);
  });
  it.each(['', '   ', 'not a host', 'example', '-bad.com', 'a..b.com', 'exa_mple.com'])('rejects %j', (input) => {
    expect(normaliseHostname(input)).toBeNull();
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(parseTags(' a, b ,, a,c ')).toEqual(['a', 'b', 'c']);
    expect(parseTags('')).toEqual([]);
  });
});
