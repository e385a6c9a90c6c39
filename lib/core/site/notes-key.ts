/**
 * The key a page's notes and dismissals are stored under, worked out in the page itself (the content script) from
 * origins alone, without the public suffix list: the page's cleaned address, or the first address it claims for
 * itself (`<link rel=canonical>`, then `og:url`) on its own origin. Two URLs share notes only when they are one
 * article on one origin, so a page elsewhere that claims an article as its canonical URL gets none of its notes.
 */
import { sameOrigin } from './hosts';
import { canonicalClaims, isWeb, parseUrl } from './page-claims';
import { cleanUrlWith } from './url-cleaning';

/**
 * An `amp.` host is kept as it is: without the public suffix list the page cannot tell `amp.example.com` (the
 * site's AMP host) from `amp.github.io` (somebody's site). The AMP page's own canonical claim tells instead
 * (`isAmpViewOf`): the AMP format requires one.
 */
const noSiteKnown = () => false;

/** A claim that collapses an article to its site's home page: a template's default, not the article's address. */
function collapsesToHome(claim: URL, page: URL): boolean {
  return claim.pathname === '/' && page.pathname !== '/' && !claim.search;
}

/** The page is on `amp.<host>` and names an address on `<host>` (same scheme and port): an AMP view of its article. */
function isAmpViewOf(page: URL, claim: URL): boolean {
  return (
    page.protocol === claim.protocol &&
    page.port === claim.port &&
    claim.hostname.includes('.') &&
    page.hostname === `amp.${claim.hostname}`
  );
}

/**
 * The key of the page at `pageUrl`: its first claim (in `canonicalClaims`' order) that is on the page's own origin
 * (or names the article of an AMP host), cleaned; else its own address, cleaned. A page that is not on the web (a
 * saved file) keys by its own address: it never shares the notes of the article it names.
 */
export function notesKey(doc: Document, pageUrl: string): string {
  const cleaned = cleanUrlWith(pageUrl, noSiteKnown);
  const page = parseUrl(cleaned);
  if (!page || !isWeb(page)) return cleaned;
  for (const claim of canonicalClaims(doc, pageUrl)) {
    if (collapsesToHome(claim, page)) continue;
    const key = cleanUrlWith(claim.href, noSiteKnown);
    const url = parseUrl(key);
    if (url && (sameOrigin(url, page) || isAmpViewOf(page, url))) return key;
  }
  return cleaned;
}
