/**
 * Speaker mechanisms from the second error analysis of PolNeAR's train split (issue 7): a sentence of its own after
 * a quote that ends its sentence, participles whose subject opens the sentence, inverted subjects after any verb,
 * idioms ("as X put it"), descriptions that name someone new, and pronouns that only a person can take.
 */
import { describe, expect, it } from 'vitest';
import { findSpeakerCue } from '../../../lib/core/quotes/attribution';
import { peopleOf, quotesIn, quotesOf, who } from './quotes-of';

describe('a sentence of its own after a quote that ends its sentence', () => {
  it('does not take "X acknowledged that ..." after a question for its speaker', () => {
    const quotes = quotesOf(
      '"There are many who argue that phones are only now exposing what has been happening," the moderator said. "As you know, Mr. Trump, what would you say to them?" Trump acknowledged that a rift does exist between the communities.',
    );
    expect(quotes[1].speaker).not.toBe('Trump');
  });

  it('does not take a verb with an infinitive or a clause after it for an attribution', () => {
    expect(
      findSpeakerCue('', ' The agency declined to publicly detail the focus of its inquiry.', true, false)?.phrase,
    ).toBeUndefined();
    expect(
      findSpeakerCue('', ' The cable indicated 13 security personnel would be the minimum needed.', true, false),
    ).toBeNull();
  });

  it('still reads a short attribution with a place or an audience after it', () => {
    expect(findSpeakerCue('', ' Trump said to a crowd of about 500.', true, false)?.phrase).toBe('Trump');
    expect(
      findSpeakerCue('', ' Dawson shouted, shorthand for taking the fight to the convention.', true, true),
    ).toEqual(expect.objectContaining({ phrase: 'Dawson' }));
  });
});

describe('participles and idioms before the quote', () => {
  it('gives "..., saying," to the subject after a fronted phrase', () => {
    const cue = findSpeakerCue("At Sunday night's debate, Sanders compared himself to Clinton, saying, ", '');
    expect(cue?.phrase).toBe('Sanders');
  });

  it('reads past a fronted phrase that opens on any preposition', () => {
    expect(
      findSpeakerCue(
        'Amid responses from some to create websites that would identify those blacklisted, Matt Walsh provided a justification, saying it is necessary to ',
        '',
      )?.phrase,
    ).toBe('Matt Walsh');
    // The preposition's object is no speaker: with no subject read after it, none.
    expect(
      findSpeakerCue(
        'Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose, saying, ',
        '',
      )?.phrase,
    ).not.toBe('Alongside BLM');
  });

  it('gives "upon saying," to the subject that opens the sentence', () => {
    const cue = findSpeakerCue(
      'Silverman, herself a Sanders supporter during the primary, incurred a wave of boos upon saying, ',
      '',
    );
    expect(cue?.phrase).toBe('Silverman');
  });

  it('reads "As X put it," and a relative "who" without its comma', () => {
    expect(findSpeakerCue('As Vulture put it, ', '')?.phrase).toBe('Vulture');
    expect(findSpeakerCue('Among them was this tweet from Rikkie Wells who tweeted, ', '')?.phrase).toBe(
      'Rikkie Wells',
    );
  });

  it('reads "chants rang around" after a quote as a noun and its verb, not a verb and its subject', () => {
    // (Round 32, ESPN: the crowd's chant went to "rang around the stadium".)
    expect(findSpeakerCue('', ' chants rang around the stadium when he was substituted late on')).toBeNull();
    expect(findSpeakerCue('', ' shouts echoed through the hall.')).toBeNull();
    // Near miss: a participle before a name after "says" is the inverted subject's title.
    expect(findSpeakerCue('', ' says retired general Ann Lee.')?.phrase).toBe('Ann Lee');
  });

  it('does not take the object of a verb for its inverted subject', () => {
    expect(findSpeakerCue('Politico reveals a few relevant facts: ', '')?.phrase).not.toBe('a few relevant facts');
    expect(findSpeakerCue('Henry added the caption which reads, ', '')?.phrase).not.toBe('the caption');
  });
});

