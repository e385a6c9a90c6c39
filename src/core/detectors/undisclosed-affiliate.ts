/**
 * `undisclosed-affiliate`: the article has affiliate links but the page never says so (rule `no-disclosure`),
 * or says so only after the first affiliate link, where a reader who clicks early never sees it (rule
 * `disclosure-after-links`). One flag, anchored on the first affiliate link. Reuses the link and disclosure
 * results of the other two affiliate detectors (shared through `ctx.memo`), so it costs nothing extra. Its
 * `data.opaqueLinks` lists the article's opaque shortened links (bit.ly...), which may hide more affiliate links.
 *
 * Known to get wrong: any disclosure counts, even one about sponsorship rather than links; a disclosure the phrase
 * tables miss makes a disclosed page look undisclosed; a site-wide footer disclosure always comes after the links,
 * so such pages get `disclosure-after-links`; a page whose only paid links are shorteners is not flagged.
 */
import { pageAffiliateLinks, pageDisclosures } from '../affiliate/page-affiliate';
import type { Detector, FlagDraft } from './detector';

export const undisclosedAffiliate: Detector = {
  id: 'undisclosed-affiliate',
  label: 'Undisclosed affiliate links',
  description: 'Affiliate links with no disclosure on the page, or with the disclosure only after them.',
  severity: 'warning',
  hasSensitivity: false,
  detect(ctx): FlagDraft[] {
    const { affiliate, opaque } = pageAffiliateLinks(ctx);
    if (!affiliate.length) return [];
    const first = affiliate[0];
    const disclosures = pageDisclosures(ctx);
    const firstDisclosure = disclosures.length ? Math.min(...disclosures.map((d) => d.start)) : null;
    if (firstDisclosure !== null && firstDisclosure < first.firstAt) return [];
    const count = affiliate.length === 1 ? 'an affiliate link' : `${affiliate.length} affiliate links`;
    const data = {
      affiliateLinks: affiliate.length,
      firstLink: first.href,
      ...(opaque.length ? { opaqueLinks: opaque } : {}),
    };
    return [
      firstDisclosure === null
        ? {
            rule: 'no-disclosure',
            message: `The article has ${count} but the page never says the publisher earns from them.`,
            start: first.start,
            end: first.end,
            data,
          }
        : {
            rule: 'disclosure-after-links',
            message: `The article has ${count}; the page discloses this only after the first one.`,
            start: first.start,
            end: first.end,
            data,
          },
    ];
  },
};
