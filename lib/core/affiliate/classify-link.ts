/**
 * Link classification for the affiliate detectors: does a URL carry an affiliate scheme (and whose), is it an
 * opaque shortener, a link to the site's own disclosure page, or a plain link? Offline only: redirect links are
 * unwrapped by reading the destination their URL carries, never by following them.
 */
import {
  AFFILIATE_NETWORKS,
  DISCLOSURE_PAGE_PATH,
  NON_MERCHANT_DOMAINS,
  NON_MERCHANT_SUFFIX,
  OPAQUE_SHORTENERS,
  type AffiliateNetworkRule,
} from '../data/affiliate-networks';
import { canonicalClaims } from '../site/canonical-url';
import { normaliseHost, perHost, registrableDomain, registrableDomains } from '../site/site';

export type LinkClass =
  | { kind: 'affiliate'; rule: string; network: string; merchant: string | null; destination: string | null }
  | { kind: 'opaque'; rule: 'opaque-shortener'; service: string }
  | { kind: 'disclosure-page' }
  | { kind: 'plain' };

/** The hosts that are the page's own site (its URL, canonical and og:url), without `www.`. */
export interface SiteIdentity {
  hosts: readonly string[];
}

const PLAIN: LinkClass = { kind: 'plain' };
const EMBEDDED_URL = /https?(?::|%3A)(?:\/\/|%2F%2F)/i;
const HOST_LIKE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#:]|$)/i;

export function classifyUrl(url: URL | null, site: SiteIdentity, unwrapped = false): LinkClass {
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return PLAIN;
  const host = bareHost(url.hostname);
  if (isSameSite(host, site)) {
    // The site's own pages pay nobody; its disclosure page is named so the detectors can tell it apart.
    return DISCLOSURE_PAGE_PATH.test(url.pathname) ? { kind: 'disclosure-page' } : PLAIN;
  }
  for (const rule of candidateRules(host)) {
    if (!ruleMatches(rule, host, url)) continue;
    const destination = destinationOf(url, rule);
    // (A site-wide link wrapper around a link to GitHub or YouTube, or around a citation of a news story, a forum
    // thread or a help page: nothing there is for sale.)
    if (rule.wrapsEveryLink && destination && (sellsNothing(bareHost(destination.hostname)) || isCitation(destination)))
      return PLAIN;
    return {
      kind: 'affiliate',
      rule: rule.id,
      network: rule.network,
      merchant: merchantOf(rule, host, destination),
      destination: destination?.href ?? null,
    };
  }
  const shortener = shortenerOf(host);
  if (shortener && url.pathname.length > 1) return { kind: 'opaque', rule: 'opaque-shortener', service: shortener };
  // A redirect of anyone's carrying an affiliate link (relocator.familie.de/go.php?t=…amazon.de…tag=familie-21): the
  // tag pays whoever it names, whatever the wrapper. One level deep.
  if (!unwrapped && url.search.length > 1 && EMBEDDED_URL.test(url.search)) {
    const carried = carriedUrl(url);
    const inner = classifyUrl(carried, site, true);
    if (inner.kind === 'affiliate') return { ...inner, destination: inner.destination ?? carried!.href };
  }
  return PLAIN;
}

/**
 * A page one cites rather than buys from, by the shape of its address: a dated or sectioned story
 * ("/2023/05/02/tech/...", "/news/..."), a forum thread or a help answer ("community.", "answers.", "/forum/"),
 * statistics ("gs.statcounter.com", "trends."). Round 34: PCWorld's Skimlinks wrapper around its citations of
 * Gizmodo, Tom's Hardware, CNN and StatCounter. A product or shop address is never one ("/dp/", "/product/").
 */