describe('round 33 (Engadget): openers, absolute clauses, "as X explains"', () => {
  it('never glues a sentence-opening word to a name, nor takes one alone for a speaker', () => {
    const quotes = quotesIn(
      'en',
      'The notice added that Stitcher Studios and its Earwolf comedy network would continue making podcasts. Although Stitcher says its premium content may continue elsewhere, it adds that “hosts/creators will determine availability of their shows.”',
    );
    expect(who(quotes[0])).toEqual(['Stitcher', 'named']);
  });

  it('gives words in an absolute clause ("with founder X encouraging ...") to its subject, and the participle after', () => {
    const quotes = quotesOf(
      'Last year, the company laid off a quarter of its team, with founder Abraham Shafi encouraging employees to “be disciplined,” adding that “most people don’t want to be Olympians.”',
    );
    expect(quotes.map(who)).toEqual([
      ['Abraham Shafi', 'named'],
      ['Abraham Shafi', 'named'],
    ]);
    // Near miss: a verb of saying after the absolute clause has its own subject.
    const other = quotesOf('With Lee looking on, Smith said “we are ready to go today.”');
    expect(who(other[0])).toEqual(['Smith', 'named']);
  });

  it('gives the words of a document no one is said to own to whoever sent it', () => {
    // (Round 33: Reddit's CEO "sent a memo to staff saying" went to "a memo to staff".)
    const quotes = quotesOf(
      'The vow came after CEO Steve Huffman reportedly sent a memo to staff saying Reddit would “get through it” in the end.',
    );
    expect(who(quotes[0])).toEqual(['Steve Huffman', 'named']);
    expect(findSpeakerCue('In selling the courses, Trump released a marketing video that said, ', '')?.phrase).toBe(
      'Trump',
    );
  });

  it('reads a forum or social handle as a speaker ("u/britinsb commented," round 33, Reddit moderators)', () => {
    const quotes = quotesOf(
      'Volunteer mods responded with enthusiasm. For example, u/britinsb commented, “The 48 hours was just the proof of concept. Now for the real pain.”',
      'Meanwhile, u/strolls suggested taking more drastic measures. “I have been thinking that maybe we should stop moderating.”',
    );
    expect(quotes.map(who)).toEqual([
      ['u/britinsb', 'named'],
      ['u/strolls', 'named'],
    ]);
    expect(findSpeakerCue('', ', wrote @jdoe on X.')?.phrase).toBe('@jdoe');
    // Near miss: an e-mail address or a path is no handle.
    expect(findSpeakerCue('Write to news@example.com, ', '')?.phrase).not.toBe('@example.com');
  });

  it('gives a definition to the body that gives it, not to the speaker before (round 32, a French agency)', () => {
    const quotes = quotesOf(
      'For Vice Admiral Arnaud Coustillere, a cyberattack is “a deliberate or malicious action carried out through cyberspace,” he said.',
      'For its part, the National Cybersecurity Agency (ANSSI) defines a cyberattack as “an attempt to damage information systems for a malicious purpose.”',
    );
    expect(who(quotes[1])).toEqual(['the National Cybersecurity Agency', 'named']);
  });

  it('reads "as X explains" after a quote, in the present too', () => {
    const quotes = quotesOf(
      'Initially revealed in 2021, the game follows Jala home. There, she “has to face everything she left behind,” as narrative lead Meghna Jayanth explains.',
    );
    expect(who(quotes[0])).toEqual(['Meghna Jayanth', 'named']);
  });
});

