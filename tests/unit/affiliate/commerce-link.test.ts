import { describe, expect, it } from 'vitest';
import {
  commerceTextCue,
  commerceUrlOf,
  judgeCommerceLink,
  retailerOfHost,
  type CommerceUrl,
} from '../../../lib/core/affiliate/commerce-link';

const HOSTS = ['gearlab.example'];
const urlOf = (href: string) => commerceUrlOf(new URL(href), HOSTS);

describe('retailerOfHost', () => {
  it.each([
    ['www.amazon.co.uk', 'Amazon'],
    ['smile.amazon.de', 'Amazon'],
    ['www.currys.co.uk', 'Currys'],
    ['www.mediamarkt.es', 'MediaMarkt'],
    ['bestbuy.ca', 'Best Buy'],
  ])('%s is the store of %s', (host, name) => {
    expect(retailerOfHost(host)).toBe(name);
  });

  it.each(['aws.amazon.com', 'corporate.walmart.com', 'press.bestbuy.com', 'amazon.example.org', 'nytimes.com'])(
    '%s is not a store',
    (host) => {
      expect(retailerOfHost(host)).toBeNull();
    },
  );
});

describe('commerceUrlOf', () => {
  it('reads a product page of a store, not its home, press or help pages', () => {
    expect(urlOf('https://www.walmart.com/ip/Roomba/123')).toEqual({
      kind: 'retailer',
      retailer: 'Walmart',
      via: 'store',
    });
    expect(urlOf('https://www.walmart.com/')).toBeNull();
    expect(urlOf('https://www.target.com/about/press')).toBeNull();
    expect(urlOf('https://www.amazon.com/gp/help/customer/display.html')).toBeNull();
  });

  it("reads a retailer's own shortener", () => {
    expect(urlOf('https://a.co/d/abc')).toEqual({ kind: 'retailer', retailer: 'Amazon', via: 'shortener' });
    // Round 15: B&H's own shortener, behind "$42 at B&H".
    expect(urlOf('https://bhpho.to/3aBcDeF')).toEqual({ kind: 'retailer', retailer: 'B&H', via: 'shortener' });
    expect(urlOf('https://ebay.to/3xyz')).toEqual({ kind: 'retailer', retailer: 'eBay', via: 'shortener' });
    expect(urlOf('https://a.co/')).toBeNull();
  });

  it("reads the publisher's redirector and the store it carries", () => {
    expect(urlOf('https://gearlab.example/go/amazon/echo-dot')).toMatchObject({
      kind: 'redirector',
      retailer: 'Amazon',
    });
    expect(urlOf('https://www.gearlab.example/out/?url=https%3A%2F%2Fwww.bestbuy.com%2Fsite%2F1.p')).toMatchObject({
      kind: 'redirector',
      destination: 'https://www.bestbuy.com/site/1.p',
      retailer: 'Best Buy',
    });
    expect(urlOf('https://go.gearlab.example/?u=https%3A%2F%2Fwww.target.com%2Fp%2F1')).toMatchObject({
      kind: 'redirector',
      retailer: 'Target',
    });
  });

  it("leaves the publisher's ordinary pages and own shop alone", () => {
    expect(urlOf('https://gearlab.example/reviews/robot-vacuums/')).toBeNull();
    expect(urlOf('https://shop.gearlab.example/magazine/issue-12')).toBeNull();
    expect(urlOf('https://gearlab.example/deals/black-friday/')).toBeNull();
  });

  it("reads another site's redirect carrying a store's product page, but not share buttons or search engines", () => {
    expect(urlOf('https://click.unknownnet.example/r?url=https%3A%2F%2Fwww.walmart.com%2Fip%2F1')).toMatchObject({
      kind: 'redirector',
      retailer: 'Walmart',
      foreign: true,
    });
    expect(urlOf('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.amazon.com%2Fdp%2F1')).toBeNull();
    expect(urlOf('https://www.google.com/url?q=https%3A%2F%2Fwww.amazon.com%2Fdp%2F1')).toBeNull();
    expect(urlOf('https://click.unknownnet.example/r?url=https%3A%2F%2Fwww.walmart.com%2F')).toBeNull();
  });
});

describe('commerceTextCue', () => {
  it.each([
    ['$39 at Amazon', 'at-store'],
    ['£12 at Currys', 'at-store'],
    ['29,99 € bei Otto', 'at-store'],
    ['Buy now', 'buy-call'],
    ['Check price', 'buy-call'],
    ['See it at Walmart', 'buy-call'],
    ['Jetzt kaufen', 'buy-call'],
    ['Voir le prix', 'buy-call'],
    ['$249', 'price'],
    ['€ 19,90', 'price'],
  ])('%s sells (%s)', (text, cue) => {
    expect(commerceTextCue(text)).toBe(cue);
  });

  it.each([
    'Amazon',
    'Logitech MX Master 3',
    'buying guide',
    'Buyers beware',
    'worth up to $8 billion',
    '£105m jackpot',
    'on very short notice',
    'a long sentence that mentions the $39 price somewhere in the middle of a paragraph of prose',
  ])('%s does not sell', (text) => {
    expect(commerceTextCue(text)).toBeNull();
  });
});

describe('judgeCommerceLink', () => {
  const store: CommerceUrl = { kind: 'retailer', retailer: 'Walmart', via: 'store' };
  const redirect: CommerceUrl = { kind: 'redirector', destination: null, retailer: 'Amazon' };
  const bare: CommerceUrl = { kind: 'redirector', destination: null, retailer: null };

  it('shows a store link that sells only on a page that discloses commissions', () => {
    expect(judgeCommerceLink(store, ['$399 at Walmart'], true)?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(judgeCommerceLink(store, ['$399 at Walmart'], false)?.confidence).toBeLessThan(0.9);
    expect(judgeCommerceLink(store, ['Roomba j7'], true)?.confidence).toBeLessThan(0.9);
    expect(judgeCommerceLink(store, ['Roomba j7'], false)).toBeNull();
  });

  it('shows a redirect that carries a store on a disclosing page, and names the store', () => {
    const v = judgeCommerceLink(redirect, ['Eufy RoboVac'], true);
    expect(v).toMatchObject({ rule: 'commerce-redirect', merchant: 'Amazon' });
    expect(v?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(v?.evidence).toEqual(['redirect-names-store', 'page-discloses']);
    expect(judgeCommerceLink(redirect, ['Eufy RoboVac'], false)).toBeNull();
  });

  it('a redirect that carries nothing needs words that sell as well', () => {
    expect(judgeCommerceLink(bare, ['Check price'], true)?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(judgeCommerceLink(bare, ['our newsletter'], true)?.confidence ?? 0).toBeLessThan(0.9);
  });
});

describe('judgeCommerceLink: click trackers', () => {
  it("a site's outbound click tracker carrying an article, not a store, is not shown", () => {
    const tracker = commerceUrlOf(
      new URL('https://gearlab.example/redirect?url=https%3A%2F%2Fwww.nasa.gov%2Fpress-release%2F1'),
      HOSTS,
    );
    expect(tracker).toMatchObject({ kind: 'redirector', retailer: null });
    expect(judgeCommerceLink(tracker!, ['the agency said'], true)?.confidence ?? 0).toBeLessThan(0.9);
  });
});
