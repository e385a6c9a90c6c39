/**
 * Attribution by signature (lib/core/quotes/signatures.ts): the pull-quote, vox-pop and epigraph conventions that
 * name the speaker with no speech verb, and the lines that look like them but name no person.
 */
import { describe, expect, it } from 'vitest';
import { postSignature, signatureName } from '../../../lib/core/quotes/signatures';
import { findQuotes } from '../../../lib/core/quotes/extract-quotes';
import { quotesOf, who } from './quotes-of';

const Q = '“I think the country is ready for a change, and I am voting for it.”';

describe('a signature after the quote', () => {
  it.each([
    ['an em dash and a space', `${Q} — Maria Lopez, 34, Miami`],
    ['an em dash with no space', `${Q} —Maria Lopez, 34, Miami`],
    ['an en dash', `${Q} – Maria Lopez, 34, a teacher in Miami`],
    ['brackets', `${Q} (Maria Lopez, 34, Miami)`],
  ])('reads the name after %s', (_, paragraph) => {
    expect(who(quotesOf(paragraph)[0])).toEqual(['Maria Lopez', 'named']);
  });

  it('reads a surname with an apostrophe: two epigraphs, "—Mark Twain" then "—Eugene O’Neill" (round 30)', () => {
    // (Psychology Today: O'Neill's line went to Twain, the epigraph above it.)
    const quotes = quotesOf(
      '“The man who is a pessimist before 48 knows too much.”—Mark Twain',
      '“I am so far from being a pessimist… I am tickled to death at life”—Eugene O’Neill',
    );
    expect(quotes.map(who)).toEqual([
      ['Mark Twain', 'named'],
      ['Eugene O’Neill', 'named'],
    ]);
  });

  it('reads the name when where, to whom or how it was said follows it behind the dash', () => {
    expect(who(quotesOf(`${Q}—Catherine Bonner to the New York Times regarding the Lanternfly War`)[0])).toEqual([
      'Catherine Bonner',
      'named',
    ]);
    expect(who(quotesOf(`${Q} — Alexandra Petri in a satirical Washington Post op-ed`)[0])).toEqual([
      'Alexandra Petri',
      'named',
    ]);
    expect(who(quotesOf(Q, '— Maria Lopez speaking to reporters in Miami')[0])).toEqual(['Maria Lopez', 'named']);
    // Near misses: a clause after the name is narration, and so is a sentence that goes on.
    expect(quotesOf(`${Q} — Maria Lopez, who was there, left.`)[0]?.speaker ?? null).toBeNull();
    expect(quotesOf(`${Q} — Maria Lopez at the door. Then the police came in.`)[0]?.speaker ?? null).toBeNull();
  });

  it('reads a dash line as the short paragraph under the quote', () => {
    expect(who(quotesOf(Q, '— Maria Lopez, 34, Miami')[0])).toEqual(['Maria Lopez', 'named']);
  });

  it('reads a hyphen right before the name, as quote collections write it', () => {
    expect(who(quotesOf(Q, '-Michelle Marks, Philadelphia.')[0])).toEqual(['Michelle Marks', 'named']);
    // A hyphen before a lower-case word is narration, not a signature.
    expect(quotesOf(Q, '-and Maria Lopez left.')[0].speaker).toBeNull();
  });

  it('reads a surname the article named in full, or a surname after a title, as the signature under the quote', () => {
    const lead = 'Bernie Sanders spoke for an hour, and Jane Doe answered him.';
    expect(quotesOf(lead, Q, '- Sanders.')[0].speaker).toBe('Bernie Sanders');
    expect(quotesOf(lead, Q, "-President Obama, tweeting after Clinton's speech.")[0].speaker).toBe('Obama');
    // A lone word the article never names as a person is no signature: the quote stays with the speaker before it.
    expect(quotesOf(lead, Q, '- Tuesday.')[0].speaker).not.toBe('Tuesday');
  });

  it('reads a name alone after a quoted sentence, with no dash, as an epigraph signed (round 16)', () => {
    const lead = 'And now the Religious Left claims that supporting such a view is the Christian thing to do?';
    const quote = '“The framers meant we were to have freedom of religion, not freedom from religion.”';
    expect(who(quotesOf(lead, `${quote} Rev. Billy Graham`)[0])).toEqual(['Billy Graham', 'named']);
    // Near misses: a name with a clause after it is the next sentence's subject, not a signature.
    const next = quotesOf(lead, `${quote} Martha Allen, a delegate from Vermont, criticized the state’s gun laws.`);
    expect(next[0].speaker).not.toBe('Martha Allen');
  });

  it('reads a name and its descriptors after a quote closed on a comma, with no verb, as its signature (round 19)', () => {
    const lead = 'Bruce Lanni, an analyst at Nollenberger Capital, said the sale was expected.';
    const quotes = quotesOf(
      lead,
      '“Right now the market is just guessing at the liability,” Jay Singhania, a vice president at Westwood Management.',
    );
    expect(who(quotes[0])).toEqual(['Jay Singhania', 'named']);
    // Near miss: a name alone there may open a sentence of its own, and is left to the speaker before.
    expect(quotesOf(lead, '“Right now the market is just guessing,” Jay Singhania.')[0].speaker).not.toBe(
      'Jay Singhania',
    );
  });

  it('takes a known given name on its own', () => {
    expect(who(quotesOf(`${Q} —Maria, 34, Miami`)[0])).toEqual(['Maria', 'named']);
  });

  it('does not take a narrative dash, a name in a clause or a photo credit for a signature', () => {
    expect(quotesOf(`${Q} — and that was all the town talked about for weeks.`)[0].speaker).toBeNull();
    expect(quotesOf(`${Q} — Maria Lopez and the others who had heard it before.`)[0].speaker).toBeNull();
    expect(quotesOf(`${Q} (Getty Images)`)[0].speaker).toBeNull();
    expect(quotesOf(Q, '— Human Rights Watch, New York')[0].speaker).toBeNull();
  });

  it('does not read a dash line under a paragraph that goes on after its quote', () => {
    const quotes = quotesOf(`${Q} The crowd cheered and the band played on.`, '— Maria Lopez, 34, Miami');
    expect(quotes[0].speaker).not.toBe('Maria Lopez');
  });
});

