/**
 * `affiliate-link`: one flag per distinct link (by URL, fragment ignored) in the article whose URL carries an
 * affiliate scheme: Amazon `tag=` and amzn.to, CJ, ShareASale, Rakuten, Awin, Impact, Skimlinks, Sovrn,
 * rewardStyle, eBay `campid`, Booking `aid`... (rules as data in `data/affiliate-networks.ts`). The flag names the
 * network and, when the URL carries the destination (Rakuten `murl`, Awin `ued`, Skimlinks `url`...), the
 * merchant: `data: {network, merchant, href}`. Flag text: the link's text, or the words around an image link.
 *
 * "In the article" means Readability kept the link, or the link sits inside the article's own element (the deepest
 * element holding most of the kept text) outside its sidebars, comments, author boxes and widgets: Readability
 * drops link-dense product boxes and image links that are still part of the post.
 *
 * Not flagged: links to the site's own pages (its disclosure page included), links outside the article, and
 * opaque shorteners (bit.ly, ow.ly...). A shortener may or may not pay the publisher and cannot be resolved
 * offline; counting it as affiliate would cry wolf, so shorteners are listed in `data.opaqueLinks` of the
 * `undisclosed-affiliate` flag instead and never make a page "affiliate".
 *
 * Known to get wrong: cloaked links through the site's own redirect (`/go/...`, `/recommends/...`) and networks
 * missing from the table are missed; a publisher's house promotions tagged `utm_medium=affiliate` are not counted;
 * a product box whose class names say "widget" or "promo" inside the post is skipped; when Readability finds no
 * article the whole page counts as the article, navigation and footers included.
 */
import { pageAffiliateLinks } from '../affiliate/page-affiliate';
import type { Detector, FlagDraft } from './detector';

export const affiliateLink: Detector = {
  id: 'affiliate-link',
  label: 'Affiliate link',
  description: 'Links in the article that pay the publisher when you buy through them, with the network and merchant.',
  severity: 'caution',
  hasSensitivity: false,
  detect(ctx): FlagDraft[] {
    return pageAffiliateLinks(ctx).affiliate.map(({ href, cls, start, end }) => ({
      rule: cls.rule,
      message: cls.merchant
        ? `Affiliate link (${cls.network}) to ${cls.merchant}: the publisher may be paid if you buy.`
        : `Affiliate link (${cls.network}): the publisher may be paid if you buy.`,
      start,
      end,
      data: {
        network: cls.network,
        merchant: cls.merchant,
        href,
        ...(cls.destination ? { destination: cls.destination } : {}),
      },
    }));
  },
};
