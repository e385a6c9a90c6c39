/**
 * The attribution forms `vague-attribution` reads beyond "experts say": a judgement with "to be", judges doing
 * anything, "there are those who", a passive that makes its subject "the" one, hearsay about a past event, and
 * how sure each is on a page that declares itself an article against one read as reference prose.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/core/analyze';
import { findSelector } from '../../../lib/core/anchoring/selectors';
import type { Detector, Sensitivity } from '../../../lib/core/detectors/detector';
import { vagueAttribution } from '../../../lib/core/detectors/vague-attribution';
import { htmlDocument } from '../../support/load-html';

/** The detector on any kind of page: these small pages are too thin for the page profile to place. */
const anyPage: Detector = { ...vagueAttribution, appliesTo: undefined };

function flagsOf(body: string, sensitivity: Sensitivity = 'normal', head = '') {
  const doc = htmlDocument(
    `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`,
  );
  const report = analyzeDocument(doc, 'https://example.com/story', {
    detectors: [anyPage],
    sensitivity: { 'vague-attribution': sensitivity },
  });
  return {
    kind: report.page.kind,
    flags: report.flags.map((f) => ({
      rule: f.rule,
      cue: f.data?.cue,
      text: findSelector(f.target.selector, 'TextQuoteSelector')!.exact,
      confidence: f.confidence,
    })),
  };
}

const inParagraph = (sentence: string) => `<p>The town held a vote in May. ${sentence} The count ends today.</p>`;

describe('vague-attribution reads these forms as attribution', () => {
  it.each([
    ['Many reviewers found the sequel to be rushed.', 'quantifier-as'],
    ['Many critics believe the sequel to have been rushed.', 'quantified-group'],
    ['But there are scholars who believe that the letters are forgeries.', 'there-are-who'],
    ['There were many who argued that the war was lost.', 'there-are-who'],
    ['Some historians trace the custom back to the twelfth century.', 'judges-act'],
    ['The public and some critics received the show coolly.', 'judges-act'],
    ['Allusions to folk music have been detected by other observers as well.', 'by-unnamed'],
    ['The diet is promoted by many nutrition experts.', 'by-unnamed'],
    ['Lamb is considered the traditional meat of the region.', 'passive-superlative'],
    ['He trained under Alonso Berruguete, then considered the finest sculptor in Spain.', 'passive-superlative'],
    ['The idea that lying shows on the skin has long been claimed.', 'spread-passive'],
    ['Experiments have shown that the mites survive drying.', 'research'],
    ['It is questioned whether the reform changed anything.', 'impersonal'],
    ['A rumour was circulated that the director had resigned.', 'impersonal'],
    ['The Spartans were said to have practised a harsh discipline.', 'said-to-have'],
    ['The mayor allegedly skipped the vote.', 'hedge-adverb'],
    // (Round 31, Economic Times.)
    ['Several companies have frozen hiring altogether, said executives aware of the matter.', 'unnamed-source'],
  ])('%s', (sentence, cue) => {
    // At "high": which of them the default shows depends on the page (see "confidence by page").
    const { flags } = flagsOf(inParagraph(sentence), 'high');
    expect(flags.map((f) => [f.cue, f.text])).toEqual([[cue, sentence]]);
  });
});

