/**
 * Affiliate networks as data: how a link's URL shows that the publisher is paid when a reader follows it, and
 * where the merchant can be read from it. `lib/core/affiliate/classify-link.ts` applies these rules; adding a
 * network is adding an entry here. Also the URL shorteners whose destination cannot be known offline.
 */

export interface AffiliateNetworkRule {
  /** The flag's rule id, e.g. `amazon`, `cj`. */
  id: string;
  /** The network's name as a reader knows it. */
  network: string;
  /**
   * Hosts the rule applies to: `example.com` matches it and its subdomains; `amazon.*` matches the label `amazon`
   * followed by any public suffix (amazon.de, amazon.co.uk); `*` matches every host (then `params` or `path`
   * must narrow it).
   */
  hosts: readonly string[];
  /** When set, the URL must carry one of these query parameters (non-empty) to count. */
  params?: readonly string[];
  /** When set, one of these query parameters must have a value that matches (`utm_medium=affiliate`). */
  paramValues?: readonly { name: string; value: RegExp }[];
  /** When set, the URL's path must match. */
  path?: RegExp;
  /** Query parameters that may hold the destination URL (the merchant's page), in order of preference. */
  destinationParams?: readonly string[];
  /** The merchant when the network is the merchant's own programme (Amazon, eBay...). */
  merchant?: string;
  /** The link goes straight to the merchant, with the network's tags: the merchant is the link's own site. */
  merchantIsHost?: boolean;
  /** The merchant is this label of the host, counted from the right, -1 being the TLD (ClickBank: `aff.vendor.hop.clickbank.net`). */
  merchantFromHostLabel?: number;
  /**
   * The network wraps every outbound link of a page it runs on, shop or not (Skimlinks, Sovrn): a link it carries
   * to a site that sells nothing (`NON_MERCHANT_DOMAINS`) earns nobody anything.
   */
  wrapsEveryLink?: boolean;
}

/**
 * Sites that sell nothing a commerce network pays for, as data (public knowledge): code hosts, video and social
 * platforms, reference works and notebooks. Public bodies (.gov, .edu, .mil, .int) are told by their suffix.
 */
export const NON_MERCHANT_DOMAINS: ReadonlySet<string> = new Set([
  'github.com',
  'github.io',
  'gitlab.com',
  'bitbucket.org',
  'sourceforge.net',
  'stackoverflow.com',
  'youtube.com',
  'youtu.be',
  'vimeo.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'reddit.com',
  'tiktok.com',
  'wikipedia.org',
  'wikimedia.org',
  'archive.org',
  'arxiv.org',
  'doi.org',
  'colab.research.google.com',
  'docs.google.com',
  'huggingface.co',
]);
/** Public suffixes of public bodies, which sell nothing either. */
export const NON_MERCHANT_SUFFIX = /\.(?:gov|edu|mil|int)(?:\.[a-z]{2})?$/;

