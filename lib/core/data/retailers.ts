/**
 * Major online retailers by country, as data (public knowledge): the stores whose product links commerce
 * publishers are paid for. `lib/core/affiliate/commerce-link.ts` reads a link to one of them as a retailer link;
 * whether it counts as affiliate depends on the other evidence (the link's words, the page's disclosure).
 */

export interface Retailer {
  /** The store's name as readers know it. */
  name: string;
  /**
   * Registrable domains: `walmart.com` exactly, or `amazon.*` for the label followed by any public suffix
   * (amazon.de, amazon.co.uk).
   */
  domains: readonly string[];
  /** ISO 3166 country codes of its main markets; 'intl' for stores across many. */
  countries: readonly string[];
}

export const RETAILERS: readonly Retailer[] = [
  { name: 'Amazon', domains: ['amazon.*'], countries: ['intl'] },
  { name: 'eBay', domains: ['ebay.*'], countries: ['intl'] },
  { name: 'AliExpress', domains: ['aliexpress.com', 'aliexpress.us'], countries: ['intl'] },
  { name: 'Etsy', domains: ['etsy.com'], countries: ['intl'] },
  { name: 'Walmart', domains: ['walmart.com', 'walmart.ca'], countries: ['us', 'ca'] },
  { name: 'Target', domains: ['target.com'], countries: ['us'] },
  { name: 'Best Buy', domains: ['bestbuy.com', 'bestbuy.ca'], countries: ['us', 'ca'] },
  { name: 'Costco', domains: ['costco.com', 'costco.ca', 'costco.co.uk'], countries: ['us', 'ca', 'gb'] },
  { name: 'Home Depot', domains: ['homedepot.com', 'homedepot.ca'], countries: ['us', 'ca'] },
  { name: "Lowe's", domains: ['lowes.com', 'lowes.ca'], countries: ['us', 'ca'] },
  { name: "Macy's", domains: ['macys.com'], countries: ['us'] },
  { name: 'Nordstrom', domains: ['nordstrom.com', 'nordstromrack.com'], countries: ['us'] },
  { name: "Kohl's", domains: ['kohls.com'], countries: ['us'] },
  { name: 'Wayfair', domains: ['wayfair.com', 'wayfair.co.uk', 'wayfair.de', 'wayfair.ca'], countries: ['us', 'gb'] },
  { name: 'Newegg', domains: ['newegg.com', 'newegg.ca'], countries: ['us', 'ca'] },
  { name: 'B&H', domains: ['bhphotovideo.com'], countries: ['us'] },
  { name: 'Adorama', domains: ['adorama.com'], countries: ['us'] },
  { name: 'GameStop', domains: ['gamestop.com'], countries: ['us'] },
  { name: 'Sephora', domains: ['sephora.com', 'sephora.fr', 'sephora.de'], countries: ['us', 'fr'] },
  { name: 'Ulta', domains: ['ulta.com'], countries: ['us'] },
  { name: 'Chewy', domains: ['chewy.com'], countries: ['us'] },
  { name: 'REI', domains: ['rei.com'], countries: ['us'] },
  { name: 'Zappos', domains: ['zappos.com'], countries: ['us'] },
  { name: 'Dick’s Sporting Goods', domains: ['dickssportinggoods.com'], countries: ['us'] },
  { name: 'Overstock', domains: ['overstock.com'], countries: ['us'] },
  { name: 'Bed Bath & Beyond', domains: ['bedbathandbeyond.com'], countries: ['us'] },
  { name: 'Saks', domains: ['saksfifthavenue.com'], countries: ['us'] },
  { name: 'Bloomingdale’s', domains: ['bloomingdales.com'], countries: ['us'] },
  { name: 'Staples', domains: ['staples.com', 'staples.ca'], countries: ['us', 'ca'] },
  { name: 'Canadian Tire', domains: ['canadiantire.ca'], countries: ['ca'] },
  { name: 'Currys', domains: ['currys.co.uk'], countries: ['gb'] },
  { name: 'Argos', domains: ['argos.co.uk'], countries: ['gb'] },
  { name: 'John Lewis', domains: ['johnlewis.com'], countries: ['gb'] },
  { name: 'Very', domains: ['very.co.uk'], countries: ['gb'] },
  { name: 'AO', domains: ['ao.com'], countries: ['gb'] },
  { name: 'Boots', domains: ['boots.com'], countries: ['gb'] },
  { name: 'Selfridges', domains: ['selfridges.com'], countries: ['gb'] },
  { name: 'ASOS', domains: ['asos.com'], countries: ['gb', 'intl'] },
  { name: 'Marks & Spencer', domains: ['marksandspencer.com'], countries: ['gb'] },
  { name: 'Tesco', domains: ['tesco.com'], countries: ['gb'] },
  { name: 'Scan', domains: ['scan.co.uk'], countries: ['gb'] },
  { name: 'Otto', domains: ['otto.de'], countries: ['de'] },
  { name: 'MediaMarkt', domains: ['mediamarkt.*'], countries: ['de', 'es', 'nl', 'at', 'ch', 'it'] },
  { name: 'Saturn', domains: ['saturn.de'], countries: ['de'] },
  { name: 'Thalia', domains: ['thalia.de', 'thalia.at'], countries: ['de', 'at'] },
  { name: 'Zalando', domains: ['zalando.*'], countries: ['de', 'intl'] },
  { name: 'Cyberport', domains: ['cyberport.de'], countries: ['de'] },
  { name: 'notebooksbilliger', domains: ['notebooksbilliger.de'], countries: ['de'] },
  { name: 'Alternate', domains: ['alternate.de'], countries: ['de'] },
  { name: 'Galaxus', domains: ['galaxus.de', 'galaxus.ch', 'digitec.ch'], countries: ['de', 'ch'] },
  { name: 'Fnac', domains: ['fnac.com', 'fnac.es', 'fnac.pt'], countries: ['fr', 'es', 'pt'] },
  { name: 'Cdiscount', domains: ['cdiscount.com'], countries: ['fr'] },
  { name: 'Darty', domains: ['darty.com'], countries: ['fr'] },
  { name: 'Boulanger', domains: ['boulanger.com'], countries: ['fr'] },
  { name: 'Rakuten', domains: ['rakuten.fr', 'rakuten.com', 'rakuten.co.jp'], countries: ['fr', 'jp'] },
  { name: 'El Corte Inglés', domains: ['elcorteingles.es'], countries: ['es'] },
  { name: 'PcComponentes', domains: ['pccomponentes.com'], countries: ['es'] },
  { name: 'Unieuro', domains: ['unieuro.it'], countries: ['it'] },
  { name: 'bol.com', domains: ['bol.com'], countries: ['nl', 'be'] },
  { name: 'Coolblue', domains: ['coolblue.*'], countries: ['nl', 'be', 'de'] },
  { name: 'Allegro', domains: ['allegro.pl'], countries: ['pl'] },
  { name: 'JB Hi-Fi', domains: ['jbhifi.com.au', 'jbhifi.co.nz'], countries: ['au', 'nz'] },
  { name: 'Harvey Norman', domains: ['harveynorman.com.au'], countries: ['au'] },
  { name: 'The Good Guys', domains: ['thegoodguys.com.au'], countries: ['au'] },
  { name: 'Flipkart', domains: ['flipkart.com'], countries: ['in'] },
  { name: 'Mercado Libre', domains: ['mercadolibre.*', 'mercadolivre.com.br'], countries: ['mx', 'ar', 'br'] },
  { name: 'Rakuten Ichiba', domains: ['rakuten.co.jp'], countries: ['jp'] },
];

/** Retailers' own short-link hosts: a link through one is a link to that store. */
export const RETAILER_SHORTENERS: Readonly<Record<string, string>> = {
  'a.co': 'Amazon',
  'amzn.eu': 'Amazon',
  'amzn.asia': 'Amazon',
  'ebay.to': 'eBay',
  'ebay.us': 'eBay',
  'bhpho.to': 'B&H',
};

/** Sub-hosts of a retailer that are its store (others, like press., aws., corporate., are not). */
export const STORE_SUBDOMAINS: ReadonlySet<string> = new Set([
  '',
  'www',
  'www2',
  'm',
  'mobile',
  'smile',
  'shop',
  'store',
]);

/**
 * First path segments of a retailer's pages that are not for sale: press, corporate and help pages a news story
 * links to (an optional locale segment such as `/en-us/` may come first).
 */
export const RETAILER_EDITORIAL_PATH =
  /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:press|news|newsroom|media|about|about-?us|corporate|company|investors?|ir|careers?|jobs|help|customer-?service|contact|stores?|store-?locator|storelocator|locations?|blog|sustainability|responsibility|legal|privacy|terms|conditions|gp\/help)(?:[/?.#_-]|$)/i;
