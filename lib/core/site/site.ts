/**
 * Sites, on the public suffix list (tldts): the one place the core, the CLI and the extension's background ask
 * "which site is this host?". `news.example.co.uk` and `example.co.uk` are one site; `a.github.io` and
 * `b.github.io` are two (github.io is a public suffix with private registrations). The list is large to load: the
 * content script asks only hosts.ts's questions (same origin?), never this module's.
 */
import { getDomain } from 'tldts';
import { normaliseHost, perHost } from './hosts';

// The host and origin helpers, which need no public suffix list, live in hosts.ts (the content script's); here too.
export { hostFromInput, hostOf, normaliseHost, perHost, sameOrigin } from './hosts';

/** Private suffixes (blogspot.com, github.io...) count as public: their subdomains belong to different people. */
const OPTIONS = { allowPrivateDomains: true } as const;

/**
 * The registrable domain of a host (`news.example.co.uk` -> `example.co.uk`). A host that has none (an IP
 * address, `localhost`, a bare public suffix) is its own site. Remembered per host: a page of thousands of links
 * names a few dozen hosts, and the public suffix look-up is the costliest step of classifying a link.
 */
export const registrableDomain: (host: string) => string = perHost((host) => {
  const bare = normaliseHost(host);
  return bare && (getDomain(bare, OPTIONS) ?? bare);
});

/**
 * The registrable domains of a page's own hosts, worked out once per list (a page's) rather than once per link:
 * "is this link the page's own site?" is asked for every link on the page.
 */
const domainsOfHosts = new WeakMap<readonly string[], ReadonlySet<string>>();
export function registrableDomains(hosts: readonly string[]): ReadonlySet<string> {
  let domains = domainsOfHosts.get(hosts);
  if (!domains) domainsOfHosts.set(hosts, (domains = new Set(hosts.map((h) => registrableDomain(h)))));
  return domains;
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
