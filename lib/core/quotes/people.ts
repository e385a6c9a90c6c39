/**
 * The people an article names, in reading order, so a pronoun ("she said") or a surname ("Okafor said") can be
 * resolved to the person named before it. A person is a run of two or more capitalised words that are not
 * organisation, place or title words ("Ada Okafor") and whose last word the article also uses alone
 * ("Okafor said") or that follows "Mr."/"Dr."; the surname alone then refers back to them.
 * Text inside quotations is left out: a name someone mentions is not a candidate speaker.
 */
import {
  genderOfFirstName,
  isKnownFirstName,
  isNameParticle,
  isNameWordInRun,
  NAME_PARTICLE_PATTERN,
} from '../data/first-names';
import { APPOSED_ROLE_NOUNS, BODY_HEADS, NON_PERSON_WORDS, SENTENCE_ADVERBS, TITLE_WORDS } from '../data/speech-verbs';
import { rx } from '../text/script-letters';

/**
 * Titles of address before a name, with the gender they give ('' for none): a surname after one names a person
 * ("Ms. Okafor", "Baroness Parminter", "Sir Keir"), which a role ("Minister Abe") leaves to the other evidence.
 */
const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | ''> = new Map([
  ...(['mr', 'sir', 'lord', 'viscount'] as const).map((t) => [t, 'm'] as const),
  ...(['mrs', 'ms', 'miss', 'lady', 'dame', 'baroness', 'duchess', 'countess', 'viscountess'] as const).map(
    (t) => [t, 'f'] as const,
  ),
  ['dr', ''] as const,
]);

