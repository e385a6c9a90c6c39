/**
 * The work of cleaning a URL (clean-url.ts), without the public suffix list: which `amp.` hosts are a site's AMP
 * host is the caller's answer. The content script cleans with it and never loads the list (notes-key.ts).
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
 * A URL with what does not name the article removed: fragment, tracking parameters, AMP markers (`amp.` host when
 * `isSite` says the rest of the host is a site, `/amp/` or trailing `/amp` path segment, `.amp` suffix, `?amp=1`),
 * a trailing slash, default ports and host case; remaining parameters sorted. Non-web URLs (file:, about:...) come
 * back unchanged but for the fragment.
 */
export function cleanUrlWith(url: string, isSite: (host: string) => boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url;
  }
  parsed.hash = '';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  parsed = unwrapAmpCache(parsed);
  // `amp.example.com` is the site's AMP host; `amp.github.io` is somebody's site, kept.
  if (/^amp\./i.test(parsed.hostname) && isSite(parsed.hostname.slice(4))) {
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