describe('the verb nearest the quote', () => {
  it('gives the quote to the subject of the verb right before it, not of an earlier one', () => {
    const quotes = quotesOf(
      '“It is misleading to call it an auto bailout,” Axelrod tweeted after Clinton argued for the second consecutive debate that “if everyone had voted as he voted, we would not have an auto industry.”',
    );
    expect(quotes.at(-1)?.speaker).toBe('Clinton');
  });

  it('still reads "X said, adding," and "went on to say" by their finite verb', () => {
    expect(findSpeakerCue('Ryan and Trump will meet next week, Spicer said, adding, ', '')?.phrase).toBe('Spicer');
    expect(findSpeakerCue('The email went on to say, ', '')?.phrase).toBe('The email');
  });

  it('never reads a "why" clause after a verb as its subject', () => {
    const cue = findSpeakerCue(
      'Thiel wrote in a statement to Wired explaining why he is speaking at the convention, ',
      '',
    );
    expect(cue?.phrase).toBe('Thiel');
  });

  it('looks past a sentence adverb to the pronoun it opens with', () => {
    expect(findSpeakerCue('Recently she announced on her Facebook page, ', '')).toEqual(
      expect.objectContaining({ phrase: 'she', pronoun: true }),
    );
  });
});

describe('one speaker, never a clause', () => {
  it('reads "a woman asked for a photo and Clinton said" as Clinton', () => {
    expect(findSpeakerCue('At one point, a woman asked for a photo and Clinton said, ', '')?.phrase).toBe('Clinton');
  });

  it('ends a name before the verb its sentence runs on with', () => {
    const quotes = quotesOf(
      'Jeff Weaver runs the campaign. Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling reporters, “A lot of people said the governor should step down.”',
    );
    expect(quotes[0].speaker).toBe('Jeff Weaver');
  });

  it('gives a participle after the quote to the subject that opens the sentence', () => {
    const cue = findSpeakerCue(
      'Donald Trump has delivered an impassioned defense of ',
      ' saying the city embodied the spirit of America.',
    );
    expect(cue?.phrase).toBe('Donald Trump');
  });
});

describe('subjects after the quote', () => {
  it('reads an inverted subject after any verb closing the sentence', () => {
    expect(findSpeakerCue('', ' reacted Trump.', true, false)?.phrase).toBe('Trump');
    expect(findSpeakerCue('', ' reads a sign.', false, true)?.phrase).toBe('a sign');
  });

  it('takes a description opened by a demonstrative for a speaker', () => {
    expect(findSpeakerCue('', ' this source told the Post.', true, false)?.phrase).toBe('this source');
  });
});

