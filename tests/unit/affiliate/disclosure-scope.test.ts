import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/core/analyze';
import { findSelector } from '../../../lib/core/anchoring/selectors';
import { inComments } from '../../../lib/core/affiliate/article-container';
import { disclosureConfidence } from '../../../lib/core/affiliate/disclosure-confidence';
import type { Sensitivity } from '../../../lib/core/detectors/detector';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { htmlDocument } from '../../support/load-html';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old market hall for repairs, a decision traders had feared for months.',
  'Engineers found cracks in two of the roof beams during an inspection in the spring, the council report says.',
  'Traders will move to a temporary site on the car park behind the station until the work is finished next year.',
  'Several stall holders said they worried that fewer shoppers would find them there, especially in the winter.',
  'The repairs are expected to cost about four million pounds, paid from the council budget for listed buildings.',
  'A public meeting about the move will be held in the library on the first Monday of next month, at seven.',
];

/** A news page: a site bar above, the story in an `<article>` with its own footer, a sidebar and a site footer. */
function newsPage(opts: { bar?: string; articleFooter?: string; body?: string; sidebar?: string; footer?: string }) {
  return `<!doctype html><html lang="en"><head><title>Market hall to close</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
${opts.bar ?? ''}
<div id="main"><article><h1>Market hall to close for repairs</h1>
<div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${opts.body ?? ''}</div>
<footer class="article-footer">${opts.articleFooter ?? ''}</footer></article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a/">Bridge reopens</a></li><li><a href="/b/">New mayor</a></li></ul>${opts.sidebar ?? ''}</aside></div>
<footer class="site-footer"><p><a href="/about/">About us</a> · <a href="/contact/">Contact</a> · <a href="/privacy/">Privacy</a></p>${opts.footer ?? ''}</footer>
</body></html>`;
}

function disclosures(html: string, sensitivity: Sensitivity = 'normal') {
  const report = analyzeDocument(htmlDocument(html), 'https://towncrier.example/news/market-hall/', {
    detectors: DETECTORS.filter((d) => d.id.includes('affiliate')),
    sensitivity: { 'affiliate-disclosure': sensitivity },
  });
  return report.flags
    .filter((f) => f.kind === 'affiliate-disclosure')
    .map((f) => ({
      text: findSelector(f.target.selector, 'TextQuoteSelector')!.exact,
      confidence: f.confidence,
      scope: f.data?.scope,
    }));
}

const SITE_NOTE = '<p>Town Crier may earn a portion of sales from products purchased through our site.</p>';

describe('whom a disclosure is written for', () => {
  it('keeps a site-wide footer note below every threshold on a page without affiliate links', () => {
    expect(disclosures(newsPage({ footer: SITE_NOTE }), 'high')).toEqual([]);
  });

  it('keeps a site-wide header bar below every threshold on a page without affiliate links', () => {
    const bar = `<aside id="affiliate-disclaimer"><p>When you purchase through links on our site, we may earn an affiliate commission. <a href="/how/">Learn more</a></p></aside>`;
    expect(disclosures(newsPage({ bar }), 'high')).toEqual([]);
  });

  it('shows the same footer note when the article has an affiliate link, not for one in the sidebar alone', () => {
    const link = '<p><a href="https://www.amazon.com/dp/B0KETTLE?tag=towncrier-20">Our favourite kettle</a></p>';
    expect(disclosures(newsPage({ footer: SITE_NOTE, sidebar: link }))).toEqual([]);
    expect(disclosures(newsPage({ footer: SITE_NOTE, body: link }))).toEqual([
      {
        text: 'Town Crier may earn a portion of sales from products purchased through our site.',
        confidence: 0.95,
        scope: 'site',
      },
    ]);
  });

  it('shows a note written for this post without any recognised link', () => {
    const bar = '<div class="post-note"><p>Some links in this post are affiliate links.</p></div>';
    expect(disclosures(newsPage({ bar }))).toEqual([
      { text: 'Some links in this post are affiliate links.', confidence: 0.9, scope: 'article' },
    ]);
  });

  it("shows a generic note standing in the article's own footer, and says so", () => {
    const articleFooter =
      '<p class="affiliate-disclaimer">Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission. For more information, <a href="/ethics/">go here</a>.</p>';
    expect(disclosures(newsPage({ articleFooter }))).toEqual([
      {
        text: 'Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.',
        confidence: 0.9,
        scope: 'attached',
      },
    ]);
  });

  it('hides a hedged template beside a sponsorship written for this post, on a page without affiliate links', () => {
    const bar = '<div class="post-note"><p>This post may contain affiliate links.</p></div>';
    const body = '<p>This post is sponsored by Acme Tools, which makes the drills we test.</p>';
    expect(disclosures(newsPage({ bar, body })).map((d) => d.text)).toEqual([
      'This post is sponsored by Acme Tools, which makes the drills we test.',
    ]);
    expect(disclosures(newsPage({ bar, body }), 'high').map((d) => d.confidence)).toEqual([0.7, 0.95]);
    // Alone, the same hedged note is the page's only word on it, and is shown.
    expect(disclosures(newsPage({ bar })).map((d) => d.confidence)).toEqual([0.9]);
  });

  it('shows a sponsorship statement about this content', () => {
    const body = '<p>This episode is sponsored by Acme Tools, which makes the drills we test.</p>';
    expect(disclosures(newsPage({ body }))).toEqual([
      {
        text: 'This episode is sponsored by Acme Tools, which makes the drills we test.',
        confidence: 0.95,
        scope: 'article',
      },
    ]);
  });
});

