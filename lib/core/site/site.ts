/**
 * Sites and host names, on the public suffix list (tldts): the one place the core, the CLI and the extension ask
 * "which site is this host?" and "are these two addresses one origin?". `news.example.co.uk` and `example.co.uk`
 * are one site; `a.github.io` and `b.github.io` are two (github.io is a public suffix with private registrations).
 */
import { getDomain } from 'tldts';

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

/** Hosts looked up before the cache starts over: bounded so a long browsing session does not grow it. */
const MAX_CACHED_HOSTS = 4096;
const domains = new Map<string, string>();

/**
 * The registrable domain of a host (`news.example.co.uk` -> `example.co.uk`). A host that has none (an IP
 * address, `localhost`, a bare public suffix) is its own site. Remembered per host: a page of thousands of links
 * names a few dozen hosts, and the public suffix look-up is the costliest step of classifying a link.
 */
export function registrableDomain(host: string): string {
  let domain = domains.get(host);
  if (domain === undefined) {
    const bare = normaliseHost(host);
    domain = bare && (getDomain(bare, OPTIONS) ?? bare);
    if (domains.size >= MAX_CACHED_HOSTS) domains.clear();
    domains.set(host, domain);
  }
  return domain;
}

/**
 * The host of a URL, normalised; '' when it is no URL or has no host (`about:blank`, `mailto:`). Read by the
 * browser's URL parser, as the page's own links are: international names in their ASCII form.
 */
export function hostOf(url: string): string {
  try {
    return normaliseHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/**
 * The host a person typed or pasted (a bare host, `example.com/path`, `example.com:8080`, or a whole URL),
 * normalised as `normaliseHost` does, international names in their ASCII form; '' when it names none.
 */
export function hostFromInput(input: string): string {
  const text = input.trim();
  if (!text) return '';
  try {
    return normaliseHost(new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname);
  } catch {
    return '';
  }
}

/** Whether a host is a registrable domain or under one: not a bare public suffix (`co.uk`, `github.io`). */
export function hasRegistrableDomain(host: string): boolean {
  const bare = normaliseHost(host);
  return bare !== '' && getDomain(bare, OPTIONS) !== null;
}

/** Whether two hosts belong to the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  const da = registrableDomain(a);
  return da !== '' && da === registrableDomain(b);
}

/**
 * Whether two URLs share an origin (scheme, host and port, `https://example.com` and `https://example.com:443`
 * alike): the boundary a page's claims about itself may not cross. Only web URLs have one.
 */
export function sameOrigin(a: URL, b: URL): boolean {
  return (a.protocol === 'http:' || a.protocol === 'https:') && a.origin === b.origin;
}
