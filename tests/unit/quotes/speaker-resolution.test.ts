/**
 * Speaker mechanisms that generalise (issue 7, second pass on PolNeAR's train split): who a pronoun stands for
 * (subjects that open their sentence, a name's role in its clause, given names the phrase tables also list, people
 * only ever named by surname), cues that belong to the next quotation, speakers named after a long appositive,
 * and phrases that can never name a speaker.
 */
import { describe, expect, it } from 'vitest';
import { findSpeakerCue, isSpeakerPhrase, reportedSpeakers } from '../../../lib/core/quotes/attribution';
import { peopleOf, quotesIn, quotesOf, who } from './quotes-of';

describe('people the index knows', () => {
  it('reads a name glued to the photo credit before it ("Carolyn SilveiraSara Horowitz") from its given name', () => {
    // (Round 25, NYT: the caption's spans had no space between credit and name, and eight quotes went to the fused
    // name.)
    const people = peopleOf(
      'Carolyn SilveiraSara Horowitz, the founder of the Freelancers Union, at its office in Brooklyn.',
      'Horowitz says the union will open a second clinic next year.',
    );
    expect(people.fullName('Horowitz')).toBe('Sara Horowitz');
    // Near miss: a double given name written as one word stays whole.
    expect(peopleOf('KellyAnne Conway said the campaign was ready.').fullName('Conway')).toBe('KellyAnne Conway');
  });

  it('reads a name glued to a hidden caption label ("Media captionJessica Leeds"), for the speaker and her gender', () => {
    // (Round 30, BBC: the off-screen label "Media caption" has no space after it; her quote went to "Media
    // captionJessica Leeds", and the "he said" after it to her, as the index knew no woman there.)
    const quotes = quotesOf(
      'Mr Trump told a rally in West Palm Beach these stories were false.',
      'Media captionJessica Leeds told the New York Times Donald Trump\'s hands "were all over me"',
      'The media, he said, "will seek to destroy your career and your family".',
    );
    expect(who(quotes[0])).toEqual(['Jessica Leeds', 'named']);
    expect(who(quotes[1])).toEqual(['Donald Trump', 'named']);
    // Near miss: a lowercase prefix of three letters or fewer is part of the word ("deGrasse"), not a label.
    expect(peopleOf('Neil deGrasse Tyson said the sky was dark.').fullName('Tyson')).toBe('Tyson');
  });

  it('gives a quote to the namesake just named speaking, not to the first person of that surname', () => {
    // (Round 32, a Venezuelan local paper: "Jeikel Martínez aclaró que ... “Q”" went to Gabriel Martínez.)
    const first = 'Gabriel Martinez said the garbage truck used to pass through the area. “The truck has not come.”';
    for (const given of ['Maria', 'Jeikel']) {
      const quotes = quotesOf(
        first,
        `${given} Martinez explained that drivers add to the filth on this street. “The garbage has always been there.”`,
      );
      expect(who(quotes[1])).toEqual([`${given} Martinez`, 'named']);
    }
    // Near miss: a namesake who is only mentioned leaves "he" to the man who spoke.
    const quotes = quotesOf(
      first,
      'His daughter Maria Martinez runs the shop next door. “We pay a private truck now,” he said.',
    );
    expect(who(quotes[1])).toEqual(['Gabriel Martinez', 'named']);
  });

  it('never gives "he" to a place of two words the article writes "in" before (round 34, Reuters: "Hong Kong")', () => {
    const quotes = quotesIn(
      'en',
      'The comments were the most detailed yet from a Chinese official on the case that has alarmed many in Hong Kong and sparked a string of protests.',
      'Wang Zhenmin, the recently appointed legal affairs chief of Beijing’s office in Hong Kong, said that no Chinese law enforcers could take action in the city under the “one country, two systems” formula that govern Hong Kong’s relations with Beijing.',
      'The five men are widely thought to have been taken by agents working for the mainland in a breach of the wide freedoms and autonomy Hong Kong was promised as part of its handover from British to Chinese rule in 1997.',
      '“We are very concerned about the legal case,” he told a university conference.',
    );
    expect(who(quotes[1])).toEqual(['Wang Zhenmin', 'named']);
  });

  it('knows a surname used alone as a person when a verb of saying follows it, "stated" and "noted" too', () => {
    // (PolNeAR train: "he added" went to the spokesman quoted two paragraphs up, as "Obama" was no one.)
    const quotes = quotesOf(
      'Clinton campaign spokesman Brian Fallon responded on Twitter, calling the charge “pathetic.”',
      'Obama also addressed the concerns last Thursday, stating that local authorities are in charge of the election.',
      '“We do take seriously our responsibilities to monitor the vote,” he added.',
      '“If we see signs that a machine is vulnerable, we inform those authorities,” Obama stated.',
    );
    expect(who(quotes[1])).toEqual(['Obama', 'named']);
    expect(peopleOf('The vote, Carter noted, was close.').fullName('Carter')).toBe('Carter');
  });

  it('keeps a given name the phrase tables list as a common word: Bill Clinton is a person', () => {
    const quotes = quotesOf(
      'Former President Bill Clinton took the stage before a crowd of supporters in Des Moines.',
      '"I have known her for forty years," he said.',
    );
    expect(who(quotes[0])).toEqual(['Bill Clinton', 'named']);
  });

  it('keeps a surname the phrase tables list as a common word after a given name: Jennifer Green', () => {
    const quotes = quotesOf(
      'Jennifer Green, director of the literacy program, said she encourages participants to share ideas. "This is a way to do theology," she said.',
    );
    expect(who(quotes[0])).toEqual(['Jennifer Green', 'named']);
  });

  it('takes a lone name given an age ("Shelim, 21, lives ...") for a person the next "he" may stand for', () => {
    // (Round 25, BBC: his words went to the man quoted in the paragraphs before.)
    const quotes = quotesOf(
      '“About 80% have been coerced into marriage,” said Fazal Mahmood, who runs a support group.',
      'Shelim, 21, lives in east London with his large family, and has decided to keep his sexuality a secret.',
      '“My relationship with them is not going to be the same,” he said.',
    );
    expect(who(quotes[1])).toEqual(['Shelim', 'named']);
    // Near miss: a month before a day and a year ("born Sept, 26, 2014") is no one.
    expect(peopleOf('Her first child, a girl, was born Sept, 26, 2014, in New York.').fullName('Sept')).toBeNull();
  });

  it('takes a word after an honorific for a surname, whatever else it means ("Mr. Day")', () => {
    // (Round 25, Globe and Mail: "Mr. Day said ... “Q,” he said" went to the spokesman quoted before.)
    const quotes = quotesOf(
      '“No one has ever sat on that board,” said Erik Waddell, a spokesman for the Treasury Board.',
      'Defending the measures, Mr. Day said the cuts matter because they will keep growing over the years.',
      '“It is future savings,” he said.',
    );
    expect(who(quotes[1])).toEqual(['Day', 'named']);
    // Near miss: the same word with no honorific is no one.
    expect(peopleOf('Day said the cuts matter.', 'Day by day the cuts grew.').fullName('Day')).toBeNull();
  });

  it('takes a surname after a title of address for a person of the gender it gives (round 15, BBC)', () => {
    const letter = (title: string) =>
      quotesOf(
        `But in her letter, ${title} Parminter, chair of the Lords Committee, criticised ministers for not doing more. She told the BBC: "The scheme isn't working as well as it needs to."`,
      );
    expect(who(letter('Baroness')[0])).toEqual(['Parminter', 'named']);
    expect(who(letter('Ms.')[0])).toEqual(['Parminter', 'named']);
    // "Mr." gives the other gender than "she"; a role ("Sen.") gives none, and alone makes no person.
    expect(who(letter('Mr.')[0])).toEqual([null, 'none']);
    expect(who(letter('Sen.')[0])).toEqual([null, 'none']);
  });

  it('gives "it said" to no person: a body spoke, or nobody we can name', () => {
    // Round 15 (The Local): after a person was named, "“…”, it said" went to that person.
    const [letter] = quotesOf(
      'A letter this month from the staff association reflected concerns with Mr. Kim. "We have accepted decades of back-room deals," it said.',
    );
    expect(letter.speaker).not.toBe('Kim');
    const [afterPerson] = quotesOf(
      'Mary Jones said the plan was unfair. “The plan is unworkable and cruel to every family here,” it said.',
    );
    expect(who(afterPerson)).toEqual([null, 'none']);
    // Near miss: a body named before keeps "it".
    const [agency] = quotesOf(
      'The Food Standards Agency issued a warning. “We advise the public not to take any tablets,” it said.',
    );
    expect(who(agency)).toEqual(['The Food Standards Agency', 'named']);
  });

  it('ends a name at the portfolio before it: "Minister of Mines and Steel Development Olamilekan Adegbite"', () => {
    // Round 15 (Fox Business): the speaker was "Steel Development Olamilekan Adegbite".
    const [q] = quotesOf(
      'Minister of Mines and Steel Development Olamilekan Adegbite spoke in Abuja. But according to Adegbite, "This time there is no free lunch," meaning raw exports end.',
    );
    expect(who(q)).toEqual(['Olamilekan Adegbite', 'named']);
  });

  it('reads Earl and Baron as names, not titles: "Rep. Earl Blumenauer", "Martin Baron"', () => {
    const earl = quotesOf('Rep. Earl Blumenauer spoke first. "There is tremendous energy here," he said.');
    expect(who(earl[0])).toEqual(['Earl Blumenauer', 'named']);
    const baron = quotesOf('Editor Martin Baron wrote to the staff. "We intend to cover him fully," he wrote.');
    expect(who(baron[0])).toEqual(['Martin Baron', 'named']);
  });

  it('takes a word that opens sentences as the subject of verbs for a person named only by surname', () => {
    const quotes = quotesOf(
      'Cruz admitted that his pick was politically motivated. "With an eye to Carolina," he said.',
      'Carson defied the question, and didn’t make a choice. "It will either be Denver or Carolina," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Cruz', 'Carson']);
  });

  it('does not take a participle or a plural opening a sentence for a surname', () => {
    const people = peopleOf(
      'Having moved here when he was seven, he grew up in the west end. Republicans warned that he would lose.',
    );
    expect(people.fullName('Having')).toBeNull();
    expect(people.fullName('Republicans')).toBeNull();
  });

  it('keeps a subject a subject past a time phrase and an opening conjunction', () => {
    const first = 'John Kasich met Ted Cruz. Cruz on Friday played down the idea of a deal with Kasich.';
    const second = 'They spoke to Barack Obama. And Obama, for all the progress he made, seems to agree.';
    const people = peopleOf(first, second);
    // The last subject of the first paragraph is Cruz ("Cruz on Friday played"), not Kasich, an object.
    expect(people.subjectIn(first.indexOf('Cruz on'), first.length)).toBe('Ted Cruz');
    // "And Obama, ..." opens its sentence: a subject, though "and" comes before it.
    const at = first.length + 1;
    expect(people.subjectIn(at + second.indexOf('And Obama'), at + second.length)).toBe('Barack Obama');
  });

  it('does not make a name a subject when a verb and the person\'s role come before it ("met candidate X")', () => {
    // (PolNeAR train: "the gambling tycoon told Reuters" went to Trump, taken for the subject of "met ... Trump".)
    const first =
      'Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week.';
    expect(peopleOf(first).subjectIn(first.indexOf('Donald'), first.length)).toBeNull();
    const quotes = quotesOf(
      first,
      'While the mega donor did not disclose his degree of backing, he did say he found Trump to be “very charming.”',
      '“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau.',
    );
    expect(who(quotes.at(-1)!)).toEqual(['Sheldon Adelson', 'named']);
    // Near miss: a name after a verb that has its own subject in between is still a subject ("said Trump won").
    const won = 'Sheldon Adelson said on Friday that presidential candidate Donald Trump won the debate.';
    expect(peopleOf(won).subjectIn(won.indexOf('Donald'), won.length)).toBe('Donald Trump');
  });

  it('does not make a name a subject for the party label after it', () => {
    const people = peopleOf('Reid would not say whether Democrats would rather face Sen. Ted Cruz (R-Texas).');
    expect(people.subjectIn(0, 100)).toBeNull();
  });

  it('reads a name right after a verb in the past tense as its object: "went after Bush"', () => {
    const quotes = quotesOf(
      'Jeb Bush spoke in Salem on Monday.',
      'Speaking at a town hall, Donald Trump went after Bush, calling him a total stiff.',
      'He says, “Here’s a guy, honestly, who would not be hired by anyone.”',
    );
    expect(who(quotes[0])).toEqual(['Donald Trump', 'named']);
  });
});

