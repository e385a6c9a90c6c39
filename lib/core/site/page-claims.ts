/**
 * What a page says its own address is: its `<link rel=canonical>` and `og:url` claims, read from the page's head.
 * Needs no public suffix list (the content script reads it); whether a claim is trusted is canonical-url.ts's and
 * notes-key.ts's call.
 */

export function isWeb(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export function parseUrl(href: string | null | undefined, base?: string): URL | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/**
 * How many of `<body>`'s first children are searched for stray `<link>` and `<meta>` elements: a lenient parser
 * moves head elements into the body only when body content came before them, so they sit at its start. Bounded so a
 * body of 50,000 children costs nothing (walking them all took 25–130 ms of the page's thread in Chromium).
 */
const STRAY_HEAD_SEARCH = 200;

/**
 * The `<link>` and `<meta>` elements where a page speaks for itself: children of its `<head>` (of every head, and
 * of `<html>`, as a lenient parser leaves a malformed page) and stray ones among the first children of `<body>`.
 * Nothing deeper in the body: an embedded card's `og:url` names the card, not the page. Walks a few dozen elements,
 * not the whole document (a selector over a large page costs milliseconds in the CLI's DOM).
 */
function headElements(doc: Document): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode, deeper: boolean) => {
    let seen = 0;
    for (let el = parent.firstElementChild; el && (deeper || seen < STRAY_HEAD_SEARCH); el = el.nextElementSibling) {
      seen++;
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
    const url = parseUrl(href, base || undefined);
    if (url && isWeb(url)) claims.push(url);
  }
  return claims;
}
