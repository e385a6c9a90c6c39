/**
 * A URL with what does not name the article removed (fragment, tracking parameters, AMP markers, a trailing slash,
 * default ports, host case): the URLs one article is opened under come out the same. Pure; no browser API. The
 * public suffix list tells an AMP host (`amp.example.com`) from somebody's site (`amp.github.io`).
 */
import { hasRegistrableDomain } from './site';
import { cleanUrlWith } from './url-cleaning';

/** `url` cleaned (url-cleaning.ts); `amp.<host>` is an AMP host when `<host>` is a registrable domain or under one. */
export function cleanUrl(url: string): string {
  return cleanUrlWith(url, hasRegistrableDomain);
}
