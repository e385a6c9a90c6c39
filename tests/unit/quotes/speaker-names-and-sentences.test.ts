/**
 * Speaker mechanisms from the error analysis of PolNeAR's train split (issue 7): a nickname in quotation marks
 * inside a name, a hometown between a name and its verb, a quote its own sentence introduces and ends, and an
 * "according to" that belongs to the sentence after the quote.
 */
import { describe, expect, it } from 'vitest';
import { isNickname } from '../../../lib/core/quotes/nicknames';
import { pairQuoteMarks } from '../../../lib/core/quotes/quote-marks';
import { splitSentences } from '../../../lib/core/text/sentences';
import { peopleOf, quotesOf, who } from './quotes-of';

/** Whether the first quoted span of `text` is read as a nickname. */
const firstIsNickname = (text: string) => isNickname(text, pairQuoteMarks(text).spans[0]);

describe('nicknames inside a name', () => {
  it('reads a capitalised word in marks between a given name and a surname as a nickname', () => {
    expect(firstIsNickname('Juan "Chico" Manriquez of Oakland carried one of the photos.')).toBe(true);
    expect(firstIsNickname('John “Tig” Tiegen was there.')).toBe(true);
  });

  it('keeps quoted words that are not between a given name and a surname', () => {
    expect(firstIsNickname('The film "Jaws" Director was there.')).toBe(false);
    expect(firstIsNickname('Juan "the best player we ever had" Manriquez')).toBe(false);
    expect(firstIsNickname('Juan "Chico" said nothing.')).toBe(false);
  });

  it('lists no nickname as a quote and gives the next "he said" to the person it names', () => {
    const quotes = quotesOf(
      'In Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.',
      'In San Francisco, a group marched in silence. Juan "Chico" Manriquez of Oakland carried one of the photos. "I pretty much cried the whole parade," he said.',
    );
    expect(quotes.map((q) => q.text)).not.toContain('Chico');
    expect(quotes.find((q) => q.text.startsWith('I pretty much'))?.speaker).toBe('Juan Manriquez');
  });
});

describe('a hometown between a name and its verb', () => {
  it('keeps the name the subject, so "he said" goes to the man just introduced', () => {
    const quotes = quotesOf(
      '"It was the best day of the year," said Tom Price, a nurse from Fresno.',
      'Mark Dunn of Oakland carried a sign all afternoon. "I pretty much cried the whole parade," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Price', 'Mark Dunn']);
  });
});

describe('a quote its own sentence introduces and ends', () => {
  it('belongs to the verb before it, not to the sentence that follows', () => {
    const quotes = quotesOf(
      'Other candidates jumped in. Sen. Rand Paul said Rubio\'s plan would give money to undocumented immigrants, and called him "the leading proponent for allowing people in the country illegally to be citizens." Former Arkansas governor Mike Huckabee called the H1-B program "worse than amnesty."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rand Paul', 'Mike Huckabee']);
  });

  it('leaves "according to" in the next sentence to that sentence', () => {
    const quotes = quotesOf(
      '"It\'s a very sad development," Cruz told reporters outside a restaurant in Milwaukee. "This is the consequence of the culture of the campaign." Ohio Gov. John Kasich said he would have fired the manager, according to press reports.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Cruz', 'Cruz']);
    expect(
      quotesOf('"This is the consequence of the culture of the campaign," according to press reports.')[0].speaker,
    ).toBe('press reports');
  });

  it('still takes the attribution after a quote that opens its own sentence', () => {
    const quotes = quotesOf(
      'The governor was asked about the plan on Tuesday. "It is a disaster for the whole city and its people." Governor Jo Lee said it twice.',
    );
    expect(quotes[0].speaker).toBe('Jo Lee');
  });
});

describe('quotations in two straight single marks', () => {
  it('gives the quote to the person named after it, not to a group in the paragraph above', () => {
    const quotes = quotesOf(
      'But these companies must walk a fine line. Experts said that extremist content was difficult to judge.',
      "''It's one thing to say you won't accept a beheading video on a site,'' said Faiza Patel, co-director of a program at New York University.",
    );
    expect(quotes.map(who)).toEqual([['Faiza Patel', 'named']]);
  });
});

