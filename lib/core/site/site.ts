/**
 * Sites and host names, on the public suffix list (tldts): the one place the core, the CLI and the extension ask
 * "which site is this host?". `news.example.co.uk` and `example.co.uk` are one site; `a.github.io` and
 * `b.github.io` are two (github.io is a public suffix with private registrations).
 */
import { getDomain, getHostname } from 'tldts';

/** Private suffixes (blogspot.com, github.io...) count as public: their subdomains belong to different people. */
const OPTIONS = { allowPrivateDomains: true } as const;

/** A host name in lower case, without a trailing dot or a leading `www.`; '' when there is none. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/**
 * The registrable domain of a host (`news.example.co.uk` -> `example.co.uk`). A host that has none (an IP
 * address, `localhost`, a bare public suffix) is its own site.
 */
export function registrableDomain(host: string): string {
  const bare = normaliseHost(host);
  if (!bare) return '';
  return getDomain(bare, OPTIONS) ?? bare;
}

/** The host of a URL string, normalised; '' when it does not parse. */
export function hostOf(url: string): string {
  return normaliseHost(getHostname(url) ?? '');
}

/** Whether two hosts belong to the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  const da = registrableDomain(a);
  return da !== '' && da === registrableDomain(b);
}