describe('pronouns by salience', () => {
  it('gives a pronoun to the person whose view the sentence before opens with ("For X,"), not its subject', () => {
    // (PolNeAR train and GGT quotes: the quote went to Williamson, or to the speaker two paragraphs up.)
    const chait = quotesOf(
      'The New Republic’s Jeet Heer sees the piece as a return to aristocratic conservatism. For Jonathan Chait, Williamson is exposing the perverse moral logic of hardline libertarianism. “The marketplace hasn’t failed the white working class,” he mocks.',
    );
    expect(who(chait[0])).toEqual(['Jonathan Chait', 'named']);
    const major = quotesOf(
      '“We have had offices on the ground since last April,” said Stephanie Formas, the campaign’s communications director.',
      'For Gloria Major, a retiree and one of the volunteers at the phone bank, making calls is a way to set an example.',
      '“Bernie has a passionate, motivational speech,” she said.',
    );
    expect(who(major[1])).toEqual(['Gloria Major', 'named']);
    // Near miss: an infinitive opening the sentence ("To get attention back from Schiff,") frames no one's view.
    const schiff = quotesOf(
      'Adam Schiff opened the hearing. To get attention back from Schiff, the front-runners must become shriller, from Warren’s wealth tax to “Medicare for all.”',
    );
    expect(schiff.find((q) => q.text.startsWith('Medicare'))?.speaker ?? null).not.toBe('Adam Schiff');
  });

  it('prefers the subject that opens the sentence, titles and all, to a speaker paragraphs before', () => {
    const quotes = quotesOf(
      'When Robby Mook, Clinton’s campaign manager, was asked about it, he laughed and said, “We’ll see.”',
      'Mook refused to speculate on the events following the election.',
      'Republican presidential nominee Donald Trump has blasted the media for it.',
      'While he was speaking with the press in Miami on Wednesday, he said, “It’s been 235 days.”',
    );
    expect(quotes[1].speaker).toBe('Donald Trump');
  });

  it('resolves a nationality taken as a noun ("the Malawian") to the person just introduced, not a body', () => {
    const quotes = quotesOf(
      'Ellen Mwamulima, a 45-year-old widow and former domestic worker, fled a mob who nearly caught her.',
      '“It’s been very difficult because we lost everything,” the Malawian told Al Jazeera.',
      '“We will respond in due course,” the Vatican said.',
      '“We were told to leave,” the Chinese said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ellen Mwamulima', 'the Vatican', 'the Chinese']);
  });

  it('resolves "she said" to the person a relative "who said" stands for', () => {
    const quotes = quotesOf(
      'Clinton’s position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the emails originated with Clinton.',
      '"It has never made sense to me," she said in a statement.',
    );
    expect(quotes[0].speaker).toBe('Dianne Feinstein');
  });

  it('continues a speaker named after a quotation, its comma blanked with it', () => {
    const quotes = quotesOf(
      'Donald Trump’s misinformation may be "strategic," said Jeffery Hemsley, an assistant professor at Syracuse University. "Each candidate is talking to the base," he said.',
    );
    expect(quotes.at(-1)!.speaker).toBe('Jeffery Hemsley');
  });

  it('never resolves a plural description to one person', () => {
    const quotes = quotesOf(
      'Hillary Clinton gave an economic speech on Monday.',
      '"With this speech, she shows she is serious," the progressive heavyweights wrote in a joint statement.',
    );
    expect(quotes[0].speaker).toBe('the progressive heavyweights');
  });
});

