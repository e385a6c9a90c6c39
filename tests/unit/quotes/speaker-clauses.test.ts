/**
 * Speaker mechanisms from the third error analysis of PolNeAR's train split (issue 7): an attribution that closes
 * the sentence a quote sits inside, a description whose capitalised tail is a preposition's object, a headline that
 * opens with a name and a colon, a conjunction that is nobody, and "X said Monday" as a subject.
 */
import { describe, expect, it } from 'vitest';
import { findSpeakerCue, subjectPhrase } from '../../../lib/core/quotes/attribution';
import { peopleOf, quotesOf } from './quotes-of';

describe('an attribution closing the sentence a quote sits inside', () => {
  it('gives a quoted fragment to the name that closes its sentence', () => {
    expect(findSpeakerCue('Obama ', ' climate change, Axelrod said.', false, false)?.phrase).toBe('Axelrod');
    expect(
      findSpeakerCue(
        '',
        ' by the United States, NATO and other world partners, Clinton said at a town hall on Monday, ',
      )?.phrase,
    ).toBe('Clinton');
  });

  it('reads a description, then a name without its closing comma', () => {
    expect(findSpeakerCue('', ' another friend, Mariam Emara told CNN.', false, true)?.phrase).toBe('Mariam Emara');
  });

  it('does not take a clause that goes on after the verb for an attribution', () => {
    expect(
      findSpeakerCue('Obama ', ' climate change, Axelrod said the president would not be moved on it.', false, false),
    ).toBeNull();
    // A quote that ends its own sentence is not inside the sentence after it.
    expect(findSpeakerCue('', ' and on that, Axelrod said.', true, false)).toBeNull();
  });

  it('attributes the fragment in a paragraph', () => {
    const [q] = quotesOf(
      'David Axelrod worked for the president for years.',
      'Obama "felt a moral obligation to do something about" climate change, Axelrod said.',
    );
    expect(q.speaker).toBe('David Axelrod');
  });
});

describe('a description before a verb', () => {
  it('keeps the description when its capitalised tail is the object of a participle or a preposition', () => {
    expect(findSpeakerCue('Another intelligence source speaking to Fox News said, ', '')?.phrase).toBe(
      'Another intelligence source',
    );
    expect(subjectPhrase('One longtime Democrat with ties to Hillary Clinton')).toBe('One longtime Democrat');
  });

  it('still takes the name after a long title', () => {
    expect(subjectPhrase('University of the North political scientist Ada Okafor')).toBe('Ada Okafor');
  });
});

describe('a headline that opens with a name and a colon', () => {
  it('gives the quoted words to the name', () => {
    expect(findSpeakerCue('Bill Clinton: Hillary ', '')?.phrase).toBe('Bill Clinton');
    expect(findSpeakerCue('OK Gov Fallin: Trump Is ', '')?.phrase).toBe('OK Gov Fallin');
  });

  it('does not read a colon in running prose as a headline label', () => {
    expect(findSpeakerCue('The reason was simple: the voters wanted ', '')).toBeNull();
  });
});

describe('words that are nobody', () => {
  it('never gives a quote to a conjunction alone', () => {
    expect(subjectPhrase('And')).toBeNull();
    expect(subjectPhrase('But Clinton')).toBe('Clinton');
  });
});

describe('a name before "said" and a day', () => {
  it('counts "Ben Carson said Monday" as a subject, so a later epithet stands for him', () => {
    const first = 'Donald Trump plans to help the community, Ben Carson said Monday.';
    const people = peopleOf(first, 'Carson said more.');
    // The last subject of the first paragraph: Ben Carson, not Donald Trump before him.
    expect(people.subjectIn(0, first.length)).toBe('Ben Carson');
  });
});

describe('a clause of its own, then "and" and the speech verb\'s subject', () => {
  it('takes the subject after "and", not a capitalised noun of the clause before', () => {
    const quotes = quotesOf(
      'Drew Gonczi wrote a blog post about the launch.',
      'VCS has an S3-compatible REST API interface and EMC says customers can "deploy web-scale object storage" using this API.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['EMC']);
    // Near miss: a compound subject stays whole, and a relative clause's subject is no speaker of its own.
    expect(findSpeakerCue('Smith and Jones said ', ' today.')?.phrase).toBe('Smith and Jones');
  });
});

describe('a participle after a main clause that follows fronted phrases', () => {
  it('gives the quote to the main clause’s subject, not to the last name of the fronted phrase', () => {
    const cue = (before: string) => findSpeakerCue(before, ' Next sentence.', true, false)?.phrase;
    expect(
      cue(
        'In response to Donald Trump’s proposal to bar Muslims from entering the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: ',
      ),
    ).toBe('Hillary Clinton’s right-hand woman');
    expect(cue('At the rally in Des Moines, Iowa, Sanders attacked the banks, saying: ')).toBe('Sanders');
    // Near miss: an appositive whose -ed word is an adjective before its noun is still an appositive.
    expect(cue('Herman Cain, the newly appointed head, responded on Monday, saying: ')).toBe('Herman Cain');
  });
});
