import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, pageAliases, siteOf } from '../../lib/page-identity';
import { htmlDocument } from '../support/load-html';

function page(head: string): Document {
  return htmlDocument(`<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`);
}

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
    expect(cleanUrl('https://example.com/x?amp=maybe')).toBe('https://example.com/x?amp=maybe');
  });

  it('leaves non-web and unparsable URLs alone (but for the fragment)', () => {
    expect(cleanUrl('file:///home/me/page.html#top')).toBe('file:///home/me/page.html');
    expect(cleanUrl('not a url')).toBe('not a url');
  });
});

describe('canonicalUrl', () => {
  const url = 'https://news.example.com/2026/11/story?utm_source=feed#section-2';

  it('uses the cleaned URL when the page names no canonical', () => {
    expect(canonicalUrl(page(''), url)).toBe('https://news.example.com/2026/11/story');
  });

  it('prefers a same-site rel=canonical, resolved and cleaned', () => {
    const doc = page('<link rel="canonical" href="/2026/11/the-story/?utm_medium=x">');
    expect(canonicalUrl(doc, url)).toBe('https://news.example.com/2026/11/the-story');
  });

  it('accepts another host of the same site, and rel values with several tokens', () => {
    const doc = page('<link rel="Canonical alternate" href="https://www.example.com/story">');
    expect(canonicalUrl(doc, url)).toBe('https://www.example.com/story');
  });

  it('falls back to og:url when there is no usable rel=canonical', () => {
    const doc = page(
      '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://example.com/og-story">',
    );
    expect(canonicalUrl(doc, url)).toBe('https://example.com/og-story');
  });

  it('ignores a canonical on another site, or one that collapses the article to the home page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="https://aggregator.test/copied">'), url)).toBe(
      'https://news.example.com/2026/11/story',
    );
    expect(canonicalUrl(page('<link rel="canonical" href="https://news.example.com/">'), url)).toBe(
      'https://news.example.com/2026/11/story',
    );
  });

  it('treats country second-level domains as part of the site', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(canonicalUrl(page('<link rel="canonical" href="https://other.co.uk/x">'), 'https://bbc.co.uk/story')).toBe(
      'https://bbc.co.uk/story',
    );
  });

  it('gives an AMP page and its original the same key', () => {
    const original = page(
      '<link rel="canonical" href="https://example.com/news/story-1"><link rel="amphtml" href="https://example.com/news/story-1/amp">',
    );
    const amp = htmlDocument(
      '<!doctype html><html amp><head><link rel="canonical" href="https://example.com/news/story-1"></head><body></body></html>',
    );
    const key = canonicalUrl(original, 'https://example.com/news/story-1?utm_source=x');
    expect(canonicalUrl(amp, 'https://amp.example.com/news/story-1/amp?amp=1')).toBe(key);
    // Even without a canonical link, the AMP address itself cleans to the original.
    expect(canonicalUrl(page(''), 'https://example.com/news/amp/story-1')).toBe(
      cleanUrl('https://example.com/news/story-1'),
    );
  });

  it('lists the aliases of a page, canonical first, with its AMP version', () => {
    const doc = page(
      '<link rel="canonical" href="https://example.com/a"><link rel="amphtml" href="https://example.com/a.amp.html">',
    );
    expect(pageAliases(doc, 'https://example.com/a-old?utm_source=x')).toEqual([
      'https://example.com/a',
      'https://example.com/a-old',
      'https://example.com/a.html',
    ]);
  });
});
