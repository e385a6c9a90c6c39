/** `missing-reference`: its three rules on small pages, with the false alarms each must avoid. */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/core/analyze';
import { findSelector } from '../../../lib/core/anchoring/selectors';
import { missingReference } from '../../../lib/core/detectors/missing-reference';
import { reportingSource } from '../../../lib/core/references/uncited-figures';
import { htmlDocument } from '../../support/load-html';

const URL = 'https://www.harbourgazette.example.com/2026/ferry-fares';

/** A news page (schema.org NewsArticle), so the page-kind gate lets the detector run; `high` shows every flag. */
function report(body: string, lang = 'en', kind = 'NewsArticle') {
  const doc = htmlDocument(
    `<!DOCTYPE html><html lang="${lang}"><head><title>Ferry fares</title>` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${kind}","headline":"Ferry fares"}</script>` +
      `</head><body>${body}</body></html>`,
  );
  return analyzeDocument(doc, URL, { detectors: [missingReference], sensitivity: { 'missing-reference': 'high' } });
}

function flagsOf(body: string, rule?: string, lang = 'en', kind?: string) {
  return report(body, lang, kind)
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
    'The State Department has now found between 600-700 emails containing classified information.',
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
    [
      'a document number is not a figure',
      'Risks are detailed in its Securities and Exchange Commission reports (File No. 001-33500), including Form 10-Q.',
    ],
  ])('does not flag a sentence with %s', (_why, sentence) => {
    expect(flagsOf(`<p>${sentence}</p>`, 'uncited-figures')).toEqual([]);
  });
});

