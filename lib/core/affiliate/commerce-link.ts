/**
 * Affiliate links that no network's URL scheme gives away, read from evidence that must come together: a link to
 * a retailer's store (or its own shortener) whose words sell ("$39 at Amazon", "Buy now", "See it at Walmart"),
 * or a link through the publisher's own commerce redirector (`/go/`, `/out/`, a `go.` sub-host) carrying a
 * destination, on a page that discloses commissions. Each combination has a confidence: the share of such links a
 * careful reader would call affiliate. Links to a store's home, press or help pages are editorial, never counted.
 */
import { BUY_CALLS, AT_STORE_WORDS } from '../data/commerce-link-words';
import { RETAILERS, RETAILER_EDITORIAL_PATH, RETAILER_SHORTENERS, STORE_SUBDOMAINS } from '../data/retailers';
import { normaliseHost, perHost, registrableDomain, registrableDomains } from '../site/site';
import { escapeRegExp } from '../text/script-letters';

export type CommerceUrl =
  | { kind: 'retailer'; retailer: string; via: 'store' | 'shortener' }
  | { kind: 'redirector'; destination: string | null; retailer: string | null; foreign?: boolean };

export interface CommerceEvidence {
  /** `retailer-link`, `retailer-shortener` or `commerce-redirect`. */
  rule: string;
  confidence: number;
  /** The store, when known. */
  merchant: string | null;
  destination: string | null;
  /** What the decision rests on, for the flag's data. */
  evidence: string[];
}

const BY_DOMAIN = new Map<string, string>();
const BY_LABEL = new Map<string, string>();
for (const r of RETAILERS) {
  for (const d of r.domains) {
    if (d.endsWith('.*')) BY_LABEL.set(d.slice(0, -2), r.name);
    else BY_DOMAIN.set(d, r.name);
  }
}

/** A host name's normal form, remembered per host name. */
const normalHostOf = perHost(normaliseHost);

/** The retailer whose store `host` is (not its press or cloud sub-hosts), or null. Remembered per host. */
export const retailerOfHost: (host: string) => string | null = perHost(lookUpRetailer);

function lookUpRetailer(host: string): string | null {
  const bare = normaliseHost(host);
  const domain = registrableDomain(bare);
  const name = BY_DOMAIN.get(domain) ?? BY_LABEL.get(domain.split('.')[0]);
  if (!name) return null;
  const sub = bare === domain ? '' : bare.slice(0, -(domain.length + 1));
  return STORE_SUBDOMAINS.has(sub) ? name : null;
}