describe('vague-attribution leaves these alone', () => {
  it.each([
    // Active verbs: somebody named does the considering.
    'The committee considered the offer in May.',
    'After he had considered the matter, the mayor resigned.',
    // Judges introducing a phrase, not acting: "some critics of the plan", "many scholars who".
    'Some critics of the plan were at the meeting.',
    // Research the sentence names: whether it is linked is missing-reference's call.
    'The share is higher than previous studies have suggested: a report by the Brookings Institution estimated 46,000 accounts.',
    // Judges as the object of "of" are nobody's subject.
    'That the plan caught the eyes of so many analysts shows how weak the field was.',
    // A hypothetical hedge is no hearsay.
    'Such a scheme would supposedly pay for itself.',
    // Aware of a risk, not of what a story reports: no sourcing.
    'Executives aware of the risks froze hiring in March.',
    // "is reputed to have" + a noun is a description, not a report of an event.
    'Knowth is reputed to have a third of all megalithic art in Europe.',
    // A named term after a passive: the name of a thing, not a judgement.
    'The family is often described as the ‘Australasian robins’.',
    // Uncertainty is not attribution.
    'It is unclear if the bridge will reopen.',
    // A leader named before "and other experts".
    'Ward and other security experts say the lock is weak.',
  ])('%s', (sentence) => {
    expect(flagsOf(inParagraph(sentence)).flags).toEqual([]);
  });

  it('a source quoted in a reference list, in a <cite> or a <q>', () => {
    const sentence = 'Rugby union is regarded as the national sport.';
    expect(flagsOf(`<p>${sentence}</p>`).flags).toHaveLength(1);
    const cited = `<ol class="references"><li>"Sport", Yearbook, 2000. <cite><q>${sentence}</q></cite></li></ol>`;
    expect(flagsOf(`<p>The town held a vote.</p>${cited}`).flags).toEqual([]);
    expect(flagsOf(`<p>As the yearbook put it, <q>${sentence}</q></p>`).flags).toEqual([]);
  });

  it('a group noun opening the sentence is no named leader ("Fans and other players have speculated")', () => {
    const { flags } = flagsOf(inParagraph('Fans and other hockey players have speculated that he retired too early.'));
    expect(flags.map((f) => f.rule)).toEqual(['unnamed-group']);
  });
});

/** Eight paragraphs of third-person reporting, long enough for the page profile to read them. */
const STORY = [
  'The council met on Tuesday, 4 March 2025, to vote on the budget for the coming year, said the clerk, Ann Ruiz.',
  'Members debated the plan for three hours; 12 voted for it and 9 against, the clerk told reporters after the vote.',
  'The Spartans were said to have practised a harsh discipline, and the mayor allegedly skipped the vote on it.',
  'The budget sets aside 4.2 million for roads and 1.1 million for the library, which the mayor said was overdue.',
  'Residents who spoke at the meeting asked for more buses, and the council said it would study the request.',
  'The next meeting is on 18 March 2025, when members will vote on the school plan, the clerk said on Wednesday.',
  'The school plan would add 300 places by 2027 at a cost of 9 million, according to the council’s own figures.',
  'Ruiz said the vote had been the longest since 2019, when the council debated the new bridge for five hours.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const ARTICLE_HEAD =
  '<meta property="og:type" content="article"><meta name="author" content="Jo Park">' +
  '<meta property="article:published_time" content="2025-03-05T10:00:00Z">';

describe('vague-attribution confidence by page', () => {
  it('keeps hearsay for "high" on a news page, whether it declares itself an article or reads as one', () => {
    for (const head of [ARTICLE_HEAD, '']) {
      const news = flagsOf(`<article>${STORY}</article>`, 'high', head);
      expect(news.kind).toBe('news');
      expect(news.flags.map((f) => f.cue)).toEqual(['said-to-have']);
      expect(news.flags[0].confidence).toBeLessThan(0.9);
      expect(flagsOf(`<article>${STORY}</article>`, 'normal', head).flags).toEqual([]);
    }
  });

  it('lets a hedge on a news page pass on a report the article has cited with a link', () => {
    const lead =
      'The council met on Tuesday, 4 March 2025, to vote on the budget for the coming year, said the clerk, Ann Ruiz.';
    const cite =
      'The council will cut the library budget, reports <a href="https://gazette.example/b">the Gazette</a>.';
    const cited = STORY.replace(lead, cite);
    expect(cited).not.toBe(STORY);
    expect(flagsOf(`<article>${cited}</article>`, 'high', ARTICLE_HEAD).flags).toEqual([]);
    // Near miss: the same report named with no link leaves the hedge to be flagged.
    const named = cited.replace(/<a [^>]*>|<\/a>/g, '');
    expect(flagsOf(`<article>${named}</article>`, 'high', ARTICLE_HEAD).flags.map((f) => f.cue)).toEqual([
      'said-to-have',
    ]);
  });

  it('keeps "reportedly" and "is said to be" for "high" everywhere', () => {
    const hedged = '<p>The striker reportedly wants to leave.</p><p>The mayor is said to be unwell.</p>';
    expect(flagsOf(hedged, 'normal').flags).toEqual([]);
    const high = flagsOf(hedged, 'high').flags;
    expect(high.map((f) => f.rule)).toEqual(['hedge', 'hedge']);
    for (const f of high) expect(f.confidence).toBeLessThan(0.9);
  });
});
