/**
 * Where a quotation begins and ends: multi-paragraph quotations listed as one, a quote's own speaker cue starting a
 * new one, an opening mark typed as a closing one, closing marks left out or mistyped, and titles of works that are
 * nobody's words.
 */
import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../lib/core/quotes/quote-marks';
import { quotesOf, who } from './quotes-of';

describe('multi-paragraph quotations', () => {
  it('lists a block of quoted paragraphs, each opening a mark only the last closes, as one quotation', () => {
    const quotes = quotesOf(
      'Ward said in a statement:',
      '“The Department of Justice is no longer about equal justice under law. It is about politics.',
      '“The solution is not politics but property. Let owners make up their own minds.',
      '“The Senate was supposed to guard the states. I will stop this at the bathroom door.”',
    );
    expect(quotes).toHaveLength(1);
    const [q] = quotes;
    expect(q.text).toMatch(/^The Department of Justice .* It is about politics\. The solution .* bathroom door\.$/);
    expect(who(q)).toEqual(['Ward', 'named']);
  });

  it('spans the page text from the first piece to the last', () => {
    const paragraphs = ['“We will win this state. We will win it big.', '“And then we will win the country.”'];
    const [q] = quotesOf(...paragraphs);
    const page = paragraphs.join('\n');
    expect(page.slice(q.start, q.end)).toBe(
      'We will win this state. We will win it big.\n“And then we will win the country.',
    );
  });

  it('starts a new quotation at a later piece with a speaker cue of its own', () => {
    const quotes = quotesOf(
      '“They will not listen to us. They never have.',
      '“And they still believe that nothing will change,” he said with a grin. “I told them it would.”',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'They will not listen to us. They never have.',
      'And they still believe that nothing will change,',
      'I told them it would.',
    ]);
  });

  it('keeps the pieces apart when the quotation begins after narration in its paragraph', () => {
    const quotes = quotesOf(
      '“The process is flawed,” Hinderks said Monday. “Most people do not have good information on it.',
      '“So what you have is people trying to come to conclusions with lousy information.”',
    );
    expect(quotes.map((q) => q.text)).toEqual([
      'The process is flawed,',
      'Most people do not have good information on it.',
      'So what you have is people trying to come to conclusions with lousy information.',
    ]);
  });
});

describe('an opening mark typed where the closing one belongs', () => {
  it('closes the quote it follows instead of opening one that runs on', () => {
    const { spans } = pairQuoteMarks(
      '“It’s unusual,“ said Larry Noble, an attorney. “A leopard doesn’t change its spots.”',
    );
    expect(spans.map((s) => s.closed)).toEqual([true, true]);
    const quotes = quotesOf('“It’s unusual,“ said Larry Noble, an attorney. “A leopard doesn’t change its spots.”');
    expect(quotes.map((q) => q.text)).toEqual(['It’s unusual,', 'A leopard doesn’t change its spots.']);
    expect(quotes[0].speaker).toBe('Larry Noble');
  });

  it('still opens a nested quote after a space', () => {
    const { spans } = pairQuoteMarks('“He told me “never again” and left,” she said.');
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(true);
  });
});

describe('a closing mark left out or mistyped', () => {
  it('ends a quote never closed where the next quoted sentence opens, instead of nesting the rest in it', () => {
    const text =
      '“It is a casual hate,” Sexton said. “Trump events are outlets for people. “There’s another side, too,” Sexton said. “I don’t know why.”';
    const { spans } = pairQuoteMarks(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.closed])).toEqual([
      ['It is a casual hate,', true],
      ['Trump events are outlets for people.', false],
      ['There’s another side, too,', true],
      ['I don’t know why.', true],
    ]);
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Sexton', 'Sexton', 'Sexton', 'Sexton']);
  });

  it('does the same with straight marks, and keeps a nested quote that follows no full stop', () => {
    const text = '"We lost. "We will win next time," he said.';
    expect(pairQuoteMarks(text).spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'We lost.',
      'We will win next time,',
    ]);
    expect(pairQuoteMarks('"He called it "fake news" and left," she said.').spans).toHaveLength(1);
  });

  it('opens a quote whose opening mark has no space before it', () => {
    const text = 'He waxed poetic about"joint operations between our two countries." He pledged "cooperation."';
    expect(pairQuoteMarks(text).spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'joint operations between our two countries.',
      'cooperation.',
    ]);
    // A mark between two letters with no other mark after it opens nothing.
    expect(pairQuoteMarks('The 6"x4" card and the he"s typo.').spans).toEqual([]);
  });

  it('closes a double quote with a single mark after its last full stop, when no single quote is open', () => {
    const text = 'Schumer tweeted: “Let’s go. We can stop it.’ Schumer was there. She starred in “Trainwreck.”';
    expect(pairQuoteMarks(text).spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Let’s go. We can stop it.',
      'Trainwreck.',
    ]);
    // A nested quote, even one whose opening mark lost its space, keeps its closing mark.
    const nested: [string, string][] = [
      ['“He told me ‘go home.’ And I left,” she said.', 'He told me ‘go home.’ And I left,'],
      ['“My coach told me,‘Play every game.’ So I did,” he said.', 'My coach told me,‘Play every game.’ So I did,'],
      ['"My coach told me,\'Play every game.\' So I did," he said.', "My coach told me,'Play every game.' So I did,"],
    ];
    for (const [text, words] of nested)
      expect(pairQuoteMarks(text).spans.map((s) => text.slice(s.start, s.end))).toEqual([words]);
  });
});