describe('who a description or a pronoun stands for', () => {
  it('keeps "the senior Cruz adviser" as someone new, not the person named just before', () => {
    const quotes = quotesOf(
      'Ted Cruz met senators on Tuesday. Committee chairman Roger Wicker said he expects Cruz to help.',
      '"I think politicians are practical people," said the senior Cruz adviser.',
    );
    expect(quotes[0].speaker).toBe('the senior Cruz adviser');
  });

  it('takes the person before a "with" phrase, not the body after it, for the speaker', () => {
    const quotes = quotesOf(
      'Jo Baxter with the Atlantic Regional Health Authority says there are many reasons for the delays.',
      '"The emergency department cares for the sickest patient first, whoever came in before them."',
      'But she says the delays are a symptom of a system that is not working.',
      '"It is taking us far too long to move patients to other beds in a timely way."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jo Baxter', 'Jo Baxter']);
  });

  it('keeps "the ad’s narrator" as the speaker rather than the person named before', () => {
    const quotes = quotesOf(
      'The group attacked Hillary Clinton in a new ad on Christmas Eve.',
      '"’Twas the morning of Christmas and all through the land," says the ad’s narrator, going on to detail more.',
    );
    expect(quotes[0].speaker).toBe('the ad’s narrator');
  });

  it('takes a full name that opens a sentence, then "she", for a person whatever her given name', () => {
    const quotes = quotesOf(
      'Dahlys Hamilton is listed as the chairman. Recently she announced on her Facebook page, in all capital letters, "I am getting off the train and on to the Trump train now."',
    );
    expect(quotes[0].speaker).toBe('Dahlys Hamilton');
  });

  it('knows a given name alone in apposition ("his wife, Jane,") for a person', () => {
    const quotes = quotesOf(
      'Bernie Sanders campaigned in New York. On CNN Tuesday, his wife, Jane, called for an open primary process. "Shutting people out of the process is wrong," she said.',
    );
    expect(who(quotes[0])).toEqual(['Jane', 'named']);
  });

  it('gives "she" to a woman rather than to a man whose given name it does not know', () => {
    const text = 'Wendy Sherman sent the message about the plane to Denis McDonough. McDonough replied at once.';
    expect(peopleOf(text).resolve(text.length, 'she')).toBe('Wendy Sherman');
  });

  it('never gives "she" to an acronym or a group that spoke before', () => {
    const quotes = quotesOf(
      'Walz approaches it more diplomatically. She said she would rather see the money spent on the election.',
      '"Charter schools work for families," said Massachusetts DFER in a statement.',
      '"They are trying to defeat opportunity for kids," she said.',
    );
    expect(quotes[0].speaker).toBe('Massachusetts DFER');
    expect(quotes[1].speaker).not.toBe('Massachusetts DFER');
  });

  it('finds the subject after an opening participle clause, past an adverb before its verb (round 22)', () => {
    const quotes = quotesOf(
      'Skipping over the awkward moments in a very public, and at times visibly flawed, marriage, Clinton instead said: “I married my best friend,” recalling two failed proposal attempts.',
    );
    expect(quotes[0].speaker).toBe('Clinton');
  });

  it('takes the name after a role noun that opens the sentence, not the capitalised modifier (round 22)', () => {
    const quotes = quotesOf(
      'Oscar winner Meryl Streep signed off the night by asking: “What does it take to be the first female anything?”',
    );
    expect(quotes[0].speaker).toBe('Meryl Streep');
  });

  it('takes the name an inverted subject describes ("said a clearly infatuated and somewhat awed Clinton")', () => {
    const quotes = quotesOf(
      '“The first time I saw her was in a class on political and civil rights,” said a clearly infatuated and somewhat awed Clinton.',
      '“We will keep the plant open,” said a spokesman for Apple.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Clinton', 'a spokesman for Apple']);
  });

  it('gives the words to whom a sentence opens by quoting ("To quote The Economist, “Q”", round 23)', () => {
    const quotes = quotesOf(
      'Health care is the obvious problem. To quote The Economist, “Those who live in America know that its health care is expensive.”',
      'To quote Richard Dawkins, it is surprising that the US, “founded in secularism, is so much more religious than Europe.”',
      'To quote Lee, Smith said that the plan is “a failure from start to finish.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['The Economist', 'Richard Dawkins', 'Smith']);
  });

  it('never takes a title after "The" for "she", nor an opening infinitive for a speaker (round 23)', () => {
    const quotes = quotesOf(
      'To quote The Economist, “Those who live in America know that its health care is expensive.”',
      'A woman at a party once talked to me about her job in architecture. She asked, “How many do you get done in a day?”',
      'To say that entirely removing the used market “won’t kill” consumers strikes me as extreme.',
    );
    expect(quotes[1].speaker).not.toBe('The Economist');
    expect(quotes.map((q) => q.speaker)).not.toContain('To');
  });

  it('never takes the writer for "he" or "she" (round 23)', () => {
    const quotes = quotesOf('In my column I wrote, “The plan will fail.” She replied, “No, it will not.”');
    expect(quotes.map((q) => q.speaker)).toEqual(['I', null]);
  });

  it('reads "would reply" as speech, and "he or she" as someone of a kind the article does not name (round 23)', () => {
    const quotes = quotesOf(
      'Ada Lee met the voters. Asked about the plan, she would reply “It is a good plan for the city.”',
      'When I told a customer that I was enrolled, he or she would reply “Oh, I always have so much trouble.”',
    );
    expect(quotes.map(who)).toEqual([
      ['Ada Lee', 'named'],
      [null, 'none'],
    ]);
  });

  it('takes no name from the writer’s contractions ("Perhaps I’m", "I’ve", round 23)', () => {
    const quotes = quotesOf(
      'I’ve wondered if it would make a good sheet cake (it does!). But mostly I’ve bitten my tongue/sat on my hands/just tried to leave a good thing as a good thing. “Less is more!” or some other lesson I’ve struggled to learn. And then one day I was short on sour cream.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
