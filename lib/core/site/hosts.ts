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
