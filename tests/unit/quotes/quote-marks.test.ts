/** Pairing quotation marks: each mark style, nesting, quotes left open, and apostrophes that are not marks. */
import { describe, expect, it } from 'vitest';
import { carriedOver, opensWithQuote, pairQuoteMarks } from '../../../lib/core/quotes/quote-marks';

/** The quoted words of each top-level span. */
const quoted = (text: string) => pairQuoteMarks(text).spans.map((s) => text.slice(s.start, s.end));

describe('pairQuoteMarks', () => {
  it('pairs curly double marks', () => {
    expect(quoted('“We will win,” she said. “No doubt.”')).toEqual(['We will win,', 'No doubt.']);
  });

  it('pairs straight double marks by the side they stand on', () => {
    expect(quoted('"It is late," he said, "and cold."')).toEqual(['It is late,', 'and cold.']);
    expect(quoted('The 12" pipe burst.')).toEqual([]);
  });

  it('reads feet and inches written with marks as no closing mark', () => {
    expect(quoted('“I admit, he’s taller than me; he’s like 6’2”,” Rubio said.')).toEqual([
      'I admit, he’s taller than me; he’s like 6’2”,',
    ]);
    expect(quoted('"He is 5\'10" and fast," Lee said.')).toEqual(['He is 5\'10" and fast,']);
  });

  it('pairs two straight single marks as a double quote, as typewriter text and some archives write it', () => {
    const text = "''It's one thing,'' said Faiza Patel. ''But once you get beyond that, who decides?''";
    const spans = pairQuoteMarks(text).spans;
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "It's one thing,",
      'But once you get beyond that, who decides?',
    ]);
    // The attribution after the closing marks starts clean: no stray mark before "said".
    expect(text.slice(spans[0].markEnd, spans[0].markEnd + 6)).toBe(' said ');
    expect(quoted("''This is less a 'refugee crisis' and more an occupation,'' she wrote.")).toEqual([
      "This is less a 'refugee crisis' and more an occupation,",
    ]);
    // A single quote closed right before the double one.
    expect(quoted("He called it ''the 'refugee crisis''' and left.")).toEqual(["the 'refugee crisis'"]);
    // An empty pair of marks opens nothing.
    expect(quoted("Set the field to '' and save.")).toEqual([]);
  });

  it('pairs guillemets both ways round', () => {
    expect(quoted('Il a dit : « Nous partons. »')).toEqual([' Nous partons. ']);
    expect(quoted('Er sagte: »Wir gehen.«')).toEqual(['Wir gehen.']);
  });

  it('reads a "»" before a space as an arrow, not a reversed opening mark', () => {
    // Round 27 (Le Figaro): "» À lire aussi : …" paired with the « of the linked headline; a breadcrumb too.
    expect(
      quoted('» À lire aussi : Vote sur l’état d’urgence : « Il semblerait que certains ne viennent jamais »'),
    ).toEqual([' Il semblerait que certains ne viennent jamais ']);
    expect(quoted('2010 » Oktober » 26 » Briefe')).toEqual([]);
  });

  it('reads an opening guillemet typed where the closing one belongs (punctuation follows it)', () => {
    // Round 15 (internetactu.net): the second « closed "captologie", so the rest of the paragraph was no quote.
    expect(quoted('l’origine de la « captologie « , l’étude des formes d’influence, et de « ses limites ».')).toEqual([
      ' captologie ',
      ' ses limites ',
    ]);
    // Words after it: a new quotation nested in the open one, as before.
    expect(quoted('Il dit : « Elle a crié « Au feu ! » puis elle est partie. »')).toHaveLength(1);
  });

  it('pairs German low-high marks', () => {
    expect(quoted('Sie sagte: „Das ist gut.“ Dann ging sie.')).toEqual(['Das ist gut.']);
  });

  it('pairs CJK corner brackets', () => {
    expect(quoted('彼は「行きます」と言った。『本』も。')).toEqual(['行きます', '本']);
  });

  it('pairs British single marks and keeps apostrophes inside words', () => {
    expect(quoted('‘It’s Tom’s turn,’ she said.')).toEqual(['It’s Tom’s turn,']);
    expect(quoted("'They owned us' was the headline.")).toEqual(['They owned us']);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(quoted('“They say, ‘Oh my God, you’re doing this?’ ” he said.')).toEqual([
      'They say, ‘Oh my God, you’re doing this?’ ',
    ]);
    expect(quoted('"He called it \'a farce,\' frankly," she said.')).toEqual(["He called it 'a farce,' frankly,"]);
  });

  it('reads two single marks as a double one', () => {
    expect(quoted('“We dedicate ourselves to local creators,’’ says the founder.')).toEqual([
      'We dedicate ourselves to local creators,',
    ]);
    expect(quoted('‘’It’s not a question of who wins.” She left.')).toEqual(['It’s not a question of who wins.']);
  });

  it('ignores a stray opening apostrophe instead of swallowing the paragraph', () => {
    expect(quoted('Back in the ’90s, “it was different,” he said.')).toEqual(['it was different,']);
    expect(quoted("Rock 'n' roll and 'em all")).toEqual([]);
  });

  it('runs a quote left open to the end of the paragraph and says so', () => {
    const text = '“So, what you have is people trying to conclude with lousy information.';
    const { spans, leftOpen } = pairQuoteMarks(text);
    expect(leftOpen).toBe(true);
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
    expect(text.slice(spans[0].start, spans[0].end)).toBe(text.slice(1));
  });

  it('closes a curly opening mark with a straight closing one', () => {
    expect(quoted('It would “endanger the economy," according to CNBC.')).toEqual(['endanger the economy,']);
  });

  it('drops a straight mark never closed when a curly or German quotation opens sentences later', () => {
    expect(quoted('He said "we will win. The team trained all week. “It is great,” she said.')).toEqual([
      'It is great,',
    ]);
    expect(
      quoted('Der Verein spielt "seit 1920 in der Liga. Das Training ist montags. „Wir sind bereit“, sagt er.'),
    ).toEqual(['Wir sind bereit']);
    // Near miss: a straight quotation closed later holds the curly one nested in it.
    expect(quoted('He quoted it: "Nothing was done. “They have not,” he said." Then more.')).toEqual([
      'Nothing was done. “They have not,” he said.',
    ]);
  });
});

describe('opensWithQuote', () => {
  it('sees a paragraph that reopens a running quote', () => {
    expect(opensWithQuote('  “And then we left.”')).toBe(true);
    expect(opensWithQuote('And then “we” left.')).toBe(false);
  });
});

describe('carriedOver', () => {
  it('reads the rest of a quotation the paragraph before left open, up to the mark that closes it', () => {
    const text = 'Nuestra preocupación es que se van a secar”, estimó Chacín.';
    const span = carriedOver(text)!;
    expect(text.slice(span.start, span.end)).toBe('Nuestra preocupación es que se van a secar');
    expect(span.closed).toBe(true);
    const french = 'la règle, c’est la règle », dit-il.';
    const piece = carriedOver(french)!;
    expect(french.slice(piece.start, piece.end).trim()).toBe('la règle, c’est la règle');
  });

  it('finds none where the paragraph opens a quotation of its own before any closing mark, or closes none', () => {
    expect(carriedOver('Il a dit « non » et il est parti.')).toBeNull();
    expect(carriedOver('He said “no” and left.')).toBeNull();
    expect(carriedOver('The meeting ended at noon.')).toBeNull();
  });
});
