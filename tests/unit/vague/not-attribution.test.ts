/** `vague-attribution` lets off the forms of attribution that attribute no claim (ledger of judged news flags). */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/core/analyze';
import type { Detector } from '../../../lib/core/detectors/detector';
import { vagueAttribution } from '../../../lib/core/detectors/vague-attribution';
import { htmlDocument } from '../../support/load-html';
import { flagsInSentence } from './flags-in-sentence';

const anyPage: Detector = { ...vagueAttribution, appliesTo: undefined };

function rulesOf(body: string): string[] {
  const doc = htmlDocument(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
  const report = analyzeDocument(doc, 'https://news.example.com/story', { detectors: [anyPage] });
  return report.flags.map((f) => f.rule);
}

describe('vague-attribution: no claim attributed', () => {
  it.each([
    ['a question', 'Why do anonymous sources say the merger is off?'],
    ['a debate with no side taken', 'Experts have argued over why the river flooded.'],
    ['a hypothetical', 'Critics might argue that the tax will hurt small shops.'],
    // Round 18 (troyhunt.com): advice to the writer, the writer's own story.
    ['advice to the writer', 'A lot of people have suggested I should host it myself on Azure.'],
    // Round 18 (Astral Codex Ten): a schema with placeholders is an example of how claims go.
    ['a schema', 'Someone really did say X, even though X is insane and all other experts disagree.'],
    // Round 28 (History Today): "quarters" as directions, not as unnamed critics.
    ['directions', 'The plague conquered whole countries by advancing from various quarters.'],
    // Round 27 (O. Henry, "The Gift of the Magi", posted as a dated page): the writer's own declaration.
    ['the writer declaring', 'In a last word to the wise, let it be said that these two were the wisest.'],
  ])('lets off %s', (_, sentence) => {
    expect(rulesOf(`<p>The town held a vote. ${sentence} The count ends today.</p>`)).toEqual([]);
  });

  it('keeps folklore on a news page for "high": colour there, weasel wording on an encyclopedia', () => {
    // Round 28 (National Geographic): "where, according to legend, it grows so cold that it freezes flames".
    const sentence =
      'It could only be reached by a single-lane suspension bridge and was surrounded by an area called the Hardangervidda, a high mountain plateau where, according to legend, it grows so cold, so fast, that it freezes flames in the fire.';
    const news = htmlDocument(
      `<!DOCTYPE html><html lang="en"><head><title>t</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-01-02"><meta name="author" content="Jane Writer"></head>
<body><article><p>The raid on the plant was planned in London in the autumn of 1942.</p><p>${sentence}</p>${'<p>The team spent the winter in a hut below the dam, waiting for the weather to turn, counting supplies and listening to the radio for news from London about the raid they had been sent to prepare.</p>'.repeat(4)}</article></body></html>`,
    );
    const flagged = (sensitivity: 'normal' | 'high') =>
      analyzeDocument(news, 'https://news.example.com/2024/01/02/fortress', {
        detectors: [vagueAttribution],
        sensitivity: { 'vague-attribution': sensitivity },
      }).flags.map((f) => f.rule);
    expect(flagged('normal')).toEqual([]);
    expect(flagged('high')).toEqual(['unnamed-group']);
    expect(rulesOf(`<p>${sentence}</p>`)).toEqual(['unnamed-group']);
  });

  it('still flags a claim about a person whose name has a lone capital: "Malcolm X"', () => {
    expect(
      rulesOf(
        '<p>The town held a vote. Many experts say Malcolm X was the greatest orator, and Malcolm X still is.</p>',
      ),
    ).toEqual(['unnamed-group']);
  });

  it('still flags a group whose claim mentions the writer', () => {
    expect(rulesOf('<p>The town held a vote. Some critics argue that I was wrong about the tax.</p>')).toEqual([
      'unnamed-group',
    ]);
  });

  it('still flags the same forms when they attribute a claim', () => {
    expect(rulesOf('<p>The town held a vote. Some experts have argued that the river flooded.</p>')).toEqual([
      'unnamed-group',
    ]);
    expect(rulesOf('<p>The town held a vote. Many critics argue that the tax will hurt small shops.</p>')).toEqual([
      'unnamed-group',
    ]);
  });

  it('lets off a group backed by a named quotation in the next sentence, not by an unnamed one', () => {
    const named = '“Both sides are going to want to turn down the rhetoric,” Danin said.';
    const unnamed = '“Both sides are going to want to turn down the rhetoric,” one said.';
    const lead = 'A number of analysts say that the two leaders will play down the friction.';
    expect(rulesOf(`<p>${lead}</p><p>${named}</p>`)).toEqual([]);
    expect(rulesOf(`<p>${lead}</p><p>${unnamed}</p>`)).toEqual(['unnamed-group']);
  });

  it('lets off "others said" and "some believe" when a person named there first is quoted next, at any sensitivity', () => {
    // Round 27 (Boston Globe, a vigil): the unnamed mourners' view, then one of them, named, saying it.
    const rulesAtHigh = (body: string) =>
      analyzeDocument(
        htmlDocument(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`),
        'https://news.example.com/story',
        { detectors: [anyPage], sensitivity: { 'vague-attribution': 'high' } },
      ).flags.map((f) => f.rule);
    const lead =
      '<p>Mourners gathered in the square.</p><p>But others said grief over her murder crossed party lines.</p>';
    const named = '<p>“We have all become one today,” said Asmat Rafiq, a student from Lahore.</p>';
    const unnamed = '<p>“We have all become one today,” said a student from Lahore.</p>';
    expect(rulesAtHigh(lead + named)).toEqual([]);
    expect(rulesAtHigh(lead + unnamed)).toEqual(['unnamed-group']);
    // Round 33 (Engadget): "some analysts view X as ...", then an analyst named saying so.
    const view = '<p>Still, some analysts view the partnership as potentially problematic over time.</p>';
    const etzioni =
      '<p>“What puts them in more of a collision course is both sides need to make money,” said Oren Etzioni, CEO of the Allen Institute for AI.</p>';
    expect(rulesAtHigh(view + etzioni)).toEqual([]);
    expect(rulesAtHigh(view + '<p>The deal runs until 2030.</p>')).toEqual(['unnamed-group']);
    const believe = '<p>Some believe that the campaign has lost its way in the state.</p>';
    expect(rulesAtHigh(believe + '<p>“They are not listening to us,” said Leslie Wimes, an organiser.</p>')).toEqual(
      [],
    );
  });

  it('lets off a group whose next sentence opens a quotation of several sentences by a person named there first', () => {
    const lead =
      '<p>Gates spoke in May.</p><p>Meanwhile, military observers questioned his concern about the Marines.</p>';
    const ricks =
      '<p>“They are a second land army. That is not necessarily a bad thing. What could be more American than such a competition?” said Thomas Ricks, a senior fellow at the Center for a New American Security.</p>';
    expect(rulesOf(lead + ricks)).toEqual([]);
    // Near miss: the person quoted is the one the story was already about, not one of the group.
    const gates =
      '<p>“They are a second land army. That is not necessarily a bad thing. What could be more American than such a competition?” said Robert Gates.</p>';
    expect(rulesOf(`<p>Robert Gates spoke in May.</p>${lead.slice(lead.indexOf('</p>') + 4)}${gates}`)).toEqual([
      'unnamed-group',
    ]);
  });

  it('lets off a group the next sentence names a member of, and one a named person shares the view with', () => {
    const claim = 'Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery.';
    expect(rulesOf(`<p>${claim} One of those economists is former Federal Reserve chairman Ben Bernanke.</p>`)).toEqual(
      [],
    );
    // A name in the next sentence that does not point back to the group leaves the group unnamed.
    expect(rulesOf(`<p>${claim} The bill was written by Senator Ann Ruiz in March.</p>`)).toEqual(['unnamed-group']);
    expect(
      rulesOf('<p>He rails against what he and many union members see as unfair trade policies abroad.</p>'),
    ).toEqual([]);
    expect(rulesOf('<p>He rails against what many union members see as unfair trade policies abroad.</p>')).toEqual([
      'unnamed-group',
    ]);
    // The end of a longer name is no person.
    const treaty =
      'In the spring of that year the president signed a long friendship treaty with the Soviet Union and some have suggested that the uprising was staged.';
    expect(rulesOf(`<p>${treaty}</p>`)).toEqual(['unnamed-group']);
  });

  it('lets off research that one of the next two sentences identifies, by a name or a link beside a study word', () => {
    const lede = '<p>New research suggests why women may lose out at the office.</p>';
    const named =
      '<p>Gender bias may set the heating in office buildings. Temperatures follow a standard based on men, according to a study Monday in Nature Climate Change.</p>';
    expect(rulesOf(lede + named)).toEqual([]);
    const linked =
      '<p>Offices are often too cold for women. A <a href="https://journal.example/paper">study published this week</a> measured them.</p>';
    expect(rulesOf(lede + linked)).toEqual([]);
    // No study identified, or only later than two sentences on: the research stays unnamed.
    const unnamed = '<p>Gender bias may set the heating. Offices are often too cold for women. Some are warmer.</p>';
    expect(rulesOf(lede + unnamed)).toEqual(['unnamed-group']);
    const late =
      '<p>Gender bias may set the heating. Offices are often too cold. A study Monday in Nature Climate Change says so.</p>';
    expect(rulesOf(lede + late)).toEqual(['unnamed-group']);
    // A link that is no study: the research is still unnamed.
    const elsewhere = '<p>The mayor <a href="https://city.example/">spoke on Monday</a>. Offices are cold.</p>';
    expect(rulesOf(lede + elsewhere)).toEqual(['unnamed-group']);
  });

  it('lets off "most" making an adverb superlative and a quantifier counting something else than the group', () => {
    expect(
      rulesOf('<p>Cruz and Carson, the candidates most often described as outsiders, took 61 percent of the vote.</p>'),
    ).toEqual([]);
    expect(
      rulesOf('<p>He kept saying it, no matter how many times people told him he could not say that.</p>'),
    ).toEqual([]);
    expect(rulesOf('<p>The winemakers in the Ahr Valley would most certainly disagree.</p>')).toEqual([]);
    expect(rulesOf('<p>Many analysts told the committee that the plan would not survive the winter.</p>')).toEqual([
      'unnamed-group',
    ]);
  });

  it('lets off the summary under an "Abstract" label on a news page, where the body names the sources', () => {
    const page = (label: string) =>
      analyzeDocument(
        htmlDocument(
          '<!DOCTYPE html><html lang="en"><head><title>Trade and votes</title>' +
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Trade and votes"}</script></head><body>' +
            `<p>${label}</p><p>Research suggests that job losses to imports have deepened the political divide.</p>` +
            '<p>The paper, by four economists, is released this week.</p></body></html>',
        ),
        'https://news.example.com/trade',
        { detectors: [anyPage] },
      ).flags.length;
    expect(page('ABSTRACT.')).toBe(0);
    expect(page('The town voted in May.')).toBe(1);
  });

  it('lets off, on a news page, people telling what happened to them, and still flags their claims about the world', () => {
    const onNews = (sentence: string) =>
      analyzeDocument(
        htmlDocument(
          '<!DOCTYPE html><html lang="en"><head><title>Outage</title>' +
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Outage"}</script></head><body>' +
            `<p>The service failed on Tuesday, the company said.</p><p>${sentence} It was back by night.</p></body></html>`,
        ),
        'https://news.example.com/outage',
        { detectors: [anyPage] },
      ).flags.map((f) => f.rule);
    expect(onNews('Many users reported being logged out of their accounts.')).toEqual([]);
    expect(onNews('At the camp, many people said repatriation was their only option.')).toEqual([]);
    // Near misses: a lay group's claim about something else, and experts speaking of their own field.
    expect(onNews('Many users reported that the company had sold their data.')).toEqual(['unnamed-group']);
    expect(onNews('Many experts said the outage was caused by a faulty update.')).toEqual(['unnamed-group']);
  });
});

describe('vague-attribution: the law\'s "alleged" is no hearsay (round 30, BuzzFeed)', () => {
  it.each([
    'He was described in court papers as an alleged drug dealer in Brooklyn.',
    'Police said the alleged attack took place after midnight.',
  ])('leaves "%s" alone at "high"', (sentence) => {
    expect(flagsInSentence(sentence, 'high').map((f) => f.cue)).not.toContain('hearsay-adjective');
  });

  it('still reads "the alleged hoax" as hearsay', () => {
    expect(flagsInSentence('The alleged hoax spread quickly online.', 'high').map((f) => f.cue)).toContain(
      'hearsay-adjective',
    );
  });
});

describe('vague-attribution: officials one of whom is named next (round 31, BBC)', () => {
  const highFlags = (body: string) =>
    analyzeDocument(
      htmlDocument(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`),
      'https://news.example.com/story',
      { detectors: [anyPage], sensitivity: { 'vague-attribution': 'high' } },
    ).flags.map((f) => f.data?.cue);
  const officials =
    'The ferry sank on Wednesday. But officials say the rescue operation has been hampered by poor visibility and strong currents.';

  it('lets "officials say" off when an official, named with the office, says it next', () => {
    expect(
      highFlags(
        `<p>${officials} “There is so much mud in the sea water and the visibility is very low,” said Lee Gyeong-og, vice-minister of security.</p>`,
      ),
    ).not.toContain('unnamed-officials');
  });

  it('still flags them when the person quoted next holds no office', () => {
    expect(
      highFlags(`<p>${officials} “There is so much mud in the sea water,” said Kim Min-jun, a fisherman.</p>`),
    ).toContain('unnamed-officials');
  });
});
