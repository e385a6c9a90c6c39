/**
 * Which article a page is, whatever URL it was opened under: the answer the CLI gives (a saved page reports the
 * article's address). Pure: reads a Document, no browser API. A page's own `<link rel=canonical>` or `og:url` is a
 * claim, trusted within bounds: on the web, a claim on the page's site names the article. Which notes a page
 * shares is narrower, a claim on the page's own origin only (notes-key.ts), so a page elsewhere cannot draw in, or
 * read, the notes of the article it names.
 */
import { cleanUrl } from './clean-url';
import { canonicalClaims, isWeb, parseUrl } from './page-claims';
import { sameSite } from './site';

// What a page claims for itself, and the notes key (which needs no public suffix list), have their own modules.
export { canonicalClaims } from './page-claims';
export { notesKey } from './notes-key';

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
  const page = parseUrl(cleaned);
  const claim = canonicalClaims(doc, pageUrl).find((url) => trusted(url, page));
  return claim ? cleanUrl(claim.href) : cleaned;
}