describe('cues read around one quotation', () => {
  it('leaves a new sentence that introduces the next quote to that quote', () => {
    const quotes = quotesOf(
      'Hillary Clinton wrote to her aide Cheryl Mills that evening.',
      'Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Hillary Clinton', 'Cheryl Mills']);
  });

  it('reads a name before an appositive of any length, then the verb', () => {
    const cue = findSpeakerCue(
      '',
      ' Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.',
      false,
      true,
    );
    expect(cue?.phrase).toBe('Harry Bond');
  });

  it('takes the person from "Name of the Organisation" and from a role in lower case before a name', () => {
    expect(
      findSpeakerCue('', ' Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.', true)?.phrase,
    ).toBe('Jeffrey Lewis');
    expect(
      findSpeakerCue('', ' said master of ceremonies Asab Al-Tabchi, a Syrian engineer.', false, true)?.phrase,
    ).toBe('Asab Al-Tabchi');
    expect(findSpeakerCue('', ' said J.J. MacNab, an expert on militias.', false, true)?.phrase).toBe('J.J. MacNab');
  });

  it('reads who was heard saying the words', () => {
    expect(findSpeakerCue('But Phillips said he heard students shout, ', '')?.phrase).toBe('students');
  });

  it('reads a full name right before a colon', () => {
    expect(
      findSpeakerCue("The timing of the surge doesn't surprise Republican pollster Daron Shaw: ", '', true)?.phrase,
    ).toBe('Daron Shaw');
  });

  it('does not take the object of a verb with its own subject for an inverted speaker', () => {
    expect(findSpeakerCue('Then she added a caveat: ', '', true)?.phrase).toBe('she');
  });

  it('cuts a phrase that runs on into its verb: "a reporter can be heard asking"', () => {
    expect(findSpeakerCue('', ' a reporter can be heard asking Trump after an event in Iowa.', true)?.phrase).toBe(
      'a reporter',
    );
  });

  it('reads the subject of the sentence a colon ends, when it names a source', () => {
    expect(findSpeakerCue('A footnote in the report makes that clear: ', '', true)?.phrase).toBe(
      'A footnote in the report',
    );
    expect(findSpeakerCue('Clinton said experts agreed, to which O’Malley interjected: ', '', true)?.phrase).toBe(
      'O’Malley',
    );
    // An abstract noun, or nobody in particular, is not a source.
    expect(
      findSpeakerCue('Governance lassitude was on display when he took to Twitter with this: ', '', true),
    ).toBeNull();
    expect(findSpeakerCue('It was simple: ', '', true)).toBeNull();
    // (Round 25, a blog's front page: "And this:" gave the block quote to "And", "this" read as a verb in -s; a
    // book's title after "in" gave another to "Innovation Renaissance".)
    expect(
      findSpeakerCue('So they sent a team by plane, plus some trudging through the snow. And this: ', ''),
    ).toBeNull();
    expect(findSpeakerCue('As I said in Launching the Innovation Renaissance: ', '')).toBeNull();
    // Near misses: a role before the name, and a title with "of" in it, leave the name the speaker.
    expect(findSpeakerCue('That does not surprise Republican pollster Daron Shaw: ', '')?.phrase).toBe('Daron Shaw');
    expect(findSpeakerCue('Former secretary of state Hillary Rodham Clinton: ', '')?.phrase).toBe(
      'Hillary Rodham Clinton',
    );
  });

  it('reads the name a relative "who" stands for in reported speech', () => {
    const found = reportedSpeakers(
      'The motion was backed by Sen. Dianne Feinstein of California, the ranking Democrat, who said it was fair.',
    );
    expect(found.map((r) => r.cue.phrase)).toContain('Dianne Feinstein');
  });
});

