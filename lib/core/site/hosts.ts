/**
 * Host names and origins, without the public suffix list: what the content script needs (a host the reader typed,
 * whether two addresses are one origin), so that the page never loads the list. Which registrable domain a host
 * belongs to is site.ts's question.
 */

/** A host name in lower case, without a trailing dot or a leading `www.`; '' when there is none. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
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

/**
 * Whether two URLs share an origin (scheme, host and port, `https://example.com` and `https://example.com:443`
 * alike): the boundary a page's claims about itself may not cross. Only web URLs have one.
 */
export function sameOrigin(a: URL, b: URL): boolean {
  return (a.protocol === 'http:' || a.protocol === 'https:') && a.origin === b.origin;
}

/** Hosts a per-host cache remembers before it starts over: bounded so a long browsing session does not grow it. */
const MAX_CACHED_HOSTS = 4096;

/** `lookUp` remembered per host: a page of thousands of links names a few dozen hosts. */
export function perHost<T>(lookUp: (host: string) => T): (host: string) => T {
  const cache = new Map<string, T>();
  return (host) => {
    // One look-up on a hit (the common case: thousands of links, a few dozen hosts); `has` only for a stored undefined.
    const known = cache.get(host);
    if (known !== undefined || cache.has(host)) return known as T;
    const value = lookUp(host);
    if (cache.size >= MAX_CACHED_HOSTS) cache.clear();
    cache.set(host, value);
    return value;
  };
}
