import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/core/analyze';
import { buildBlocks, restoreDroppedParagraphs } from '../../../lib/core/page/page-model';
import { readPage } from '../../../lib/core/page/read-page';
import { TextIndex } from '../../../lib/core/text/text-index';
import { htmlDocument } from '../../support/load-html';

/**
 * A saved page writes punctuation as character references (`&apos;`, `&quot;`, `&#xA0;`), and linkedom splits a
 * Text node at each one. Readability re-parses its working copy when a first pass finds little text (here its
 * "sidebar" wrapper is dropped first), and the copy's nodes are split elsewhere: the article's paragraphs must still
 * be found in the page (money.cnn.com and ici.radio-canada.ca pages lost most of theirs).
 */
const SAVED_PAGE = `<!doctype html><html lang="en"><head><title>Carrier cuts prices</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story-sidebar"><h1>Carrier cuts prices</h1>
<p>The nation&apos;s largest carrier said on Tuesday that it would cut prices for about 40,000 customers, in a &quot;price reset&quot; it called the biggest in its history.</p>
<p>&#xAB;&#xA0;We simply cannot keep prices where they are&#xA0;&#xBB;, the company&#x2019;s chief executive said.</p>
<p>Analysts expect rivals to follow within weeks, and the carrier&#x2019;s shares rose 3% in early trading.</p>
</div><footer>&#xA9; 2024 Example News</footer></body></html>`;

describe('the article Readability keeps, found in the page', () => {
  it('keeps every paragraph of a saved page whose text is split at character references', () => {
    const { page } = readPage(htmlDocument(SAVED_PAGE), 'https://news.example/prices');
    const text = page.articleBlocks.map((b) => b.text).join('\n');
    expect(text).toContain("The nation's largest carrier said");
    expect(text).toContain('in a "price reset" it called');
    expect(text).toContain('We simply cannot keep prices where they are');
    expect(text).toContain('the carrier’s shares rose 3%');
  });

  it('leaves out what Readability dropped, even where its words repeat the article', () => {
    const { page } = readPage(htmlDocument(SAVED_PAGE), 'https://news.example/prices');
    const text = page.articleBlocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('2024 Example News');
    expect(text).not.toMatch(/Home\s*News/);
  });
});

describe('the byline', () => {
  const withAuthor = (author: string) =>
    readPage(
      htmlDocument(
        `<!doctype html><html lang="en"><head><title>Selma</title><meta name="author" content="${author}"></head>` +
          `<body><article><h1>Selma</h1>${SAVED_PAGE.match(/<p>[\s\S]*<\/p>/)![0]}</article></body></html>`,
      ),
      'https://news.example/selma',
    ).meta.byline;

  it('is no photo credit ("Photo by: The Associated Press" names no writer)', () => {
    expect(withAuthor('Photo by: The Associated Press')).toBeNull();
    expect(withAuthor('Photograph: Evan Vucci')).toBeNull();
    expect(withAuthor('© Adobe Stock/Celt Studio')).toBeNull();
    // Near miss: a writer's name stays, whatever it starts with.
    expect(withAuthor('Phoebe Lett')).toBe('Phoebe Lett');
  });

  it('is the name, without the verb and the word that introduce it ("Posted by", "Publicerad av")', () => {
    expect(withAuthor('Posted by Jane Doe')).toBe('Jane Doe');
    expect(withAuthor('geschrieben von Meike Neitz')).toBe('Meike Neitz');
    expect(withAuthor('Publicerad av Hannas krypin')).toBe('Hannas krypin');
    // Near miss: a verb with no "by" after it is part of what the line says.
    expect(withAuthor('Published Daily Staff')).toBe('Published Daily Staff');
  });

  it('is the name, without the word that introduces it', () => {
    expect(withAuthor('By Erin Cunningham')).toBe('Erin Cunningham');
    expect(withAuthor('Von: Patricia Huber')).toBe('Patricia Huber');
    expect(withAuthor('Par Sébastien Farcis')).toBe('Sébastien Farcis');
    expect(withAuthor('BYLaura Berger')).toBe('Laura Berger');
    // Near miss: a name that begins with those letters keeps them.
    expect(withAuthor('Byron Parker')).toBe('Byron Parker');
    expect(withAuthor('Vonda Shepard')).toBe('Vonda Shepard');
  });

  it('is no version line and no lower-case label, as a manual’s header gives (round 21)', () => {
    expect(withAuthor('v1.11.1, Aug 2022')).toBeNull();
    expect(withAuthor('people fields: author, contributors')).toBeNull();
    // Near misses: a name in a script without capitals, and a name with a lower-case particle, stay.
    expect(withAuthor('山田太郎')).toBe('山田太郎');
    expect(withAuthor('Ana de la Cruz')).toBe('Ana de la Cruz');
  });
});