describe('phrases that can name a speaker', () => {
  it('accepts names, descriptions, anonymous sources and pronouns', () => {
    for (const p of ['Jo Lee', 'the mayor', 'officials', 'a spokesman for the campaign', 'she', 'students'])
      expect(isSpeakerPhrase(p), p).toBe(true);
  });

  it('rejects participles, adverbs, lone common nouns, clauses and times', () => {
    for (const p of [
      'saying',
      'citing an instance',
      'so eloquently',
      'term',
      'he welcomed extradition',
      'a day',
      'The',
    ])
      expect(isSpeakerPhrase(p), p).toBe(false);
  });
});

describe('a quote whose own attribution names no one the extractor reads as a speaker', () => {
  const scene = 'Maria Lopez, a teacher, spoke at the rally. “We are tired,” she said.';

  it('gives words "everyone" or "most people" say to that group, unnamed, not to the speaker before', () => {
    const quotes = quotesOf(scene, '“Everyone is scared,” everyone says.', '“It is too late,” most people say.');
    expect(quotes.map(who)).toEqual([
      ['Maria Lopez', 'named'],
      ['everyone', 'anonymous'],
      ['most people', 'anonymous'],
    ]);
  });

  it('gives words the writer\'s father "often said" to him, and the pronoun after to him too', () => {
    const quotes = quotesOf(
      scene,
      '“We live in Satan’s kingdom,” my father often said. He also told me that “terror is the answer.”',
    );
    expect(quotes.map(who).slice(1)).toEqual([
      ['my father', 'named'],
      ['my father', 'named'],
    ]);
  });

  it('leaves "it added" to the body quoted before, as pronoun cues are', () => {
    const quotes = quotesOf(
      '“Louisiana is a red state,” the newspaper admitted. “But its crisis is a call to conscience,” it added.',
    );
    expect(quotes.map(who)).toEqual([
      ['the newspaper', 'named'],
      ['the newspaper', 'named'],
    ]);
  });
});