/** Two capitalised words in a row that are not organisation or title words: a person's name. */
export function hasPersonName(words: string[]): boolean {
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    const bare = words[i].replace(/[.,’']+$/, '');
    // ("O’Neill", "D’Angelo": a capital, an apostrophe, a capital.)
    if (
      /^\p{Lu}(?:[’']\p{Lu})?\p{Ll}/u.test(bare) &&
      (!NON_PERSON_WORDS.has(bare.toLowerCase()) || isNameWordInRun(words, i))
    ) {
      run++;
      if (run >= 2) return true;
    } else if (!(run > 0 && isNameParticle(bare))) run = 0; // "Joost van Hoof": a particle does not end the name
  }
  return false;
}

export interface Mention {
  /** Global offset of the mention. */
  at: number;
  /** The person's fullest name seen so far ("Ada Okafor" for a later "Okafor"). */
  name: string;
  /** Whether the mention looks like the subject of its clause ("Okafor said", "Okafor, who...") not an object. */
  subject: boolean;
  /** Whether the mention opens its sentence ("Okafor did not ..."): the topic a following pronoun most likely takes. */
  initial?: boolean;
  /** Whether the mention is a possessor ("Obama's endorsement"): what it owns is the clause's subject, not the person. */
  possessor?: boolean;
  /** Whether the sentence is framed as the person's view ("For Jonathan Chait, Williamson is ..."). */
  viewHolder?: boolean;
}

/**
 * After a name, these make it the subject of what follows: a lower-case verb, an appositive, a dash. A lower-case
 * word that is no verb form (-ed, -s, told, met...) then a capitalised one is a title on another person ("McConnell
 * spokesman Don Stewart"), while "Trump attacked Obama" keeps Trump the subject.
 */
const SUBJECT_AFTER =
  /^(?:\s+(?!(?!(?:\p{Ll}+(?:ed|s)|said|told|met|gave|sent|took|made|beat|won|lost|hit|let|put|saw|thought|brought|left|led|sought|taught|wrote|spoke)\s)\p{Ll}+\s+\p{Lu})(?!(?:of|and|or|in|at|on|for|to|from|with|by|as|than|about|into|over|if|when|because|while|since|until|unless|although|though|whether|that|but|so|after|before)\b)\p{Ll}|,\s+(?!(?:he|she|they|it|we|i|you)\b)(?:who|a|an|the|\d|\p{Ll})|\s*[—–(])/u;
/** A party and state label after a politician's name: "(R-Texas)", "(D-N.Y.)", ", R-Ky.,". */
const PARTY_LABEL = rx(String.raw`^(?:\s*\([RDI](?:-[\p{L}. ]{1,16})?\)|,\s+[RDI]-[\p{L}.]{2,6}(?=,))`, 'u');
/** Where a person is from, after the name: "Juan Manriquez of Oakland carried", "Jo Lee from the Acme Institute". */
const OF_PLACE = rx(
  String.raw`^\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*(?=[\s,])`,
  'u',
);
/** A time phrase between a subject and its verb: "Cruz on Friday played down", "Lee last week said". */
const TIME_THEN_VERB =
  /^\s+(?:on|last|this|late|early|earlier)\s+(?:\p{Lu}\p{Ll}+|week|month|year|night|morning|evening|afternoon)(?:\s+\p{Lu}\p{Ll}+|\s+\d+|\s+(?:morning|evening|afternoon|night))?\s+(?:(?:\p{Ll}+ly|also|then|again)\s+)?\p{Ll}+(?:ed|s)\b/u;
/**
 * Before a name, these make it an object: "said X", "told X", "according to X", "with X", and a verb in the past
 * tense, maybe with its particle ("attacked X", "went after X" is not, "lashed out at X").
 */
const OBJECT_BEFORE =
  /(?:\b(?:said|says|told|to|with|by|of|for|from|and|against|about|than|think|thinks|believe|believes|doubt|doubts|hope|hopes|like|between|asked|called|named)\s+|\bthe\s+|\b\p{Ll}{2,}(?:ed|ing)\s+(?:(?:after|at|on|against|over|into)\s+)?)$/iu;
/**
 * A personal pronoun within the clause that follows a subject, before any other capitalised word, quotation or
 * sentence end: "Clinton says she", "Sanders argued that his plan".
 */
/**
 * Before a name, a verb whose object is a person and the person's role: "met presidential candidate (Donald
 * Trump)", "endorsed former governor (Jeb Bush)".
 */
const VERB_THEN_ROLE_BEFORE =
  /\b(?:met|saw|beat|told|asked|called|named|endorsed|defeated|interviewed|praised|criticized|criticised|attacked|thanked|joined|visited|invited|hosted|backed|blasted|slammed|accused|urged|introduced)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u;
const PRONOUN_IN_CLAUSE = /^[^A-Z.!?;"“”]*?\b(he|his|him|she|her)\b/;
const GENDER_WINDOW = 60;
/** "X, who lost her daughter": a possessive before a noun, one to three words into X's relative clause. */
const WHO_POSSESSIVE = /^,\s+who\s+(?:\p{Ll}+\s+){1,3}?(his|her)\s+\p{Ll}/u;
/**
 * The rest of a sentence that names no one else (no capital letter, no quotation), then a sentence opening with "he"
 * or "she" as its subject: "Walz approaches it a bit more diplomatically. She said ...".
 */
const TOPIC_THEN_PRONOUN = /^[^\p{Lu}.!?;"“”]*[.!?]\s+(?:(?:But|And|So|Yet|Then)\s+)?(He|She)\s+\p{Ll}/u;
const TOPIC_WINDOW = 200;
/** Characters looked at around a mention to decide whether it is a subject. */
const SUBJECT_WINDOW = 24;
/** How far back (characters) a pronoun looks for the person it stands for. */
const SALIENCE_REACH = 1500;
/** Salience of a person by role; distance costs one point per DISTANCE_COST characters. */
const SPEAKER_SALIENCE = 1;
const SUBJECT_SALIENCE = 1;
const DISTANCE_COST = 600;
/**
 * For "she", a woman known as such is a likelier antecedent than a person of unknown gender: most of the people
 * news names are men, so an unknown gender is more often a man's. (For "he" the same bonus would favour famous men
 * whose gender is known over the man just introduced.)
 */
const AGREEMENT_SALIENCE = 0.5;
/** A month's name or its abbreviation. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)$/i;
/** A word run into a capitalised one with no space ("SilveiraSara"): the two words. */
const GLUED_GIVEN_NAME = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u;
/** The subject that opens its sentence is the topic a following pronoun most often takes up. */
const INITIAL_SALIENCE = 0.25;
/**
 * "For Jonathan Chait, Williamson is exposing ... “Q,” he mocks": the person whose view a sentence opens with ("For
 * X,", "To X,") is whom the next pronoun speaker most likely is, over the subject the frame introduces; within
 * FRAME_REACH characters only (later sentences have topics of their own).
 */
const VIEW_HOLDER_SALIENCE = 0.5;
const FRAME_REACH = 400;
/** Words that make what follows "For"/"To" a phrase of its own ("To get attention back from (Schiff)"), not a role. */
const FRAME_NOT_ROLE = String.raw`(?:from|with|by|of|on|in|at|to|for|about|against|over|after|before|than|and|or)`;
/**
 * Before a name, a sentence opening "For" or "To", maybe with the name's capitalised role: "To Florida consultant
 * (Wilson), " (an infinitive, "To get attention back from (Schiff), ", opens in lower case).
 */
const VIEW_FRAME_BEFORE = rx(
  String.raw`^(?:(?:But|And|So|Yet)\s+)?(?:For|To)\s+(?:\p{Lu}[\p{L}.’'-]*\s+(?:(?!${FRAME_NOT_ROLE}\s)[\p{L}.’'-]+\s+){0,3})?$`,
  'u',
);

/**
 * A verb only people use right after a name, past an adverb or two: "Cruz said", "Cruz later told" (not the
 * weaker cues places and bodies also take: "Mississippi offers", "California voted").
 */
const SPEECH_VERB_AFTER =
  /^\s+(?:(?:\p{Ll}+ly|also|then|later)\s+){0,2}(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|argued|insisted|replied|responded|recalled|tweeted|stated|states|noted|notes|declared|warned|continued|acknowledged|admitted|conceded|joked|quipped|testified)\b/u;
/**
 * A lone capitalised word opening its sentence, then a verb in the past tense, then "he" or "she" in what follows
 * ("Carson defied the question ... “Q,” he said"): a person the article only names by surname.
 */
const ACTED = /^\s+(?:\p{Ll}+ly\s+){0,2}\p{Ll}{2,}ed\b/u;
const HE_OR_SHE = /\b(?:he|she)\b/;
/** Whether the text after a lone word is a verb in -ed, then "he" or "she" in that sentence or the next. */
function actsThenPronoun(after: string): boolean {
  if (!ACTED.test(after)) return false;
  const first = after.search(/[.!?]/);
  const second = first < 0 ? -1 : after.slice(first + 1).search(/[.!?]/);
  return HE_OR_SHE.test(first < 0 || second < 0 ? after : after.slice(0, first + 1 + second));
}
/** A verb in -ed or -s (or "is", "was") right after a subject, then "he" or "she" in the next 240 characters. */
function subjectThenPronoun(after: string, foreignPronoun: RegExp | null): boolean {
  // On a French or Spanish page: any verb after the name, then the language's pronoun ("M’jid El Guerrab a reconnu
  // un geste violent … « … », a-t-il dit").
  if (foreignPronoun) return /^\s+\p{Ll}/u.test(after) && foreignPronoun.test(after);
  return (
    /^\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|\p{Ll}{2,}(?:ed|s))\b/u.test(after) && /\b(?:he|she|He|She)\b/.test(after)
  );
}
/** A verb right after a lone subject: "Trump gestured", "Cruz later told", "Reid argues". */
const ACTS_AFTER =
  /^\s+(?:\p{Ll}+ly\s+){0,2}(?:\p{Ll}{2,}(?:ed|s)|spoke|told|said|took|made|gave|went|won|lost|led|ran|met|wrote|thought|knew|sought|began|came|left|drew|stood|brought)\b/u;
/**
 * How many sentences a lone capitalised word must open as the subject of a verb to be taken for a person the
 * article only names by surname.
 */
const ACTS_TO_BE_A_PERSON = 2;
/**
 * Plurals ("Republicans", "Eyebrows"), participles and adverbs ("Having moved here, he ...", "Finally"): a group, a
 * thing or a clause as often as a surname, so never taken for one here.
 */
const GROUP_PLURAL = /[^s]s$|ing$|ly$/;
/** Before a place rather than a person: "in Iowa", "from California". */
const PLACE_BEFORE = /\b(?:in|from|at|across|throughout|near|outside|inside)\s+$/;
const PLACE_IN_BEFORE = /\bin\s+$/;
/** A speaker phrase that describes rather than names: lower case, or after an article ("The Clinton campaign"). */
const DESCRIPTION = /^(?:\p{Ll}|(?:The|A|An)\s)/u;
/** Heads of descriptions that name a body or a document, never a person. */
const NOT_A_PERSON_HEAD = new Set([
  ...BODY_HEADS,
  ...'campaign book report letter statement ad article editorial paper study poll survey transcript memo email tweet post website footnote'.split(
    ' ',
  ),
]);
/** A role a person holds, then a comma, right before a name in apposition: "foreign minister, Erlan Idrissov,". */
const ROLE_BEFORE =
  /\b(?:minister|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|wife|husband|son|daughter|mother|father|brother|sister|chairman|chairwoman|secretary|strategist|attorney|lawyer|professor|pollster|founder|ambassador|economist|manager|director),\s*$/;
const ROLE_WINDOW = 16;
/**
 * A description after a full name that says what the person is: "Dexter Wakefield, a minister with …",
 * "Federico de Jesús, a Democratic strategist who …" (up to three words before the head noun).
 */
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+(?:[\w’'.-]+\s+){0,3}?(?:${[...APPOSED_ROLE_NOUNS].join('|')})\b(?!['’]s)`,
);
const ROLE_AFTER_WINDOW = 80;
/** An age in apposition marks a person: "Franson Reneus, 18, from ...". */
const AGE_AFTER = /^,\s+(\d{1,3}),/;
/** An age as an adjective: "34-year-old", "34 year old". */
const YEARS_OLD = String.raw`(\d{1,3})[-\s]years?[-\s]old`;
/** An age as an adjective before a name: "81-year-old Parker Eaton". */
const AGE_BEFORE = rx(String.raw`\b${YEARS_OLD}\s+$`);
/** An age standing for a person: "the 34-year-old" (said). */
export const AGE_EPITHET = rx(String.raw`^[Tt]he\s+${YEARS_OLD}$`);
/** Auxiliaries that open a question, capitalised: "Will Sanders come down?", "Can Cruz win?". */
const QUESTION_AUXILIARIES = new Set([
  'Will',
  'Can',
  'May',
  'Should',
  'Would',
  'Could',
  'Did',
  'Does',
  'Is',
  'Has',
  'Must',
]);
/** Before a sentence-opening mention: the paragraph's start or a sentence end, maybe a conjunction. */
const SENTENCE_START_BEFORE = /(?:^|[.!?:]["”’]?\s+)(?:(?:But|And|So|Yet)\s+)?$/u;
/** A short phrase fronted before the subject, after a sentence's start: "Contacté par l’AFP, ". */
const FRONTED_PHRASE_BEFORE = /(?:^|[.!?]["”’»]?\s+)\p{Lu}[^.!?,;:«»“”"]{2,60},\s*$/u;
/**
 * Before the subject that opens its sentence, maybe after a fronted phrase, its titles and role: "Republican
 * presidential nominee Donald Trump has blasted ...", "Speaking in Salem, Donald Trump went after ...".
 */
const TOPIC_BEFORE = rx(
  String.raw`^\s*(?:(?:But|And|So|Yet)\s+)?(?:[^,.!?;:"“”]{1,60},\s+){0,2}(?:(?:\p{Lu}[\p{L}.’'-]*|former|presidential|vice|deputy|then|nominee|candidate|chairman|chairwoman|spokesman|spokeswoman|secretary|director|adviser|advisor|manager|leader|senator|governor|campaign|chief|executive|state|majority|minority|party)\s+){0,5}$`,
  'u',
);

/** The writer's contractions ("I’m", "I’ve"), capitalised but never part of a name ("Perhaps I’m being unfair"). */
const WRITER = String.raw`I[’'](?:m|ve|d|ll)\b`;
const WRITER_WORD = rx(String.raw`^${WRITER}$`, 'u');

/** Whether a word is one of the writer's contractions: it opens a clause, never names a speaker. */
export function isWriterContraction(word: string): boolean {
  return WRITER_WORD.test(word);
}

/** A lowercase word of four letters or more glued to a capitalised one: "captionJessica" (a cheap ASCII test first). */
const GLUED_TEST = /[a-z]{4}[A-Z][a-z]/;
/**
 * A hidden label glued to the name after it ("Media captionJessica Leeds": the caption's off-screen label has no
 * space after it). Four lowercase letters at least, so "deGrasse" stays whole. The speaker cues cut it too.
 */
export const GLUED_LABEL = rx(String.raw`(?<![\p{L}\p{N}])\p{Ll}{4,}(?=\p{Lu}\p{Ll})`, 'gu');
/**
 * Capitalised words in a row, from the start of a word ("10K Truth photographer" names no "K Truth"); a dot may only
 * end an initial or a title ("Harry J. Lee", "Mr. Lee").
 */
const CAPITALISED_RUN = rx(
  String.raw`(?<![\p{L}\p{N}])(?!${WRITER})(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Rev|Sen|Rep|Gov|Gen)\.|(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'-]*)(?:\s+(?:${NAME_PARTICLE_PATTERN}\s+)?(?!${WRITER})(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'-]*))*`,
  'gu',
);

/** A capitalised run `scan` found; whether it is a subject is only worked out for runs that turn out to be people. */
interface CapitalisedRun {
  at: number;
  words: string[];
  /** The last word in lower case. */
  surname: string;
  title: string;
  /** An office ran into the name ("Prime Minister Narendra Modi"): the name is a person's. */
  office: boolean;
  who: boolean;
  /** A person by the words around it: an age in apposition ("Reneus, 18,"). */
  aged: boolean;
  /** The age given with the name ("Reneus, 18,", "81-year-old Parker Eaton"), or 0. */
  age: number;
  /**
   * A single word followed by a speech verb ("Cruz said"): a person's surname even when no full name is given
   * (unless the article also puts it after "in" or "from", as it does places).
   */
  speaks: boolean;
  /** A full name opening its sentence as a verb's subject, then "he" or "she": a person. */
  namedThenPronoun: boolean;
  /** A known given name alone between commas, in apposition ("his wife, Jane,"): a person called by it. */
  apposedGivenName: boolean;
  /**
   * A full name in apposition to a role: "Kazakhstan's foreign minister, Erlan Idrissov, plays down ...", "Dexter
   * Wakefield, a minister with ...".
   */
  roleApposed: boolean;
  /** The scanned text, and where the run starts and ends in it. */
  text: string;
  local: number;
  end: number;
}

const POSSESSIVE_END = /[’']s$/;
/** ", who he dubbed": a relative "who" followed by a subject of its own. */
const WHO_WITH_SUBJECT = /^,\s+who\s+(?:he|she|they|we|I|you)\b/;

/** Whether a run is the subject of its clause: "X, who ..." makes X the topic even as an object. */
function isSubject(r: CapitalisedRun): boolean {
  if (r.who) return true;
  let next = r.text.slice(r.end, r.end + SUBJECT_WINDOW + 16);
  // "Sen. Ted Cruz (R-Texas)", "Juan Manriquez of Oakland": a party label or a hometown says nothing of the role;
  // what follows it does.
  const label = PARTY_LABEL.exec(next) ?? OF_PLACE.exec(next);
  if (label) next = r.text.slice(r.end + label[0].length, r.end + label[0].length + SUBJECT_WINDOW + 16);
  if (!SUBJECT_AFTER.test(next) && !TIME_THEN_VERB.test(next)) return false;
  // "Marco Rubio, who he dubbed ...": a "who" with a subject of its own is that subject's object.
  if (WHO_WITH_SUBJECT.test(next)) return false;
  const lead = r.text.slice(Math.max(0, r.local - SUBJECT_WINDOW), r.local);
  if (VERB_THEN_ROLE_BEFORE.test(r.text.slice(Math.max(0, r.local - 2 * SUBJECT_WINDOW), r.local))) return false;
  // "And Obama, for all ..., seems to agree": a conjunction opening the sentence leaves its subject a subject.
  return !OBJECT_BEFORE.test(lead) || SENTENCE_START_BEFORE.test(lead);
}

export class PeopleIndex {
  /** People named so far, in reading order (after `finish`). */
  private mentions: Mention[] = [];
  /** Speakers found by the attributor, in reading order: they count as mentions too. */
  private readonly speakers: Mention[] = [];
  /** Capitalised runs seen by `scan`, sorted out by `finish`. */
  private readonly runs: CapitalisedRun[] = [];
  /** How often each capitalised word stands alone (a surname used alone marks its full name as a person). */
  private readonly alone = new Map<string, number>();
  /** Words seen inside a longer capitalised run ("Leeds" in "Leeds City Council"): not surnames. */
  private readonly inside = new Set<string>();
  /** Runs seen opening an organisation's name ("Chicago O'Hare" in "Chicago O'Hare International Airport"). */
  private readonly organisations = new Set<string>();
  /** Single capitalised words seen after "in", "from"...: places, never taken for a surname used alone. */
  private readonly places = new Set<string>();
  /** Single capitalised words seen after "in" ("in California", "in Aachen, near ..."): places. */
  private readonly placesIn = new Set<string>();
  /** Names of several words seen after "in" ("in Hong Kong", "in New Mexico"): places, never people. */
  private readonly placeNames = new Set<string>();
  /** How often a lone word opens a sentence as the subject of a verb ("Trump gestured", "Trump boomed"). */
  private readonly acts = new Map<string, number>();
  /** Age -> the person the article gives that age ("Reneus, 18,"), for "the 18-year-old". */
  private readonly byAge = new Map<number, string>();
  /** Surname (lower case) -> full name (the first the article gives). */
  private readonly bySurname = new Map<string, string>();
  /** Surnames the article gives to several people ("Bill Clinton", "Hillary Clinton"): each full mention, in order. */
  private readonly namesakes = new Map<string, { name: string }[]>();
  /** Full name -> 'm' | 'f', from "Mr."/"Ms.". */
  private readonly gender = new Map<string, 'm' | 'f'>();

  /**
   * `openers`: the page language's prepositions, conjunctions, adverbs and pronouns (lower case), which open a
   * sentence in capitals but never a name ("Chez Brut, le média ...", "Bei Siemens", "Según Pedro Sánchez"); English has its own.
   */
  constructor(
    private readonly openers: ReadonlySet<string> = NO_OPENERS,
    /**
     * Whether the language capitalises every noun (German): two capitalised words are then as often a noun phrase
     * ("Die Gebühren", "Künstliche Intelligenz") as a name. A person is then a run with a given name the list knows,
     * a title, an age or a role before it ("Bundesverkehrsminister Scheuer"), or whose last word the article uses
     * alone right after a reporting verb ("glaubt Stenger", "so Stenger"); a noun rarely stands there.
     */
    private readonly capitalisedNouns = false,
    /** For such a language: the words after which a capitalised word alone is a surname ("sagt", "so"). */
    private readonly surnameAfter: ReadonlySet<string> = NO_OPENERS,
    /**
     * The page language's "he" and "she" as a subject (French "il", "-t-elle"), when it is not English: a full name
     * opening its sentence, then that pronoun, is a person whatever the given name.
     */
    private readonly subjectPronoun: RegExp | null = null,
  ) {}

  /** Whether the word before offset `at` is a reporting verb ("glaubt Stenger") or "so" ("so Stenger"). */
  private afterVerb(text: string, at: number): boolean {
    const word = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    return word !== undefined && this.surnameAfter.has(word);
  }

  /** Collects the capitalised runs of `text` (a paragraph with its quotations blanked out) at offset `base`. */
  scan(text: string, base: number): void {
    // "Media captionJessica Leeds": a hidden label glued to a name. Its last letter is read as a space (the text
    // keeps its length, so offsets hold) and the name starts a word; cheaper than a look-behind in the run pattern.
    if (GLUED_TEST.test(text)) text = text.replace(GLUED_LABEL, (label) => `${label.slice(0, -1)} `);
    // A headline in title case ("Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin") runs names into
    // capitalised verbs and nouns: its runs would make false people.
    if (isTitleCase(text)) return;
    CAPITALISED_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CAPITALISED_RUN.exec(text))) {
      // Most runs are one word: no need to split them.
      const words = HAS_SPACE.test(m[0]) ? m[0].split(/\s+/) : [m[0]];
      // "Carolyn SilveiraSara Horowitz": a photo credit run into the caption's name where the page puts no space
      // between them; the name starts at the given name glued on.
      // (Not a double given name: "KellyAnne", "RoseAnn".)
      const glued = words.findIndex((w) => {
        const m = GLUED_GIVEN_NAME.exec(w);
        return m !== null && isKnownFirstName(m[2]) && !isKnownFirstName(m[1]);
      });
      if (glued >= 0) words.splice(0, glued + 1, GLUED_GIVEN_NAME.exec(words[glued])![2]);
      let title = '';
      let office = false;
      // Leading titles and sentence-opening words are not part of the name.
      let lead = '';
      while (
        words.length &&
        (TITLE_WORDS.has((lead = bare(words[0]))) ||
          (NON_PERSON_WORDS.has(lead) && !isNameWordInRun(words, 0) && !HONORIFICS.has(title)) ||
          (this.openers.has(lead) && !isNameParticle(lead)))
      ) {
        words.shift();
        if (HONORIFICS.has(lead)) title = title || lead;
        if (TITLE_WORDS.has(lead)) office = true;
      }
      if (words.length === 0) continue; // nothing but titles and sentence openers ("The", "In")
      // A name's particle alone opening a sentence is its article ("Le problème est", "La volonté"), not a surname.
      if (words.length === 1 && isNameParticle(bare(words[0]))) continue;
      // A title or organisation word inside the run ends what comes before it: "Environment Minister Ada Okafor".
      for (let k = words.length - 2; k >= 0; k--) {
        const w = bare(words[k]);
        if (TITLE_WORDS.has(w) || (NON_PERSON_WORDS.has(w) && !isNameWordInRun(words, k))) {
          if (HONORIFICS.has(w)) title = title || w;
          if (TITLE_WORDS.has(w)) office = true;
          // "Chicago O'Hare International Airport": what an organisation's name starts with names no person, here
          // or wherever the page repeats it ("Chicago O'Hare airport workers"); unless it opens with a given name,
          // as the bodies named after people do ("the Eric Trump Foundation").
          if (k >= 2 && !TITLE_WORDS.has(w) && !isKnownFirstName(bare(words[0])))
            this.organisations.add(words.slice(0, k).join(' '));
          words.splice(0, k + 1);
          break;
        }
      }
      // A possessive ends the name: "Okafor’s staff".
      const cut = words.findIndex((w) => /[’']s$/.test(w));
      if (cut >= 0) {
        words[cut] = words[cut].replace(/[’']s$/, '');
        words.length = cut + 1;
      }
      // (An initial keeps its dot: "Donald J. Trump".)
      const clean = words
        .map((w) => (endsInDotOrQuote(w) && !/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/[.’']+$/, '') : w))
        .filter((w) => w.length > 0);
      // A sentence-opening word that is not a name: "Overstating Leeds’s debt", "Meanwhile Rihanna". (Not after an
      // office: "Minister Khaled Anani".)
      if (
        clean.length > 1 &&
        !office &&
        (/(?:ing|ed|ly)$/.test(clean[0]) || SENTENCE_ADVERBS.has(clean[0].toLowerCase())) &&
        !isKnownFirstName(clean[0])
      )
        clean.shift();
      // German capitalises its nouns: the office or the description before a given name is no part of the name
      // ("Der Innenminister Herbert Reul", "SPD-Politikerin Svenja Schulze").
      if (this.capitalisedNouns && clean.length > 2) {
        const given = clean.findIndex((w, k) => k > 0 && k < clean.length - 1 && isKnownFirstName(w));
        if (given > 0) clean.splice(0, given);
      }
      // "Will Sanders come down from the mountain?": an auxiliary opening a question is no given name.
      if (
        clean.length > 1 &&
        QUESTION_AUXILIARIES.has(clean[0]) &&
        SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.index + m[0].indexOf(clean[0]) - 12), m.index)) &&
        /^[^.!]*\?/.test(text.slice(m.index + m[0].length))
      )
        clean.shift();
      let surname = '';
      const whole = clean.length;
      // ("Mr. Day": after an honorific a lone word is a surname, whatever else it means.)
      while (
        clean.length &&
        NON_PERSON_WORDS.has((surname = clean[clean.length - 1].toLowerCase())) &&
        !isNameWordInRun(clean, clean.length - 1) &&
        !(HONORIFICS.has(title) && clean.length === 1)
      )
        clean.pop();
      if (clean.length === 0 || clean.length > 4) continue;
      // ("Acme Holdings": the same when the organisation's word ends the run.)
      if (clean.length >= 2 && clean.length < whole && !isKnownFirstName(clean[0]))
        this.organisations.add(clean.join(' '));
      if (
        clean.length === 1 &&
        (!this.capitalisedNouns || (!this.openers.has(surname) && this.afterVerb(text, m.index)))
      )
        this.alone.set(surname, (this.alone.get(surname) ?? 0) + 1);
      // (In German, not in a person's double surname: "Christina Schulze Föcking" leaves "Svenja Schulze" a person.
      // English runs of three are as often a body named after a place: "Sandy Hook Elementary".)
      else if (!this.capitalisedNouns || clean.length < 3 || !isKnownFirstName(clean[0]))
        for (const w of clean.slice(0, -1)) this.inside.add(w.toLowerCase());
      const local = m.index + m[0].indexOf(clean[0]);
      const end = m.index + m[0].length;
      // "X, who ...": only looked for when a comma follows the run.
      const comma = text.charCodeAt(end) === 44;
      const who =
        comma && /^,\s+who\b/.test(text.slice(end, end + SUBJECT_WINDOW)) && !WHO_WITH_SUBJECT.test(text.slice(end));
      const ageAfter = comma ? AGE_AFTER.exec(text.slice(end, end + 8)) : null;
      // (Not a date written with a comma: "born Sept, 26, 2014".)
      const aged = ageAfter !== null && !(clean.length === 1 && MONTH.test(clean[0]));
      const age = Number(ageAfter?.[1] ?? AGE_BEFORE.exec(text.slice(Math.max(0, local - 16), local))?.[1] ?? 0);
      // "his wife, Jane, called for ...": a given name alone in apposition names a person the story knows by it.
      const apposedGivenName =
        comma &&
        clean.length === 1 &&
        /,\s*$/.test(text.slice(Math.max(0, local - 3), local)) &&
        isKnownFirstName(clean[0]);
      const roleApposed =
        comma &&
        clean.length >= 2 &&
        (ROLE_BEFORE.test(text.slice(Math.max(0, local - ROLE_WINDOW), local)) ||
          ROLE_AFTER.test(text.slice(end, end + ROLE_AFTER_WINDOW)));
      const lone = clean.length === 1 && !comma;
      // "Dahlys Hamilton is listed as ... Recently she announced": a full name opening its sentence as the subject of
      // a verb, then "he" or "she", is a person even when the given name is not one this list knows.
      const namedThenPronoun =
        clean.length >= 2 &&
        !comma &&
        (SENTENCE_START_BEFORE.test(text.slice(Math.max(0, local - 12), local)) ||
          (this.subjectPronoun !== null && FRONTED_PHRASE_BEFORE.test(text.slice(Math.max(0, local - 80), local)))) &&
        // (A foreign pronoun counts only inverted after a quotation, which may run long: a wider window.)
        subjectThenPronoun(text.slice(end, end + (this.subjectPronoun ? 480 : 240)), this.subjectPronoun);
      const justBefore = lone ? text.slice(Math.max(0, local - 12), local) : '';
      // A lone word opening its sentence as the subject of a verb: a surname, unless a plural or a participle.
      const opensAsSubject = lone && !GROUP_PLURAL.test(surname) && SENTENCE_START_BEFORE.test(justBefore);
      const speaks =
        lone &&
        (SPEECH_VERB_AFTER.test(text.slice(end, end + 40)) ||
          (opensAsSubject && actsThenPronoun(text.slice(end, end + 340))));
      if (lone && PLACE_BEFORE.test(justBefore)) this.places.add(surname);
      // ("in Winfrey's case": what is in someone's case or view is no place.)
      if (clean.length === 1 && cut < 0 && PLACE_IN_BEFORE.test(text.slice(Math.max(0, local - 4), local)))
        this.placesIn.add(surname);
      // ("alarmed many in Hong Kong": a name of two words after "in" is a place's, wherever else it stands.)
      if (clean.length >= 2 && cut < 0 && !title && PLACE_IN_BEFORE.test(text.slice(Math.max(0, local - 4), local)))
        this.placeNames.add(clean.join(' '));
      if (opensAsSubject && ACTS_AFTER.test(text.slice(end, end + 40)))
        this.acts.set(surname, (this.acts.get(surname) ?? 0) + 1);
      this.runs.push({
        at: base + local,
        words: clean,
        surname,
        title,
        office,
        who,
        aged,
        age,
        speaks,
        apposedGivenName,
        roleApposed,
        namedThenPronoun,
        text,
        local,
        end,
      });
    }
  }

  /**
   * Decides which runs are people: a full name whose surname the article also uses alone, or that follows a
   * title ("Mr.", "Dr."); a lone surname then refers back to the full name.
   */
  finish(): void {
    /** People named with "Mr." or "Ms.": their gender is given, not guessed. */
    const titled = new Set<string>();
    for (const r of this.runs) {
      if (
        r.words.length < 2 ||
        r.words.some((w, i) => NON_PERSON_WORDS.has(w.toLowerCase()) && !isNameWordInRun(r.words, i)) ||
        this.organisations.has(r.words.join(' ')) ||
        (this.placeNames.has(r.words.join(' ')) && !r.title)
      )
        continue;
      const surname = r.surname;
      // A word seen inside a longer run ("Trump Organization") is still a surname after a known given name when
      // the article also uses it alone.
      if (this.inside.has(surname) && !(isKnownFirstName(r.words[0]) && (this.alone.get(surname) ?? 0) > 0)) continue;
      // A last word also used alone marks a surname ("Okafor said"), unless it is used as a place ("in Iowa").
      const aloneAsSurname = (this.alone.get(surname) ?? 0) > 0 && !this.placesIn.has(surname);
      const person =
        r.title ||
        isKnownFirstName(r.words[0]) ||
        r.aged ||
        (this.capitalisedNouns
          ? r.words.slice(1, -1).some((w) => isKnownFirstName(w)) || GERMAN_ROLE.test(r.words[0]) || aloneAsSurname
          : r.who || aloneAsSurname || r.namedThenPronoun || r.roleApposed || r.office);
      // Two words whose last is the surname of someone named before, then a verb of saying: another of that name,
      // whatever the given name ("Gabriel Martinez said ... Jeikel Martinez explained").
      const namesake =
        r.words.length === 2 &&
        this.bySurname.has(surname) &&
        !NON_PERSON_WORDS.has(r.words[0].toLowerCase()) &&
        !TITLE_WORDS.has(r.words[0].toLowerCase()) &&
        SPEECH_VERB_AFTER.test(r.text.slice(r.end, r.end + 40));
      if (!person && !namesake) continue;
      const name = r.words.join(' ');
      const first = this.bySurname.get(surname);
      // (Only a given name the list knows, or another namesake who speaks: "Neither Donald J. Trump" is no second
      // Trump, "Jeikel Martinez explained" is.)
      if (first !== undefined && first !== name && r.words.length >= 2 && (isKnownFirstName(r.words[0]) || namesake)) {
        // Another person of the same surname: named in full, they are themselves, not the first of that name.
        const seen = this.namesakes.get(surname) ?? [{ name: first }];
        if (!seen.some((n) => n.name === name)) seen.push({ name });
        this.namesakes.set(surname, seen);
        const g = HONORIFICS.get(r.title) || genderOfFirstName(r.words[0]);
        if (g && !this.gender.has(name)) this.gender.set(name, g);
      }
      if (first !== undefined) continue;
      this.bySurname.set(surname, name);
      if (HONORIFICS.get(r.title)) titled.add(name);
      const g = HONORIFICS.get(r.title) || genderOfFirstName(r.words[0]);
      if (g) this.gender.set(name, g);
    }
    // A surname the article only ever uses alone, as the subject of a speech verb ("Cruz said"), is a speaker's
    // name even though the article never gives it in full.
    // So is a surname after an honorific ("Baroness Parminter, chair of ..., criticised"), which also gives its gender,
    // and a name given an age ("Shelim, 21, lives in east London").
    for (const r of this.runs) {
      if (
        !(
          r.speaks ||
          r.aged ||
          (this.acts.get(r.surname) ?? 0) >= ACTS_TO_BE_A_PERSON ||
          (r.title && r.words.length === 1)
        ) ||
        this.bySurname.has(r.surname) ||
        this.inside.has(r.surname) ||
        this.places.has(r.surname)
      )
        continue;
      if (
        (NON_PERSON_WORDS.has(r.surname) && !HONORIFICS.has(r.title)) ||
        TITLE_WORDS.has(r.surname) ||
        !/^\p{Lu}\p{Ll}/u.test(r.words[0])
      )
        continue;
      this.bySurname.set(r.surname, r.words[0]);
      const g = HONORIFICS.get(r.title);
      if (g) {
        this.gender.set(r.words[0], g);
        titled.add(r.words[0]);
      }
    }
    for (const r of this.runs) {
      if (!r.apposedGivenName || this.bySurname.has(r.surname)) continue;
      // "his wife, Jane, ... Jane Sanders": the given name stands for the full name it opens elsewhere.
      const full = this.inside.has(r.surname)
        ? this.runs.find((o) => o.words.length >= 2 && o.words[0] === r.words[0])
        : null;
      if (this.inside.has(r.surname) && !full) continue;
      const name = full ? full.words.join(' ') : r.words[0];
      this.bySurname.set(r.surname, name);
      const g = genderOfFirstName(r.words[0]);
      if (g) this.gender.set(name, g);
    }
    // Pronouns that take up a person tell their gender: a vote of +1 for "he", -1 for "she".
    const votes = new Map<string, { he: number; she: number }>();
    const vote = (name: string, pronoun: string) => {
      const v = votes.get(name) ?? { he: 0, she: 0 };
      if (pronoun === 'he' || pronoun === 'his' || pronoun === 'him') v.he++;
      else v.she++;
      votes.set(name, v);
    };
    for (const r of this.runs) {
      // (A namesake named in full as the subject of a verb of saying is themselves: "Gabriel Martinez said ... Maria
      // Martinez explained that". Elsewhere a mention counts for the first of the name, whom the story is more
      // often about: PolNeAR train had 4 speakers more wrong when every full mention counted for its own person.)
      const own = r.words.length >= 2 ? r.words.join(' ') : null;
      const name =
        own &&
        this.namesakes.get(r.surname)?.some((n) => n.name === own) &&
        SPEECH_VERB_AFTER.test(r.text.slice(r.end, r.end + 40))
          ? own
          : this.nameOf(r.surname, r.title);
      if (!name) continue;
      if (r.age) {
        // (A full name is its own person even where another shares the surname: "Melania Trump, 46,".)
        const aged = r.words.length >= 2 ? r.words.join(' ') : name;
        const known = this.byAge.get(r.age);
        this.byAge.set(r.age, known === undefined || known === aged ? aged : '');
      }
      const subject = isSubject(r);
      const lead = sentenceLead(r.text.slice(Math.max(0, r.local - 80), r.local));
      const viewHolder = VIEW_FRAME_BEFORE.test(lead) && /^,\s/.test(r.text.slice(r.end, r.end + 2));
      const initial = viewHolder || (subject && TOPIC_BEFORE.test(lead));
      const possessor = POSSESSIVE_END.test(r.text.slice(r.end - 2, r.end));
      this.mentions.push({ at: r.at, name, subject, initial, possessor, viewHolder });
      if (!subject || titled.has(name)) continue;
      // "Clinton says she wants...": a pronoun in the subject's own clause tells the person's gender.
      // "Sandy Phillips, who lost her daughter": a possessive in the person's own relative clause is theirs, and
      // outweighs what the given name usually is.
      const clause = r.text.slice(r.end, r.end + GENDER_WINDOW);
      const g =
        (r.who ? WHO_POSSESSIVE.exec(clause)?.[1] : null) ??
        (this.gender.has(name) ? null : PRONOUN_IN_CLAUSE.exec(clause)?.[1]?.toLowerCase());
      if (g) vote(name, g);
      // "Walz approaches it a bit more diplomatically. She said ...": the next sentence takes up the topic of one
      // that names no one else by its pronoun subject.
      if (!initial) continue;
      const ahead = r.text.slice(r.end, r.end + TOPIC_WINDOW);
      if (!ahead.includes('He ') && !ahead.includes('She ')) continue;
      // ("Trump's wife ... She": a possessive's topic is what it owns.)
      if (/[’']s$/.test(r.text.slice(r.end - 2, r.end))) continue;
      // ("Ivanka Trump ... She": a full name other than the one a surname stands for is someone else of that name.)
      if (r.words.length >= 2 && r.words.join(' ') !== name) continue;
      const next = TOPIC_THEN_PRONOUN.exec(ahead)?.[1];
      if (next) vote(name, next.toLowerCase());
    }
    for (const [name, { he, she }] of votes) {
      const prior = this.gender.get(name);
      // What the article says of a person outweighs the usual gender of a given name ("Marty Walz ... She said"),
      // when every pronoun that takes them up says so.
      if (!prior ? he !== she : prior === 'm' ? he === 0 : she === 0) this.gender.set(name, he > she ? 'm' : 'f');
    }
  }

  /** Records a speaker the attributor found at `at` (in reading order). */
  addSpeaker(at: number, name: string): void {
    // A body or a document ("the company", "The book") is never "he" or "she" later; a person's role may be.
    if (DESCRIPTION.test(name) && NOT_A_PERSON_HEAD.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return;
    this.speakers.push({ at, name, subject: true });
  }

  /** The last person named as a subject in [from, to): "Okafor did not need much coaxing." */
  subjectIn(from: number, to: number): string | null {
    for (let i = lastBefore(this.mentions, to); i >= 0 && this.mentions[i].at >= from; i--) {
      if (this.mentions[i].subject) return this.mentions[i].name;
    }
    return null;
  }

  /** The first person in [from, to) named as the subject that opens its sentence: the sentence's topic. */
  topicIn(from: number, to: number): string | null {
    let i = lastBefore(this.mentions, to);
    while (i >= 0 && this.mentions[i].at >= from) i--;
    for (let k = i + 1; k < this.mentions.length && this.mentions[k].at < to; k++)
      if (this.mentions[k].initial) return this.mentions[k].name;
    return null;
  }

  /** The last person named anywhere in [from, to). */
  lastIn(from: number, to: number): string | null {
    const i = lastBefore(this.mentions, to);
    return i >= 0 && this.mentions[i].at >= from ? this.mentions[i].name : null;
  }

  genderOf(name: string): 'm' | 'f' | null {
    return this.gender.get(this.fullName(name) ?? name) ?? null;
  }

  /** Learns a speaker's gender from the pronoun an attribution used for them ("Lee ... he said"). */
  learnGender(name: string, pronoun: string): void {
    if (!this.gender.has(name) && (pronoun === 'he' || pronoun === 'she'))
      this.gender.set(name, pronoun === 'he' ? 'm' : 'f');
  }

  /**
   * The one person the article names in full whose initials these are ("OW" for Oprah Winfrey, "AD" for Ava
   * DuVernay): how Q&A interviews label their turns. Null when nobody, or more than one person, has them.
   */
  byInitials(initials: string): string | null {
    let found: string | null = null;
    for (const name of new Set(this.bySurname.values())) {
      const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}\.$/u.test(w));
      if (words.length < 2 || words.map((w) => w[0]).join('') !== initials) continue;
      if (found && found !== name) return null;
      found = name;
    }
    return found;
  }

  /** The one person the article gives this age ("Reneus, 18,", "81-year-old Parker Eaton"), or null. */
  personAged(age: number): string | null {
    return this.byAge.get(age) || null;
  }

  /**
   * The full name a surname stands for, when the article names that person in full. Where it names several people
   * so, the surname alone is the one it named first (news writes the other in full: "Bill Clinton" in a story on
   * Hillary Clinton), and a title picks by gender ("Mrs. Clinton").
   */
  fullName(phrase: string): string | null {
    const titled = /^(Mr|Mrs|Ms|Miss)\.?\s+(\S+)$/.exec(phrase);
    if (!titled && /\s/.test(phrase)) return null;
    const surname = (titled ? titled[2] : phrase).toLowerCase().replace(/[’']s$/, '');
    return this.nameOf(surname, titled ? titled[1].toLowerCase() : '');
  }

  /** The person a surname stands for: the first named in full, or of several, the first of the gender a title gives. */
  private nameOf(surname: string, title: string): string | null {
    const namesakes = this.namesakes.get(surname);
    const want = HONORIFICS.get(title) || null;
    const fit = namesakes && want ? namesakes.find((n) => this.gender.get(n.name) === want) : undefined;
    return fit?.name ?? this.bySurname.get(surname) ?? null;
  }

  /**
   * The person a pronoun or a description most likely stands for, by salience: each person named or quoted
   * before `at` (within SALIENCE_REACH characters) scores by role (a speaker the attributor found, then a subject,
   * then an object) less a cost for distance; people known to be of the other gender are skipped for "he" and
   * "she". So a person just introduced as a subject beats a speaker quoted paragraphs before.
   */
  resolve(at: number, pronoun: string): string | null {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    let i = lastBefore(this.mentions, at);
    let j = lastBefore(this.speakers, at);
    let best: string | null = null;
    let bestScore = -Infinity;
    for (let steps = 0; steps < 24 && (i >= 0 || j >= 0); steps++) {
      const takeMention = j < 0 || (i >= 0 && this.mentions[i].at > this.speakers[j].at);
      const isSpeaker = !takeMention;
      const m = takeMention ? this.mentions[i--] : this.speakers[j--];
      if (at - m.at > SALIENCE_REACH) break;
      if (isWriter(m.name)) continue;
      const g = this.gender.get(m.name);
      if (want && g && g !== want) continue;
      if (want && !this.canBeOnePerson(m.name)) continue;
      // "They chanted": a group, never one person named before.
      if (pronoun === 'they' && this.canBeOnePerson(m.name)) continue;
      const framed = m.viewHolder && at - m.at <= FRAME_REACH ? VIEW_HOLDER_SALIENCE : 0;
      const role = isSpeaker
        ? SPEAKER_SALIENCE
        : m.subject || m.viewHolder
          ? SUBJECT_SALIENCE + (m.initial ? INITIAL_SALIENCE : 0) + framed
          : 0;
      const agrees = want === 'f' && g === 'f' ? AGREEMENT_SALIENCE : 0;
      const score = role + agrees - (at - m.at) / DISTANCE_COST;
      if (score > bestScore) {
        best = m.name;
        bestScore = score;
      }
    }
    return best;
  }

  /** How many times the article names (or quotes) `name` before offset `at`. */
  timesNamed(name: string, at: number): number {
    let n = 0;
    for (const m of this.mentions) if (m.at < at && m.name === name) n++;
    for (const m of this.speakers) if (m.at < at && m.name === name) n++;
    return n;
  }

  /** Whether a name is a person's: no body's ("The Food Standards Agency"), of a known gender or a given name. */
  /** Whether the article uses this name of several words as a place's ("in Hong Kong"). */
  isPlaceName(name: string): boolean {
    return this.placeNames.has(name);
  }

  isKnownPerson(name: string): boolean {
    return this.canBeOnePerson(name) && (this.gender.has(name) || hasPersonName(name.split(/\s+/)));
  }

  /**
   * Whether a name can stand for one person, "he" or "she": not an acronym ("DFER"), a body ("the campaign"), a plural or a thing described ("Other news organizations", "The bickering"), nor a single word
   * the article uses as a place ("in Colorado").
   */
  canBeOnePerson(name: string): boolean {
    const words = name.split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    if (words.some((w) => ACRONYM.test(w)) || BODY_HEADS.has(last)) return false;
    // "The Economist", "The Blaze": a capitalised name after "The" is a title or a body's, never "he" or "she".
    if (words.length >= 2 && words[0] === 'The' && /^\p{Lu}/u.test(words[1])) return false;
    if (words.length === 1) return !this.places.has(last);
    return !DESCRIPTION.test(name) || !/(?:[^s]s|ing)$/.test(last);
  }

  /**
   * The last person named as a subject in [from, to) who can be "he" or "she" (`pronoun`); with `initial`, only
   * one that opens its sentence.
   */
  subjectAgreeingIn(from: number, to: number, pronoun: string, initial = false): string | null {
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    for (let i = lastBefore(this.mentions, to); i >= 0 && this.mentions[i].at >= from; i--) {
      const m = this.mentions[i];
      const g = this.gender.get(m.name);
      // ("receive Obama's endorsement": a possessor introduces nobody, whatever its noun does.)
      // ("For Major, a retiree, ... “Q,” she said": the person whose view the sentence gives counts as its subject.)
      const subject = (m.subject || m.viewHolder) && !m.possessor && !isWriter(m.name);
      if (subject && (!initial || m.initial) && !(want && g && g !== want) && (!want || this.canBeOnePerson(m.name)))
        return m.name;
    }
    return null;
  }
}

/**
 * The words of a sentence before a mention: what follows the last sentence end (a colon, or a closing mark after
 * one, counts too) in `lead`; a NUL, which no pattern takes for a sentence's start, when `lead` (the 80 characters
 * before the mention) holds no sentence end and was cut from a longer text.
 */
function sentenceLead(lead: string): string {
  const end = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('? '), lead.lastIndexOf('! '), lead.lastIndexOf(': '));
  const closed = /[.!?:]["”’]\s+(?=[^.!?:]*$)/u.exec(lead);
  const from = Math.max(end >= 0 ? end + 2 : -1, closed ? closed.index + closed[0].length : -1);
  // No sentence end in the window: the mention opens the sentence only if the window is the paragraph's start.
  return from >= 0 ? lead.slice(from) : lead.length < 80 ? lead : '\u0000';
}

/** Index of the last mention before `at` (binary search), or -1. */
function lastBefore(list: Mention[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last;
}

/** A word in lower case without trailing dots, commas and apostrophes (most words have none: skip the regex). */
const NO_OPENERS: ReadonlySet<string> = new Set();
/** A German role before a name, often a compound ("Bundesverkehrsminister Scheuer", "Geschäftsführer Hanisch"). */
const GERMAN_ROLE =
  /(?:minister|ministerin|chef|chefin|präsident|präsidentin|sprecher|sprecherin|vorsitzende|vorsitzender|direktor|direktorin|führer|führerin|leiter|leiterin|abgeordnete|abgeordneter|berater|beraterin|professor|professorin|kanzler|kanzlerin|experte|expertin|anwalt|anwältin|autor|autorin|trainer|trainerin|gründer|gründerin|redakteur|redakteurin|journalist|journalistin|bürgermeister|bürgermeisterin|senator|senatorin)$/iu;
const bare = (w: string) => {
  const lower = w.toLowerCase();
  const last = lower[lower.length - 1];
  return last === ',' || endsInDotOrQuote(lower) ? lower.replace(/[.,’']+$/, '') : lower;
};
/** Whether a word ends in a dot or an apostrophe (the only words the trailing-punctuation regexes change). */
const endsInDotOrQuote = (w: string) => {
  const last = w[w.length - 1];
  return last === '.' || last === '’' || last === "'";
};
const HAS_SPACE = /\s/;
/** A word in capitals, two letters or more: an acronym ("DFER", "NATO"), not a generation ("II", "IV"). */
const ACRONYM = /^(?![IVX]+$)\p{Lu}{2,}$/u;

/** Small words a headline in title case may leave in lower case. */
const HEADLINE_SMALL = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'vs',
]);
/** Whether a text of four words or more is written in title case: every word but the small ones capitalised. */
function isTitleCase(text: string): boolean {
  if (text.length > 200) return false;
  // Word by word, stopping at the first lower-case content word: most paragraphs are prose and fail at once.
  HEADLINE_WORD.lastIndex = 0;
  let content = 0;
  for (let m = HEADLINE_WORD.exec(text); m; m = HEADLINE_WORD.exec(text)) {
    if (HEADLINE_SMALL.has(m[0])) continue;
    if (!STARTS_UPPER.test(m[0])) return false;
    content++;
  }
  return content >= 4;
}
const HEADLINE_WORD = rx(String.raw`[\p{L}][\p{L}’'-]*`, 'gu');
const STARTS_UPPER = /^\p{Lu}/u;

/** The writer ("I", "we"), never "he", "she", "they" or someone described. */
export function isWriter(name: string): boolean {
  return name === 'I' || name === 'we';
}