describe("quotes set inside the writer's own sentence", () => {
  it('does not give two positions named in a sentence to the people the paragraph above reported', () => {
    const quotes = quotesOf(
      'After the attacks, many people posted messages online saying the violence had nothing to do with their faith.',
      'An argument between “This has nothing to do with Islam” and “This has everything to do with Islam” has gone on for years.',
    );
    expect(quotes.filter((q) => q.attribution !== 'none')).toEqual([]);
  });

  it("still reads a quote after a speech verb in the sentence as the reported speaker's", () => {
    const quotes = quotesOf(
      'Donald Trump said he would move the embassy to Jerusalem.',
      'And he seemed to paper over his past statements, promising that in any negotiation, “we will send a clear signal.”',
    );
    expect(quotes.map(who)).toEqual([['Donald Trump', 'named']]);
  });

  it('reads a short phrase after a determiner and a hyphenated modifier as a name for the noun after it', () => {
    const quotes = quotesOf('Sanders proposed a single-payer “Medicare for all” health-care system, sources said.');
    expect(quotes.filter((q) => !q.nameLike)).toEqual([]);
  });
});

describe('a long subject after the quote', () => {
  it('reads a subject of up to sixteen words, titles and affiliation included', () => {
    const quotes = quotesOf(
      'Nuclear proliferation experts have long worried about the program.',
      '“Tritium is used to boost the yield of nuclear weapons,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington’s Institute for Science and International Security wrote in September.',
    );
    expect(quotes.map(who)).toEqual([['David Albright', 'named']]);
  });
});

describe('names inside a longer subject', () => {
  it('reads a sum of money inside an organisation’s name before the person', () => {
    const quotes = quotesOf(
      'The movement plans to protest the debate, the Daily Caller reports.',
      '“They have to decide whether to feed themselves,” Fight for $15 organizing director Kendall Fells told Fox News.',
    );
    expect(quotes.map(who)).toEqual([['Kendall Fells', 'named']]);
  });

  it('leaves out the outlet that owns the name (“The Blaze’s Matt Walsh”), not an owner’s office', () => {
    expect(quotesOf('“It is over,” RealClearPolitics’ David Byler wrote.').map(who)).toEqual([
      ['David Byler', 'named'],
    ]);
    expect(quotesOf('“It is over,” The Blaze’s Matt Walsh said.').map(who)).toEqual([['Matt Walsh', 'named']]);
    expect(quotesOf('“It is over,” Trump’s campaign manager said.')[0].speaker).toBe('Trump’s campaign manager');
  });

  it('reads abbreviated military ranks as titles, not as the end of a sentence (round 22)', () => {
    const quotes = quotesOf(
      '"Really, one of the best parts of IMPASS is the people," said Lt. Cmdr. Scott Finlayson, Program Manager, PMA-205.',
      '"We moved the guns at dawn," said Maj. Gen. Ada Okafor, who led the brigade.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Scott Finlayson', 'Ada Okafor']);
    expect(splitSentences('Maj. Gen. Ada Okafor led it. Cmdr. Li agreed.').length).toBe(2);
  });

  it('reads no name out of the middle of a word ("10K Truth photographer" names no "K Truth", round 22)', () => {
    const quotes = quotesOf(
      'Alan Webb came to the Pre Classic under what otherwise would have been smothering expectations for anyone his age.',
      'Then, Webb went to work. On the back stretch, he passed a couple of other surprised runners and one even more surprised 10K Truth photographer, who was busy snapping shots of El Guerrouj. On the last turn, he continued to pick off runners, finishing in an amazing 5th place, even wishing he\'d held on to fourth. "I can run with these people. I was passing as many people as I could."',
    );
    expect(quotes[0].speaker).toBe('Alan Webb');
    // A run of capitals starts a word: "eBay Ann Lee" is eBay, then Ann Lee (it was "Bay Ann Lee", no one).
    const text = 'The firm sold it through eBay Ann Lee said, and she laughed.';
    expect(peopleOf(text).lastIn(0, text.length)).toBe('Ann Lee');
  });
});