describe('the title', () => {
  const titled = (title: string, siteName: string, author = '') =>
    readPage(
      htmlDocument(
        `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="${siteName}">` +
          `<meta property="og:title" content="${title}">` +
          (author ? `<meta name="author" content="${author}">` : '') +
          `</head>` +
          `<body><article>${SAVED_PAGE.match(/<p>[\s\S]*<\/p>/)![0]}</article></body></html>`,
      ),
      'https://news.example/prices',
    ).meta.title;

  it('leaves out the site’s name before or after it', () => {
    expect(titled('jsomers.net | I should have loved biology', 'jsomers.net')).toBe('I should have loved biology');
    expect(titled('What we do - Creative Commons', 'Creative Commons')).toBe('What we do');
    expect(titled('Beauty-Tipps, die jede Braut kennen sollte • crazy-julia.de', 'crazy-julia.de')).toBe(
      'Beauty-Tipps, die jede Braut kennen sollte',
    );
    // Near misses: a site name inside the title, or one that would leave a single word, stays.
    expect(titled('Why Creative Commons matters to teachers', 'Creative Commons')).toBe(
      'Why Creative Commons matters to teachers',
    );
    expect(titled('Wired - Gadgets', 'Wired')).toBe('Wired - Gadgets');
  });

  it('leaves out the author’s name after it, as personal sites and blog platforms add it', () => {
    expect(titled('Samantha and The Great Big Lie - John C. Welch', 'Medium', 'John C. Welch')).toBe(
      'Samantha and The Great Big Lie',
    );
    // The author's name as the title's subject stays.
    expect(titled('John C. Welch on the great big lie', 'Medium', 'John C. Welch')).toBe(
      'John C. Welch on the great big lie',
    );
  });
});

describe('a byline and a date the template shows but marks in no way a reader knows (round 32, a soccer site)', () => {
  const shown = (header: string) =>
    readPage(
      htmlDocument(
        `<!doctype html><html lang="en"><head><title>Euro Notebook</title></head><body><div id="article">` +
          `<h2>Euro Notebook</h2>${header}${SAVED_PAGE.match(/<p>[\s\S]*<\/p>/)![0]}</div></body></html>`,
      ),
      'https://soccer.example/articles/x',
    ).meta;

  it('reads "BY <name>" and "Posted<br>September 08, 2026" in elements named for them', () => {
    const meta = shown(
      `<span class='posted'>BY <span class='name'>Brian Sciaretta</span></span>` +
        `<span class='posted'>Posted<br>September 08, 2026<br> 7:55 PM</span>`,
    );
    expect(meta.byline).toBe('Brian Sciaretta');
    expect(meta.publishedTime).toBe('September 08, 2026');
  });

  it('takes neither from elements that are no byline or give no full date', () => {
    const meta = shown(
      `<span class='posted'>Sort by Most Popular Stories</span><span class='posted'>Posted in September</span>`,
    );
    expect(meta.byline).toBeNull();
    expect(meta.publishedTime).toBeNull();
  });
});

