/**
 * The speaker mechanisms added from the error analysis of PolNeAR's train split (issue 7): inverted reported
 * speakers, people recognised by their apposition, pronouns after a newly introduced person, the shape
 * "“Q,” X <any verb>", epithets against bare roles, and a named owner's office.
 */
import { describe, expect, it } from 'vitest';
import { reportedSpeakers } from '../../../lib/core/quotes/attribution';
import { peopleOf, quotesOf, who } from './quotes-of';

describe('reported speakers whose verb comes first', () => {
  it('takes "..., said X, a demographer" as the speaker a following "he said" continues', () => {
    const quotes = quotesOf(
      'Donald Trump spoke in Iowa on Monday.',
      'The appeal was to an era when the population was overwhelmingly white, said Alan Abramowitz, a demographer at Emory University. "He is trying to appeal to a sense of displacement," he said.',
    );
    expect(who(quotes[0])).toEqual(['Alan Abramowitz', 'named']);
  });

  it('does not read a clause after "says" as its subject', () => {
    const found = reportedSpeakers(
      'Toronto retiree Doug Purdy, who lost 16 lbs. between May and October, says the program changed his life.',
    ).map((r) => r.cue.phrase);
    expect(found).not.toContain('the program changed his life');
    expect(reportedSpeakers('The vote was lost, said Alan Abramowitz, a demographer.')[0].cue.phrase).toBe(
      'Alan Abramowitz',
    );
  });
});

describe('people the article introduces', () => {
  it('knows a name with an age in apposition is a person, and gives "he" to him rather than to a woman', () => {
    const quotes = quotesOf(
      '"We have bigger problems in life than focusing on somebody\'s gender," says Gloria Garcia, a nurse.',
      'Franson Reneus, 18, from Lee County, Fla., disagrees. "I could say I identify as anything and it does not mean that I am it," he says.',
    );
    expect(quotes[1].speaker).toBe('Franson Reneus');
  });

  it('never gives "he" to the speaker before when she is a woman and nobody else is named', () => {
    const quotes = quotesOf(
      '"We have bigger problems in life than this," says Gloria Garcia, a nurse.',
      'Others disagree. "I could say I identify as anything at all," he says.',
    );
    expect(quotes[1].speaker).not.toBe('Gloria Garcia');
  });

  it('takes a surname the article only uses alone before "said" for a person, but not a place', () => {
    const people = peopleOf('Cruz said he would win.', 'Voters in Iowa are tired.', 'Iowa said no to him.');
    expect(people.fullName('Cruz')).toBe('Cruz');
    expect(people.fullName('Iowa')).toBeNull();
  });

  it('reads "McConnell spokesman Don Stewart" as Stewart speaking, not McConnell', () => {
    const quotes = quotesOf(
      'Mitch McConnell has said little.',
      'McConnell spokesman Don Stewart would not say when the Senate will vote. "I don’t have any new announcements yet," he said.',
    );
    expect(quotes[0].speaker).toBe('Don Stewart');
  });
});

describe('the shape of an attribution', () => {
  it('reads "“Q,” Toomey fumed" with a verb no list holds', () => {
    const [q] = quotesOf('"That would have been a demonstration of good faith," Toomey fumed on Tuesday.');
    expect(who(q)).toEqual(['Toomey', 'named']);
  });

  it('does not read a linking verb as an attribution', () => {
    const [q] = quotesOf('"The plan is dead on arrival," the memo seems to suggest to readers.');
    expect(q.speaker).not.toBe('the memo');
  });

  it('takes the name after a long description: "Sanders’s campaign manager, Jeff Weaver, said"', () => {
    const [q] = quotesOf(
      '"By December, when we were looking down the road, things changed," Sanders\'s campaign manager, Jeff Weaver, said in an interview.',
    );
    expect(q.speaker).toBe('Jeff Weaver');
  });

  it('lets a named owner’s office speak: "Powell’s office said"', () => {
    const [q] = quotesOf(
      '"He did write former Secretary Clinton an email memo," Powell\'s office said in a statement.',
    );
    expect(who(q)).toEqual(["Powell's office", 'named']);
  });

  it('gives a quote inside a sentence with no cue of its own to that sentence’s subject', () => {
    const quotes = quotesOf(
      'Jake Sullivan forwards an article in May 2012 that included the line "Ever since President Obama announced a pivot to Asia, things have changed."',
    );
    expect(quotes[0].speaker).toBe('Jake Sullivan');
  });

  it('skips a sentence adverb before the subject: "Recently, Herman Cain, the pizza maven, said"', () => {
    const quotes = quotesOf(
      'Recently, Herman Cain, the pizza maven and former candidate, said refugees are a risk. "So they can be planted among us," he said.',
    );
    expect(quotes[0].speaker).toBe('Herman Cain');
  });
});

describe('descriptions', () => {
  it('resolves an epithet to the person just named', () => {
    const quotes = quotesOf(
      'Mark Espinos opened the store last year.',
      '"You are talking about one genre only," points out the laid-back Cambridge resident.',
    );
    expect(quotes[0].speaker).toBe('Mark Espinos');
  });

  it('keeps a bare role as written: "the judge" may be someone new', () => {
    const quotes = quotesOf(
      'Ben Brafman argued for his client.',
      '"Everything that you have said and everything that I have said," the judge exclaimed, "has totally overlapped."',
    );
    expect(quotes[0].speaker).toBe('the judge');
  });
});
