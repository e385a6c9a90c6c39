/**
 * The affiliate facts of one page, computed once per analysis through `ctx.memo` and shared by the three
 * affiliate detectors: the article's affiliate links (one per distinct URL: those a network's URL scheme shows,
 * and those the commerce evidence of `commerce-link.ts` adds, each with a confidence), its opaque shortened links,
 * how many network affiliate links stand elsewhere on the page, and the page's disclosures.
 */
import type { DetectorContext } from '../detectors/detector';
import { blockAt, type Block, type Link, type PageModel } from '../page/page-model';
import { trimSpan } from '../text/sentences';
import { articleContainer, inComments, inContainer } from './article-container';
import { classifyUrl, siteIdentityOf, type LinkClass } from './classify-link';
import { commerceUrlOf, judgeCommerceLink, type CommerceUrl } from './commerce-link';
import { findDisclosures, type Disclosure } from './find-disclosures';

export type AffiliateClass = Extract<LinkClass, { kind: 'affiliate' }>;

export interface AffiliateLink {
  href: string;
  cls: AffiliateClass;
  /** `network`: the URL carries a network's scheme; `commerce`: retailer or redirect evidence (see commerce-link). */
  source: 'network' | 'commerce';
  /** Share of such links a careful reader would call affiliate. */
  confidence: number;
  /** What a `commerce` link's verdict rests on (`retailer-store`, `text:price`, `page-discloses`...). */
  evidence?: string[];
  /** Where to flag it: the link's text, or the words of the block around an image link. */
  start: number;
  end: number;
  /** The link's other text links to the same URL ("Buy it at Amazon" under the product's name), in order. */
  repeats: Array<{ start: number; end: number }>;
  /** Where the URL first appears in the article (an earlier image link may come before the text link). */
  firstAt: number;
}

export interface OpaqueLink {
  href: string;
  service: string;
  text: string;
}

export interface PageAffiliateLinks {
  affiliate: AffiliateLink[];
  opaque: OpaqueLink[];
  /**
   * Distinct network affiliate links elsewhere on the page (a product box in the sidebar, an author's gear list),
   * readers' comments left out: not the article's, but they make a site-wide disclosure true of this page.
   */
  elsewhere: number;
}

export function pageAffiliateLinks(ctx: DetectorContext): PageAffiliateLinks {
  return ctx.memo('affiliate:links', () =>
    collectLinks(ctx.page, () => pageDisclosures(ctx).some((d) => COMMISSION_RULES.has(d.rule))),
  );
}

/** Disclosures that say the publisher earns from links (a sponsorship note does not explain a store link). */
const COMMISSION_RULES: ReadonlySet<string> = new Set(['affiliate-links', 'commission', 'amazon-associates']);
/** A network's URL scheme leaves little doubt; a few such links are a publisher's house promotions. */
const NETWORK_CONFIDENCE = 0.97;

/**
 * Whether the article has an affiliate link of its own (network or commerce). Links only in a sidebar deals box or
 * the navigation do not count: readers judged a disclosure shown for those alone wrong for the article.
 */
export function pageHasAffiliateLinks(ctx: DetectorContext): boolean {
  const links = pageAffiliateLinks(ctx);
  return links.affiliate.length > 0;
}

export function pageDisclosures(ctx: DetectorContext): Disclosure[] {
  return ctx.memo('affiliate:disclosures', () => findDisclosures(ctx.page, ctx.lang));
}