/** Most specific first: the first matching rule names the link. */
export const AFFILIATE_NETWORKS: readonly AffiliateNetworkRule[] = [
  { id: 'amazon', network: 'Amazon Associates', hosts: ['amazon.*'], params: ['tag'], merchant: 'Amazon' },
  // amzn.to is the Associates programme's own shortener (SiteStripe); plain shares use a.co or amzn.eu.
  { id: 'amazon', network: 'Amazon Associates', hosts: ['amzn.to'], merchant: 'Amazon' },
  // The old Associates form keeps the tracking id in the path: /exec/obidos/ASIN/<asin>/<id>-20, or an id of the
  // programme's first years with no suffix (/ASIN/1615192514/davidleboviswebs); a `ref=` or `qid=` step is no id.
  {
    id: 'amazon',
    network: 'Amazon Associates',
    hosts: ['amazon.*'],
    path: /^\/exec\/obidos\/(?:asin|ASIN|tg\/detail\/-)\/[^/]+\/(?:ref=nosim\/)?(?![^/]*=)[\w.-]{3,}\/?$/,
    merchant: 'Amazon',
  },
  {
    id: 'cj',
    network: 'CJ Affiliate',
    hosts: [
      'anrdoezrs.net',
      'dpbolvw.net',
      'jdoqocy.com',
      'tkqlhce.com',
      'kqzyfj.com',
      'emjcd.com',
      'afcyhf.com',
      'awltovhc.com',
      'ftjcfx.com',
      'lduhtrp.net',
      'tqlkg.com',
      'qksrv.net',
      'apmebf.com',
      'yceml.net',
    ],
    destinationParams: ['url', 'URL'],
  },
  {
    id: 'shareasale',
    network: 'ShareASale',
    hosts: ['shareasale.com', 'shareasale-analytics.com'],
    destinationParams: ['urllink', 'u'],
  },
  {
    id: 'rakuten',
    network: 'Rakuten Advertising',
    hosts: ['linksynergy.com'],
    destinationParams: ['murl', 'RD_PARM1'],
  },
  { id: 'awin', network: 'Awin', hosts: ['awin1.com', 'zenaps.com', 'awin.com'], destinationParams: ['ued', 'p'] },
  { id: 'awin', network: 'Awin (Zanox)', hosts: ['zanox.com', 'zanox-affiliate.de'], destinationParams: ['ULP'] },
  {
    id: 'impact',
    network: 'Impact',
    hosts: ['sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', '7tiv.net', 'impactradius.com', 'r.impact.com'],
    destinationParams: ['u'],
  },
  // Impact's branded tracking domains (goto.walmart.com, goto.target.com) keep its /c/<partner>/<ad>/<campaign> path.
  { id: 'impact', network: 'Impact', hosts: ['*'], path: /^\/c\/\d+\/\d+\/\d+/, destinationParams: ['u'] },
  {
    id: 'skimlinks',
    network: 'Skimlinks',
    hosts: ['redirectingat.com', 'skimresources.com', 'skimlinks.com'],
    destinationParams: ['url'],
    wrapsEveryLink: true,
  },
  // Yahoo's commerce redirector on its publishers' pages (Engadget, Yahoo Tech): the store's page in `gcReferrer`,
  // the associate tag hidden in `custData`; like Skimlinks it wraps links to sites that sell nothing too (round 32).
  {
    id: 'yahoo-shopping',
    network: 'Yahoo Shopping',
    hosts: ['shopping.yahoo.com'],
    path: /^\/rdlw\b/,
    destinationParams: ['gcReferrer'],
    wrapsEveryLink: true,
  },
  {
    id: 'sovrn',
    network: 'Sovrn Commerce (VigLink)',
    hosts: ['viglink.com', 'sovrn.co'],
    destinationParams: ['u', 'out'],
    wrapsEveryLink: true,
  },
  {
    id: 'pepperjam',
    network: 'Pepperjam (Partnerize)',
    hosts: ['pjtra.com', 'pjatr.com', 'gopjn.com', 'pepperjamnetwork.com', 'pntra.com', 'pntrs.com', 'pntrac.com'],
    destinationParams: ['url'],
  },
  { id: 'partnerize', network: 'Partnerize', hosts: ['prf.hn'], destinationParams: ['destination'] },
  { id: 'rewardstyle', network: 'LTK (rewardStyle)', hosts: ['rstyle.me', 'liketk.it', 'liketoknow.it'] },
  {
    id: 'shopstyle',
    network: 'ShopStyle Collective',
    hosts: ['shopstyle.it', 'shop-links.co', 'api.shopstyle.com'],
    destinationParams: ['url'],
  },
  { id: 'howl', network: 'Howl (Narrativ)', hosts: ['howl.me', 'howl.link', 'bam-x.com'], destinationParams: ['url'] },
  { id: 'shopmy', network: 'ShopMy', hosts: ['shopmy.us'] },
  { id: 'magiclinks', network: 'MagicLinks', hosts: ['magik.ly'] },
  { id: 'geniuslink', network: 'Geniuslink', hosts: ['geni.us'] },
  // Geniuslink's former name and host (GeoRiot), still in older posts: `target.georiot.com/Proxy.ashx?GR_URL=...`.
  { id: 'geniuslink', network: 'Geniuslink', hosts: ['georiot.com'], destinationParams: ['GR_URL', 'gr_url'] },
  { id: 'avantlink', network: 'AvantLink', hosts: ['avantlink.com'], destinationParams: ['url'] },
  {
    id: 'ebay',
    network: 'eBay Partner Network',
    hosts: ['rover.ebay.com'],
    destinationParams: ['mpre', 'loc'],
    merchant: 'eBay',
  },
  { id: 'ebay', network: 'eBay Partner Network', hosts: ['ebay.*'], params: ['campid'], merchant: 'eBay' },
  {
    id: 'booking',
    network: 'Booking.com Affiliate Partner Programme',
    hosts: ['booking.com'],
    params: ['aid'],
    merchant: 'Booking.com',
  },
  { id: 'clickbank', network: 'ClickBank', hosts: ['hop.clickbank.net'], merchantFromHostLabel: -4 },
  {
    id: 'flexoffers',
    network: 'FlexOffers',
    hosts: ['flexlinkspro.com', 'flexlinks.com', 'flexoffers.com'],
    destinationParams: ['url'],
  },
  { id: 'tradedoubler', network: 'Tradedoubler', hosts: ['tradedoubler.com'], destinationParams: ['url'] },
  { id: 'webgains', network: 'Webgains', hosts: ['webgains.com'], destinationParams: ['wgtarget'] },
  {
    id: 'admitad',
    network: 'Admitad',
    hosts: ['admitad.com', 'alitems.com', 'ad.admitad.com'],
    destinationParams: ['ulp'],
  },
  { id: 'awin', network: 'Awin (affilinet)', hosts: ['webmasterplan.com'], destinationParams: ['diurl'] },
  { id: 'tradetracker', network: 'TradeTracker', hosts: ['tradetracker.net'], destinationParams: ['u'] },
  { id: 'effiliation', network: 'Effiliation', hosts: ['effiliation.com'], destinationParams: ['url'] },
  { id: 'daisycon', network: 'Daisycon', hosts: ['ds1.nl', 'lt45.net'], destinationParams: ['dl'] },
  { id: 'a8', network: 'A8.net', hosts: ['a8.net'], params: ['a8mat'] },
  { id: 'valuecommerce', network: 'ValueCommerce', hosts: ['valuecommerce.com'], destinationParams: ['vc_url'] },
  // Japan's third network beside A8.net and ValueCommerce: every af.moshimo.com link is a tracked click (a_id=...).
  { id: 'moshimo', network: 'Moshimo Affiliate', hosts: ['af.moshimo.com'] },
  // Rakuten Ichiba's own programme in Japan (not Rakuten Advertising, the former LinkShare): hb.afl.rakuten.co.jp
  // links carry the affiliate's id in the path and the shop page in `pc` (round 32, a Japanese review).
  {
    id: 'rakuten-affiliate',
    network: 'Rakuten Affiliate',
    hosts: ['afl.rakuten.co.jp'],
    destinationParams: ['pc', 'm'],
    merchant: 'Rakuten',
  },
  { id: 'aliexpress', network: 'AliExpress Portals', hosts: ['s.click.aliexpress.com'], merchant: 'AliExpress' },
  {
    id: 'bol',
    network: 'bol.com Partnerprogramma',
    hosts: ['partner.bol.com'],
    destinationParams: ['url'],
    merchant: 'bol.com',
  },
  // B&H Photo's own programme: the affiliate's ids in `BI` and `KBID` on a product link (round 34, PCWorld's review).
  {
    id: 'bh',
    network: 'B&H Photo Affiliate Program',
    hosts: ['bhphotovideo.com'],
    params: ['KBID', 'BI'],
    merchant: 'B&H',
  },
  {
    id: 'apple',
    network: 'Apple Services Performance Partners',
    hosts: ['apple.com'],
    params: ['at'],
    merchant: 'Apple',
  },
  // Rakuten Advertising (LinkShare) lands the reader on the merchant's page with its own parameters.
  {
    id: 'rakuten',
    network: 'Rakuten Advertising',
    hosts: ['*'],
    params: ['ranMID', 'ranEAID', 'ranSiteID'],
    merchantIsHost: true,
  },
  // A merchant's own campaign tags that name the affiliate network the reader came through: `utm_medium=LinkShare`,
  // `cm_mmc=LinkshareUK-_-...` (Coremetrics). Not a bare `utm_medium=affiliates`: publishers tag their own
  // sister magazines' subscription offers so (Future's myfavouritemagazines.co.uk), which earn no commission.
  {
    id: 'tagged-affiliate',
    network: 'an affiliate network named in the merchant’s campaign tags',
    hosts: ['*'],
    merchantIsHost: true,
    paramValues: [
      { name: 'utm_medium', value: /^(?:linkshare|rakuten|awin|impact|partnerize|cj)$/i },
      { name: 'cm_mmc', value: /^(?:linkshare|rakuten)/i },
    ],
  },
  { id: 'refersion', network: 'Refersion', hosts: ['*'], params: ['rfsn'] },
  // Tapfiliate, a tracking service merchants run their own programmes on: its referral parameter `tap_a` (round 31:
  // DataCamp's course links in a translated guide).
  { id: 'tapfiliate', network: 'Tapfiliate', hosts: ['*'], merchantIsHost: true, params: ['tap_a'] },
  // A merchant's own programme whose link names the affiliate outright (`worldnomads.com/…?affiliate=nmts`): a
  // parameter no editorial link carries (round 27, a travel blog's insurance links).
  {
    id: 'affiliate-param',
    network: 'the merchant’s own affiliate programme',
    hosts: ['*'],
    merchantIsHost: true,
    params: ['affiliate', 'affiliate_id', 'affiliateId', 'affiliateID', 'affiliateid', 'affid', 'affiliateTrackingId'],
  },
  { id: 'post-affiliate-pro', network: 'Post Affiliate Pro', hosts: ['*'], params: ['a_aid'] },
  { id: 'hasoffers', network: 'HasOffers (TUNE)', hosts: ['*'], path: /^\/aff_c$/, params: ['aff_id'] },
  // A redirect whose own path says what it is (`cna.st/affiliate-link/...`, `/afflink/...`), on any host.
  {
    id: 'affiliate-path',
    network: 'an affiliate redirect',
    hosts: ['*'],
    path: /\/(?:affiliate-links?|aff-links?|afflinks?|aff_links?)\//i,
    destinationParams: ['url', 'u', 'dest', 'destination'],
  },
  { id: 'commission-factory', network: 'Commission Factory', hosts: ['cfjump.com'], destinationParams: ['Url', 'url'] },
];

/** Shorteners hiding where a link goes: a reader (and Footnote, offline) cannot tell whether it pays the publisher. */
export const OPAQUE_SHORTENERS: readonly string[] = [
  'bit.ly',
  'bitly.com',
  'j.mp',
  'ow.ly',
  'tinyurl.com',
  'goo.gl',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  't.ly',
  'v.gd',
  'po.st',
  'lnkd.in',
  'dlvr.it',
  'ift.tt',
  'trib.al',
  'shrtco.de',
  'bl.ink',
  'short.io',
  'clck.ru',
];

/** Path words that mark a page explaining the site's affiliate or sponsorship policy. */
export const DISCLOSURE_PAGE_PATH =
  /(?:disclos|disclaim|affiliat|transparen|ftc|werbehinweis|offenlegung|divulgac|divulgaz|mentions-legales|trasparenza)/i;