describe('uncited-figures: sources given another way', () => {
  it('leaves figures a speaker cites inside a quotation to the quotation', () => {
    const quoted =
      '<p>The report put it plainly: “According to the Bureau of Labor Statistics, unemployment rose to 4.1% last year.”</p>';
    expect(flagsOf(quoted, 'uncited-figures')).toEqual([]);
    // Near miss: the same figures in the article's own words are still flagged.
    const own = '<p>The report was plain. According to the Bureau of Labor Statistics, unemployment rose to 4.1%.</p>';
    expect(flagsOf(own, 'uncited-figures')).toHaveLength(1);
  });

  it('does not flag figures sourced by a link in the paragraph before', () => {
    const html =
      '<p>Farm groups have tracked the losses <a href="https://farmgroup.example.org/report">in detail</a>.</p>' +
      '<p>Exports dropped to $9.1 billion, according to the National Farm Bureau.</p>';
    expect(flagsOf(html, 'uncited-figures')).toEqual([]);
  });

  it('flags them when the paragraph before links to nothing', () => {
    const html =
      '<p>Farm groups have tracked the losses in detail.</p>' +
      '<p>Exports dropped to $9.1 billion, according to the National Farm Bureau.</p>';
    expect(flagsOf(html, 'uncited-figures').map((f) => f.text)).toEqual([
      'Exports dropped to $9.1 billion, according to the National Farm Bureau.',
    ]);
  });

  it('does not flag a body named beside a link elsewhere in the article', () => {
    const html =
      '<p>The Ferry Statistics Office published <a href="https://stats.example.org/ferries">its yearly tables</a>.</p>' +
      '<p>The harbour was busy all summer.</p>' +
      '<p>The Ferry Statistics Office reported 40% more crossings.</p>';
    expect(flagsOf(html, 'uncited-figures')).toEqual([]);
  });

  it('does not flag a body named in the References section', () => {
    const html =
      '<p>The Ferry Statistics Office reported 40% more crossings.</p><h2>References</h2>' +
      '<ol><li>Ferry Statistics Office, yearly tables 2025.</li></ol>';
    expect(flagsOf(html, 'uncited-figures')).toEqual([]);
  });

  it("does not flag the publisher's own poll, named by its site name or its domain", () => {
    const page = (siteName: string, url: string) =>
      analyzeDocument(
        htmlDocument(
          `<!DOCTYPE html><html lang="en"><head><title>Ferry fares</title><meta property="og:site_name" content="${siteName}">` +
            `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares"}</script></head><body>` +
            '<p>A Harbour Gazette/Suffolk University poll found that 40% of passengers would pay more.</p></body></html>',
        ),
        url,
        { detectors: [missingReference], sensitivity: { 'missing-reference': 'high' } },
      ).flags.filter((f) => f.rule === 'uncited-figures').length;
    expect(page('The Harbour Gazette', 'https://news.example.org/fares')).toBe(0);
    expect(page('Ferry News', 'https://www.harbourgazette.com/fares')).toBe(0);
    expect(page('Ferry News', 'https://news.example.org/fares')).toBe(1);
  });

  it('does not flag a body the story is about (named in the title)', () => {
    const html = '<p>The Ferry Fares Institute reported 40% more members this year.</p>';
    expect(flagsOf(html, 'uncited-figures')).toEqual([]);
    const other = '<p>The Harbour Fares Institute reported 40% more members this year.</p>';
    expect(flagsOf(other, 'uncited-figures')).toHaveLength(1);
  });

  it.each([
    ['police counting a crowd', 'The Kellsport Police Department reported at least 5,000 people at the rally.'],
    [
      'a hospital giving patient numbers',
      'Twelve of the 53 wounded remain in Oran Regional Medical Center, the centre reported.',
    ],
    ['the writer’s own survey', 'Our new survey found that 40% of passengers skip breakfast.'],
    ['a survey the writer ran', 'A survey we ran found that 40% of passengers skip breakfast.'],
    ['the newsroom’s own review', 'A review of ferry logs shows more than 80 cancelled crossings.'],
  ])('does not flag %s', (_why, sentence) => {
    expect(flagsOf(`<p>${sentence}</p>`, 'uncited-figures')).toEqual([]);
  });

  it('rates a named body above an unnamed study', () => {
    const r = report(
      '<p>The Bureau of Harbour Statistics reported 40% more crossings. A study found 12% fewer delays.</p>',
    );
    const byRule = r.flags.map((f) => [f.data?.source, f.confidence]);
    expect(byRule).toEqual([
      ['The Bureau of Harbour Statistics', 0.9],
      ['A study', 0.85],
    ]);
  });

  it('reads the agency of a passive report: "have so far been reported by the CDC" (round 31, Reuters)', () => {
    expect(
      reportingSource(
        'More than 2,000 cases of lung injury have so far been reported by the U.S. Centers for Disease Control and Prevention.',
      ),
    ).toEqual({ source: 'U.S. Centers for Disease Control and Prevention', named: true });
    // Near miss: a passive whose agent is nobody's body reports no figures to cite.
    expect(reportingSource('The 2,000 cases were reported by a reader in 2019.')).toBeNull();
  });

  it('reads "new data from", "a recent study by": an adjective before the data (round 34, WIRED)', () => {
    expect(
      reportingSource(
        'According to new data from the Virginia Tech Transportation Institute, Americans log one crash per 238,000 miles.',
      ),
    ).toEqual({ source: 'Virginia Tech Transportation Institute', named: true });
    expect(reportingSource('A recent study by the Brookings Institution found 40% of jobs at risk.')?.named).toBe(true);
    // Near miss: a word that is no adjective of the data's keeps it from being a source phrase.
    expect(reportingSource('Americans log one crash per 238,000 miles, new data show.')).toBeNull();
  });

  it('names the source it found, and whether it is named', () => {
    expect(reportingSource('The Bureau of Labor Statistics reported 250,000 new jobs.')).toEqual({
      source: 'The Bureau of Labor Statistics',
      named: true,
    });
    expect(reportingSource('Exports fell 12%, according to the CDC.')).toEqual({ source: 'CDC', named: true });
    expect(reportingSource('A new poll shows 12% support.')).toEqual({ source: 'A new poll', named: false });
    expect(reportingSource('The mayor reported 250,000 visitors.')).toBeNull();
  });

  it('reads a body as a source only where it reports, and a count only where it counts', () => {
    // An affiliation in an appositive is not the subject of the verb after it.
    const affiliation = 'Colin Clarke, a political scientist at the Rand Corporation, cited reports of 40 deaths.';
    expect(reportingSource(affiliation)).toBeNull();
    expect(reportingSource('Researchers at the Urban Institute found that 40 percent had debts.')?.source).toBe(
      'Urban Institute',
    );
    // "data from" as a verb's object is not a source; opening a clause or after a preposition it is.
    expect(
      reportingSource('They were accused of stealing data from the State Department, 22 million records.'),
    ).toBeNull();
    expect(reportingSource('Data from the Census Bureau show 250,000 new homes.')?.source).toBe('Census Bureau');
    expect(
      reportingSource('About 42 million owe $1.3 trillion, according to data from the Department of Education.')
        ?.source,
    ).toBe('Department of Education');
    expect(reportingSource('Based on data from the Census Bureau, 40 percent of homes are rented.')?.source).toBe(
      'Census Bureau',
    );
    // "A study by X": X is the source, named.
    expect(reportingSource('A study by the Pew Research Center found 40% of adults agree.')).toEqual({
      source: 'Pew Research Center',
      named: true,
    });
    // A number after "a" labels something ("a 911 call"); it counts nothing.
    expect(reportingSource('The Census Bureau reported a 911 call at noon.')).toBeNull();
    expect(reportingSource('The Census Bureau reported 911 calls at noon.')?.source).toBe('The Census Bureau');
  });

  it('is silent on pages in another language', () => {
    expect(flagsOf('<p>The CDC estimates that 40% of people caught the flu.</p>', 'uncited-figures', 'de')).toEqual([]);
  });
});

