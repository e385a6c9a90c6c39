import { describe, expect, it } from 'vitest';
import { canonicalClaims, canonicalUrl, notesKey } from '../../../lib/core/site/canonical-url';
import { cleanUrl } from '../../../lib/core/site/clean-url';
import { htmlDocument } from '../../support/load-html';

function page(head: string): Document {
  return htmlDocument(`<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`);
}

const canonical = (href: string) => page(`<link rel="canonical" href="${href}">`);

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
    expect(canonicalUrl(canonical('https://aggregator.test/copied'), url)).toBe(
      'https://news.example.com/2026/11/story',
    );
    expect(canonicalUrl(canonical('https://news.example.com/'), url)).toBe('https://news.example.com/2026/11/story');
  });

  it('reads sites off the public suffix list: co.uk is a suffix, github.io subdomains are separate sites', () => {
    expect(canonicalUrl(canonical('https://www.bbc.co.uk/news/x'), 'https://news.bbc.co.uk/x')).toBe(
      'https://www.bbc.co.uk/news/x',
    );
    expect(canonicalUrl(canonical('https://other.co.uk/x'), 'https://bbc.co.uk/story')).toBe('https://bbc.co.uk/story');
    expect(canonicalUrl(canonical('https://alice.github.io/post'), 'https://mallory.github.io/post')).toBe(
      'https://mallory.github.io/post',
    );
  });

  it('gives an AMP page and its original the same canonical URL', () => {
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

  it('trusts any web address a saved copy or standard input claims: they have no site of their own', () => {
    const doc = canonical('https://news.example.com/2026/11/story/?utm_source=x');
    expect(canonicalUrl(doc, 'file:///home/me/saved.html')).toBe('https://news.example.com/2026/11/story');
    expect(canonicalUrl(doc, 'about:blank')).toBe('https://news.example.com/2026/11/story');
    expect(canonicalUrl(page(''), 'file:///home/me/saved.html')).toBe('file:///home/me/saved.html');
    // A relative claim in a saved file resolves to another file, not to the web.
    expect(canonicalUrl(canonical('/story'), 'file:///home/me/saved.html')).toBe('file:///home/me/saved.html');
  });
});

describe('canonicalClaims', () => {
  it('lists rel=canonical before og:url, web addresses only, as written', () => {
    const doc = page(
      '<meta property="og:url" content="https://example.com/og?utm_source=x"><link rel="canonical" href="mailto:x@example.com">' +
        '<link rel="canonical" href="/a/">',
    );
    expect(canonicalClaims(doc, 'https://example.com/page').map((u) => u.href)).toEqual([
      'https://example.com/a/',
      'https://example.com/og?utm_source=x',
    ]);
  });
});

describe('canonicalClaims, where a page speaks for itself', () => {
  it('reads the head, and a stray claim straight under the body, but not an embedded card deep in it', () => {
    const stray = htmlDocument(
      '<!doctype html><html><head><title>T</title></head><body><meta property="og:url" content="https://example.com/stray"><p>x</p></body></html>',
    );
    expect(canonicalClaims(stray, 'https://example.com/a').map((u) => u.href)).toEqual(['https://example.com/stray']);
    const card = htmlDocument(
      '<!doctype html><html><head><title>T</title></head><body><article><div class="embed"><meta property="og:url" content="https://example.com/card"><link rel="canonical" href="https://example.com/card"></div></article></body></html>',
    );
    expect(canonicalClaims(card, 'https://example.com/a')).toEqual([]);
  });

  it("looks for stray claims only among the body's first children, so a huge body costs nothing", () => {
    const filler = '<div>x</div>'.repeat(300);
    const late = htmlDocument(
      `<!doctype html><html><head><title>T</title></head><body>${filler}<link rel="canonical" href="https://example.com/late"></body></html>`,
    );
    expect(canonicalClaims(late, 'https://example.com/a')).toEqual([]);
  });
});

describe('notesKey', () => {
  it('is the canonical URL when it is on the page origin, tracking parameters and all', () => {
    const doc = canonical('https://news.example.com/story');
    expect(notesKey(doc, 'https://news.example.com/story?utm_source=feed&fbclid=1#comments')).toBe(
      'https://news.example.com/story',
    );
    expect(notesKey(doc, 'https://news.example.com/story-old-slug')).toBe('https://news.example.com/story');
  });

  it('keeps a.github.io and b.github.io apart, even when one claims the other as canonical', () => {
    const claim = canonical('https://alice.github.io/post');
    expect(notesKey(claim, 'https://mallory.github.io/post')).toBe('https://mallory.github.io/post');
  });

  it('keeps two ports of one host apart', () => {
    const claim = canonical('https://example.com/article');
    expect(notesKey(claim, 'https://example.com:8443/article')).toBe('https://example.com:8443/article');
    expect(notesKey(canonical('http://localhost:3000/a'), 'http://localhost:4000/a')).toBe('http://localhost:4000/a');
    // The default port is no port.
    expect(notesKey(claim, 'https://example.com:443/article?utm_medium=x')).toBe('https://example.com/article');
  });

  it('does not give another origin claiming the article as canonical the article notes', () => {
    const hostile = canonical('https://news.example.com/story');
    expect(notesKey(hostile, 'https://evil.test/copy')).toBe('https://evil.test/copy');
    // Same site, other origin: another host, another scheme.
    expect(notesKey(hostile, 'https://blog.example.com/story')).toBe('https://blog.example.com/story');
    expect(notesKey(hostile, 'http://news.example.com/story-2')).toBe('http://news.example.com/story-2');
  });

  it('shares notes across the hosts of a co.uk site only when the origin is the same', () => {
    const doc = canonical('https://www.example.co.uk/news/1');
    expect(notesKey(doc, 'https://www.example.co.uk/news/1?at_medium=rss')).toBe('https://www.example.co.uk/news/1');
    expect(notesKey(doc, 'https://m.example.co.uk/news/1')).toBe('https://m.example.co.uk/news/1');
  });

  it('keys an AMP view as its article: the AMP address cleans to the same origin', () => {
    const amp = canonical('https://example.com/news/story-1');
    expect(notesKey(amp, 'https://amp.example.com/news/story-1/amp?amp=1')).toBe('https://example.com/news/story-1');
    expect(notesKey(amp, 'https://example-com.cdn.ampproject.org/c/s/example.com/news/story-1')).toBe(
      'https://example.com/news/story-1',
    );
  });

  it("keeps an amp. host that claims no article as its own: it may be somebody else's site", () => {
    const none = page('');
    expect(notesKey(none, 'https://amp.example.com/news/story-1')).toBe('https://amp.example.com/news/story-1');
    // Its claim of an article on another host that it is not the AMP view of is not trusted either.
    const other = canonical('https://elsewhere.example/news/story-1');
    expect(notesKey(other, 'https://amp.example.com/news/story-1')).toBe('https://amp.example.com/news/story-1');
  });

  it("skips a claim on another origin and takes the next one on the page's own", () => {
    const doc = page(
      '<link rel="canonical" href="https://www.example.com/story"><meta property="og:url" content="https://m.example.com/story?utm_source=x">',
    );
    expect(notesKey(doc, 'https://m.example.com/story-2')).toBe('https://m.example.com/story');
  });

  it('never lets a saved copy share the notes of the article it names', () => {
    const doc = canonical('https://news.example.com/story');
    expect(notesKey(doc, 'file:///home/me/story.html')).toBe('file:///home/me/story.html');
  });
});
