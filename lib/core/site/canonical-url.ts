/**
 * Which article a page is, whatever URL it was opened under, and which notes it shares: the one answer the
 * extension (notes and dismissals are keyed by it) and the CLI (a saved page reports the article's address) give.
 * Pure: reads a Document, no browser API. A page's own `<link rel=canonical>` or `og:url` is a claim, trusted
 * within bounds: on the web, a claim on the page's site names the article; only one on the page's origin shares
 * its notes, so a page elsewhere cannot draw in, or read, the notes of the article it names.
 */
import { cleanUrl } from './clean-url';
import { sameOrigin, sameSite } from './site';

function isWeb(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function parse(href: string | null | undefined, base?: string): URL | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/**
 * The `<link>` and `<meta>` elements where a page speaks for itself: children of its `<head>` (of every head, and
 * of `<html>`, as a lenient parser leaves a malformed page) and stray ones straight under `<body>`. Nothing deeper
 * in the body: an embedded card's `og:url` names the card, not the page. Walks a few dozen elements, not the whole
 * document (a selector over a large page costs milliseconds in the CLI's DOM).
 */
function headElements(doc: Document): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode, deeper: boolean) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName.toUpperCase();
      if (tag === 'LINK' || tag === 'META') found.push(el);
      else if (deeper && (tag === 'HTML' || tag === 'HEAD')) visit(el, true);
      else if (deeper && tag === 'BODY') visit(el, false);
    }
  };
  visit(doc, true);
  return found;
}

function isCanonicalLink(el: Element): boolean {
  return el.tagName.toUpperCase() === 'LINK' && /(^|\s)canonical(\s|$)/i.test(el.getAttribute('rel') ?? '');
}

function isOgUrl(el: Element): boolean {
  return (
    el.tagName.toUpperCase() === 'META' &&
    (el.getAttribute('property') === 'og:url' || el.getAttribute('name') === 'og:url')
  );
}

/**
 * The addresses a page claims for itself, most trusted first: each `<link rel=canonical>` (the rel may hold more
 * tokens), then each `og:url`; resolved against `base`, web URLs only, as they are written (not cleaned).
 */
export function canonicalClaims(doc: Document, base: string): URL[] {
  const elements = headElements(doc);
  const hrefs = [
    ...elements.filter(isCanonicalLink).map((link) => link.getAttribute('href')),
    ...elements.filter(isOgUrl).map((meta) => meta.getAttribute('content')),
  ];
  const claims: URL[] = [];
  for (const href of hrefs) {
    const url = parse(href, base || undefined);
    if (url && isWeb(url)) claims.push(url);
  }
  return claims;
}

/**
 * A claim a page on the web may make: on its own site (public suffix list), and not collapsing an article to the
 * site's home page (a template's default). A page that is not on the web (a saved file, standard input) has no
 * site of its own to contradict, so any web address it claims is where it came from.
 */
function trusted(claim: URL, page: URL | null): boolean {
  if (!page || !isWeb(page)) return true;
  if (!sameSite(claim.hostname, page.hostname)) return false;
  return !(claim.pathname === '/' && page.pathname !== '/' && !claim.search);
}

/**
 * The canonical URL of the page at `pageUrl`: its first trusted claim (`<link rel=canonical>`, on an AMP page the
 * original article; else `og:url`), else its own address. Always cleaned (`cleanUrl`), so all the URLs of one
 * article come out the same.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const cleaned = cleanUrl(pageUrl);
  const page = parse(cleaned);
  const claim = canonicalClaims(doc, pageUrl).find((url) => trusted(url, page));
  return claim ? cleanUrl(claim.href) : cleaned;
}

/**
 * The key the page's notes and dismissals are stored under: its canonical URL when that is on the page's own
 * origin (scheme, host, port: after cleaning, so an AMP view keys as its article), else its cleaned address. Two
 * URLs share notes only when they are one article on one origin.
 */
export function notesKey(doc: Document, pageUrl: string): string {
  const cleaned = cleanUrl(pageUrl);
  const canonical = canonicalUrl(doc, pageUrl);
  if (canonical === cleaned) return cleaned;
  const page = parse(cleaned);
  const claim = parse(canonical);
  return page && claim && sameOrigin(claim, page) ? canonical : cleaned;
}
