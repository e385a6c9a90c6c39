/**
 * Sites, on the public suffix list (tldts): the one place the core, the CLI and the extension's background ask
 * "which site is this host?". `news.example.co.uk` and `example.co.uk` are one site; `a.github.io` and
 * `b.github.io` are two (github.io is a public suffix with private registrations). The list is large to load: the
 * content script asks only hosts.ts's questions (same origin?), never this module's.
 */
import { getDomain } from 'tldts';
import { normaliseHost } from './hosts';

// The host and origin helpers, which need no public suffix list, live in hosts.ts (the content script's); here too.
export { hostFromInput, hostOf, normaliseHost, sameOrigin } from './hosts';

/** Private suffixes (blogspot.com, github.io...) count as public: their subdomains belong to different people. */
const OPTIONS = { allowPrivateDomains: true } as const;

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