function isCitation(url: URL): boolean {
  const path = url.pathname.toLowerCase();
  if (PRODUCT_PATH.test(path) || PRODUCT_QUERY.test(url.search)) return false;
  const label = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')[0];
  return EDITORIAL_HOST_LABELS.has(label) || EDITORIAL_PATH.test(path) || ARTICLE_SLUG.test(path);
}
const PRODUCT_PATH =
  /\/(?:dp|gp\/product|product|products|p|shop|store|buy|item|itm|deal|deals|offer|offers|pricing|plans|subscribe|checkout|cart|course|courses|specializations|app|apps|download|downloads)(?:\/|$)/;
const PRODUCT_QUERY = /[?&](?:sku|pid|productid|product_id)=/i;
const EDITORIAL_HOST_LABELS = new Set([
  'community',
  'answers',
  'forum',
  'forums',
  'support',
  'docs',
  'help',
  'trends',
  'gs',
  'news',
  'blog',
  'blogs',
  'developer',
  'developers',
  'learn',
  'discuss',
  'kb',
]);
const EDITORIAL_PATH =
  /\/(?:19|20)\d\d\/\d{1,2}\/|\/(?:news|article|articles|story|stories|blog|blogs|forum|forums|thread|threads|questions|wiki|discussion|discussions|topic|topics|t5|kb)(?:\/|$)/;
/** A story's slug: six words or more joined by hyphens, maybe an id after ("...-broken-edge-1850392901"). */
const ARTICLE_SLUG = /\/(?:[a-z0-9]+-){5,}[a-z0-9]+(?:\.html?)?\/?$/;

/** Whether a host is a site no commerce network pays for: a platform of `NON_MERCHANT_DOMAINS` or a public body. */
function sellsNothing(host: string): boolean {
  if (NON_MERCHANT_SUFFIX.test(host)) return true;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) if (NON_MERCHANT_DOMAINS.has(labels.slice(i).join('.'))) return true;
  return false;
}

/** The first http(s) address a query parameter carries, or null. */
function carriedUrl(url: URL): URL | null {
  for (const value of url.searchParams.values()) {
    if (!/^https?:\/\//i.test(value)) continue;
    try {
      return new URL(value);
    } catch {
      // Not an address after all: try the next parameter.
    }
  }
  return null;
}

/**
 * The page's own site from its URL, plus every address it claims (canonical and og:url, `canonicalClaims`): a
 * link to a site the page says it is cannot pay the page (and the CLI analyses saved files under file: URLs).
 */
export function siteIdentityOf(doc: Document, pageUrl: string): SiteIdentity {
  const hosts = new Set<string>();
  try {
    const u = new URL(pageUrl);
    if (u.protocol === 'http:' || u.protocol === 'https:') hosts.add(bareHost(u.hostname));
  } catch {
    // Not a URL: the claims alone name the site.
  }
  for (const claim of canonicalClaims(doc, pageUrl)) hosts.add(bareHost(claim.hostname));
  return { hosts: [...hosts] };
}

/**
 * Rules indexed by host so a page of thousands of links costs a few map look-ups per link: by domain
 * (`linksynergy.com`), by label (`amazon.*`), and the few rules for any host (narrowed by path or parameter).
 */
const BY_DOMAIN = new Map<string, number[]>();
const BY_LABEL = new Map<string, number[]>();
const ANY_HOST: number[] = [];
AFFILIATE_NETWORKS.forEach((rule, i) => {
  for (const pattern of rule.hosts) {
    if (pattern === '*') ANY_HOST.push(i);
    else if (pattern.endsWith('.*')) push(BY_LABEL, pattern.slice(0, -2), i);
    else push(BY_DOMAIN, pattern, i);
  }
});

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The rules that may apply to `host`, in table order. Remembered per host. */
const candidateRules = perHost(lookUpRules);

function lookUpRules(host: string): AffiliateNetworkRule[] {
  const found = new Set<number>(ANY_HOST);
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    for (const r of BY_DOMAIN.get(labels.slice(i).join('.')) ?? []) found.add(r);
    for (const r of BY_LABEL.get(labels[i]) ?? []) found.add(r);
  }
  return [...found].sort((a, b) => a - b).map((i) => AFFILIATE_NETWORKS[i]);
}

