/**
 * Who said it: speech verbs before and after the quote, pronouns and descriptions resolved to the person named
 * before, follow-on quotes, anonymous sources and relays, and marks around names and titles that are no quotes.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-of';

describe('speech verb positions', () => {
  it('reads the speaker after the verb: "Q," said X', () => {
    const [q] = quotesOf('“The plan is dead,” said Maria Lopez, the council’s finance chair.');
    expect(who(q)).toEqual(['Maria Lopez', 'named']);
  });

  it('reads the speaker before the verb: "Q," X said', () => {
    const [q] = quotesOf('“We will appeal,” Daniel Okafor said on Tuesday.');
    expect(who(q)).toEqual(['Daniel Okafor', 'named']);
  });

  it('skips an appositive between the speaker and the verb', () => {
    const [q] = quotesOf('“Prices will fall,” Anna Berg, an economist at the central bank, told reporters.');
    expect(who(q)).toEqual(['Anna Berg', 'named']);
  });

  it('reads a speaker introduced before the quote: X said: "Q"', () => {
    const [q] = quotesOf('Mayor Tom Hardy said in a statement: “The bridge will reopen next week.”');
    expect(q.speaker).toContain('Tom Hardy');
    expect(q.attribution).toBe('named');
  });

  it('reads "according to X"', () => {
    const [q] = quotesOf('The mill will close, “effective immediately, for good,” according to Northern Paper Co.');
    expect(q.speaker).toContain('Northern Paper');
  });

  it('prefers a name in apposition to a description: says her partner, Jo Reyes', () => {
    const [q] = quotesOf('“Nobody prints fewer than a thousand copies,” says Campbell’s partner, Jo Reyes.');
    expect(q.speaker).toBe('Jo Reyes');
  });

  it('prefers the name after a capitalised role of someone’s, and keeps it when where they work follows (round 19)', () => {
    const [q] = quotesOf('“We had to act quickly,” said Sarah’s OB-GYN, Julie Jensen of Edward Hospital.');
    expect(q.speaker).toBe('Julie Jensen');
    const [pincus] = quotesOf(
      '“The odds are more likely than not,” said another leading advocate, Andrew J. Pincus of the law firm Mayer Brown.',
    );
    expect(pincus.speaker).toBe('Andrew J. Pincus');
    // Near miss: an office after the comma is no name.
    const [office] = quotesOf('“We won,” said the spokesman, President of the club.');
    expect(office.speaker).not.toBe('President');
  });
});

describe('pronouns, descriptions and follow-on quotes', () => {
  it('resolves "she" to the woman named before, not the man named after her', () => {
    const quotes = quotesOf(
      'Environment Minister Laura Chen announced the sessions were cancelled after Peter Walsh complained.',
      '“People felt intimidated,” she said.',
    );
    expect(quotes[0].speaker).toBe('Laura Chen');
  });

  it('resolves "he" through the last person reported as speaking', () => {
    const quotes = quotesOf(
      'Martin Doyle said the dairy, along with a credit union run by his father’s friend, Paul Gray, gave the town a boost.',
      '“They brought a lot of jobs,” he said.',
    );
    expect(quotes[0].speaker).toBe('Martin Doyle');
  });

  it('resolves a definite description to the person named before', () => {
    const [q] = quotesOf(
      'I am talking about Alma Ruiz, who moved here from Mexico.',
      '“We only publish local artists,” says the 39-year-old founder of the press.',
    );
    expect(who(q)).toEqual(['Alma Ruiz', 'named']);
  });

  it('gives a follow-on quote the speaker of the quote before it', () => {
    const quotes = quotesOf('“I was clear,” said Doug Miller. “I do not support it at all.”', '“Not now, not ever.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['Doug Miller', 'Doug Miller', 'Doug Miller']);
  });

  it('gives a quote the person the paragraph before reports as speaking', () => {
    const quotes = quotesOf(
      'Chief Eric Stone said the plan had been prepared for weeks.',
      '“This is a very remote area, and we had to be ready for anything.”',
    );
    expect(quotes[0].speaker).toContain('Eric Stone');
  });

  it('expands a surname to the full name given earlier', () => {
    const quotes = quotesOf(
      'Political scientist Hamid Tehrani has studied the city.',
      '“It is a tried method,” Tehrani said.',
    );
    expect(quotes[0].speaker).toBe('Hamid Tehrani');
  });
});

describe('anonymous and missing speakers', () => {
  it('marks unnamed officials as anonymous', () => {
    const [q] = quotesOf('“The talks are over,” one senior official said.');
    expect(who(q)).toEqual(['one senior official', 'anonymous']);
  });

  it('marks a named speaker relayed by unnamed sources as anonymous', () => {
    const [q] = quotesOf(
      '“We can just bomb the labs,” Trump was quoted suggesting during one meeting, according to former defense officials who were there.',
    );
    expect(who(q)).toEqual(['Trump', 'anonymous']);
  });

  it('keeps a spokesperson for a named body on the record', () => {
    const [q] = quotesOf('“No such study exists,” a TransLink spokesperson said.');
    expect(q.attribution).toBe('named');
  });

  it('reports no speaker when nobody is named', () => {
    const [q] = quotesOf('Her message now is simple.', '“Do not share or sell prescriptions, ever, to anyone at all.”');
    expect(who(q)).toEqual([null, 'none']);
  });
});

describe('quotes introduced by a colon', () => {
  it('reads the speaker of "Asked ..., he said:" past the earlier verb', () => {
    const quotes = quotesOf(
      'Dan Ross has lived in a tent since June.',
      'Asked what he would tell the mayor, he said: “Just listen to us, we are people too.”',
    );
    expect(quotes[0].speaker).toBe('Dan Ross');
  });

  it('does not carry the last speaker over to a quote a document introduces', () => {
    const quotes = quotesOf(
      '“We pulled out the carts,” said Helen Marsh.',
      'The town charter opens with a line: “Clean water is everyone’s business, every single day.”',
    );
    expect(quotes.map((q) => q.attribution)).toEqual(['named', 'none']);
  });
});

describe('marks that are not quotations', () => {
  it('skips names, titles and scare-quoted phrases', () => {
    const texts = quotesOf(
      'The “Remain in Mexico” policy stayed, and Joaquín “El Chapo” Guzmán was arrested.',
      'She watched “Face the Nation.” The renovation of the “people’s house,” continued.',
    ).map((q) => q.text);
    expect(texts).toEqual([]);
  });

  it('keeps a short phrase someone is said to have used', () => {
    const [q] = quotesOf('Premier Ana Silva called the allegation “false” on Thursday.');
    expect(q.text).toBe('false');
    expect(q.speaker).toContain('Ana Silva');
  });

  it('skips link teasers and photo captions', () => {
    expect(quotesOf('READ MORE: ‘Still in shock’: woman rejects the findings')).toEqual([]);
    expect(quotesOf('Asked about it, Dan Ross says: ‘Just listen to us.’ (Jane Doe/CBC)')).toEqual([]);
  });
});

describe('quotes over several paragraphs', () => {
  it('gives every piece of a run-on quote the speaker named in its last piece', () => {
    const quotes = quotesOf(
      '“The process is flawed, and everyone in the valley knows it by now.',
      '“People are coming to conclusions with lousy information,” Tom Hinders said.',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Hinders', 'Tom Hinders']);
  });
});

describe('learned cues, indefinite sources and salience', () => {
  it('reads a reporting verb learned from annotated news ("chanted")', () => {
    const [q] = quotesOf('“Lock her up, lock her up now,” chanted Ada Okafor.');
    expect(q.speaker).toBe('Ada Okafor');
  });

  it('takes "one New Hampshire Democrat" for an anonymous source, "a TransLink spokesperson" not', () => {
    expect(quotesOf('“The gap is too wide for her to close,” said one New Hampshire Democrat.')[0].attribution).toBe(
      'anonymous',
    );
    expect(quotesOf('“No such study exists,” a TransLink spokesperson said.')[0].attribution).toBe('named');
  });

  it('gives a pronoun to the person just introduced as a subject, not the speaker of the paragraph before', () => {
    const quotes = quotesOf(
      'Donald Trump said the odds favoured Denver, and Mr. Trump repeated it twice.',
      'Ted Cruz openly admitted his pick was political. “With an eye to February, Carolina,” he said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Ted Cruz');
  });
});

describe('the relay an anonymous quote comes through', () => {
  it('keeps what makes them a source: "people familiar with the talks"', () => {
    const [q] = quotesOf(
      '“There is no deal,” Ada Okafor told colleagues, according to people familiar with the talks.',
    );
    expect(q).toMatchObject({ speaker: 'Ada Okafor', attribution: 'anonymous', via: 'people familiar with the talks' });
  });

  it('keeps every description of a source the same way: "involved in", "knowledgeable about"', () => {
    const [involved] = quotesOf(
      '“There is no deal,” Ada Okafor told colleagues, according to people involved in the talks.',
    );
    expect(involved).toMatchObject({ attribution: 'anonymous', via: 'people involved in the talks' });
    const [knowing] = quotesOf('“It is over,” Ben Cole said, according to officials knowledgeable about the plan.');
    expect(knowing).toMatchObject({ attribution: 'anonymous', via: 'officials knowledgeable about the plan' });
    // A group with no description is relayed as it is.
    const [plain] = quotesOf('“It is over,” Ben Cole said, according to officials.');
    expect(plain).toMatchObject({ attribution: 'anonymous', via: 'officials' });
  });
});
