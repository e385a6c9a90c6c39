/** `missing-reference`: its three rules on small pages, with the false alarms each must avoid. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { findSelector } from '../../../src/core/anchoring/selectors';
import { missingReference, registrableDomain, reportingSource } from '../../../src/core/detectors/missing-reference';
import { htmlDocument } from '../../support/load-html';

const URL = 'https://www.harbourgazette.example.com/2026/ferry-fares';

function report(body: string, lang = 'en') {
  const doc = htmlDocument(
    `<!DOCTYPE html><html lang="${lang}"><head><title>Ferry fares</title></head><body>${body}</body></html>`,
  );
  return analyzeDocument(doc, URL, { detectors: [missingReference] });
}

function flagsOf(body: string, rule?: string, lang = 'en') {
  return report(body, lang)
    .flags.filter((f) => !rule || f.rule === rule)
    .map((f) => ({
      rule: f.rule,
      severity: f.severity,
      text: findSelector(f.target.selector, 'TextQuoteSelector')!.exact,
    }));
}

/** An article long enough for Readability (and for `no-sources`): invented prose about ferry fares. */
function article(extra = '', paragraphs = 8): string {
  const p = (i: number) =>
    `<p>The harbour ferry between Kellsport and Oran Island carried commuters through the winter season, and paragraph ${i} ` +
    `describes how the timetable, the crews, the ticket machines and the waiting rooms changed after the operator ` +
    `renewed its contract with the county, which many passengers noticed during the busy morning crossings.</p>`;
  return `<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header><main><article><h1>Ferry fares rise again</h1>${Array.from(
    { length: paragraphs },
    (_, i) => p(i + 1),
  ).join('')}${extra}</article></main><footer><p>© Harbour Gazette</p></footer>`;
}

describe('empty-heading', () => {
  it('flags a References heading followed only by a comment invitation', () => {
    const flags = flagsOf('<h2>References</h2><p>Have thoughts? Leave a comment below.</p>', 'empty-heading');
    expect(flags).toEqual([{ rule: 'empty-heading', severity: 'caution', text: 'References' }]);
  });

  it.each([
    'Sources:',
    'Bibliography',
    'Further reading',
    'Works cited',
    '3. References',
    'Quellen',
    'Références',
    'Fuentes',
    'Fonti',
    'Referências',
  ])('knows the heading "%s"', (heading) => {
    expect(flagsOf(`<h2>${heading}</h2><h2>Next section</h2><p>Text.</p>`, 'empty-heading')).toHaveLength(1);
  });

  it('does not flag a heading followed by a real list of references', () => {
    const html =
      '<h2>References</h2><ol><li>Marsh, T. Ferry economics. Coastal Press.</li><li>County transport plan.</li></ol>';
    expect(flagsOf(html, 'empty-heading')).toEqual([]);
  });

  it('does not flag a heading followed by links', () => {
    expect(
      flagsOf('<h2>Sources</h2><p><a href="https://county.example.org/plan">County plan</a></p>', 'empty-heading'),
    ).toEqual([]);
  });

  it('does not flag a heading followed by citation-like paragraphs', () => {
    expect(
      flagsOf(
        '<h3>Works cited</h3><p>Marsh, T. (2019). Ferry economics. Coastal Press, pp. 12-30.</p>',
        'empty-heading',
      ),
    ).toEqual([]);
  });

  it('does not flag a Notes heading with notes under it', () => {
    expect(
      flagsOf(
        '<h2>Notes</h2><p>Fares are quoted for adult single tickets bought at the terminal.</p>',
        'empty-heading',
      ),
    ).toEqual([]);
  });

  it('ends the section at the next heading of the same level, not at a sub-heading', () => {
    const empty =
      '<h2>References</h2><p>Thanks for reading.</p><h2>About us</h2><p><a href="https://x.example.org/">x</a></p>';
    expect(flagsOf(empty, 'empty-heading')).toHaveLength(1);
    const filled = '<h2>References</h2><h3>Reports</h3><p><a href="https://x.example.org/">Report</a></p>';
    expect(flagsOf(filled, 'empty-heading')).toEqual([]);
  });

  it("ends the section with the heading's container (an author box below does not fill it)", () => {
    const html = article(
      '<div class="entry"><p>More text.</p><h2>References</h2><p>We would love to hear your thoughts.</p></div>' +
        '<footer class="author-box"><h4>About the author</h4><p>Writes at <a href="https://author.example.net/">her blog</a>.</p></footer>',
    );
    expect(flagsOf(html, 'empty-heading').map((f) => f.text)).toEqual(['References']);
  });

  it('ignores ordinary headings', () => {
    expect(flagsOf('<h2>Sources of protein</h2><p>Beans.</p>', 'empty-heading')).toEqual([]);
  });
});

