import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/core/page/read-page';
import { profilePage, type PageProfile } from '../../../lib/core/page/page-kind';
import { jsonLdTypes } from '../../../lib/core/page/page-signals';
import { htmlDocument } from '../../support/load-html';
import { STORY } from '../../support/sample-prose';

/** Builds the page model as analyzeDocument does, then profiles it. */
function profile(html: string, url = 'https://example.org/page'): PageProfile {
  const doc = htmlDocument(html);
  const { meta, page } = readPage(doc, url);
  return profilePage({ doc, url, meta, page });
}

const page = (head: string, body: string, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const paragraphs = (ps: string[]) => `<article>${ps.map((p) => `<p>${p}</p>`).join('')}</article>`;

const NEWS = [
  'The city council voted on Tuesday to approve a new budget of $4.2 million for road repairs, officials said.',
  '“We have waited long enough for this,” said Mayor Jane Holt, who proposed the plan in March 2023.',
  'Council member Tom Reyes told reporters the vote was a compromise reached after weeks of debate over taxes.',
  'According to the city’s finance department, about 120 kilometres of road will be resurfaced by 2025.',
  'Opponents argued the plan would raise property taxes by 3 percent, a claim the mayor’s office denied.',
  'The budget now goes to the provincial government, which said on Wednesday it would review it within 30 days.',
];

/** A story told by its narrator: "I" in the narration, dialogue in between, no chapter heading, no exclamations. */
const TOLD = [
  'I had been a clerk in that office for some years before the new man came, and I thought I knew its ways well.',
  '“You will sit by the window,” I told him on the first morning, and he nodded without a word of thanks.',
  'He worked from dawn until the lamps were lit, and I confess I was pleased with him at first, though I did not say so.',
  '“I would prefer not to,” he said, when I asked him to help compare the copies that afternoon.',
  'I stared at him for a long moment, wondering whether I had heard him right, and then I went back to my desk.',
  '“Are you ill?” I asked him later, but he only looked at the wall outside the window and gave no answer.',
  'My other clerks thought him mad, and I half agreed with them, yet something in his calm manner held me back.',
  '“Leave him be,” said the oldest of them, wiping his pen. “He does no harm to anyone, sir, and he copies well.”',
];

describe('profilePage: kind', () => {
  it('reads a NewsArticle inside a JSON-LD @graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }],
    });
    const p = profile(page(`<script type="application/ld+json">${ld}</script>`, paragraphs(NEWS)));
    expect(p.kind).toBe('news');
    expect(p.evidence).toContain('schema.org NewsArticle');
  });

  it('calls a thread of forum posts a forum, whatever its og:type says', () => {
    const posts = NEWS.map((p, i) => `<div id="post${100 + i}"><div id="post_message_${100 + i}">${p}</div></div>`);
    const head = '<meta property="og:type" content="article">';
    const p = profile(page(head, `<div id="posts">${posts.join('')}</div>`));
    expect(p.kind).toBe('forum');
    expect(p.evidence).toContain('12 forum posts');
    // Near miss: a blog post carrying its own id ("post-123"), and a related post or two, is no thread.
    const blog = page(
      '<meta property="og:type" content="article"><meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-05-01">',
      `<article id="post-123">${paragraphs([...NEWS, ...NEWS])}</article><ul><li id="post-7">Older</li><li id="post-8">Newer</li></ul>`,
    );
    expect(profile(blog).kind).toBe('news');
    // Nor is a blog's front page, whose posts WordPress gives "post-N" ids and its post classes (round 25).
    const front = NEWS.map(
      (p, i) =>
        `<div class="post-${100 + i} post type-post status-publish hentry" id="post-${100 + i}"><p>${p}</p></div>`,
    );
    expect(profile(page('', front.join('') + front.join(''))).kind).not.toBe('forum');
  });

  it('calls plain news text news from its reporting verbs, dates and numbers', () => {
    const p = profile(page('', paragraphs([...NEWS, ...NEWS])));
    expect(p.kind).toBe('news');
  });

  it('calls a chapter of dialogue fiction, even under an og:type article', () => {
    const body = `<article><h1>Chapter III: The River</h1>${paragraphs([...STORY, ...STORY, ...STORY, ...STORY])}</article>`;
    const p = profile(page('<meta property="og:type" content="article">', body));
    expect(p.kind).toBe('fiction');
    expect(p.evidence).toContain('chapter heading');
  });

  it('calls a first-person story with dialogue fiction, without a chapter heading', () => {
    const p = profile(page('', paragraphs([...TOLD, ...TOLD, ...TOLD, ...TOLD, ...TOLD, ...TOLD])));
    expect(p.kind).toBe('fiction');
    expect(p.evidence.some((e) => e.startsWith('first-person narration'))).toBe(true);
  });

  it('keeps a first-person post with a few quotes and figures out of fiction', () => {
    const post = [...TOLD.filter((t) => !t.startsWith('“')), ...NEWS.slice(0, 2)];
    expect(profile(page('', paragraphs([...post, ...post, ...post, ...post]))).kind).not.toBe('fiction');
  });

  it('calls a first-person piece a blog post when it names its author, and a personal page when it does not', () => {
    const diary = [
      'I spent the weekend repairing the fence behind our house, and I finally finished the last panel on Sunday.',
      'My neighbour lent me his saw, and I promised to help him with his shed next month in return for it.',
      'I think the new posts will last longer than the old ones, which had rotted through after twenty winters.',
      'We painted everything on Monday evening, and I am pleased with how the garden looks from the kitchen now.',
    ];
    const body = paragraphs([...diary, ...diary]);
    expect(profile(page('', body)).kind).toBe('personal');
    const signed = profile(page('<meta name="author" content="Laura Adkins">', body));
    expect(signed.kind).toBe('blog');
    expect(signed.evidence).toContain('byline');
  });

  it('does not call news with a few quoted paragraphs fiction', () => {
    expect(profile(page('', paragraphs([...NEWS, ...NEWS, ...NEWS]))).kind).not.toBe('fiction');
  });

  it('reads an opinion type and a recipe type', () => {
    const opinion = profile(
      page('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>', paragraphs(NEWS)),
    );
    expect(opinion.kind).toBe('opinion');
    const recipe = profile(
      page('<script type="application/ld+json">[{"@type":["Recipe"]}]</script>', paragraphs(NEWS)),
    );
    expect(recipe.kind).toBe('recipe');
  });

  it('reads microdata on the article’s ancestors', () => {
    const body = `<div itemscope itemtype="https://schema.org/BlogPosting">${paragraphs(NEWS)}</div>`;
    expect(profile(page('', body)).kind).toBe('blog');
  });

  it('recognises a wiki page by its [edit] headings and citation marks', () => {
    const section = (h: string) =>
      `<h2>${h}[edit]</h2><p>The river rises in the northern hills and flows 240 km to the sea.[1] It was first mapped in 1820.[2]</p>` +
      `<p>Its valley was settled in the 12th century and later became a centre of trade and shipbuilding.[3]</p>`;
    const body = `<main>${['History', 'Geography', 'Economy'].map(section).join('')}<h2>References[edit]</h2><ol><li>A source</li></ol></main>`;
    const p = profile(page('', body));
    expect(p.kind).toBe('encyclopedia');
  });

  it('takes a company’s press release for no journalism, whatever its prose reads like', () => {
    const prose = Array.from(
      { length: 16 },
      (_, i) =>
        `Jazz Pharmaceuticals plc reported that its program number ${i + 1} continued under the agreement signed in 2014, and the company expects the transaction to close in the third quarter of the year after customary approvals.`,
    );
    const release = paragraphs([
      'DUBLIN, May 19, 2014 (BUSINESS WIRE) -- Jazz Pharmaceuticals plc today announced an agreement.',
      ...prose,
      'This press release contains forward-looking statements, including statements about the transaction.',
    ]);
    const profile1 = profile(page('', release));
    expect(profile1.kind).toBe('other');
    expect(profile1.evidence[0]).toMatch(/^press release/);
    // Near miss: a news story that mentions a press release once is still read for what it is.
    const story = paragraphs(['The company said in a press release on Monday that it would cut 200 jobs.', ...prose]);
    expect(profile(page('', story)).evidence[0]).not.toMatch(/^press release/);
  });

  it('recognises a recipe by its ingredient lines', () => {
    const body =
      '<article><h1>Lemon cake</h1><p>This cake is easy to make and keeps well for several days in a tin, which is why it is a family favourite.</p>' +
      '<h2>Ingredients</h2><ul><li>200 g flour</li><li>150 g sugar</li><li>3 eggs</li><li>2 tbsp lemon juice</li><li>1 tsp baking powder</li></ul>' +
      '<h2>Method</h2><ol><li>Heat the oven.</li><li>Mix everything.</li><li>Bake for 40 minutes.</li></ol></article>';
    expect(profile(page('', body)).kind).toBe('recipe');
  });

  it('recognises a food blog’s post by its recipe plugin’s card, whatever Article type the theme declares (round 23)', () => {
    const head =
      '<meta property="og:type" content="article"><meta name="author" content="Sally Baker"><meta property="article:published_time" content="2024-05-01">';
    const story = [...NEWS.slice(0, 2)].map((p) => `<p>I made this again last week. ${p}</p>`).join('');
    const card =
      '<div class="wprm-recipe wprm-recipe-template-x"><h3>Pull-apart bread</h3><div class="wprm-recipe-ingredients">' +
      '<ul><li>500 g flour</li><li>2 tsp yeast</li><li>1 cup warm milk</li><li>3 tbsp butter</li></ul></div>' +
      '<div class="wprm-recipe-instructions"><ol><li>Mix.</li><li>Knead.</li><li>Bake.</li></ol></div></div>';
    expect(profile(page(head, `<article>${story}${card}</article>`)).kind).toBe('recipe');
    const microdata = card.replace(
      'class="wprm-recipe wprm-recipe-template-x"',
      'itemscope itemtype="https://schema.org/Recipe"',
    );
    expect(profile(page(head, `<article>${story}${microdata}</article>`)).kind).toBe('recipe');
    // A card with no ingredient lines (a "jump to recipe" button's box) is not enough.
    const empty = '<div class="wprm-recipe"><ul><li>Print</li><li>Pin</li><li>Rate</li></ul></div>';
    expect(profile(page(head, `<article>${story}${empty}</article>`)).kind).not.toBe('recipe');
  });

  it('recognises a shop page by price and add-to-cart', () => {
    const body =
      '<main><h1>Blue kettle</h1><p>A 1.7 litre kettle.</p><span>€ 39,90</span><button class="add-to-cart">Add to cart</button></main>';
    expect(profile(page('', body)).kind).toBe('product');
  });

  it('reads a price in yen or rupees as a price too', () => {
    for (const price of ['1,280円', '₹499', '3200 ₽']) {
      const body = `<main><h1>青いやかん</h1><p>1.7リットルのやかん。</p><span>${price}</span><button class="add-to-cart">カートに入れる</button></main>`;
      expect(profile(page('', body, 'ja')).kind).toBe('product');
    }
  });

  it('recognises documentation by its code blocks', () => {
    const body =
      '<main><h1>Install</h1><p>Run the installer:</p><pre>npm install thing</pre><p>Then:</p><pre>thing --init</pre></main>';
    expect(profile(page('', body), 'https://example.org/docs/install').kind).toBe('documentation');
  });

  it('recognises a manual by its docs host, its generator, or its many code listings (round 21, installed docs)', () => {
    const prose = paragraphs([...NEWS, ...NEWS]);
    expect(profile(page('', prose), 'https://docs.example.com/cli/configuring/package-json').kind).toBe(
      'documentation',
    );
    const docbook = '<meta name="generator" content="DocBook XSL Stylesheets Vsnapshot">';
    expect(profile(page(docbook, prose)).kind).toBe('documentation');
    const listings = Array.from({ length: 5 }, (_, i) => `<pre>let s${i} = String::from("hello");</pre>`).join('');
    const withListings = `<article>${[...NEWS, ...NEWS].map((p) => `<p>${p}</p>`).join('')}${listings}</article>`;
    expect(profile(page('', withListings)).kind).toBe('documentation');
    // Near misses: a signed, dated post with listings stays an article, and a docs-like word in a news host is no docs site.
    const post = page(
      '<meta property="og:type" content="article"><meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-05-01">',
      withListings,
    );
    expect(profile(post).kind).toBe('news');
    expect(profile(page('', prose), 'https://docsnews.example.com/2024/05/01/budget-vote').kind).not.toBe(
      'documentation',
    );
    // Nor is a guide a manual: travel and buying guides live at /guide/ as often (round 22).
    expect(profile(page('', prose), 'http://switzerland.example.com/e/guide/basics/carrying.html').kind).not.toBe(
      'documentation',
    );
  });

  it('calls long plain third-person reference prose encyclopedia, with no metadata and few years', () => {
    const facts = [
      'The river rises in the northern hills and flows through a broad valley to the sea.',
      'Its basin is home to several species of freshwater fish that are found nowhere else in the region.',
      'The town on its estuary was founded by fishermen and later became a centre of the salt trade.',
      'The cathedral is a Romanesque building with a tall tower and a crypt beneath the choir.',
      'The local dialect is closely related to the language spoken on the islands off the coast.',
    ];
    const body = `<main><article>${paragraphs(Array.from({ length: 9 }, () => facts).flat())}</article></main>`;
    const p = profile(page('', body));
    expect(p.kind).toBe('encyclopedia');
    expect(p.evidence).toContain('declarative third-person prose');
  });

  it('does not call the same prose encyclopedia once it addresses the reader or quotes someone', () => {
    const facts = [
      'The river rises in the northern hills and flows through a broad valley to the sea.',
      'You can walk along its banks from the town to the estuary in a single afternoon.',
      '“It is the best walk in the county,” one of the fishermen on the quay told us.',
      'The cathedral is a Romanesque building with a tall tower and a crypt beneath the choir.',
      'Don’t miss the market on the square, where the salt merchants used to sell their goods.',
    ];
    const body = `<main><article>${paragraphs(Array.from({ length: 9 }, () => facts).flat())}</article></main>`;
    expect(profile(page('', body)).kind).not.toBe('encyclopedia');
  });

  it('does not take a novel’s talk for news: a chapter heading, or dialogue in most paragraphs with no figures', () => {
    const talk = [
      '“You must come on Tuesday,” said Mrs. Hill, folding her letter. “Your sister will be there, and the colonel too.”',
      '“On Tuesday?” said Anne. “I had thought we were to dine with the Grants on Tuesday, and go to church on Sunday.”',
      '“The Grants can spare you for one evening,” her mother told her. “They have guests enough of their own this week.”',
      'Anne said nothing more, but she looked at her father, who had taken up his paper and would not look at her.',
      '“Well, my dear?” said her mother, who was not used to silence. “Have you nothing at all to say to me about it?”',
      '“Only that I shall write to Mrs. Grant on Saturday, as I promised her,” said Anne, and she went out of the room.',
    ];
    const slice = profile(page('<title>Story</title>', paragraphs([...talk, ...talk])));
    expect(slice.kind).not.toBe('news');
    const chapter = profile(page('<title>Story</title>', `<h2>CHAPTER XII.</h2>${paragraphs(talk.slice(3))}`));
    expect(chapter.kind).not.toBe('news');
    // News quoting people paragraph after paragraph still gives figures, and stays news.
    expect(profile(page('<title>Budget</title>', paragraphs([...NEWS, ...NEWS]))).kind).toBe('news');
  });

  it('reads a Dublin Core or CMS date meta as the publication date, and a signed article’s <br> runs by length', () => {
    const byline = '<meta name="author" content="Jane Holt"><meta property="og:type" content="article">';
    const runs = `<article><div>${[...NEWS, ...NEWS].join('<br><br>')}</div></article>`;
    expect(profile(page(byline, runs)).kind).toBe('news');
    // Without the declared article, runs broken by blank lines read as the same text in paragraphs would.
    expect(profile(page('', runs)).kind).toBe(profile(page('', paragraphs([...NEWS, ...NEWS]))).kind);
    // Near miss: lines broken by one <br> (an address, a verse) are one paragraph, too little prose to call anything.
    const lines = `<article><div>${[...NEWS, ...NEWS].join('<br>')}</div></article>`;
    expect(profile(page('', lines)).kind).toBe('other');
    const dated = profile(
      page(
        '<meta name="DC.date" content="2013-04-22"><meta name="author" content="Jane Holt">',
        paragraphs([...NEWS, ...NEWS]),
      ),
    );
    expect(dated.evidence).toContain('byline and date');
  });

  it('reads a visible date in a <time> element with no datetime attribute', () => {
    const head = '<meta name="author" content="Jane Holt">';
    const body = `<article><time>Friday, Jan 13, 2017</time>${paragraphs([...NEWS, ...NEWS])}</article>`;
    expect(profile(page(head, body)).evidence).toContain('byline and date');
  });

  it('does not take a transcript’s speaker labels for a first-person writer', () => {
    const turns = [
      'MARK COLVIN: The swimming body has cut its funding for the national team, and former champions are angry about it.',
      'JON SIEBEN: I think it is a real shame. I trained for years in that program and I know what it gave me as a young swimmer.',
      'MARK COLVIN: The federal government says the money will go to grassroots programs in regional towns instead.',
      'JON SIEBEN: I just hope they know what they are doing, because I have seen what happens when the money goes.',
    ];
    const head = '<meta name="author" content="Mark Colvin"><meta name="DC.date" content="2013-04-22">';
    expect(profile(page(head, paragraphs([...turns, ...turns]))).kind).toBe('news');
    // Near miss: the same words told by the writer are first person, and make a blog post.
    const told = turns.map((t) => t.replace(/^[A-Z ]+: /, ''));
    expect(profile(page(head, paragraphs([...told, ...told]))).kind).toBe('blog');
  });

  it('reads og:type "News", a site\'s own word for an article, as og:type article', () => {
    const head = '<meta name="author" content="James Nunns"><meta property="og:type" content="News">';
    expect(
      profile(page(head, paragraphs([...NEWS, ...NEWS]).replace(/officials said|said Mayor/g, 'noted'))).evidence,
    ).toContain('og:type article');
  });

  it('does not take "I/O" or "I-95" for a narrator saying I', () => {
    const head = '<meta name="author" content="Jane Holt"><meta name="DC.date" content="2016-05-10">';
    const io = NEWS.map((p, i) => (i % 2 ? p.replace('.', ' at Google I/O.') : p.replace(/\.$/, ' on I-95.')));
    expect(profile(page(head, paragraphs([...io, ...io]))).kind).toBe('news');
  });

  it('counts a Chinese paragraph of 40 characters as long prose', () => {
    const zh =
      '記者報道，市議會星期二投票通過了一項新的預算，用於修復道路和橋樑，官員說這個計劃得到了大多數議員的支持。';
    const head = '<meta name="author" content="記者"><meta property="og:type" content="article">';
    expect(profile(page(head, paragraphs([zh, zh, zh, zh]), 'zh')).kind).toBe('news');
  });

  it('does not call a magazine profile quoting its subject encyclopedia for its years', () => {
    const profileText = [
      'Munn founded the company in 1998, sold it in 2004, and bought it back in 2009 after the market fell.',
      'He kept an office in town through 2005. “I never stopped thinking about it,” Munn, who is 52, recalls. “It was the thing I built with my own hands.”',
      'By 2010 the firm had 40 employees, up from 12 in 2009, and revenue had doubled since 2008.',
      'Sales rose again in 2010. “We grew because we listened,” Munn remembers. “Nobody else in this business did that in 2009.”',
    ];
    expect(profile(page('', paragraphs([...profileText, ...profileText, ...profileText]))).kind).not.toBe(
      'encyclopedia',
    );
  });

  it('does not call a short list of dated teasers encyclopedia for their dates or one year', () => {
    const teasers = [
      'It looks like a snapshot, but behind it stands a carefully planned series of portraits from the city streets and its markets.',
      'How should you furnish the living room, arrange the kitchen or light the hallway so that the house feels warm in winter?',
      'The country celebrated its year of unity in 1990, and eight days of festivities followed in every town across the north and the south.',
      'Some people have had enough of the holidays long before they begin, and they look for ways to spend the days quietly at home.',
      'Concrete has a poor name among the materials for a home, but it can make walls and floors look calm, bright and modern again.',
      'Christmas is coming closer, and even those who have bought every present still look for one more small idea for a friend.',
    ];
    const body = `<main>${teasers
      .map((t, i) => `<h2>Story ${i + 1}</h2><div>${20 - i}.12.2014</div><p>${t}</p><div>Comments (${i})</div>`)
      .join('')}</main>`;
    expect(profile(page('', body)).kind).not.toBe('encyclopedia');
  });

  it('reads dialogue in straight single quotes, and takes it out of the narrator’s first person', () => {
    const told = TOLD.map((p) => p.replace(/[“”]/g, "'"));
    const p = profile(page('<title>Story</title>', `<h1>Chapter IV</h1>${paragraphs([...told, ...told])}`));
    expect(p.kind).toBe('fiction');
    expect(p.evidence.some((e) => e.startsWith('dialogue'))).toBe(true);
    // Near miss: an apostrophe opening a paragraph ('90s) is no dialogue.
    const nineties = profile(
      page(
        '',
        paragraphs(
          Array.from(
            { length: 10 },
            () => "'90s music was loud, and we played it every night in the hall until the neighbours came round.",
          ),
        ),
      ),
    );
    expect(nineties.evidence.some((e) => e.startsWith('dialogue'))).toBe(false);
  });

  it('does not count the dates of a thread’s posts as years of history (round 19, a French forum)', () => {
    const said = [
      'The new firmware fixes the battery drain on the older model, and the update installs in a few minutes.',
      'The phone restarts twice during the update, which is normal, and the settings stay as they were before.',
      'The second update of the week brings the camera fixes, but the battery drain comes back after a day or two.',
    ];
    const posts = [...said, ...said, ...said].map(
      (text, i) => `<div class="post"><p>Posted on ${10 + i}-06-2024 at 22:48:42</p><p>${text}</p></div>`,
    );
    const p = profile(page('', `<main>${posts.join('')}</main>`));
    expect(p.kind).not.toBe('encyclopedia');
  });

  it('calls a page at a forum’s address a forum when it declares no article', () => {
    const thread = page('', paragraphs([...NEWS, ...NEWS]));
    expect(profile(thread, 'https://talk.example.org/t/budget-vote/1234').kind).toBe('forum');
    // Near misses: a news site's index of a topic, and a signed article at a forum-like address.
    expect(profile(thread, 'https://news.example.org/topics/budget').kind).not.toBe('forum');
    const signed = page(
      '<meta property="og:type" content="article"><meta name="author" content="Ann Lee"><meta property="article:published_time" content="2024-05-01">',
      paragraphs([...NEWS, ...NEWS]),
    );
    expect(profile(signed, 'https://news.example.org/forum/budget-vote').kind).toBe('news');
  });

  it('takes a path that names a day and then a story for an article (round 19, an old CNN story)', () => {
    const plain = [
      'The appeal was granted on the grounds of his health, and his release was set for the end of the week.',
      'He had served eight years of a life sentence in a prison near the city, far from his family and home.',
      'The decision drew anger from families on both sides of the ocean, who had waited two decades for an answer.',
      'Analysts say the move may be part of a wider deal between the two governments over trade and oil.',
    ];
    const body = page('<title>Appeal granted</title>', paragraphs([...plain, ...plain]));
    const at = (url: string) => profile(body, url);
    expect(at('https://edition.example.com/2009/WORLD/europe/08/18/appeal.granted/index.html')).toMatchObject({
      kind: 'news',
      evidence: expect.arrayContaining(['dated URL']),
    });
    // Near misses: a month's archive, and the same text at an undated address.
    expect(at('https://edition.example.com/2009/08/').kind).not.toBe('news');
    expect(at('https://edition.example.com/world/appeal-granted').kind).not.toBe('news');
  });

  it('calls a signed article that also declares its product a review, not a shop page', () => {
    const ld = JSON.stringify([
      { '@context': 'https://schema.org', '@type': 'Article', headline: 'Power bank review' },
      { '@context': 'https://schema.org', '@type': 'Product', name: 'Power bank', offers: { price: '19.99' } },
    ]);
    const head = `<script type="application/ld+json">${ld}</script><meta name="author" content="Ann Lee">`;
    const review = profile(page(head, `${paragraphs([...NEWS, ...NEWS])}<p>$19.99 at the shop</p>`));
    expect(review.kind).toBe('review');
    // Near miss: a shop's product page, with its add-to-cart button, stays a product page.
    const shop = profile(
      page(head, `${paragraphs([...NEWS, ...NEWS])}<p>$19.99</p><button class="add-to-cart">Add to cart</button>`),
    );
    expect(shop.kind).toBe('product');
  });

  it('reads a blog entry’s author and date from its microformats (round 20, a Movable Type blog)', () => {
    const mine = NEWS.map((p) => `I think ${p.charAt(0).toLowerCase()}${p.slice(1)}`);
    const body =
      '<div class="hentry"><h3><span class="byline">By <span class="vcard author"><a href="/about">Charlie Stross</a></span></span></h3>' +
      `${paragraphs([...mine, ...mine])}<span class="byline">Posted by <span class="vcard author">Charlie Stross</span> at ` +
      '<abbr class="published" title="2012-05-09T11:26:57+00:00">11:26</abbr></span></div>';
    const p = profile(
      page('<title>Bubble 2.0</title>', body),
      'https://www.example.org/blog-static/2012/05/bubble.html',
    );
    expect(p).toMatchObject({ kind: 'blog', evidence: expect.arrayContaining(['byline and date']) });
  });

  it('calls a column a news site marks NewsArticle opinion when its address says so (round 20, an NYT op-ed)', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle' });
    const column = page(`<script type="application/ld+json">${ld}</script>`, paragraphs([...NEWS, ...NEWS]));
    expect(profile(column, 'https://www.example.com/2014/02/01/opinion/sunday/boycott.html').kind).toBe('opinion');
    expect(profile(column, 'https://www.example.com/2014/02/01/world/boycott.html').kind).toBe('news');
  });

  it('takes a work on the two largest fan-fiction archives for fiction (round 20)', () => {
    const story = page('<title>Counting</title>', paragraphs(STORY));
    expect(profile(story, 'https://archiveofourown.org/works/688').kind).toBe('fiction');
    expect(profile(story, 'https://www.fanfiction.net/s/5853866/1/Counting').kind).toBe('fiction');
  });

  it('does not count a year in a spelled-out date as a year of history (round 20, a university portal)', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `${10 + i} March 2018 The students of the institute won a prize at the regional contest, and the team will travel to the final round in the capital next month.`,
    );
    expect(profile(page('', paragraphs(teasers))).kind).not.toBe('encyclopedia');
  });

  it('says other when nothing speaks for a kind', () => {
    expect(profile(page('', '<div><a href="/a">Home</a> <a href="/b">Contact</a></div><p>Welcome.</p>')).kind).toBe(
      'other',
    );
  });
});

describe('jsonLdTypes', () => {
  it('reads top-level and @graph types, not nested ones', () => {
    const src = JSON.stringify({ '@graph': [{ '@type': 'Review', itemReviewed: { '@type': 'Product' } }] });
    expect(jsonLdTypes(src)).toEqual(['Review']);
    expect(jsonLdTypes('not json')).toEqual([]);
  });

  it('reads a hand-written block with trailing commas', () => {
    expect(jsonLdTypes('{"@type": "OpinionNewsArticle", "keywords": ["satire", "race",],}')).toEqual([
      'OpinionNewsArticle',
    ]);
  });
});

describe('the blog URL', () => {
  it('takes a hyphenated blog segment for a blog', () => {
    const head = '<meta property="og:type" content="article">';
    const body = paragraphs([...NEWS, ...NEWS]);
    expect(profile(page(head, body), 'https://www.self.com/flash/beauty-blog/2014/12/lip-balm').kind).toBe('blog');
    // Near miss: a word that merely ends in "blog" is no blog segment.
    expect(profile(page(head, body), 'https://news.example.org/weblogistics/2014/12/ports').kind).not.toBe('blog');
  });
});