/** Sub-hosts a publisher runs its outgoing commerce links through. */
const REDIRECT_SUBHOST = /^(?:go|shop|buy|links?|click|out|aff|affiliates?|redirect|r)$/;
/** Path segments of a publisher's own redirector: `/go/`, `/out/`, `/recommends/`... followed by more path or a query. */
const REDIRECT_SEGMENT =
  /\/(?:go|out|outbound|outlink|aff|affiliate|affiliates|affiliate-links?|afflinks?|click|clk|recommends|recommend|refer|visit|goto|redirect|exit)(?:\/[^/?#]|\/?\?.)/i;
const EMBEDDED_URL = /https?(?::|%3A)(?:\/\/|%2F%2F)/i;

/**
 * What a link's URL alone says about commerce: a retailer's store page (a product, not its home or press pages),
 * a retailer's shortener, or a redirector of the page's own site. Null for anything else.
 */
export function commerceUrlOf(url: URL, pageHosts: readonly string[]): CommerceUrl | null {
  const host = normalHostOf(url.hostname);
  const shortener = RETAILER_SHORTENERS[host];
  if (shortener) return url.pathname.length > 1 ? { kind: 'retailer', retailer: shortener, via: 'shortener' } : null;
  if (registrableDomains(pageHosts).has(registrableDomain(host))) return redirectorOf(url, host, pageHosts);
  const retailer = retailerOfHost(host);
  if (!retailer) return url.search.length > 1 ? foreignRedirectOf(url, host, pageHosts) : null;
  if (url.pathname.length <= 1 || RETAILER_EDITORIAL_PATH.test(url.pathname)) return null;
  return { kind: 'retailer', retailer, via: 'store' };
}

/** Redirects that carry any address for reasons of their own: search engines, social sites, archives. */
const NEUTRAL_REDIRECT_SITES: ReadonlySet<string> = new Set([
  'google',
  'bing',
  'duckduckgo',
  'yahoo',
  'facebook',
  'twitter',
  'x',
  't',
  'linkedin',
  'reddit',
  'pinterest',
  'youtube',
  'tumblr',
  'whatsapp',
  'telegram',
  'archive',
  'flipboard',
  'getpocket',
  'vk',
  'xing',
]);
/** Share and bookmark endpoints carry the page's address, not a purchase. */
const SHARE_PATH = /(?:share|sharer|intent|pin\/create|submit|bookmark|login|signin|oauth|translate)/i;

/**
 * Another site's redirect (`click.somenetwork.com/?url=https://www.bestbuy.com/site/...`) carrying a store's
 * product page: a network missing from the table, or a publisher's redirect on a sister domain.
 */
function foreignRedirectOf(url: URL, host: string, pageHosts: readonly string[]): CommerceUrl | null {
  if (NEUTRAL_REDIRECT_SITES.has(registrableDomain(host).split('.')[0]) || SHARE_PATH.test(url.pathname)) return null;
  const destination = carriedDestination(url, pageHosts);
  if (!destination || destination.pathname.length <= 1 || RETAILER_EDITORIAL_PATH.test(destination.pathname))
    return null;
  const retailer = retailerOfHost(destination.hostname);
  return retailer ? { kind: 'redirector', destination: destination.href, retailer, foreign: true } : null;
}

function redirectorOf(url: URL, host: string, pageHosts: readonly string[]): CommerceUrl | null {
  const sub = host.slice(0, Math.max(0, host.length - registrableDomain(host).length - 1));
  const viaSubhost =
    REDIRECT_SUBHOST.test(sub) && !pageHosts.includes(host) && (url.pathname.length > 1 || url.search.length > 1);
  const viaSegment = REDIRECT_SEGMENT.test(url.pathname + url.search);
  if (!viaSubhost && !viaSegment) return null;
  const destination = carriedDestination(url, pageHosts);
  const retailer = destination ? retailerOfHost(destination.hostname) : retailerNamedInPath(url.pathname);
  // A `shop.` or `go.` sub-host is also where a publisher sells its own goods: only a carried store makes it a redirect.
  if (!viaSegment && !destination && !retailer) return null;
  return { kind: 'redirector', destination: destination?.href ?? null, retailer };
}

/** An outside URL the redirector carries in a query parameter or its path. */
function carriedDestination(url: URL, pageHosts: readonly string[]): URL | null {
  const candidates: string[] = [];
  for (const value of url.searchParams.values()) if (EMBEDDED_URL.test(value.slice(0, 12))) candidates.push(value);
  const m = EMBEDDED_URL.exec(url.pathname);
  if (m) candidates.push(safeDecode(url.pathname.slice(m.index)));
  for (const raw of candidates) {
    try {
      const u = new URL(/^https?%3A/i.test(raw) ? safeDecode(raw) : raw);
      if (!registrableDomains(pageHosts).has(registrableDomain(normaliseHost(u.hostname)))) return u;
    } catch {
      // Not a URL after all.
    }
  }
  return null;
}

/** `/go/amazon/...`, `/out/best-buy-...`: a store named by a path word. */
function retailerNamedInPath(path: string): string | null {
  for (const word of path.toLowerCase().split(/[/_.-]+/)) {
    const name = BY_LABEL.get(word) ?? BY_DOMAIN.get(`${word}.com`);
    if (name) return name;
  }
  return null;
}

const PRICE =
  /(?:(?:[$£€¥₹]|\b(?:us|au|a|c|ca|nz|r)\$)\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|£|\$|eur|euro|euros|usd|gbp|kr|zł|chf)(?![\p{L}]))/iu;
/** Sums of money that are news, not prices: "$8 billion", "£105m". */
const BIG_MONEY =
  /\d\s?(?:m|bn|k|million|billion|trillion|millionen|milliarden|mio|mrd|millions|milliards|millones)\b/i;
const BUY_CALL = new RegExp(
  `^(?:${[...BUY_CALLS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'iu',
);
const STORE_NAMES = [...new Set(RETAILERS.flatMap((r) => [r.name, r.name.toUpperCase()]))].sort(
  (a, b) => b.length - a.length,
);
/** Store names keep their capitals ("at Target", not "on target"); the linking words may take any case. */
const AT_STORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${AT_STORE_WORDS.map(anyCase).join('|')})\\s+(?:${STORE_NAMES.map(escape).join('|')})(?![\\p{L}])`,
  'u',
);
/** Button words are short: a sentence that mentions a price is prose. */
const MAX_COMMERCE_WORDS = 10;

/** Why a link's words read as a shop button, or null: a price, a call to action, or "at <store>". */
export function commerceTextCue(text: string): 'price' | 'buy-call' | 'at-store' | null {
  const t = text
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'([»›→►▶]+/, '')
    .trim();
  if (!t || t.split(' ').length > MAX_COMMERCE_WORDS) return null;
  if (BUY_CALL.test(t)) return 'buy-call';
  if (AT_STORE.test(t)) return 'at-store';
  if (PRICE.test(t) && !BIG_MONEY.test(t)) return 'price';
  return null;
}

/**
 * The decision for one link (all its occurrences' words together): its commerce URL, whether any of its words
 * sell, and whether the page says it earns commissions. Null when the evidence does not add up to a flag.
 */
export function judgeCommerceLink(
  cu: CommerceUrl,
  texts: readonly string[],
  pageDisclosesCommission: boolean,
): CommerceEvidence | null {
  const cue = texts.map(commerceTextCue).find((c) => c !== null) ?? null;
  const evidence: string[] = [];
  if (cue) evidence.push(`text:${cue}`);
  if (pageDisclosesCommission) evidence.push('page-discloses');
  if (cu.kind === 'retailer') {
    evidence.unshift(cu.via === 'shortener' ? 'retailer-shortener' : 'retailer-store');
    const rule = cu.via === 'shortener' ? 'retailer-shortener' : 'retailer-link';
    const confidence = retailerConfidence(cu.via, cue !== null, pageDisclosesCommission);
    return confidence ? { rule, confidence, merchant: cu.retailer, destination: null, evidence } : null;
  }
  evidence.unshift(
    cu.foreign
      ? 'other-site-redirect'
      : cu.destination
        ? 'redirect-with-destination'
        : cu.retailer
          ? 'redirect-names-store'
          : 'redirect',
  );
  // A destination that is no store (an outbound click tracker's article link) is not evidence of commerce.
  const carries = cu.retailer !== null;
  // Another site's redirect may be a tracker of the store's own rather than the publisher's: a little less sure.
  const confidence = redirectConfidence(carries, cue !== null, pageDisclosesCommission) - (cu.foreign ? 0.05 : 0);
  if (confidence <= 0) return null;
  const merchant = cu.retailer ?? (cu.destination ? registrableDomain(new URL(cu.destination).hostname) : null);
  return { rule: 'commerce-redirect', confidence, merchant, destination: cu.destination, evidence };
}

/**
 * Shown by default (≥ 0.9) only with a commission disclosure on the page: a store link that sells is how commerce
 * posts link, but a news story also writes "the $39 Echo Dot" or "available at Walmart" without being paid.
 */
function retailerConfidence(via: 'store' | 'shortener', sells: boolean, discloses: boolean): number {
  if (discloses) return sells ? 0.95 : via === 'shortener' ? 0.85 : 0.6;
  return sells ? 0.7 : 0;
}

/**
 * A redirector of the site's own is affiliate plumbing when it carries a store, or when its words sell; without a
 * disclosure, unsure (sites also count outbound clicks through `/out/` or `/redirect/`).
 */
function redirectConfidence(carries: boolean, sells: boolean, discloses: boolean): number {
  if (discloses) return carries ? 0.95 : sells ? 0.9 : 0.7;
  return carries && sells ? 0.7 : 0;
}

function anyCase(word: string): string {
  return [...word]
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? escape(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join('');
}

function escape(s: string): string {
  return escapeRegExp(s).replace(/\s+/g, '\\s+');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