describe('empty-heading: lists a script fills', () => {
  it.each([
    ['an empty list', '<ol class="references"></ol>'],
    ['an empty box', '<div id="sources-widget"></div>'],
    ['a script', '<script>renderSources()</script>'],
  ])('does not flag a heading followed by %s', (_why, html) => {
    expect(
      flagsOf(`<p>Text of the story.</p><h2>Sources</h2>${html}<p>Thanks for reading.</p>`, 'empty-heading'),
    ).toEqual([]);
  });

  it('flags the same heading when nothing is there to be filled', () => {
    expect(
      flagsOf('<p>Text of the story.</p><h2>Sources</h2><p>Thanks for reading.</p>', 'empty-heading'),
    ).toHaveLength(1);
  });

  it('is shown at the default sensitivity', () => {
    const doc = htmlDocument(
      '<!DOCTYPE html><html lang="en"><head><title>Ferry fares</title>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        `<body>${article('<h2>References</h2><p>Have thoughts? Leave a comment below.</p>')}</body></html>`,
    );
    const flags = analyzeDocument(doc, URL, { detectors: [missingReference] }).flags;
    expect(flags.map((f) => [f.rule, f.confidence])).toEqual([['empty-heading', 0.9]]);
  });
});

/** Paragraphs relaying a study and an agency's figures, and a link to put in them when a test needs one. */
const RELAYED =
  '<p>A study by the Coastal Transport Institute found that 30% of ferry passengers would switch to the bridge.</p>' +
  '<p>The county’s Office of Transport Statistics reported 1,200 fewer crossings in January than a year before.</p>';

describe('no-sources', () => {
  it('flags a news article that relays studies and links nowhere outside the site, once, as info under 0.9', () => {
    const r = report(
      article(
        RELAYED +
          '<p>See our <a href="/ferries/">ferry guide</a> and <a href="https://harbourgazette.example.com/about">about page</a>.</p>',
      ),
    );
    const flags = r.flags.filter((f) => f.rule === 'no-sources');
    expect(flags).toHaveLength(1);
    expect(flags[0].severity).toBe('info');
    expect(flags[0].confidence).toBeLessThan(0.9);
    expect(findSelector(flags[0].target.selector, 'TextQuoteSelector')!.exact).toBe('Ferry fares rise again');
  });

  it('is hidden at the default sensitivity', () => {
    const doc = htmlDocument(
      '<!DOCTYPE html><html lang="en"><head><title>Ferry fares</title>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        `<body>${article(RELAYED)}</body></html>`,
    );
    const rules = analyzeDocument(doc, URL, { detectors: [missingReference] }).flags.map((f) => f.rule);
    expect(rules).not.toContain('no-sources');
    expect(rules).toContain('uncited-figures');
  });

  it('does not flag original reporting that relays no document', () => {
    expect(flagsOf(article(), 'no-sources')).toEqual([]);
  });

  it('does not flag a review, however many studies it mentions', () => {
    expect(flagsOf(article(RELAYED), 'no-sources', 'en', 'Review')).toEqual([]);
  });

  it('does not count share buttons, mail links, profiles or the author box as sources', () => {
    const extra =
      '<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a> <a href="mailto:?subject=x">Mail</a></div>' +
      '<p>Follow us <a href="https://twitter.com/harbourgazette">on Twitter</a>.</p>' +
      '<div class="author-bio"><p>Jo writes for <a href="https://jo-writes.example.net/">her own site</a>.</p></div>';
    expect(flagsOf(article(RELAYED + extra), 'no-sources')).toHaveLength(1);
  });

  it('counts a link to a post on a social site as a source', () => {
    const extra = '<p>The operator <a href="https://twitter.com/kellsferry/status/12345">announced it</a>.</p>';
    expect(flagsOf(article(RELAYED + extra), 'no-sources')).toEqual([]);
  });

  it('does not flag an article that links to another site, on the public suffix list', () => {
    const other = '<p>The county published <a href="https://county.example.org/ferry-report.pdf">its report</a>.</p>';
    expect(flagsOf(article(RELAYED + other), 'no-sources')).toEqual([]);
    // example.com is this site: a subdomain of it is not another site.
    const same = '<p>More in <a href="https://data.example.com/ferries">our data desk</a>.</p>';
    expect(flagsOf(article(RELAYED + same), 'no-sources')).toHaveLength(1);
  });

  it('does not flag short pages or pages without an article', () => {
    expect(flagsOf(article(RELAYED, 1), 'no-sources')).toEqual([]);
    expect(flagsOf('<p>Just a note.</p>', 'no-sources')).toEqual([]);
  });
});