describe('an "as" clause between two pieces of one quotation', () => {
  it("attributes both pieces to the clause's subject", () => {
    const quotes = quotesOf(
      'The report was blunt. “The city has failed its poorest residents,” as Jane Doe wrote in her column, “and it must now pay for it.”',
    );
    expect(quotes.map(who)).toEqual([
      ['Jane Doe', 'named'],
      ['Jane Doe', 'named'],
    ]);
  });
});

describe("a quote set in the writer's own sentence, with no speech verb", () => {
  it('is not the words of the person the sentence before was about', () => {
    const quotes = quotesOf(
      'Michael Chui chaired the first panel on Tuesday. The four-day conference has 3,500 participants exploring “how the world of work will change in the coming decade.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
    // Near miss: a quote opening the next sentence with no cue of its own still continues the speaker.
    const more = quotesOf('“Automation does reduce labor,” Michael Chui said on Tuesday. “It also frees people up.”');
    expect(more.map((q) => q.speaker)).toEqual(['Michael Chui', 'Michael Chui']);
  });
});

describe("a title before a speaker's name", () => {
  it('is left out of the name, whatever the name', () => {
    const quotes = quotesOf(
      'JFrog cofounder and CTO Yoav Landman said: “We grew fast.”',
      '“It is hard to be the grown-up,” said Representative Steve Cohen.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Yoav Landman', 'Steve Cohen']);
  });
});

