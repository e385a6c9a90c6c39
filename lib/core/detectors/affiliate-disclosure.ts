/**
 * `affiliate-disclosure`: flags statements that the publisher earns from the page's links or was paid for the
 * content ("Some links in this post are affiliate links", "As an Amazon Associate I earn from qualifying
 * purchases", "This post is sponsored by..."), anywhere on the page: above the post, in it, or in the footer,
 * when they tell the reader something about this article. The flag covers the disclosing sentences. Phrase
 * tables per language live in `data/disclosure-phrases` (English, German, French, Spanish, Italian, Portuguese).
 *
 * Its confidence (see `affiliate/disclosure-confidence`) weighs whom the statement is written for against the
 * page's links: any disclosure on a page with affiliate links is shown; one written for this article ("links in
 * this post", a note in the article's own footer) is shown without them; a site-wide header bar or footer on a
 * page without a single affiliate or commerce link is kept below the default threshold (`data.scope` says which).
 * Only the article's own affiliate links count: a deals box in the sidebar does not make a site's footer apply to
 * the story. Without links, a hedged template ("this post may contain affiliate links") beside a statement written
 * for this post (a sponsorship) is kept below the threshold too: the stronger statement says it.
 *
 * Known to get wrong: disclosures worded outside the tables ("we're reader-supported" alone) are missed, as are
 * disclosures shown only by a script or an image; a per-link "(affiliate link)" marker is not a statement and is
 * not flagged; a news story quoting a blogger's disclosure word for word is flagged; hidden text is only
 * recognised when the markup hides it (hidden, aria-hidden, inline display:none), not by stylesheet. A template
 * printed under every article ("Microsoft may earn a commission on links in this article") is shown on articles
 * that have no such links, and a site-wide footer is hidden on a page whose only paid links no rule recognises.
 */
import { disclosureConfidences } from '../affiliate/disclosure-confidence';
import { pageDisclosures, pageHasAffiliateLinks } from '../affiliate/page-affiliate';
import { defineDetector, type FlagDraft } from './detector';

const MESSAGES: Record<string, string> = {
  'affiliate-links': 'The page says it uses affiliate links: the publisher may be paid when you buy through them.',
  commission: 'The page says the publisher earns a commission on purchases made through its links.',
  'amazon-associates': 'The page says the publisher earns from Amazon purchases made through its links.',
  sponsored: 'The page says this content was sponsored or paid for.',
  'paid-partnership': 'The page says this content is a paid partnership.',
};

export const affiliateDisclosure = defineDetector('affiliate-disclosure', {
  detect(ctx): FlagDraft[] {
    const disclosures = pageDisclosures(ctx);
    if (!disclosures.length) return [];
    const withLinks = pageHasAffiliateLinks(ctx);
    const confidences = disclosureConfidences(disclosures, withLinks, ctx.page.text.text);
    return disclosures.map((d, i) => ({
      rule: d.rule,
      message: MESSAGES[d.rule] ?? MESSAGES['affiliate-links'],
      start: d.start,
      end: d.end,
      confidence: confidences[i],
      data: { lang: d.lang, inArticle: d.block.inArticle, scope: d.scope, pageHasAffiliateLinks: withLinks },
    }));
  },
});