function ruleMatches(rule: AffiliateNetworkRule, host: string, url: URL): boolean {
  if (!rule.hosts.some((pattern) => hostMatches(host, pattern))) return false;
  if (rule.path && !rule.path.test(url.pathname)) return false;
  if (rule.params) {
    // Most links have no query at all: skip building URLSearchParams for them.
    if (!url.search || !rule.params.some((p) => url.search.includes(`${p}=`))) return false;
    if (!rule.params.some((p) => (url.searchParams.get(p) ?? '').trim() !== '')) return false;
  }
  if (rule.paramValues) {
    if (!url.search || !rule.paramValues.some((p) => url.search.includes(`${p.name}=`))) return false;
    if (!rule.paramValues.some((p) => p.value.test(url.searchParams.get(p.name) ?? ''))) return false;
  }
  return true;
}

function hostMatches(host: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return labelThenSuffix(host, pattern.slice(0, -2));
  return hostIs(host, pattern);
}

/** `host` is `domain` or one of its subdomains. */
function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** `amazon.de`, `smile.amazon.co.uk`: the label followed by a public suffix (the public suffix list decides). */
function labelThenSuffix(host: string, label: string): boolean {
  const domain = registrableDomain(host);
  return domain.length > label.length && domain.startsWith(`${label}.`);
}

/** The merchant's URL a redirect link carries in a query parameter or in its path, when it can be read. */
function destinationOf(url: URL, rule: AffiliateNetworkRule): URL | null {
  for (const param of rule.destinationParams ?? []) {
    const found = asUrl(url.searchParams.get(param));
    if (found) return found;
  }
  if (!rule.destinationParams) return null;
  // CJ deep links (`/links/<id>/type/dlg/https://...`) and Partnerize (`/destination:https%3A...`) carry it in the path.
  const m = EMBEDDED_URL.exec(url.pathname);
  return m ? asUrl(safeDecode(url.pathname.slice(m.index) + url.search)) : null;
}

function asUrl(value: string | null): URL | null {
  if (!value) return null;
  let v = value.trim();
  // Some networks encode the destination twice.
  if (/^https?%3A/i.test(v)) v = safeDecode(v);
  if (!HOST_LIKE.test(v)) return null;
  try {
    const u = new URL(/^https?:\/\//i.test(v) ? v : `https://${v}`);
    return u.hostname.includes('.') ? u : null;
  } catch {
    return null;
  }
}

function merchantOf(rule: AffiliateNetworkRule, host: string, destination: URL | null): string | null {
  if (rule.merchant) return rule.merchant;
  if (rule.merchantIsHost) return registrableDomain(host);
  if (rule.merchantFromHostLabel) {
    const labels = host.split('.');
    return labels[labels.length + rule.merchantFromHostLabel] ?? null;
  }
  if (!destination) return null;
  const destHost = bareHost(destination.hostname);
  // A network link wrapping a programme with a name of its own (Skimlinks to Amazon) names that programme.
  const named = AFFILIATE_NETWORKS.find(
    (r) => r.merchant && r.hosts.some((p) => p !== '*' && hostMatches(destHost, p)),
  );
  return named?.merchant ?? destHost;
}

function isSameSite(host: string, site: SiteIdentity): boolean {
  return registrableDomains(site.hosts).has(registrableDomain(host));
}

/** The opaque shortener `host` belongs to (bit.ly...), or null. Remembered per host. */
const shortenerOf = perHost((host) => OPAQUE_SHORTENERS.find((s) => hostIs(host, s)) ?? null);

/** A host without `www.` (or `www2.`...), lower case: how the tables name hosts. Remembered per host name. */
const bareHost = perHost((hostname) => normaliseHost(hostname).replace(/^www\d+\./, ''));

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
