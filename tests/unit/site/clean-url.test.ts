import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../lib/core/site/clean-url';

describe('cleanUrl', () => {
  it.each([
    ['https://example.com/story?utm_source=x&utm_medium=y&utm_campaign=z', 'https://example.com/story'],
    [
      'https://example.com/story?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&igshid=3&ref=twitter',
      'https://example.com/story',
    ],
    ['https://example.com/story?id=42&utm_source=x#comments', 'https://example.com/story?id=42'],
    ['https://EXAMPLE.com:443/Story/', 'https://example.com/Story'],
    ['http://example.com:80/a/b/', 'http://example.com/a/b'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/s?b=2&a=1', 'https://example.com/s?a=1&b=2'],
    ['https://example.com/s?q=news&page=2', 'https://example.com/s?page=2&q=news'],
  ])('%s -> %s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });

  it.each([
    ['https://example.com/news/amp/story-1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1/amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1/amp/', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1?amp=1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1?amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1?outputType=amp', 'https://example.com/news/story-1'],
    ['https://amp.example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1.amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1.amp.html', 'https://example.com/news/story-1.html'],
    ['https://example-com.cdn.ampproject.org/c/s/example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://www.google.com/amp/s/example.com/news/story-1/amp', 'https://example.com/news/story-1'],
  ])('AMP variant %s -> %s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });

  it('keeps parameters that name content, and words that merely contain "amp"', () => {
    expect(cleanUrl('https://example.com/view?id=7&source=report.pdf')).toBe(
      'https://example.com/view?id=7&source=report.pdf',
    );
    expect(cleanUrl('https://example.com/campaign/ampersand')).toBe('https://example.com/campaign/ampersand');
    expect(cleanUrl('https://amp.dev/')).toBe('https://amp.dev/');
    // A user called "amp" on a shared host is a site of its own, not an AMP view of github.io.
    expect(cleanUrl('https://amp.github.io/post')).toBe('https://amp.github.io/post');
    expect(cleanUrl('https://amp.bbc.co.uk/news/1')).toBe('https://bbc.co.uk/news/1');
    expect(cleanUrl('https://example.com/x?amp=maybe')).toBe('https://example.com/x?amp=maybe');
  });

  it('leaves non-web and unparsable URLs alone (but for the fragment)', () => {
    expect(cleanUrl('file:///home/me/page.html#top')).toBe('file:///home/me/page.html');
    expect(cleanUrl('not a url')).toBe('not a url');
  });
});