describe('uncited-figures', () => {
  it.each([
    'The Centers for Disease Control and Prevention reports that overdose deaths have reached historic levels.',
    'Customs and Border Protection reported record numbers of migrant encounters.',
    'A study found that 40% of commuters skip breakfast.',
    'According to the Bureau of Labor Statistics, unemployment rose to 4.1%.',
    'The CDC estimates that tens of thousands of people caught the flu.',
    'A recent survey shows that ferry use doubled.',
  ])('flags: %s', (sentence) => {
    const flags = flagsOf(`<p>The council met. ${sentence} The vote is next week.</p>`, 'uncited-figures');
    expect(flags.map((f) => f.text)).toEqual([sentence]);
    expect(flags[0].severity).toBe('caution');
  });

  it('does not flag when the paragraph links to the source', () => {
    const html =
      '<p>A study found that 40% of commuters skip breakfast. <a href="https://journal.example.org/study">Read it here</a>.</p>';
    expect(flagsOf(html, 'uncited-figures')).toEqual([]);
  });

  it.each([
    ['a numbered marker', 'A study found that 40% of commuters skip breakfast [2].'],
    ['an author-year citation', 'A study found that 40% of commuters skip breakfast (Okafor 2021).'],
    ['a superscript', 'A study found that 40% of commuters skip breakfast.<sup>4</sup>'],
  ])('does not flag a sentence whose paragraph has %s', (_why, html) => {
    expect(flagsOf(`<p>${html}</p>`, 'uncited-figures')).toEqual([]);
  });

  it.each([
    ['no figure', 'The Department of Transport reported problems with the ferry.'],
    ['no reporting verb', 'The Department of Transport has 400 employees.'],
    ['no organisation or study', 'Passengers found 40 seats empty.'],
    ['a year is not a figure', 'The Department of Transport reported in 2019 that it would review fares.'],
    ['a date is not a figure', 'The Department of Transport reported on May 12 that it would review fares.'],
  ])('does not flag a sentence with %s', (_why, sentence) => {
    expect(flagsOf(`<p>${sentence}</p>`, 'uncited-figures')).toEqual([]);
  });

  it('names the source it found', () => {
    expect(reportingSource('The Bureau of Labor Statistics reported 250,000 new jobs.')).toBe(
      'The Bureau of Labor Statistics',
    );
    expect(reportingSource('Data from the CDC show 12% fewer cases.')).toBe('CDC');
    expect(reportingSource('The mayor reported 250,000 visitors.')).toBeNull();
  });
});

describe('no-sources', () => {
  it('flags an article that links nowhere outside the site, once, as info', () => {
    const flags = flagsOf(
      article(
        '<p>See our <a href="/ferries/">ferry guide</a> and <a href="https://harbourgazette.example.com/about">about page</a>.</p>',
      ),
      'no-sources',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0].severity).toBe('info');
    expect(flags[0].text).toBe('Ferry fares rise again');
  });

  it('does not count share buttons, mail links or the author box as sources', () => {
    const extra =
      '<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a> <a href="mailto:?subject=x">Mail</a></div>' +
      '<div class="author-bio"><p>Jo writes for <a href="https://jo-writes.example.net/">her own site</a>.</p></div>';
    expect(flagsOf(article(extra), 'no-sources')).toHaveLength(1);
  });

  it('does not flag an article that links to another site', () => {
    const extra = '<p>The county published <a href="https://county.example.org/ferry-report.pdf">its report</a>.</p>';
    expect(flagsOf(article(extra), 'no-sources')).toEqual([]);
  });

  it('does not flag short pages or pages without an article', () => {
    expect(flagsOf(article('', 2), 'no-sources')).toEqual([]);
    expect(flagsOf('<p>Just a note.</p>', 'no-sources')).toEqual([]);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.harbourgazette.example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['example.org', 'example.org'],
    ['', ''],
  ])('%s -> %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});