describe('the flagged passage', () => {
  /** An affiliate link in the article, so that the site's notes apply to it and are shown. */
  const body = '<p>We liked <a href="https://www.amazon.com/dp/B0KETTLE?tag=towncrier-20">this kettle</a> best.</p>';

  it('leaves out a line laid out beside the statement with no space between their texts', () => {
    const box =
      '<div class="deal"><div><span>786 purchased by readers</span><span>Town Crier may get a commission</span></div></div>';
    expect(disclosures(newsPage({ body, sidebar: box })).map((d) => d.text)).toEqual([
      'Town Crier may get a commission',
    ]);
  });

  it('leaves out a copyright line that follows the statement in its own element', () => {
    const footer =
      '<p>We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com. <b>©Town Crier 2011-2019</b> @2016 - PenciDesign. All Right Reserved.</p>';
    expect(disclosures(newsPage({ footer, body })).map((d) => d.text)).toEqual([
      'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com.',
    ]);
  });

  it('leaves out a podcast title glued before the statement', () => {
    const footer =
      '<div class="after-post"><b>TOWNCAST #169: Bridges and budgets | </b><a href="/podcast/">All episodes</a>Links to online shops in our articles may be affiliate links.</div>';
    expect(disclosures(newsPage({ footer, body })).map((d) => d.text)).toEqual([
      'Links to online shops in our articles may be affiliate links.',
    ]);
  });
});

describe('disclosureConfidence', () => {
  it('weighs scope against the page having affiliate links', () => {
    expect(disclosureConfidence({ rule: 'commission', scope: 'site' }, true)).toBe(0.95);
    expect(disclosureConfidence({ rule: 'commission', scope: 'site' }, false)).toBeLessThan(0.5);
    expect(disclosureConfidence({ rule: 'affiliate-links', scope: 'article' }, false)).toBe(0.9);
    expect(disclosureConfidence({ rule: 'amazon-associates', scope: 'attached' }, false)).toBe(0.9);
    expect(disclosureConfidence({ rule: 'sponsored', scope: 'article' }, false)).toBe(0.95);
    expect(disclosureConfidence({ rule: 'sponsored', scope: 'site' }, false)).toBeLessThan(0.9);
  });
});

describe('inComments', () => {
  it("recognises a comments section but not a body's feature flags", () => {
    const doc = htmlDocument(
      '<html><body class="f_comments_on f_reply_enabled"><div id="comments"><a id="c" href="#">x</a></div><p><a id="p" href="#">y</a></p></body></html>',
    );
    expect(inComments(doc.getElementById('c')!)).toBe(true);
    expect(inComments(doc.getElementById('p')!)).toBe(false);
  });
});
