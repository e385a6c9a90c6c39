/**
 * How sure a reader would be that a disclosure tells them something about the article in front of them, by the
 * two facts that decide it: whom the statement is written for (this article, or the whole site) and whether the
 * page has affiliate or commerce links at all. Figures are the shares of such flags readers judged right on the
 * shared corpora (readability-pages, openweb-dev, articles-dev), rounded down where the count is small.
 */
import type { Disclosure } from './find-disclosures';

/** The page has affiliate links (the article's, or network links beside it): any disclosure on it applies. */
const WITH_LINKS = 0.95;
/** "This post is sponsored by...", written for this content: it is the news whatever the links. */
const SPONSORSHIP_FOR_ARTICLE = 0.95;
/**
 * "Links in this post may be affiliate links", or a generic note in the article's own footer, with no link the
 * detectors recognise: a per-post statement the publisher chose to print (the links may be ones no rule knows),
 * but a template printed under every article also reads this way.
 */
const FOR_ARTICLE_NO_LINKS = 0.9;
/**
 * A hedged notice ("this post may contain affiliate links") on a page without affiliate links, beside a statement
 * that says more (a sponsorship written for this post): the stronger one is shown, the template adds nothing.
 */
const HEDGED_BESIDE_STRONGER = 0.7;
/** A sponsorship statement in the site's template: "#ad" or "we were compensated" in a sidebar or footer. */
const SPONSORSHIP_SITE_WIDE = 0.5;
/**
 * A site-wide header bar or footer ("may earn a portion of sales from products purchased through our site") on a
 * page without a single affiliate or commerce link: readers judged none of these right.
 */
const SITE_WIDE_NO_LINKS = 0.2;

const SPONSORSHIP: ReadonlySet<string> = new Set(['sponsored', 'paid-partnership']);

/** A modal or "sometimes", in the languages the disclosure tables read (en, de, fr, es, it, pt). */
const HEDGE =
  /\b(?:may|might|can|could|sometimes|occasionally|kann|können|könnten|möglicherweise|eventuell|gelegentlich|peut|peuvent|pourrait|parfois|puede|pueden|podría|podrían|a veces|può|possono|potrebbe|a volte|pode|podem|poderá|às vezes)\b/iu;

/** Whether every sentence of a statement is hedged: links "may be" affiliate links, never that they are. */
export function isHedged(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((t) => /\p{L}/u.test(t));
  return sentences.length > 0 && sentences.every((t) => HEDGE.test(t));
}

export function disclosureConfidence(
  d: Pick<Disclosure, 'rule' | 'scope'>,
  pageHasAffiliateLinks: boolean,
  hedgedBesideStronger = false,
): number {
  if (pageHasAffiliateLinks) return WITH_LINKS;
  if (SPONSORSHIP.has(d.rule)) return d.scope === 'site' ? SPONSORSHIP_SITE_WIDE : SPONSORSHIP_FOR_ARTICLE;
  if (d.scope === 'site') return SITE_WIDE_NO_LINKS;
  return hedgedBesideStronger ? HEDGED_BESIDE_STRONGER : FOR_ARTICLE_NO_LINKS;
}

/**
 * The confidence of each of a page's disclosures, in order. Without affiliate links, a hedged template beside a
 * firmer statement written for this content (a definite one, or a sponsorship) adds nothing to it.
 */
export function disclosureConfidences(
  disclosures: readonly Pick<Disclosure, 'rule' | 'scope' | 'start' | 'end'>[],
  pageHasAffiliateLinks: boolean,
  pageText: string,
): number[] {
  const hedged = disclosures.map((d) => isHedged(pageText.slice(d.start, d.end)));
  const firm = disclosures.some((d, i) => d.scope !== 'site' && (!hedged[i] || SPONSORSHIP.has(d.rule)));
  return disclosures.map((d, i) =>
    disclosureConfidence(d, pageHasAffiliateLinks, hedged[i] && firm && !SPONSORSHIP.has(d.rule)),
  );
}