describe('an adverb between the speaker and the verb', () => {
  it('is no part of the speaker ("instead says")', () => {
    const [q] = quotesOf(
      'Rather than sell, the business leader instead says he wants the firm to “become as big as they get”.',
    );
    expect(q.speaker).toBe('the business leader');
  });
});

describe('names that are no one in the story', () => {
  it('leaves out an illustrator credited above the story', () => {
    const quotes = quotesOf(
      'Illustration by Mark Matcho',
      '“Don’t take anything that happens to you there personally,” the woman at the local chamber of commerce says.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['the woman at the local chamber of commerce']);
  });

  it('reads a preposition opening the sentence as no part of a name ("Inside Amalgamated,")', () => {
    const quotes = quotesOf(
      'Amalgamated hires hundreds of temps each winter. Amalgamated pays them little.',
      'Inside Amalgamated, an employee’s first day is training day. “We gotta get goin’ here,” the tired old supervisor says.',
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('Inside Amalgamated');
  });
});

describe('a pronoun after a person described, not named (round 27)', () => {
  it('gives "he added" to the spokesman the sentence before is about, not to the person whose spokesman he is', () => {
    // (BBC: two quotes went to Gordon Brown.)
    const quotes = quotesOf(
      'Prime Minister Gordon Brown’s spokesman also condemned the release of the videotape.',
      '“It’s our long-established policy not to comment on such footage,” he added.',
    );
    expect(who(quotes[0])).toEqual(['Prime Minister Gordon Brown’s spokesman', 'named']);
    // Near miss: the spokesman named in an aside is the salience model's, by name.
    const named = quotesOf(
      'The spokesman, Don Stewart, condemned the release of the videotape.',
      '“It’s our long-established policy not to comment on such footage,” he added.',
    );
    expect(who(named[0])).toEqual(['Don Stewart', 'named']);
  });

  it('follows "He says" back to the unnamed speaker of a tape, past a president mentioned in passing', () => {
    // (CNN: the tape's words went to Nicolas Sarkozy, named once, in a relative clause.)
    const quotes = quotesOf(
      'The tape criticised the leaders of Europe, including French President Nicolas Sarkozy, who was elected in May.',
      'The speaker also repeats his claim that his group acted alone. He says the Taliban knew nothing of the plans.',
      '“I assure you that all the Afghans were not at all aware of any of these events,” he says.',
    );
    expect(who(quotes[0])).toEqual(['The speaker', 'named']);
  });

  it('takes "the former butler" for the person the article called so, and an unnamed official for anonymous', () => {
    // (Times Online: five quotes went to Mohamed Al Fayed, named in passing as someone's father.)
    const quotes = quotesOf(
      'Paul Burrell, the Princess’s former butler, told the inquest she had no plans to marry Dodi Fayed.',
      'He said she was given a necklace by the 42-year-old son of Mohamed Al Fayed, the Harrods owner.',
      'The former butler, who claims to have been her confidant, said that he did not believe Mr Fayed planned to marry.',
      '“It was not an engagement ring, it was a friendship band,” he told the High Court in London.',
    );
    expect(who(quotes[0])).toEqual(['Paul Burrell', 'named']);
    const official = quotesOf(
      'Mayor Ada Okafor opened the bridge on Monday.',
      'A senior official told reporters that the repairs had run over budget.',
      '“We will not see that money again,” he said.',
    );
    expect(who(official[0])).toEqual(['A senior official', 'anonymous']);
    expect(official[0].via).toBe('A senior official');
  });

  it('takes the singular "they" after an unnamed source for that source (round 29, Daily Mail)', () => {
    const quotes = quotesOf(
      'The new law does not stop shops handing out free paper bags, a government source told the Evening Standard.',
      '“The key thing is encouraging people to reuse bags, whatever they are made of,” they said.',
    );
    expect(who(quotes[0])).toEqual(['a government source', 'anonymous']);
    // Near miss: "they" after a named group is that group, as before.
    const named = quotesOf(
      'The Green Party said the law was too weak.',
      '“The key thing is encouraging people to reuse bags, whatever they are made of,” they said.',
    );
    expect(who(named[0])[1]).not.toBe('anonymous');
  });

  it('takes the singular "they" continuing a quote for the one person described who said it (round 35, BuzzFeed)', () => {
    // (The spokesperson's second quote went to a police council quoted two paragraphs above.)
    const quotes = quotesOf(
      '“If anyone has concerns, we encourage them to contact us,” the National Police Chiefs’ Council said.',
      '“We designed our glasses with privacy built in,” a Meta spokesperson told BuzzFeed.',
      '“Our glasses have always had an LED light,” they continued.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'the National Police Chiefs’ Council',
      'a Meta spokesperson',
      'a Meta spokesperson',
    ]);
    // Near miss: with a paragraph about others between, "they" is not the spokesperson going on.
    const between = quotesOf(
      '“We designed our glasses with privacy built in,” a Meta spokesperson told BuzzFeed.',
      'Researchers at Stanford University disagreed with the company.',
      '“The light is easy to cover,” they continued.',
    );
    expect(between[1].speaker).not.toBe('a Meta spokesperson');
  });

  it('keeps a source whose department has a comma in its name whole, and a source "at the Pentagon" unnamed', () => {
    // (Daily Mail: the reported subject was cut to "Environment and Rural Affairs", a body, and "they" went nowhere.)
    const quotes = quotesOf(
      'The law does not stop shops handing out paper bags, a source from the Department for Food, Environment and Rural Affairs told the Evening Standard.',
      '“The key thing is encouraging people to reuse bags, whatever they are made of,” they said.',
    );
    expect(who(quotes[0])).toEqual([
      'a source from the Department for Food, Environment and Rural Affairs',
      'anonymous',
    ]);
    expect(who(quotesOf('“We will strike again within the month,” a source at the Pentagon said.')[0])).toEqual([
      'a source at the Pentagon',
      'anonymous',
    ]);
  });
});