describe('an embedded post signed below its text', () => {
  it('reads the account’s name from the post’s signature line, a person’s or a body’s', () => {
    expect(postSignature('— Troy Hunt (@troyhunt) December 29, 2014')).toBe('Troy Hunt');
    expect(postSignature('— Scottish Government (@scotgov) 29 December 2014')).toBe('Scottish Government');
    expect(postSignature('— and then he left (@home)')).toBeNull();
    expect(postSignature('— Troy Hunt, who wrote it')).toBeNull();
  });

  it('quotes the post in a block quote with its signature, by its account (round 17, Daily Star)', () => {
    const quotes = findQuotes(
      [
        { text: 'The Scottish Government said the risk was low.', start: 0 },
        {
          text: 'Ebola case. Public health experts have emphasised risks are negligible. Helpline: 08000 858 531',
          start: 60,
          blockQuote: true,
        },
        { text: '— Scottish Government (@scotgov) December 29, 2014', start: 200, blockQuote: true },
      ],
      'en',
    );
    expect(quotes.map(who)).toEqual([['Scottish Government', 'named']]);
    // Near miss: the same block quote with no signature and no lead-in quotes nobody.
    expect(
      findQuotes(
        [
          { text: 'The Scottish Government said the risk was low.', start: 0 },
          {
            text: 'Ebola case. Public health experts have emphasised risks are negligible.',
            start: 60,
            blockQuote: true,
          },
        ],
        'en',
      ),
    ).toEqual([]);
  });
});

describe('a block quote its lead-in introduces (round 23, a blog)', () => {
  const quoted = (lead: string, block: string) =>
    findQuotes(
      [
        { text: lead, start: 0 },
        { text: block, start: lead.length + 1, blockQuote: true },
      ],
      'en',
    );
  const BLOCK =
    'The only choice you get in this matter (aside from the wholly valid “not buying it” choice) is which one.';

  it('is quoted whole, marks inside it being quotations within it', () => {
    expect(quoted('Jerry Holkins of Penny Arcade writes:', BLOCK).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual(
      [['The only choice you ', 'Jerry Holkins']],
    );
  });

  it('is the words of whom the writer lets speak, and a nickname in brackets is no part of the speaker', () => {
    expect(
      quoted(
        'I’ll let Curt Schilling, the founder of the studio, explain what he sees the purpose of the pass as:',
        BLOCK,
      )[0].speaker,
    ).toBe('Curt Schilling');
    expect(quoted('Jerry Holkins (Tycho) of Penny Arcade writes:', BLOCK)[0].speaker).toBe('Jerry Holkins');
  });
});

describe('a signature before the quote', () => {
  it('reads a lead-in line of a name and descriptors ending in a colon', () => {
    expect(who(quotesOf('Maria Lopez, 34, a teacher in Miami:', Q)[0])).toEqual(['Maria Lopez', 'named']);
    expect(who(quotesOf(`Maria Lopez, 34, a teacher in Miami: ${Q}`)[0])).toEqual(['Maria Lopez', 'named']);
  });

  it('reads a title and a party label before the colon', () => {
    const quotes = quotesOf('Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."');
    expect(who(quotes[0])).toEqual(['Trey Gowdy', 'named']);
  });

  it('gives each quote of a vox pop its own signature', () => {
    const quotes = quotesOf(
      'Maria Lopez, 34, a teacher in Miami:',
      Q,
      'Tom Baker, 61, a retired pilot:',
      '“Nobody asked me what I thought about any of it, and nobody will.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Lopez', 'Tom Baker']);
  });
});

describe('signatureName', () => {
  it.each([
    ['Maria Lopez, 34, Miami', 'Maria Lopez'],
    ['Jo M. Lee, 52, Lee County, Fla.', 'Jo M. Lee'],
    ['Maria Lopez (34, Miami)', 'Maria Lopez'],
    ['Donald Trump, in a tweet', 'Donald Trump'],
    ['Rep. Trey Gowdy (R-S.C.):', 'Trey Gowdy'],
    ['President Obama, tweeting after the speech', 'Obama'],
    ['Sen. Grassley, in a statement', 'Grassley'],
  ])('names the person in %j', (line, name) => {
    expect(signatureName(line)).toBe(name);
  });

  it.each([
    'Associated Press',
    'Getty Images',
    'Reuters/Getty Images',
    'Human Rights Watch',
    'Lee County, Fla.',
    'The White House, in a statement',
    'Federal Reserve Bank, New York',
    'Reuters',
    'Ada Lee, who was there',
    'Ada Lee said she was tired',
    'Minister',
    'Sanders',
  ])('names no person in %j', (line) => {
    expect(signatureName(line)).toBeNull();
  });
});
