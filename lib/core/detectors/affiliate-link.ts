/**
 * `affiliate-link`: one flag per distinct link (by URL, fragment ignored) in the article that pays the publisher
 * when a reader buys through it, with `confidence` (the share of such links a careful reader would call affiliate):
 * - a network's URL scheme (rule = the network's id): Amazon `tag=` and amzn.to, CJ, ShareASale, Rakuten, Awin,
 *   Impact, Skimlinks, Sovrn, rewardStyle, eBay `campid`, Booking `aid`... (rules as data in
 *   `data/affiliate-networks.ts`); the flag names the network and, when the URL carries it, the merchant;
 * - `retailer-link` / `retailer-shortener`: a link to a major retailer's store (`data/retailers.ts`; a product,
 *   not its home, press or help pages) or the retailer's own shortener (a.co, ebay.to), whose words sell ("$39 at
 *   Amazon", "Buy now", "See it at Walmart"), on a page that discloses commissions;
 * - `commerce-redirect`: a link through the publisher's own redirector (`/go/`, `/out/`, `/recommends/`, a `go.`
 *   sub-host) that carries a store's address or name, or whose words sell, on a page that discloses commissions;
 * - `affiliate-plugin`: a link an affiliate-link plugin marks as one of its own (ThirstyAffiliates' `thirstylink`
 *   class), whatever its address and whether or not the page discloses.
 * Without that disclosure such links stay under the default threshold (shown only at high sensitivity): a news
 * story also links "the $39 Echo Dot" to Amazon without being paid. `data: {network, merchant, href, evidence?}`.
 * Flag text: the link's text, or the words around an image link; the same URL's other text links are the flag's
 * `repeats` (one flag, every place it can be clicked marked).
 *
 * "In the article" means Readability kept the link, or the link sits inside the article's own element (the deepest
 * element holding most of the kept text) outside its sidebars, comments, author boxes and widgets: Readability
 * drops link-dense product boxes and image links that are still part of the post.
 *
 * Not flagged: links to the site's own pages (its disclosure page included) other than its redirector, links to
 * other sites (sister sites included) that are neither networks nor retailers, links outside the article, and
 * opaque shorteners (bit.ly, ow.ly...): they are listed in `data.opaqueLinks` of `undisclosed-affiliate` instead.
 *
 * Known to get wrong: a store's product link on a disclosing page whose words only name the product ("Logitech
 * MX Master 3") stays hidden (confidence 0.6), though many such links are rewritten into affiliate links by a
 * script on click; stores missing from the retailer list and networks missing from the table are missed; a
 * publisher's house promotions tagged `utm_medium=affiliate` are not counted; an editorial "buy it at Target"
 * link on a page with a commission disclosure is counted; a product box inside the post whose class names say
 * "promo" or a bare "widget" (not "product-widget") is skipped; when Readability finds no article the whole page counts as the article.
 */
import { pageAffiliateLinks } from '../affiliate/page-affiliate';
import { defineDetector, type FlagDraft } from './detector';

export const affiliateLink = defineDetector('affiliate-link', {
  detect(ctx): FlagDraft[] {
    return pageAffiliateLinks(ctx).affiliate.map(
      ({ href, cls, source, confidence, evidence, start, end, repeats }) => ({
        rule: cls.rule,
        message: messageFor(cls.network, cls.merchant, source, evidence ?? []),
        start,
        end,
        ...(repeats.length ? { repeats } : {}),
        confidence,
        data: {
          network: cls.network,
          merchant: cls.merchant,
          href,
          ...(cls.destination ? { destination: cls.destination } : {}),
          ...(evidence ? { evidence } : {}),
        },
      }),
    );
  },
});

function messageFor(network: string, merchant: string | null, source: string, evidence: string[]): string {
  if (source === 'commerce') {
    const to = merchant ? ` to ${merchant}` : '';
    return evidence.includes('page-discloses')
      ? `Shopping link${to} on a page that earns from its links: the publisher is likely paid if you buy.`
      : `Shopping link${to}: the publisher may be paid if you buy.`;
  }
  return merchant
    ? `Affiliate link (${network}) to ${merchant}: the publisher may be paid if you buy.`
    : `Affiliate link (${network}): the publisher may be paid if you buy.`;
}
