/**
 * Which article a page is, whatever URL it was opened under: notes and dismissals are keyed by this. Pure (reads
 * a Document, no browser API). Tracking parameters and fragments are dropped, AMP variants map to the original,
 * and the page's own `<link rel=canonical>` or `og:url` is preferred when it names the same site.
 */

/** Query parameters that say how the reader arrived, not what they read. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'src',
  'source',
  'share',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wt_mc',
  'wt.mc_id',
  'cmpid',
  'cmp',
  'smid',
  'sref',
  'spm',
  'scid',
  'at_medium',
  'at_campaign',
  'ito',
  'ncid',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  '_ga',
  '_gl',
  's_cid',
  'amp',
  'usqp',
  'outputtype',
]);
/** Prefixes of tracking parameter families (utm_source, utm_medium, pk_campaign...). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'ga_', 'stm_'];

/** `?outputType=amp` and friends mark an AMP view, but other values of these keys are content. */
const AMP_ONLY_PARAMS = new Set(['amp', 'outputtype', 'usqp']);

function isTrackingParam(key: string, value: string): boolean {
  const lower = key.toLowerCase();
  if (AMP_ONLY_PARAMS.has(lower)) return lower === 'usqp' || value === '' || /^(1|true|amp)$/i.test(value);
  if (lower === 'src' || lower === 'source') return false; // too often content (?source=file.pdf): kept
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

const AMP_CACHE_PATH = /^\/[a-z]\/(s\/)?([^/]+\.[^/]+)(\/.*)?$/i; // cdn.ampproject.org: /c/s/host/path
const GOOGLE_AMP_PATH = /^\/amp\/(s\/)?([^/]+\.[^/]+)(\/.*)?$/i; // google.com: /amp/s/host/path

/** The original URL behind a Google AMP cache URL (`s/` marks an https origin). */
function unwrapAmpCache(url: URL): URL {
  const match = /\.cdn\.ampproject\.org$/i.test(url.hostname)
    ? AMP_CACHE_PATH.exec(url.pathname)
    : /^(?:www\.)?google\.[a-z.]+$/i.test(url.hostname)
      ? GOOGLE_AMP_PATH.exec(url.pathname)
      : null;
  if (!match) return url;
  try {
    return new URL(`${match[1] ? 'https' : 'http'}://${match[2]}${match[3] ?? '/'}${url.search}`);
  } catch {
    return url;
  }
}

/**
 * A URL with what does not name the article removed: fragment, tracking parameters, AMP markers (`amp.` host,
 * `/amp/` or trailing `/amp` path segment, `.amp` suffix, `?amp=1`), a trailing slash, default ports and host
 * case; remaining parameters sorted. Non-web URLs (file:, about:...) come back unchanged but for the fragment.
 */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url;
  }
  parsed.hash = '';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  parsed = unwrapAmpCache(parsed);
  if (/^amp\./i.test(parsed.hostname) && parsed.hostname.split('.').length > 2) {
    parsed.hostname = parsed.hostname.slice(4);
  }
  let path = parsed.pathname
    .replace(/\/amp(?=\/|$)/gi, '') // /amp/ segments and a trailing /amp
    .replace(/\.amp(\.html?)?$/i, (_, html: string | undefined) => html ?? '') // story.amp, story.amp.html
    .replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  parsed.pathname = path || '/';
  const kept = [...parsed.searchParams].filter(([key, value]) => !isTrackingParam(key, value));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return parsed.href;
}

/** Public suffixes of two labels common enough to matter (co.uk, com.au...): the site is then three labels. */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|edu|ac|gob|ne|or|go)\.[a-z]{2}$/i;

/** The registrable domain (example.co.uk for news.example.co.uk), approximated without the public suffix list. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host; // IP addresses
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.length > 2 && SECOND_LEVEL.test(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

function webUrl(href: string | null | undefined, base: string): URL | null {
  if (!href?.trim()) return null;
  try {
    const parsed = new URL(href.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A canonical claim is trusted when it stays on the page's site and does not collapse an article to the home page. */
function acceptable(claim: URL | null, page: URL): boolean {
  if (!claim) return false;
  if (siteOf(claim.hostname.replace(/^amp\./i, '')) !== siteOf(page.hostname)) return false;
  return !(claim.pathname === '/' && page.pathname !== '/' && !claim.search);
}

/**
 * The canonical URL of the page at `url`: its `<link rel=canonical>` (on an AMP page, the original article), else
 * its `og:url`, when same-site and valid; else the cleaned URL. Always returned cleaned, so all the URLs of one
 * article give the same key.
 */
export function canonicalUrl(doc: Document, url: string): string {
  const cleaned = cleanUrl(url);
  let page: URL;
  try {
    page = new URL(cleaned);
  } catch {
    return cleaned;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return cleaned;
  const claims = [
    ...[...doc.querySelectorAll('link[rel][href]')]
      .filter((link) => /(^|\s)canonical(\s|$)/i.test(link.getAttribute('rel') ?? ''))
      .map((link) => link.getAttribute('href')),
    ...[...doc.querySelectorAll('meta[property="og:url"], meta[name="og:url"]')].map((meta) =>
      meta.getAttribute('content'),
    ),
  ];
  for (const claim of claims) {
    const parsed = webUrl(claim, url);
    if (acceptable(parsed, page)) return cleanUrl(parsed!.href);
  }
  return cleaned;
}

/**
 * Every URL the page is known by (the canonical one first, then the cleaned address and its `<link rel=amphtml>`
 * AMP version), for finding notes saved before a site added or changed its canonical link.
 */
export function pageAliases(doc: Document, url: string): string[] {
  const aliases = [canonicalUrl(doc, url), cleanUrl(url)];
  const amp = webUrl(doc.querySelector('link[rel="amphtml"]')?.getAttribute('href'), url);
  if (amp) aliases.push(cleanUrl(amp.href));
  return [...new Set(aliases)];
}
