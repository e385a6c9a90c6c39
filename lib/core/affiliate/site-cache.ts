/**
 * `registrableDomain` remembered per host for the affiliate modules: a page of thousands of links names a few
 * dozen hosts, and the public suffix look-up is the costliest step of classifying a link.
 */
import { registrableDomain } from '../site/site';

/** Hosts kept before the cache starts over: bounded so a long browsing session does not grow it. */
const MAX_HOSTS = 4096;
const cache = new Map<string, string>();

export function siteOfHost(host: string): string {
  let domain = cache.get(host);
  if (domain === undefined) {
    if (cache.size >= MAX_HOSTS) cache.clear();
    domain = registrableDomain(host);
    cache.set(host, domain);
  }
  return domain;
}