describe('titles of works', () => {
  it('drops a programme named after its network', () => {
    expect(
      quotesOf('“We will not back down,” Rubio said on ABC’s “This Week With George Stephanopoulos.”'),
    ).toHaveLength(1);
    expect(quotesOf('In an interview with CNN’s “The Lead with Jake Tapper,” Trump said it was fine.')).toEqual([]);
  });

  it('drops a title with a subtitle, and the titles listed with it', () => {
    expect(quotesOf('Trump’s own manifesto, “Crippled America: How to Make America Great Again,” sold well.')).toEqual(
      [],
    );
    expect(
      quotesOf(
        'Howard had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers: The Spy Who Shagged Me,” he said.',
      ),
    ).toEqual([]);
  });

  it('drops a title introduced as a book, a film or a show', () => {
    expect(quotesOf('He is now host of “The Nightly Show with Larry Wilmore.”')).toEqual([]);
    expect(quotesOf('She acted in the Syfy movie “Sharknado Three Gets Even Wetter.”')).toEqual([]);
  });

  it('drops a phrase used as a name: a slogan, a motto, a hashtag, in whatever case', () => {
    // (Inheriting the last speaker, "Axe the tax." went to Marco Rubio on a polnear-train page.)
    expect(
      quotesOf(
        'Marco Rubio said the plan will “destroy our economy.”',
        'The party challenged it in provincial elections the next year under the slogan “Axe the tax.”',
      ).map((q) => q.text),
    ).toEqual(['destroy our economy.']);
    expect(quotesOf('The school is known for its rousing motto, “A spirit that will not die.”')).toEqual([]);
  });

  it('drops a title given as a name: titled, entitled, named, billed as', () => {
    expect(quotesOf('Robby Mook released a memo titled “The Facts on Where the Race Stands.”')).toEqual([]);
    expect(quotesOf('At an event billed as “Hard Hats for Hillary,” she spoke to workers.')).toEqual([]);
    expect(quotesOf('In 2013, the show was officially named "The Pete Santilli Show," he said.')).toEqual([]);
    // Sentence case after the same words is still someone's words.
    expect(quotesOf('The statement, titled “We will not be silenced,” was signed by 40 staff.')).toHaveLength(1);
  });

  it('drops a cited headline or title followed by its byline, but not words someone is said to have used', () => {
    expect(
      quotesOf(
        'FAREWELL—“The Living Room to close at the end of December,” by Times’ Ben Sisario: “The club will close.”',
      ).map((q) => q.text),
    ).toEqual(['The club will close.']);
    expect(quotesOf('One of his reads, “This kind of war,” by T.R. Fehrenbach, drove that home.')).toEqual([]);
    expect(
      quotesOf('The “ugliness of utterances, largely unprompted and undeserved,” by Trump last week stood out.'),
    ).toHaveLength(1);
  });

  it('keeps a headline quoting someone in the first person, and words in sentence case', () => {
    expect(quotesOf('Ted Cruz: “We Are Going To Win This Nomination.”')).toHaveLength(1);
    expect(quotesOf('In the book, he wrote: “We are going to win this nomination, and soon.”')).toHaveLength(1);
  });
});

describe('short words that are speech', () => {
  it('keeps a word or two said on their own, with the speaker after', () => {
    const quotes = quotesOf('“Absolutely,” he said when asked. “Judge,” Brafman said, “my client is sorry.”');
    expect(quotes.map((q) => q.text)).toEqual(['Absolutely,', 'Judge,', 'my client is sorry.']);
    expect(quotes[1].speaker).toBe('Brafman');
  });

  it('keeps what a crowd chanted or a sign read, however short or capitalised', () => {
    expect(quotesOf('Walking into the office to chants of “Marco! Marco!” the senator smiled.')).toHaveLength(1);
    expect(quotesOf('Supporters held signs reading “Dump Trump” at the rally.').map((q) => q.text)).toEqual([
      'Dump Trump',
    ]);
  });

  it('keeps three words that end a clause inside the marks, and drops a label of two or an unpunctuated phrase', () => {
    const disgrace =
      'Trump called Ford’s plans to open a plant in Mexico “an absolute disgrace,” and threatened a tax.';
    expect(quotesOf(disgrace).map((q) => q.text)).toEqual(['an absolute disgrace,']);
    expect(quotesOf('Protesters gathered outside the “people’s house,” waving flags.')).toEqual([]);
    expect(quotesOf('Sanders pledged a “political revolution” again on Tuesday.')).toEqual([]);
  });

  it('still drops a capitalised name in marks with no one saying it', () => {
    expect(quotesOf('She was reading “Pride and Prejudice,” on the train.')).toEqual([]);
    expect(quotesOf('The campaign, known as “Operation Sunrise,” began in May.')).toEqual([]);
  });
});

describe('spaces inside the marks', () => {
  it('leaves out the spaces French typography puts inside « », from the text and from the offsets', () => {
    const text = 'Le ministre a répondu : «\u00a0Nous ne céderons pas sur ce point.\u00a0» Puis il est parti.';
    const [q] = quotesOf(text);
    expect(q.text).toBe('Nous ne céderons pas sur ce point.');
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
