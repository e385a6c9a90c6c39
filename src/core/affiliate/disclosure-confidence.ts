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
/** A sponsorship statement in the site's template: "#ad" or "we were compensated" in a sidebar or footer. */
const SPONSORSHIP_SITE_WIDE = 0.5;
/**
 * A site-wide header bar or footer ("may earn a portion of sales from products purchased through our site") on a
 * page without a single affiliate or commerce link: readers judged none of these right.
 */
const SITE_WIDE_NO_LINKS = 0.2;

const SPONSORSHIP: ReadonlySet<string> = new Set(['sponsored', 'paid-partnership']);

export function disclosureConfidence(d: Pick<Disclosure, 'rule' | 'scope'>, pageHasAffiliateLinks: boolean): number {
  if (pageHasAffiliateLinks) return WITH_LINKS;
  if (SPONSORSHIP.has(d.rule)) return d.scope === 'site' ? SPONSORSHIP_SITE_WIDE : SPONSORSHIP_FOR_ARTICLE;
  return d.scope === 'site' ? SITE_WIDE_NO_LINKS : FOR_ARTICLE_NO_LINKS;
}
