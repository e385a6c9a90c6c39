/**
 * `undisclosed-affiliate`: the article has affiliate links but the page never says so (rule `no-disclosure`),
 * or says so only after the first affiliate link, where a reader who clicks early never sees it (rule
 * `disclosure-after-links`). One flag, anchored on the first affiliate link. Reuses the link and disclosure
 * results of the other two affiliate detectors (shared through `ctx.memo`), so it costs nothing extra. Its
 * `data.opaqueLinks` lists the article's opaque shortened links (bit.ly...), which may hide more affiliate links.
 *
 * Only links a network's URL scheme gives away count: store and redirect links are judged affiliate partly
 * because the page discloses, so they cannot show that it does not. A link labelled as paid where it stands
 * ("(affiliate link)", "(Anzeige)", "#ad" in its own words, its title or its paragraph, or a star after its words
 * pointing to a footnote) is disclosed there.
 *
 * Known to get wrong: any disclosure counts, even one about sponsorship rather than links, and a site-wide footer
 * the disclosure detector keeps hidden (no affiliate link it recognises) still counts as the page disclosing; a disclosure the phrase
 * tables miss makes a disclosed page look undisclosed; a site-wide footer disclosure always comes after the links;
 * a page whose only paid links are shorteners is not flagged; a marker on the first link is taken to cover them all.
 */
import { pageAffiliateLinks, pageDisclosures, type AffiliateLink } from '../affiliate/page-affiliate';
import { blockAt } from '../page/page-model';
import { defineDetector, type DetectorContext, type FlagDraft } from './detector';

/** Per-link labels that tell the reader the link is paid, in the languages of the disclosure tables. */
const PAID_LINK_MARKER =
  /(?:affiliate[- ]?links?|partner[- ]?links?|provisions[- ]?links?|werbe[- ]?links?|\((?:anzeige|werbung|ad|advertisement|sponsored)\)|#(?:ad|anzeige|werbung|sponsored)\b|\bsponsored links?|liens? (?:affiliés?|sponsorisés?)|enlaces? (?:de afiliados?|afiliados?)|link (?:di affiliazione|affiliati?)|links? de afiliados?)/i;
/** A star after a link's words ("Kopfhörer*") points to a footnote saying starred links are paid (German usage). */
const STARRED = /\*\s*$/;

export const undisclosedAffiliate = defineDetector('undisclosed-affiliate', {
  detect(ctx): FlagDraft[] {
    const { affiliate: all, opaque } = pageAffiliateLinks(ctx);
    const affiliate = all.filter((l) => l.source === 'network');
    if (!affiliate.length) return [];
    const first = affiliate[0];
    const disclosures = pageDisclosures(ctx);
    const firstDisclosure = disclosures.length ? Math.min(...disclosures.map((d) => d.start)) : null;
    if (firstDisclosure !== null && firstDisclosure < first.firstAt) return [];
    if (markedAsPaid(ctx, first)) return [];
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
});

/** Whether the first link is labelled as paid where it stands: in its words, its title, or its paragraph. */
function markedAsPaid(ctx: DetectorContext, link: AffiliateLink): boolean {
  const { page } = ctx;
  const own = page.links.filter((l) => (l.url?.href ?? l.href).replace(/#.*$/, '') === link.href);
  for (const l of own) {
    const words = `${l.text} ${l.el.getAttribute('title') ?? ''}`;
    if (PAID_LINK_MARKER.test(words) || STARRED.test(l.text)) return true;
    const block =
      l.block ??
      blockAt(
        page.blocks,
        page.blocks.map((b) => b.start),
        l.start,
      );
    if (block && PAID_LINK_MARKER.test(block.text)) return true;
  }
  return false;
}