function collectLinks(page: PageModel, discloses: () => boolean): PageAffiliateLinks {
  const site = siteIdentityOf(page.doc, page.url);
  const byHref = new Map<string, { cls: AffiliateClass; links: Link[] }>();
  const commerce = new Map<string, { cu: CommerceUrl; links: Link[] }>();
  const opaque = new Map<string, OpaqueLink>();
  const elsewhere = new Set<string>();
  const container = articleContainer(page);
  // A page links the same address many times over (menus, share buttons, repeated product links): each is read once.
  const classOf = new Map<string, LinkClass>();
  const commerceOf = new Map<string, CommerceUrl | null>();
  for (const link of page.links) {
    const href = link.url?.href ?? link.href;
    let urlClass = classOf.get(href);
    if (!urlClass) classOf.set(href, (urlClass = classifyUrl(link.url, site)));
    const cls = pluginAffiliateLink(link.el) ?? urlClass;
    if (cls.kind === 'plain') {
      const url = link.url;
      let cu = commerceOf.get(href);
      if (cu === undefined)
        commerceOf.set(href, (cu = url && /^https?:$/.test(url.protocol) ? commerceUrlOf(url, site.hosts) : null));
      if (!url || !cu || !(link.inArticle || inContainer(link.el, container))) continue;
      const key = url.href.replace(/#.*$/, '');
      const entry = commerce.get(key);
      if (entry) entry.links.push(link);
      else commerce.set(key, { cu, links: [link] });
      continue;
    }
    const key = link.url ? link.url.href.replace(/#.*$/, '') : link.href;
    if (!(link.inArticle || inContainer(link.el, container))) {
      if (cls.kind === 'affiliate' && !inComments(link.el)) elsewhere.add(key);
      continue;
    }
    if (cls.kind === 'affiliate') {
      const entry = byHref.get(key);
      if (entry) entry.links.push(link);
      else byHref.set(key, { cls, links: [link] });
    } else if (cls.kind === 'opaque' && !opaque.has(key)) {
      opaque.set(key, { href: key, service: cls.service, text: link.text.replace(/\s+/g, ' ').trim() });
    }
  }
  const blockStarts = page.blocks.map((b) => b.start);
  const affiliate: AffiliateLink[] = [];
  for (const [href, { cls, links }] of byHref) {
    const span = linkSpans(page, blockStarts, links);
    affiliate.push({
      href,
      cls,
      source: 'network',
      confidence: NETWORK_CONFIDENCE,
      ...span,
      firstAt: Math.min(...links.map((l) => l.start)),
    });
  }
  // The page's disclosure is looked for only when a store or redirect link makes it matter.
  const pageDiscloses = commerce.size ? discloses() : false;
  for (const [href, { cu, links }] of commerce) {
    const verdict = judgeCommerceLink(cu, links.flatMap(wordsOf), pageDiscloses);
    if (!verdict) continue;
    const span = linkSpans(page, blockStarts, links);
    const cls: AffiliateClass = {
      kind: 'affiliate',
      rule: verdict.rule,
      network: verdict.rule === 'commerce-redirect' ? "the publisher's own redirect" : 'retailer link',
      merchant: verdict.merchant,
      destination: verdict.destination,
    };
    affiliate.push({
      href,
      cls,
      source: 'commerce',
      confidence: verdict.confidence,
      evidence: verdict.evidence,
      ...span,
      firstAt: Math.min(...links.map((l) => l.start)),
    });
  }
  affiliate.sort((a, b) => a.firstAt - b.firstAt);
  for (const href of byHref.keys()) elsewhere.delete(href);
  return { affiliate, opaque: [...opaque.values()], elsewhere: elsewhere.size };
}

/**
 * A link that an affiliate-link plugin of the site's own marks as one of its cloaked links: ThirstyAffiliates (a
 * WordPress plugin) gives each the class `thirstylink` and sends it through the site's own `/go/...` or `/recommends/`
 * address, which no URL rule can tell from an editorial link.
 */
function pluginAffiliateLink(el: Element): AffiliateClass | null {
  // (The attribute, not classList: a token list built for every link of the page costs more than the test.)
  if (!THIRSTY_CLASS.test(el.getAttribute('class') ?? '')) return null;
  return {
    kind: 'affiliate',
    rule: 'affiliate-plugin',
    network: 'ThirstyAffiliates redirect',
    merchant: null,
    destination: null,
  };
}

const THIRSTY_CLASS = /(?:^|\s)thirstylink(?:\s|$)/;

/** A link's words: its text, and the label or title a button or image link carries instead. */
function wordsOf(link: Link): string[] {
  const words = [link.text];
  for (const attr of ['aria-label', 'title']) {
    const v = link.el.getAttribute(attr);
    if (v) words.push(v);
  }
  return words;
}

/**
 * Where to flag one URL's links: its first text link (else the block around its first image link), and its other
 * text links as repeats, so that every place a reader could click it is marked. An image link repeated under its
 * caption is one place: its span would hold the caption's link.
 */
function linkSpans(
  page: PageModel,
  blockStarts: number[],
  links: Link[],
): { start: number; end: number; repeats: Array<{ start: number; end: number }> } {
  const withText = links.filter((l) => l.text.trim()).map((l) => trimSpan(page.text.text, l.start, l.end));
  const first = withText[0] ?? imageLinkSpan(page, blockStarts, links[0]);
  const repeats: Array<{ start: number; end: number }> = [];
  for (const span of withText.slice(1)) {
    const overlaps = [first, ...repeats].some((s) => span.start < s.end && s.start < span.end);
    if (span.end > span.start && !overlaps) repeats.push(span);
  }
  return { ...first, repeats };
}

/**
 * An image link has no text of its own: flag the block it stands in, or, when that block is the image alone, the
 * next block of the article with words (its caption), else the one before: never an empty passage, nor the footer
 * after the post (round 27: an image link closing a post).
 */
function imageLinkSpan(page: PageModel, starts: number[], link: Link): { start: number; end: number } {
  const text = page.text.text;
  const own = blockAt(page.blocks, starts, link.start);
  const next = starts.findIndex((s) => s >= link.start);
  // (Past the last block: the last one.)
  const at = own ? page.blocks.indexOf(own) : next >= 0 ? next : page.blocks.length - 1;
  if (at < 0) return { start: link.start, end: link.end };
  const article = new Set(page.articleBlocks.length ? page.articleBlocks : page.blocks);
  const spanOf = (b: Block) => trimSpan(text, b.start, b.end);
  const worded = (i: number) => {
    const b = page.blocks[i];
    if (!b || !article.has(b)) return false;
    const span = spanOf(b);
    return span.end > span.start;
  };
  const near = [at, at + 1, at + 2, at - 1, at - 2].find(worded);
  return spanOf(page.blocks[near ?? at]);
}