/** A news page that wraps each paragraph in a block of its own (BBC News does). */
function wrapped(paragraphs: string[], extra = ''): string {
  const blocks = paragraphs.map((p) => `<div data-component="text-block"><div class="rich"><p>${p}</p></div></div>`);
  return `<!doctype html><html lang="en"><head><title>Heat pumps: Lords criticise green heating scheme</title>
<meta property="og:type" content="article"></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Heat pumps: Lords criticise green heating scheme</h1>${blocks.join('\n')}${extra}</article></main></body></html>`;
}

const PROSE = [
  "The government's flagship green heating scheme has been criticised by a committee of the House of Lords, which says it is failing households across the country.",
  'The scheme grants households five thousand pounds to help switch from a gas boiler to a low-carbon heat pump, and it was meant to kick-start the industry.',
];
const LINKED =
  'But in her letter to the government, Baroness Parminter, chair of the committee, heavily criticised ministers for not doing more - <a href="https://news.example/related-story">which is on track to issue just half of the grants.</a>';
const LATER = [
  'She told reporters: "The scheme isn\'t working as well as it needs to, and the government must boost public awareness of it."',
  'Heat pumps use electricity to run and are three times more efficient than a gas boiler, so homes will be cheaper to heat over the coming years.',
  'Installers say demand has grown since the spring, though many households still do not know the scheme exists, according to the trade body.',
];

describe('paragraphs Readability drops between two it keeps', () => {
  it('takes back a paragraph whose link weighs much in its text, with its link', () => {
    const { page } = readPage(htmlDocument(wrapped([...PROSE, LINKED, ...LATER])), 'https://news.example/story');
    const texts = page.articleBlocks.map((b) => b.text);
    expect(texts).toHaveLength(6);
    expect(texts[2]).toMatch(/^But in her letter to the government, Baroness Parminter/);
    expect(page.articleLinks.map((l) => l.href)).toContain('https://news.example/related-story');
    // So "She told reporters" finds the person the paragraph named (it had no speaker).
    const report = analyzeDocument(htmlDocument(wrapped([...PROSE, LINKED, ...LATER])), 'https://news.example/story');
    expect(report.quotes.map((q) => q.speaker)).toEqual(['Parminter']);
  });

  it('leaves out a pointer to another story', () => {
    const teaser =
      '<a href="https://news.example/other">Read more: how heat pumps work, and how to get one for your home</a>';
    const { page } = readPage(htmlDocument(wrapped([...PROSE, teaser, ...LATER])), 'https://news.example/story');
    expect(page.blocks.some((b) => b.text.startsWith('Read more'))).toBe(true);
    expect(page.articleBlocks.map((b) => b.text).join('\n')).not.toContain('Read more');
  });

  it('leaves out a paragraph in a part plainly not the article, and a run longer than three', () => {
    const doc = htmlDocument(
      `<html><body><article><p>One kept.</p><div class="share-tools"><p>Share this story.</p></div><p>Two kept.</p>` +
        `<p>A.</p><p>B.</p><p>C.</p><p>D.</p><p>Three kept.</p><p>E.</p><p>Four kept.</p></article></body></html>`,
    );
    const text = new TextIndex(doc.body);
    const kept = new Uint8Array(text.nodes.length);
    text.nodes.forEach((n, i) => (kept[i] = n.data.includes('kept') ? 1 : 0));
    const blocks = buildBlocks(text, (i) => kept[i] === 1);
    restoreDroppedParagraphs(blocks, text, kept);
    expect(blocks.filter((b) => b.inArticle).map((b) => b.text)).toEqual([
      'One kept.',
      'Two kept.',
      'Three kept.',
      'E.',
      'Four kept.',
    ]);
    // Its Text node is kept too, so a link in it would be the article's.
    expect(kept[text.nodes.findIndex((n) => n.data === 'E.')]).toBe(1);
  });
});
