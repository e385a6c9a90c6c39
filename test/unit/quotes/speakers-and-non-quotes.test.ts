/**
 * Speakers named right next to a quote in less common ways, follow-on quotes across captions, and quoted words
 * that nobody said (imagined speech, examples, titles, phrases naming a thing).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteDraft } from '../../../src/core/quotes/extract-quotes';
import { isAnonymous } from '../../../src/core/quotes/attribution';

/** Runs the extractor over paragraphs laid end to end, one newline apart. */
function quotesOf(...paragraphs: string[]): QuoteDraft[] {
  let at = 0;
  return findQuotes(
    paragraphs.map((text) => {
      const p = { text, start: at };
      at += text.length + 1;
      return p;
    }),
  );
}

const who = (q: QuoteDraft) => [q.speaker, q.attribution];

describe('speakers next to the quote', () => {
  it('reads the speaker after a phrase the quote runs into: “Q” in that law, X said', () => {
    const [q] = quotesOf('“We must pay attention to what is written” in that law, Azzouz said.');
    expect(who(q)).toEqual(['Azzouz', 'named']);
  });

  it('reads "In X’s words" and "in the words of X"', () => {
    expect(quotesOf('In Dr. Shadlen’s words, “The brain is a machine for deciding under doubt.”')[0].speaker).toContain(
      'Shadlen',
    );
    expect(quotesOf('In the words of Ada Lee: “Nothing about this was ever an accident at all.”')[0].speaker).toBe(
      'Ada Lee',
    );
  });

  it('reads perfect forms: "X had written", "As X has written"', () => {
    expect(quotesOf('Lorenz had written, “Does the flap of a wing set off a tornado in Texas?”')[0].speaker).toBe(
      'Lorenz',
    );
    expect(quotesOf('As Howard Gleckman has written, “The plan would cut revenue by trillions.”')[0].speaker).toBe(
      'Howard Gleckman',
    );
  });

  it('takes the lead of "X and his team wrote in the paper:", not the paper', () => {
    const [q] = quotesOf('Ada Okafor and her team wrote in the paper: “These results show that the effect is real.”');
    expect(who(q)).toEqual(['Ada Okafor', 'named']);
  });

  it('takes the speaker, not the listener, of "told X," and "telling reporters,"', () => {
    const [told] = quotesOf(
      'Former envoy John Bolton told radio host Matt Boyle, “The campaign is in deep trouble now.”',
    );
    expect(told.speaker).toContain('John Bolton');
    const [telling] = quotesOf(
      'Weaver was unimpressed, telling reporters, “A lot of people said he should step down.”',
    );
    expect(telling.speaker).toBe('Weaver');
  });

  it('reads a name standing as a label before a colon', () => {
    const [q] = quotesOf('Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one, keep calling.”');
    expect(who(q)).toEqual(['Carl Bialik', 'named']);
  });
});

describe('follow-on quotes across captions', () => {
  it('continues the speaker across a paragraph that quotes and names nobody', () => {
    const quotes = quotesOf(
      'Tottenham said in a statement:',
      '“The club is aware of the incident and is working with the police on it.”',
      'A view of the stadium from the north stand (Getty Images)',
      '“We will not tolerate any form of discrimination at our stadium ever.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tottenham', 'Tottenham']);
  });

  it('does not continue across a paragraph that names someone else', () => {
    const quotes = quotesOf(
      'Tottenham said in a statement:',
      '“The club is aware of the incident and is working with the police on it.”',
      'Manager Ange Postecoglou has been at the club since 2023 and coaches the first team.',
      'The stadium holds sixty thousand.',
      '“We will not tolerate any form of discrimination at our stadium ever.”',
    );
    expect(quotes[1].speaker).not.toBe('Tottenham');
  });
});

describe('quoted words nobody said', () => {
  it('drops imagined and hypothetical speech', () => {
    expect(quotesOf('He stared at me as if to say “You think you got me? You have no idea who I am.”')).toEqual([]);
    expect(quotesOf('Ask yourself: “Would I say this to a friend who made the same mistake?”')).toEqual([]);
    expect(quotesOf('You might say “I am not sure that this is the right way to go about it.”')).toEqual([]);
  });

  it('marks a title kept with the sentence’s comma as name-like', () => {
    const [q] = quotesOf('His film “Once Upon A Time in Hollywood,” opened in July to strong reviews.');
    expect(q.nameLike).toBe(true);
  });

  it('marks a short phrase modifying the noun after it as name-like, but not a clause ending in a comma', () => {
    const [phrase] = quotesOf('They described a “deep and sincere” bond between the two countries.');
    expect(phrase.nameLike).toBe(true);
    const [clause] = quotesOf('He called it a “fundamental mistake,” made by some on the Right.');
    expect(clause.nameLike).toBeFalsy();
  });

  it('keeps an ordinary quotation that is not name-like', () => {
    const [q] = quotesOf('“We will appeal the ruling next week,” Daniel Okafor said.');
    expect(q.nameLike).toBeFalsy();
  });
});

describe('spokespeople of a body', () => {
  it('treats a spokesperson of a named or named-by-kind body as on the record', () => {
    expect(isAnonymous('A company spokesperson')).toBe(false);
    expect(isAnonymous('a spokesman for the agency')).toBe(false);
    expect(isAnonymous('a spokeswoman for CBP')).toBe(false);
  });

  it('keeps a bare spokesperson and plain officials anonymous', () => {
    expect(isAnonymous('a spokesman')).toBe(true);
    expect(isAnonymous('officials')).toBe(true);
    expect(isAnonymous('a source')).toBe(true);
  });
});
