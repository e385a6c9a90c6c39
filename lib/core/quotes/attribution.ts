/**
 * Who said a quotation, read from the words around it in its paragraph: a speech verb after the quote
 * (`"Q," she said`, `"Q," said X`, `"Q," X, a professor at Y, told reporters`), before it (`X said: "Q"`,
 * `asks editor X, "Q"`), or `according to X`; and, for a quote with no cue of its own, the last person the
 * paragraph before reports as speaking ("Lee said that ..."). Whether a speaker phrase hides who speaks
 * ("officials", "people familiar with the matter") is ./anonymous-source.ts's question. English word lists
 * (lib/core/data/speech-verbs.ts).
 */
import {
  ABBREVIATED_TITLES,
  ALWAYS_ANONYMOUS_HEADS,
  ANONYMOUS_HEADS,
  APPOSED_ROLE_NOUNS,
  GENERIC_PRONOUN,
  NON_PERSON_WORDS,
  SENTENCE_ADVERBS,
  SPEAKER_PRONOUNS,
  SPEECH_ADVERBS,
  SPEECH_VERB_PATTERN,
  TITLE_WORDS,
} from '../data/speech-verbs';
import { isKnownFirstName, isNameParticle } from '../data/first-names';
import { countWords, wordSet } from '../text/words';
import {
  BODY_NOUNS,
  INDEFINITE_PERSON_HEADS,
  isAnonymous,
  NP_CONTINUE,
  SOURCE_DESCRIPTION,
  withDescription,
} from './anonymous-source';
import { GLUED_LABEL, hasPersonName, isWriterContraction } from './people';
import { signatureAfter, signatureLeadIn } from './signatures';
import { rx } from '../text/script-letters';

export { hasPersonName, isAnonymous };

/** What the words around one quotation say about its speaker. */
export interface SpeakerCue {
  /** The words naming the speaker as written ("she", "Trump", "the 39-year-old founder of X"). */
  phrase: string;
  /** Whether the phrase is a pronoun to resolve ("he", "she", "they"). */
  pronoun: boolean;
  /** An anonymous source the quote is relayed through ("according to former defense officials"). */
  relayedBy: string | null;
}

/**
 * A short phrase the quote runs into before the attribution: `“Q” in that law, Azzouz said`. Lower-case, one
 * preposition-led phrase up to a comma, no sentence break.
 */
const INLINE_ADJUNCT = String.raw`(?:(?:in|on|at|of|for|about|from|to|with|during|after|before|under)\s+[^,"“”.!?;:]{1,60},\s*)?`;
// (Any adverb in -ly may stand there too: "Zsa Zsa Gabor famously said".)
const ADVERBS = `(?:(?:${SPEECH_ADVERBS.map((a) => a.replace(/ /g, '\\s+')).join('|')}|\\p{Ll}{2,}ly)\\s+){0,3}`;
const VERB = `(?:${SPEECH_VERB_PATTERN})`;
/**
 * A word of a noun phrase: letters, digits, apostrophes, hyphens, abbreviation dots ("Mr.", "U.S.", "e.GO’s", "Co."),
 * or the ampersand of a firm's name ("J.J. Lally & Co.").
 */
/** A user's handle on a forum or a social network: "u/britinsb", "@QuinteroCalle". */
const HANDLE = String.raw`(?<![\p{L}\p{N}/])(?:u\/|@)[\p{L}\p{N}_-]{2,}`;
const HANDLE_ONLY = rx(String.raw`^${HANDLE}$`, 'u');
const WORD = String.raw`(?:${HANDLE}|[\p{L}\p{N}](?:[\p{L}\p{N}’'-]|\.(?=[\p{L}\p{N}]))*(?:(?<=\b(?:${ABBREVIATED_TITLES}|St|Jr|Sr|Co|Inc|Corp|Ltd|Bros|\p{Lu}))\.)?|&|[$€£]\p{N}+)`;
const PHRASE = (max: number) => String.raw`${WORD}(?:\s+${WORD}){0,${max}}`;
/**
 * An appositive between a subject and its verb: ", a professor at Y," (no quotation marks, no sentence end), or a
 * label in brackets ("Gov. John Kasich (R-OH), said").
 */
const APPOSITIVE = String.raw`(?:\s*,([^"“”«»;!?,]{1,100}(?:,[^"“”«»;!?,]{1,100})?),|\s+\([^)]{1,80}\),?)?`;
/** A description with a comma between its adjectives: "the lanky, bespectacled professor". */
const ADJECTIVE_LIST = String.raw`(?:(?:[Tt]he|[Aa]n?)\s+[\p{L}-]+,\s+)?`;

// The speech verbs are found once per text with VERB_G; the patterns below then read the words on either side
// of a verb. Keeping the long verb alternation out of them keeps them cheap to compile and to run.
const VERB_G = rx(String.raw`\b(?:${VERB})\b`, 'gu');
/** Before the verb in `"Q," said X`: only punctuation and adverbs since the closing mark. */
const LEAD_ONLY = rx(String.raw`^[\s,;:.!?—–-]*${INLINE_ADJUNCT}${ADVERBS}$`, 'u');
/** After the verb in `"Q," said X` / `"Q," says the founder of Y`: its subject. */
const OBJECT_AFTER = rx(String.raw`^\s+(${PHRASE(11)}(?:\s*,\s*${PHRASE(4)})?)`, 'u');
/**
 * Before the verb in `"Q," she said` / `"Q," X, a professor, said`: the subject right after the quote, up to 16 words
 * ("nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for ... wrote").
 */
const SUBJECT_LEADING = rx(
  String.raw`^[\s,;:.!?—–-]*${INLINE_ADJUNCT}(${ADJECTIVE_LIST}${PHRASE(15)}?)${APPOSITIVE}\s+${ADVERBS}$`,
  'u',
);
/**
 * Before the verb in `X said: "Q"` / `He told the Star, "Q"`: its subject. The lookbehind changes no match: a match
 * starting inside a word would also start one letter earlier, so the leftmost match never does; it spares the
 * search the attempts at every letter of every word.
 */
const SUBJECT_TRAILING = rx(String.raw`(?<![\p{L}\p{N}])(${PHRASE(9)}?)${APPOSITIVE}\s+${ADVERBS}$`, 'u');
/**
 * Between commas before a participle, a clause rather than an appositive: a capitalised subject (a name, or a name's
 * possessive and its noun: "Hillary Clinton’s right-hand woman") of up to five words, then a past-tense verb and
 * its object ("rallied supporters"). Appositives open with a determiner or a role, and an -ed word in them is an
 * adjective before its noun ("the newly appointed head").
 */
const CLAUSE_NOT_APPOSITIVE = rx(
  String.raw`^\s*(\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,4}?)\s+(?:\p{Ll}{2,}ed)\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+\s*$`,
  'u',
);
/** "Hillary Clinton’s right-hand woman": a person's name, its possessive, and a lower-case noun of up to three words. */
function possessedDescription(phrase: string): string | null {
  const m = POSSESSED_DESCRIPTION.exec(phrase.trim());
  return m && hasPersonName(m[1].split(/\s+/)) ? m[0] : null;
}
const POSSESSED_DESCRIPTION = rx(
  String.raw`^((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*)[’']s\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}$`,
  'u',
);
/** A clause with a finite verb of its own, then "and" and the subject of the next: its group 1. */
const CLAUSE_THEN_AND = rx(
  String.raw`\b(?:has|have|had|is|was|are|were|will|would|can|could|\p{Ll}{2,}ed)\b.*\sand\s+((?:(?!(?:that|which|who|whom)\b)[\p{L}\p{N}.’'&-]+\s*){1,4})$`,
  'u',
);
/** "as Jane Doe" after a quote's comma: the subject of an "as" clause. */
const AS_BETWEEN_PIECES = /^[\s,]*as\s+([\s\S]+)$/;
/** The rest of that clause: a short adjunct and a comma where the next piece opens (the after-text stops there). */
const BETWEEN_PIECES_TRAILER = /^[^.!?;:“”"]{0,60},\s*$/;
/**
 * A name that reports the quote's sentence before the quote: "Grayson said Randolph “Q”", "Trump told aides the plan
 * “Q”". Only a finite speech verb with a capitalised subject of its own (a pronoun is left to the paragraph's cues).
 */
function namedReporterBefore(before: string): string | null {
  for (const v of verbsIn(before).reverse()) {
    if (/^\S+ing\b/.test(before.slice(v.start, v.end))) continue;
    const subject = trailingSubject(before.slice(0, v.start));
    if (subject && /^\p{Lu}/u.test(subject) && namesSomeone(subject) && !isAnonymous(subject)) return subject;
  }
  return null;
}

/** Verbs whose object is what was said, not who heard it ("told CBS' Face the Nation" names a listener). */
const CLAUSE_REPORTING_VERB = /^(?:said|says|recalled|recounted|relayed|reported)$/;

/** A capitalised run that can be a person's name (not "The", "This", "Congress"): the reported clause's subject. */
function namesSomeone(run: string): boolean {
  const words = run.split(/\s+/);
  return !DETERMINER_WORDS.has(words[0]) && words.every((w) => !NON_PERSON_WORDS.has(w.toLowerCase()));
}

/**
 * After "said" in `X said Reid quieted the chatter, telling his colleagues, “Q”`: a reported clause whose subject, a
 * name, speaks the quote through a participle of its own. (Not a clause about what the name will or should do:
 * `X said Clinton will have to choose, saying, “Q”` is X's words; a participle tells what happened.)
 */
const REPORTED_SPEAKER_THEN_PARTICIPLE = rx(
  String.raw`^\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?!(?:will|would|should|could|must|may|might|can|shall)\b)\p{Ll}+[^.!?:;"“”]{0,60},\s*(?:telling|saying|adding|declaring|insisting|explaining|warning)\b[^.!?:;"“”]{0,40}[:,]?\s*$`,
  'u',
);
/** After the verb in `X said in a statement: "Q"`: a short trailer up to the quote, no sentence break. */
const TRAILER = /^[^.!?:;"“”]{0,80}?[:,]?\s*$/u;
/** After the verb in `asks editor X, "Q"`: an inverted subject right before the quote. */
const OBJECT_BEFORE_QUOTE = rx(String.raw`^\s+(${PHRASE(8)})\s*[,:]\s*$`, 'u');
const ACCORDING_TO = rx(String.raw`\b[Aa]ccording\s+to\s+(${PHRASE(11)})`, 'u');
/** "according to" right after a quote, before any other word: "“Q,” according to the report." */
const ACCORDING_TO_FIRST = /^[\s,;:—–-]*[Aa]ccording\s+to\b/;
/**
 * A sentence that opens by quoting someone, the quote in its clause: "To quote The Economist, “Q”", "To quote Richard
 * Dawkins, it is surprising that the US, “Q”", "Quoting Lee: “Q”".
 */
const TO_QUOTE = rx(
  String.raw`(?:^|[.!?]\s+)(?:[Tt]o\s+(?:quote|paraphrase|borrow\s+from)|Quoting|Paraphrasing)\s+(${PHRASE(5)})\s*[,:]`,
  'u',
);
/** Before a quote: "In Dr. Lee’s words, “Q”" / "in the words of X: “Q”". */
const IN_WORDS_OF = rx(
  String.raw`\b[Ii]n\s+(?:the\s+(?:own\s+)?words\s+of\s+(${PHRASE(5)})|(${PHRASE(5)})[’']s?\s+(?:own\s+)?words)\s*[,:]?\s*$`,
  'u',
);
/** Verbs of "as X put it": "put", "phrased", "summed (up)". */
const PUT_VERB = String.raw`(?:put|puts|phrased|phrases|summed|sums)`;
/** A cheap test before AS_X_PUT_IT: "put it" somewhere before the quote. */
const PUT_IT = rx(String.raw`\b${PUT_VERB} it\b`);
/**
 * Before a quote: "As Vulture put it, “Q”", "as one voter phrased it:", "As Pam Fletcher, GM’s chief engineer,
 * recently put it to me with a confident grin:".
 */
const AS_X_PUT_IT = rx(
  String.raw`\b[Aa]s\s+(${PHRASE(5)}?)(?:,[^,"“”]{1,80},)?\s+(?:\p{Ll}+ly\s+)?${PUT_VERB}\s+it(?:\s+up)?(?:\s+to\s+(?:me|us|him|her|them|reporters|[\p{L}-]+)(?:\s+with\s+[^,:;.!?"“”]{1,40}?)?)?\s*[,:]?\s*$`,
  'u',
);
/** Right after the quote: "“Q,” as the New York Times put it". */
const AS_X_PUT_IT_AFTER = rx(String.raw`^[\s,]*as\s+(${PHRASE(5)}?)\s+${PUT_VERB}\s+it\b`, 'u');
/** Right after the quote, an "as" clause with a verb of saying: "“Q,” as Mayor Colin Read told Motherboard". */
const AS_X_SAID_AFTER = rx(
  String.raw`^[\s,]*as\s+(${PHRASE(5)}?)\s+(?:\p{Ll}+ly\s+)?(?:told|tells|said|says|wrote|writes|noted|notes|explained|explains|tweeted|tweets|remarked|remarks|observed|observes|recalled|recalls|argued|argues)\b`,
  'u',
);
/** Opening the sentence the quote ends: "As the New York Times put it, the bank “Q”". */
const AS_X_PUT_IT_LEAD = rx(String.raw`(?:^|[.!?]\s+)[Aa]s\s+(${PHRASE(5)}?)\s+${PUT_VERB}\s+it(?:\s+up)?\s*,`, 'u');
/** Before a verb anywhere in a paragraph: "Lee said that...", "Okafor says she wants...". */
const REPORTING_SUBJECT = rx(
  String.raw`(?:^|[.!?;:]\s+|,\s+|\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Aa]s|[Ww]hen)\s+)(${PHRASE(7)}?)${APPOSITIVE}\s+${ADVERBS}$`,
  'u',
);

/**
 * The words up to a relative "where" inside a subject phrase: "event where " in "event where Trump" ("that" is as
 * often a complement: "said that Obama shows").
 */
const RELATIVE_LEAD = /^.*\swhere\s+(?=\S)/;

/** A perception verb, its object, then a verb of speaking right before the quote: "heard students shout,". */
const PERCEIVED_SPEAKER = rx(
  String.raw`\b(?:heard|hear|hears|saw|see|sees|watched|watch|overheard)\s+((?:the\s+|some\s+|a\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s+(?:shout|say|chant|yell|scream|ask|tell|call|cry|sing)(?:s|ed|ing)?(?:\s+out)?\s*[,:]?\s*$`,
  'u',
);
/** A cheap test before PERCEIVED_SPEAKER: a verb of hearing or seeing anywhere in the text. */
const PERCEPTION_WORD = /\b(?:hear|saw|see|watch|overheard)/;
const ENDS_IN_COLON = /:\s*$/;
/** A fronted phrase and a subject, then its verb (each pattern adds the verb forms it takes). */
const FRONTED_SUBJECT = String.raw`^\s*(?:(?:As|When|If|While|After|Before|During|Since|By|In|On|At|Later|Earlier|Last|This|Amid|Amidst|Alongside|Among|Despite|Following|Throughout|Unlike|Beyond|Without|Within|Against|Across|Behind|Upon|Until|With|For|From|Under|Over)\b[^,]{0,100},\s+)?((?:[\p{L}\d][\p{L}\d’'.&-]*)(?:\s+[\p{L}\d][\p{L}\d’'.&-]*){0,7}?)(?:\s*,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?`;
/**
 * The subject of a sentence up to its verb: a noun phrase of up to eight words (an appositive may follow it),
 * then a verb in the past tense, a modal, or a linking verb. A verb in -s is tried only when no such verb is found,
 * since plural nouns end in -s too ("Obama's first five questioners ranged").
 */
const SUBJECT_THEN_PAST = rx(
  String.raw`${FRONTED_SUBJECT}(?:\p{Ll}{2,}ed|was|were|had|could|would|can|will|put|said|wrote|told|spoke)\b`,
  'u',
);
const SUBJECT_THEN_PRESENT = rx(String.raw`${FRONTED_SUBJECT}(?:\p{Ll}{2,}s|is|has)\b`, 'u');

const DASH_LABEL = /\s[-–—]\s?[^-–—]*:\s*$/;
/** A person named just before "of", "with" or "from" the body that follows: "Jerry Holkins of (Penny Arcade writes:)". */
const PERSON_OF = rx(
  String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:of|with|from)\s+(?:the\s+)?$`,
  'u',
);

function personOfBody(before: string): string | null {
  const name = PERSON_OF.exec(before)?.[1];
  return name && hasPersonName(name.split(/\s+/)) ? name : null;
}

/** A name and its verb right before the colon: "to which O'Malley interjected:". */
const NAME_VERB_BEFORE_COLON = rx(
  String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?(?!(?:this|his|its|hers|ours|yours|theirs|thus|plus|less|us)\s*:)\p{Ll}{2,}(?:ed|s)\s*:\s*$`,
  'u',
);

/** The head of a noun phrase: its last word before a preposition ("A footnote in the report" -> footnote). */
function headOf(words: string[]): string {
  const k = words.findIndex((w, i) => i > 0 && /^(?:of|in|for|at|from|on|with)$/i.test(w));
  return (k > 0 ? words[k - 1] : words[words.length - 1]).toLowerCase().replace(/[’']s$/, '');
}

/** The subject of the sentence a colon ends: "Article 33 affirms:", "The Clinton campaign ... worded it:". */
function colonSentenceSubject(sentence: string): string | null {
  const local = NAME_VERB_BEFORE_COLON.exec(sentence)?.[1];
  if (local && !NOT_A_SUBJECT.has(local.split(/\s+/)[0].toLowerCase())) return local;
  const m = SUBJECT_THEN_PAST.exec(sentence) ?? SUBJECT_THEN_PRESENT.exec(sentence);
  if (!m) return null;
  // "She then said:": adverbs after the subject are not part of it, nor is a time adverbial before it ("Last month
  // Wired wrote an article entitled …:").
  const trimmed = m[1].replace(/[,;]+$/, '').replace(/(?:\s+(?:then|also|later|again|\p{Ll}+ly))+$/u, '');
  const words = trimmed.split(/\s+/);
  words.splice(0, timeAdverbialAt(words, 0));
  const phrase = words.join(' ');
  const first = words[0].toLowerCase();
  // "It was simple:", "There is one problem:", "What he said:": no one in particular.
  if (NOT_A_SUBJECT.has(first) || CLAUSE_OPENERS.has(first) || /\b(?:it|this|that|there|here)$/i.test(phrase))
    return null;
  // A name ("Article 33", "The Clinton campaign"), a pronoun, or a source by its head ("A footnote in the
  // report"); not an abstract noun ("Governance lassitude was on display when ...").
  const named = words.length === 1 ? /^\p{Lu}/u.test(words[0]) : words.slice(1).some((w) => /^[\p{Lu}\d]/u.test(w));
  const head = headOf(words);
  const source = named || SPEAKER_PRONOUNS.has(first) || SOURCE_HEADS.has(head) || INDEFINITE_PERSON_HEADS.has(head);
  return source && isSpeakerPhrase(phrase) ? phrase : null;
}

/** An object pronoun as the subject it stands for. */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
/** A name opening the text after a quote, then a comma: "Harry Bond, 30, ...", "Nate Silver, the polling guru". */
const NAME_THEN_APPOSITIVE = rx(String.raw`^[\s,]*((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]+),`, 'u');
/** Before a name, a preposition (maybe with an article and a word) whose object the name is: "in (Launching the)". */
const PREPOSITION_OBJECT_BEFORE =
  /\b(?:in|on|at|from|of|into|about|through)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}\S*\s+(?:the\s+)?)?$/u;
/** A full name (two to four capitalised words) ending the text before a colon. */
const NAME_BEFORE_COLON = rx(String.raw`((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+):\s*$`, 'u');

/** "according to X" in a text; the plain substring test first spares most texts the phrase pattern. */
function accordingTo(text: string): RegExpExecArray | null {
  return text.includes('ccording') ? ACCORDING_TO.exec(text) : null;
}

/**
 * The rest of a sentence a quote sits inside, in lower case up to a comma, then a name or a pronoun and the verb
 * that closes the sentence: `“Q” climate change, Axelrod said.` (the verb and its trailer are checked after).
 */
const ATTRIBUTION_CLOSING_SENTENCE = rx(
  String.raw`^\s*\p{Ll}[^.!?;:"“”«»]{0,100},\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+|he|she)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}[^.!?]*[.!?]?)\s*$`,
  'u',
);

/** The same with the verb first: "... announced in October, said Derek Scissors, a China scholar with AEI." */
const INVERTED_CLOSING_SENTENCE = rx(
  String.raw`^\s*\p{Ll}[^.!?;:"“”«»]{0,100},\s+(?:said|says|added|explained|noted|wrote)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)`,
  'u',
);

/** A name and a colon opening a headline, then at most four capitalised words up to the quote. */
const HEADLINE_LABEL = rx(
  String.raw`^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+):\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,4}$`,
  'u',
);

/** Verbs in the past tense that do not end in -ed. */
export const IRREGULAR_PAST = wordSet(`told made gave took said went got thought knew saw put set led left found kept`);
/** The same and a few more, but "said" (a speech verb, read apart), as an alternation for clause patterns. */
const PAST_FORMS = [...IRREGULAR_PAST, ...wordSet(`stood came began ran held sat shook rose`)]
  .filter((w) => w !== 'said')
  .join('|');

/**
 * What follows a plural noun that doubles as a speech verb ("chants", "shouts", "cries") when it is the noun: a verb
 * in the past, then a preposition or an adverb ("rang around", "went up", "echoed through"); not a participle
 * before a noun, as in "says retired general Ann Lee".
 */
const NOUN_THEN_PAST_VERB = rx(
  String.raw`^\s*(?:\p{Ll}{2,}ed|rang|rose|went|came|broke|grew|began|spread|rung|sprang|fell)\s+(?:around|round|through|across|out|up|down|from|over|throughout|again|along|off|in|on|at)\b`,
  'u',
);

/** Where the speech verbs of a text are. */
function verbsIn(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  VERB_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB_G.exec(text))) {
    // "Mr Trump's boasts were", "his remarks": a present-tense form right after a possessive is a plural noun.
    if (/s$/.test(m[0]) && m[0] !== 'says' && OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A possessor right before a word: "Mr Trump's ", "his ", "the campaign's " (not "he's", "it's": is/has). */
const OWNER_BEFORE = rx(
  String.raw`(?:(?<![\p{L}])(?:his|her|their|its|my|our|your)|(?<![\p{L}])(?!(?:he|she|it|that|what|who|there|here|where|let)[’']s)[\p{L}-]+[’']s?)\s+$`,
  'iu',
);

/** Whether a text has a speech verb ("said", "told", "wrote"...). */
export function hasSpeechVerb(text: string): boolean {
  VERB_G.lastIndex = 0;
  return VERB_G.test(text);
}

/** A subordinate clause after "X said" that does not belong to the attribution ("as a guy walks in ..."). */
const SUBORDINATE_CLAUSE = /\b(?:as|while|when|because|after|before|since|until|although|though)\b[\s\S]*$/i;
/**
 * After "X verb" following a quote that ends its sentence, an infinitive or a finite verb makes the verb's object a
 * clause of its own: "“Q.” The agency declined to detail ...", "“Q.” The cable indicated 13 guards would be ...",
 * "“Q.” Rep. Lee said Clinton called on members ...".
 */
const CLAUSE_AFTER_VERB = rx(
  String.raw`^\s+to\s+(?!(?:a|an|the|his|her|their|its|my|our|your|this|that|these|those|reporters|supporters)\b)\p{Ll}|^\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:he|she|they|we|i)\s+)\p{Ll}{2,}(?:ed|s)\b|\b(?:would|will|could|should|can|must|is|was|were|are|has|have|had)\b`,
  'u',
);
/** At most this many words may follow "X said" when the quote before ends its sentence. */
const TRAILER_WORDS = 12;
/**
 * After a quote that opens its sentence right after another quote's attribution and ends its own sentence, a
 * sentence "X verb ..." is that quote's attribution only when it is short: "“Q1,” Lee said. “Q2.” Ito said." A longer
 * one goes on to a new speaker's own act ("“Q2.” Valls also spoke out sharply against ...") and leaves the quote to
 * Lee, the quote before.
 */
const FOLLOW_ON_TRAILER_WORDS = 3;
/**
 * Whether the words after "X said" only finish the attribution: up to a comma, no "that" clause and at most
 * TRAILER_WORDS words.
 */
function isShortTrailer(rest: string): boolean {
  // "Dawson shouted, shorthand for ...": what follows a comma describes the words, it is not the verb's object.
  const trailer = rest.replace(/,[\s\S]*$/, '').replace(SUBORDINATE_CLAUSE, '');
  return !/\bthat\b/i.test(trailer) && trailer.trim().split(/\s+/).length <= TRAILER_WORDS;
}
/** A speech verb opening the sentence, then its subject, up to the quote (an appositive between is allowed). */
const SENTENCE_INITIAL_VERB = rx(
  String.raw`^\s*(?:Said|Says|Added|Adds|Continued|Continues|Stated|Wrote|Writes|Explained|Noted|Recalled|Asked)\s+(${PHRASE(6)}(?:,[^"“”.!?;]{1,120})?)\s*[,:]\s*$`,
  'u',
);
/** A quantity after a verb: "says a lot", "means a great deal". */
const QUANTITY = /^a\s+(?:lot|little|bit|great\s+deal|good\s+deal|ton)$/i;
/** Objects that never stand as an inverted subject: pronouns in the object case, documents, numbers. */
const NOT_INVERTED_SUBJECT = rx(
  String.raw`^(?:(?:them|him|her|us|me|you|it)$|\d|(?:(?:a|an|the|this|these|those|following)\s+)*(?:[\p{L}-]+\s+){0,3}(?:statement|document|letter|release|post|tweet|email|report|note|memo|facts?|message|question|caption|line|words)s?\b)`,
  'iu',
);
/** Participles that characterise what was said: "described", "called", "dubbed". */
const PASSIVE_CHARACTERISING = /^(?:described|called|dubbed|termed|labell?ed|branded|characteri[sz]ed)$/;
/** What follows a passive one: its agent, a place, or "as". */
const PASSIVE_NEXT = /^\s+(?:by|in|as)\s/;
/** A lower-case noun right before the participle, no pronoun: "a deal (described)". */
const NOUN_BEFORE =
  /(?:^|\s)(?!(?:he|she|they|we|i|you|it|who|which|that|also|then|later|once|has|have|had|was|were|is|are|be|been)\s+$)\p{Ll}[\p{Ll}-]*[^\s\p{Ll}-]?\s+$/u;
/** The named agent of a passive: "by Smith", "by former Gov. Jo Lee". */
const BY_AGENT = rx(String.raw`^\s+by\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)`, 'u');

/** A phrase opening on a possessive: "his rationale", "their statement". */
const POSSESSIVE_LEAD = /^(?:his|her|their|its|my|our|your)\s/i;

/** Whether the words before a verb end in its subject, a person's name ("Jesse Stommel, a lecturer at X,"). */
function namedSubjectBefore(before: string): boolean {
  const subject = trailingSubject(before);
  return !!subject && hasPersonName(subject.split(/\s+/));
}

/** The subject the words before a verb end in: "Jesse Stommel, a lecturer at X," -> "Jesse Stommel". */
function trailingSubject(before: string): string | null {
  const m = SUBJECT_TRAILING.exec(before);
  return m ? subjectOrApposed(lastClause(m[1]), m[2]) : null;
}

/** A name, then "(,) who" right before a verb: "Mike Lee, who (also) declared", "a tweet from Jo Lee who wrote". */
const WHO_BEFORE = rx(
  String.raw`((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),?\s+who\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?$`,
  'u',
);
/**
 * A subject, then predicates in the past tense joined by commas and a final "and" before the verb: "he looked into
 * the camera, furrowed his brow and (said)".
 */
const COORDINATED_PREDICATES = rx(
  String.raw`(?:^|[,;—–]\s*|\b(?:when|as|then|but)\s+)((?:he|she|they|we|I)|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|${PAST_FORMS})\b[^,.!?;:"“”]*(?:,\s+(?:\p{Ll}{2,}ed|${PAST_FORMS})\b[^,.!?;:"“”]*)*\s+and\s+(?:then\s+|\p{Ll}+ly\s+)?$`,
  'u',
);
/**
 * A subordinator and a description or a pronoun right before a verb: "as the heckler (yelled)", "when she (said)",
 * "at which point the crowd (chanted)".
 */
const SUBORDINATE_SUBJECT = rx(
  String.raw`\b(?:as|when|while|after|before|because|since|until|although|though|once|where|at\s+which\s+point)\s+((?:the|a|an|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+|he|she|they)\s+$`,
  'u',
);
/**
 * Before a participle: a clause with its subject and its verb in the past tense up to a comma, maybe a first
 * participle and "and" ("about 200 protesters congregated in three clusters, holding signs and (chanting)").
 */
const CLAUSE_BEFORE_PARTICIPLE = rx(
  String.raw`(?:^|[,;—–]\s*|\b(?:where|when|while|as|after|because)\s+)((?!(?:where|when|while|as|after|because)\s)(?:[\p{L}\d’'.-]+\s+){0,5}?[\p{L}\d’'.-]+)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|${PAST_FORMS})\b[^;—–"“”,]*,\s*(?:\p{Ll}+ing\b[^,;—–"“”]*\s+and\s+)?$`,
  'u',
);
/** Cheap tests before the clause patterns: a text ending in a comma or "and", or in "and" (maybe "and then"). */
const COMMA_OR_AND_END = /(?:,|\band)\s*$/;
/** A text ending in "to" and a verb (maybe "that"): "... to counter that". */
const INFINITIVE_END = /\bto\s+\p{Ll}+(?:\s+that)?\s*[,:]?\s*$/u;
/** Characters before a verb searched for the clause it ends. */
const CLAUSE_WINDOW = 120;
const AND_END = /\band\s+(?:then\s+|\p{Ll}+ly\s+)?$/u;
/** A group described, not named: "about 200 protesters", "the crowd", "Sanders protesters", "hundreds of fans". */
const DESCRIBED_GROUP = rx(
  String.raw`^(?:(?:about|some|nearly|roughly|almost|more\s+than|dozens\s+of|hundreds\s+of|thousands\s+of|the|a|an|many|several|multiple|numerous|\d[\d,]*)\s+|\p{Lu}[\p{L}’'-]*\s+)(?:[\p{L}\d,-]+\s+){0,3}?\p{Ll}[\p{L}-]*$`,
  'u',
);
/** "I’ll let Curt Schilling, the founder of the studio, explain what he sees ... as:": whom the writer lets speak. */
const LET_SPEAK = rx(
  String.raw`\blet\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)(?:,[^,:;.!?]{1,100},)?\s+(?:explain|say|speak|tell|describe|answer|respond|put\s+it)\b[^.!?:;]{0,120}[:,]\s*$`,
  'u',
);
/** A causative verb, its object, then "to" and a verb up to the quote: "prompting Jo Lee to counter that". */
const CAUSED_SPEAKER = rx(
  String.raw`\b(?:leading|prompting|forcing|pushing|causing|led|prompted|forced|pushed|caused)\s+((?:[\p{L}’'.-]+\s+){0,6}?[\p{L}’'.-]+)\s+to\s+\p{Ll}+(?:\s+that)?\s*[,:]?\s*$`,
  'u',
);
/**
 * A relative pronoun and a name right before a verb: "what Gilbert (called)", "which Lee (described as)", "which
 * Apple’s chief executive, Tim Cook, (called)".
 */
const RELATIVE_SUBJECT = rx(
  String.raw`\b(?:what|which|whom)\s+(?:[^,.!?;"“”]{1,40},\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),?\s+$`,
  'u',
);
/** A subject pronoun right before a verb: "she added", "he then wrote". */
const PRONOUN_SUBJECT_BEFORE = /\b(?:he|she|they|we|i)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?$/iu;
/**
 * Before a participle: "with" and its subject, maybe a first participle and "and" ("with Jo Lee tweeting that ... and
 * (asking)").
 */
const WITH_ABSOLUTE = rx(
  String.raw`\bwith\s+((?:[\p{L}\d’'.-]+\s+){0,5}?[\p{L}\d’'.-]+)\s+(?:\p{Ll}+ing\b[^.!?;:]{0,120}\s+and\s+)?$`,
  'u',
);
/** Before a participle whose subject opens the sentence: a comma, or a preposition ("upon saying"). */
const PARTICIPLE_LEAD = /(?:,[”"’']?|\b(?:upon|after|before|while|when|by))\s*$/;
/** Forms of "tell": the noun phrase after them is the listener. */
const TELL = /^(?:told|tells?|telling)\b/i;
/** The capitalised name that opens a sentence and is followed by its verb: "Weaver didn’t seem ...". */
const SENTENCE_SUBJECT = rx(String.raw`^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?=\p{Ll})`, 'u');
/** A speech verb phrase that ends in a preposition ("wrote in", "posted on"). */
const ENDS_IN_PREPOSITION = /\s(?:in|on|to|at)$/;

/**
 * After a quote ending in a comma: a subject (pronoun, name, short description), then any verb in -ed or -s. A
 * capitalised run opened by a quantifier or a possessive is a noun phrase whose -s word is its plural head
 * ("Several Republican leaders"), not a name and a verb.
 */
const SUBJECT_ANY_VERB = rx(
  String.raw`^[\s,]*((?:he|she|they|it)|(?!(?:Several|Many|Some|Most|All|Both|Few|Other|Two|Three|Four|Five|These|Those|Their|His|Her|Our|Its)\s)(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+?)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{2,}(?:ed|s))\b`,
  'u',
);
/** Right after a quote: a verb in -ed or -s, then its subject up to the sentence's end or a comma. */
const VERB_THEN_SUBJECT = rx(
  String.raw`^[\s,]*(\p{Ll}{2,}(?:ed|s))\s+((?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,7}?[\p{L}’'-]+)\s*(?:[.,]\s*)?$`,
  'u',
);
/** Verbs in -ed or -s that never attribute speech: auxiliaries and linking verbs. */
const NOT_A_SPEECH_VERB = wordSet(`is was has does needs seems seemed appeared appears remains remained looks looked`);

/** Characters of the sentence before a quote searched for "X said:". */
const CUE_WINDOW = 200;

/** The last `max` characters of `text`, starting at a word. */
function tail(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.indexOf(' ', text.length - max);
  return cut < 0 ? text.slice(-max) : text.slice(cut + 1);
}

/** Words that end a noun phrase read after a verb ("said X in a statement", "said X, who..."). */
const NP_STOP = wordSet(`
in on at during when while after before as with because about adding who which that than to from and but or
last this earlier recently monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
told said says through via referring speaking pointing noting explaining describing familiar close whose where
if for by into over under then again of is was are were has had have will would can could should may might
why how what whether
`);
/** A lower-case adverb or verb particle where a noun phrase should start ("said forcefully", "shot back"). */
const NOT_A_NOUN_PHRASE_START = /^(?:\p{Ll}+ly|back|out|up|off|down|away|over|again)$/u;
/** After a noun these may continue the phrase ("the founder of Acme Press", "a spokesperson for the camp"). */
/** Words that open a clause, not a noun phrase, before a subject ("But she said", "And they said"). */
/** A sentence or focus adverb before a subject ("Recently she", "even a top strategist"): not part of it. */
const FOCUS_ADVERB = rx(String.raw`^(?:\p{L}+ly|[Ee]ven|[Aa]lso|[Ss]till),?$`, 'u');
const CLAUSE_OPENERS = wordSet(`
and but so then yet or because while though since now as
`);
/** Lower-case words a subject phrase may start with. */
const SUBJECT_STARTERS = wordSet(`
he she they the a an his her their its one two three some many several other another former senior local
police officials experts sources critics residents people both each most city provincial federal government
analysts
`);
/** Capitalised words that open a sentence but never a speaker's name. */
const NOT_A_SUBJECT = wordSet(`
when if asked is was are were never ever what why how where while after before as there here this that these those
it in on at for with to of by from we i you not no yes do does did has have had what’s it’s it's let please
read more also still even just only however instead meanwhile today yesterday asked speaking writing according
later earlier then afterwards eventually finally
alongside amid amidst among amongst despite during throughout unlike besides beyond toward towards without within
against across behind beneath beside between inside outside upon into onto since until
`);
/** "her statement", "a statement from the EU": the document speaks for whoever issued it. */
const DOCUMENT =
  /^(?:(?:a|the|an)\s+)?(?:(?:joint|written|brief|short|prepared|separate|news|e-?mailed|official)\s+)?(?:statement|letter|release|press\s+release|post|tweet|email|e-mail|report|note|memo|filing|message|blog\s+post|news\s+release|document|court\s+document|motion|brief)s?\s+(?:from|by|of|(?:issued|filed|signed|written|sent|posted)\s+by)\s+(.+)$/i;
/** A document no one is said to own: "a memo to staff", "an email to employees", "the letter". */
const BARE_DOCUMENT =
  /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:memo|letter|e-?mail|statement|note|message|post|tweet|blog\s+post|video)\b/u;
/** Who sent the document just named: "Steve Huffman (reportedly) sent", "the company posted". */
const SENDER_VERB = String.raw`(?:\p{Ll}+ly\s+)?(?:sent|wrote|issued|posted|released|published|circulated|shared|e-?mailed|tweeted|penned)\s+(?:out\s+)?`;

function senderOf(before: string, documentPhrase: string): string | null {
  const at = before.lastIndexOf(documentPhrase);
  if (at < 0) return null;
  const m = rx(String.raw`((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+${SENDER_VERB}$`, 'u').exec(
    before.slice(Math.max(0, at - 120), at),
  );
  return m && isSpeakerPhrase(m[1]) ? m[1] : null;
}
const POSSESSED_DOCUMENT =
  /^(his|her|their)\s+(?:\w+\s+)?(?:statement|letter|release|post|tweet|email|e-mail|report|note|memo|message)$/i;

/**
 * The speaker cue around one quote. `before`: its sentence up to the opening mark; `after`: from the closing mark.
 * `endsSentence`: the quote ends in . ! or ?, so a following "X said" must close its sentence ("“Q.” X said.").
 */
export function findSpeakerCue(
  fullBefore: string,
  after: string,
  endsSentence = false,
  endsClause = false,
  followsQuote = false,
): SpeakerCue | null {
  // "She was warned that “Q”", "He was told by his doctor: “Q”": the subject heard the words; the agent, if any,
  // said them.
  const heard = HEARD_BEFORE.exec(fullBefore.length > 160 ? fullBefore.slice(-160) : fullBefore);
  if (heard) {
    const agent = heard[1]?.trim();
    return agent && isSpeakerPhrase(agent) ? cueFor(agent, null) : null;
  }
  // "“Q,” news agency ANI quoted the minister as saying": the outlet relays; the one it quotes speaks.
  // (The plain test first: few paragraphs say "as saying" at all.)
  const quoted =
    (AS_SAYING.test(after) ? QUOTED_AS_SAYING_AFTER.exec(firstSentence(after)) : null) ??
    (AS_SAYING.test(fullBefore) ? QUOTED_AS_SAYING_BEFORE.exec(tail(fullBefore, 200)) : null);
  if (quoted) {
    const object = quoted[1].trim();
    const who = OBJECT_PRONOUN[object.toLowerCase()] ?? objectPhrase(object);
    if (who && isSpeakerPhrase(who)) return cueFor(who, null);
  }
  // "..., with founder Abraham Shafi encouraging employees to “adapt”": an absolute clause's subject speaks, unless a
  // verb of saying of someone else's follows it ("with Lee looking on, Smith said").
  const absolute = WITH_NAME_PARTICIPLE.exec(tail(fullBefore, 200));
  if (absolute && !hasSpeechVerb(absolute[2]) && isSpeakerPhrase(absolute[1])) return cueFor(absolute[1], null);
  const cue = speakerCueIn(fullBefore, after, endsSentence, endsClause, followsQuote);
  // "CEO Steve Huffman reportedly sent a memo to staff saying": the document speaks for whoever sent it.
  if (cue && !cue.pronoun && BARE_DOCUMENT.test(cue.phrase)) {
    const sender = senderOf(tail(fullBefore, 240), cue.phrase);
    if (sender) return { ...cue, phrase: sender };
  }
  if (cue || !TITLE_AFTER.test(after)) return cue;
  // "“Q,” Hannity, the host of “Hannity” and the author of “Live Free Or Die,” told host Mark Levin": the titles in
  // the speaker's appositive are read as words, so that the subject and its verb are seen.
  return speakerCueIn(fullBefore, after.replace(QUOTED_TITLE, titleWord), endsSentence, endsClause, followsQuote);
}

const AS_SAYING = /\bas\s+(?:saying|telling)\b/i;
/** "X quoted / reported / cited Y as saying", after the quote (Y is group 1). */
const QUOTED_AS_SAYING_AFTER =
  /^[\s,]*[^.!?“”"]{0,80}?\b(?:quoted|quotes|cited|cites|reported)\s+([^.!?“”"]{1,100}?)\s+as\s+(?:saying|telling\b[^.!?“”"]{0,40})\s*[.,]?\s*$/i;
/** The same, introducing the quote: "ANI quoted the minister as saying: “Q”". */
const QUOTED_AS_SAYING_BEFORE =
  /\b(?:quoted|quotes|cited|cites|reported)\s+([^.!?“”"]{1,100}?)\s+as\s+(?:saying|telling\b[^.!?“”":,]{0,40})\s*[,:]?\s*(?:that\s*)?$/i;

/** A passive verb of telling right before a quote, with its agent if named: "she was warned (by X) that". */
export const HEARD_BEFORE = rx(
  String.raw`\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?(?:told|warned|advised|informed|assured|reminded|promised)(?:\s+(?:(?:very|quite|so)\s+)?\p{Ll}+ly)?(?:\s+by\s+((?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?))?(?:\s+(?:in|on|at)\s+[^,:;“"]{1,40}?)?(?:\s*,?\s*that\s*|\s*[:,]\s*)$`,
  'u',
);

/**
 * “Q,” everyone says. / “Q,” my father said.: the quote closes a clause and an attribution of its own follows, but
 * its subject is not one a speaker cue takes (a group, a pronoun, a kin of the writer's). Returns that subject: the
 * quote is then nobody else's, not even the speaker of the quote before.
 */
export function unreadSubjectAfter(after: string): string | null {
  const m = OWN_ATTRIBUTION_AFTER.exec(after);
  return m && !NOT_AN_ATTRIBUTION_SUBJECT.has(m[1].split(/\s+/)[0]) ? m[1] : null;
}
/** A lower-case subject of up to four words, a speech verb, and the sentence's end: `, most people say.` */
const OWN_ATTRIBUTION_AFTER = rx(
  String.raw`^\s*(\p{Ll}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3})\s+${ADVERBS}(?:${VERB})\s*(?:[.!?;]|$)`,
  'u',
);
/**
 * Words that open a clause rather than a subject ("“Q,” and said", "“Q,” as Smith said"), and pronouns, which are
 * resolved where pronoun cues are ("“Q,” it added" continues the newspaper quoted before).
 */
const NOT_AN_ATTRIBUTION_SUBJECT = wordSet(
  `and but or as if when while because so then than though although it he she they`,
);

/** Narration after a quote that holds a quoted title before the sentence ends: ` Hannity, the host of “Hannity”`. */
const TITLE_AFTER = rx(String.raw`^\s*[\p{L}(][^.!?“”"]*[“"]`, 'u');
/** A short quoted title and the comma or stop typed inside its closing mark. */
const QUOTED_TITLE = /[“"]([^“”"]{1,80}?)([,.]?)[”"]/g;
function titleWord(span: string, inner: string, stop: string): string {
  return countWords(inner) <= 10 ? `Title${stop}` : span;
}

function speakerCueIn(
  fullBefore: string,
  after: string,
  endsSentence: boolean,
  endsClause: boolean,
  followsQuote: boolean,
): SpeakerCue | null {
  // "Gov. Chris Christie (R), a staunch Trump ally, ...": a party label says nothing of who the subject is.
  // ("Gov. John Kasich (R-OH), said,": the comma after the label closes it, not an appositive.)
  if (fullBefore.includes('('))
    fullBefore = fullBefore
      .replace(LABEL_THEN_COMMA_BEFORE_VERB, '')
      .replace(PARTY_LABEL, '')
      .replace(NAME_IN_BRACKETS, '');
  // Bounded windows keep the phrase-then-verb patterns cheap on long paragraphs.
  const before = tail(fullBefore, CUE_WINDOW);
  // "“Q.” Mills then writes back, “Q2”": a new sentence that runs into the next quote introduces that one.
  const introducesNext = endsSentence && /^\s*\p{Lu}/u.test(after) && /[,:]\s*$/.test(after) && !/[.!?]\s/.test(after);
  const verbsBefore = verbsIn(before);
  // "Paul called him “Q.” Former governor Mike Huckabee called the program ...": a quote that a speech verb in its
  // own sentence introduces, and that ends the sentence, leaves what follows to a sentence of its own.
  const introducedBefore = endsSentence && verbsBefore.some((v) => TRAILER.test(before.slice(v.end)));
  const afterSentence = introducesNext || introducedBefore ? '' : firstSentence(after);
  // "“Q.” Kasich said he would have fired him, according to press reports": after a quote that ends its sentence,
  // "according to" names the source of the next sentence, unless it follows the quote at once.
  const ownAccordingTo = !endsSentence || ACCORDING_TO_FIRST.test(afterSentence);
  let relay = relayIn(before) ?? (ownAccordingTo ? relayIn(afterSentence) : null);
  const verbsAfter = verbsIn(afterSentence);
  let phrase: string | null = null;
  let m: RegExpExecArray | null = null;
  const first = verbsAfter[0];
  const leadsAfter = first && LEAD_ONLY.test(afterSentence.slice(0, first.start));
  if (leadsAfter && /ing$/.test(afterSentence.slice(first.start, first.end))) {
    // "X delivered a defense of “Q” saying the city ...": a participle after the quote; its subject opens the sentence.
    phrase = participleSubject(fullBefore);
  } else if (leadsAfter && (m = OBJECT_AFTER.exec(afterSentence.slice(first.end)))) {
    phrase = objectPhrase(m[1]);
    // "“Q” says a lot about the company": an object after the verb, not its inverted subject.
    if (phrase && QUANTITY.test(phrase)) phrase = null;
    // "“Raphinha capitán,” chants rang around the stadium": a plural noun, then its own verb in the past.
    if (phrase && /s$/.test(afterSentence.slice(first.start, first.end)) && NOUN_THEN_PAST_VERB.test(m[1]))
      phrase = null;
  }
  for (const v of phrase ? [] : verbsAfter) {
    m = SUBJECT_LEADING.exec(afterSentence.slice(0, v.start)) ?? unclosedAppositive(afterSentence.slice(0, v.start));
    if (!m) continue;
    const rest = afterSentence.slice(v.end);
    // "“Q.” While some critics say government should..." starts a new sentence of its own.
    const opensClause =
      /^[\s,;:.!?—–-]*(?:while|but|and|as|when|if|although|though|after|before|because|since)\b/i.test(m[1]);
    // Only the verb's own trailer counts: "Clinton asks as a guy walks in..." ends its attribution at "as".
    const trailer = rest.replace(SUBORDINATE_CLAUSE, '');
    // "“Q1,” as Jane Doe wrote in her column, “Q2”": an "as" clause set between two pieces of one quotation is its
    // attribution.
    const asBetween = opensClause && AS_BETWEEN_PIECES.exec(m[1]);
    if (asBetween && BETWEEN_PIECES_TRAILER.test(rest) && (phrase = subjectOrApposed(asBetween[1], m[2]))) break;
    // "“rigged” in a tweet, and a few lawmakers have called for ...": a clause of its own, whatever ends the quote.
    if (opensClause) continue;
    if (
      !endsSentence ||
      (!/\bthat\b/i.test(trailer) &&
        !CLAUSE_AFTER_VERB.test(trailer.replace(/,[\s\S]*$/, '')) &&
        trailer.trim().split(/\s+/).length <= (followsQuote ? FOLLOW_ON_TRAILER_WORDS : TRAILER_WORDS))
    )
      phrase = subjectOrApposed(m[1], m[2]);
    if (phrase) break;
  }
  // "Grayson said Randolph “Q,” the source recalled": the named person's words, which the unnamed source relays.
  if (phrase && !relay && isAnonymous(phrase)) {
    const named = namedReporterBefore(before);
    if (named) {
      relay = phrase;
      phrase = named;
    }
  }
  // "She said ..., to which O'Malley interjected: “Q”": a name and its own verb right before the colon.
  if (!phrase && ENDS_IN_COLON.test(before) && (m = NAME_VERB_BEFORE_COLON.exec(before)))
    phrase = NOT_A_SUBJECT.has(m[1].split(/\s+/)[0].toLowerCase())
      ? null
      : (personOfBody(before.slice(0, m.index)) ?? m[1]);
  // "Phillips said he heard students shout, “Q”": who was heard or seen saying the words speaks them.
  if (!phrase && PERCEPTION_WORD.test(before) && (m = PERCEIVED_SPEAKER.exec(before)))
    phrase = OBJECT_PRONOUN[m[1].toLowerCase()] ?? m[1];
  for (const v of phrase ? [] : verbsBefore) {
    // "wrote in the paper:", "told reporters,": after these verbs comes their object, never an inverted subject.
    const verb = before.slice(v.start, v.end);
    if (ENDS_IN_PREPOSITION.test(verb) || TELL.test(verb)) continue;
    // "Then she added a caveat: “Q”": a verb with its subject before it takes an object after, never inverts.
    if (PRONOUN_SUBJECT_BEFORE.test(before.slice(Math.max(0, v.start - 16), v.start))) continue;
    if ((m = OBJECT_BEFORE_QUOTE.exec(before.slice(v.end)))) {
      phrase = objectPhrase(m[1]);
      // "released the following statement:", "told them,", "found 72 percent of voters:": an object, not a speaker.
      // "emailed supporters saying:": an object, then a participle whose subject is the verb's (read below).
      if (phrase && (NOT_INVERTED_SUBJECT.test(phrase) || /\s\p{Ll}+ing$/u.test(phrase))) phrase = null;
      // "Jesse Stommel, a lecturer at ..., shares his rationale on his blog:": a named subject before the verb, so
      // what follows it is its object.
      if (phrase && POSSESSIVE_LEAD.test(phrase) && namedSubjectBefore(before.slice(0, v.start))) phrase = null;
      if (phrase) break;
    }
  }
  // The finite verb nearest the quote first ("Axelrod tweeted after Clinton argued ... that “Q”" is Clinton's), then
  // participles and infinitives, whose subject is the sentence's ("Spicer said, adding, “Q”", "went on to say").
  const participle = (v: { start: number; end: number }) =>
    /ing$/.test(before.slice(v.start, v.end)) || /\bto\s+$/.test(before.slice(Math.max(0, v.start - 4), v.start));
  const nearestFirst = [...verbsBefore.filter((v) => !participle(v)).reverse(), ...verbsBefore.filter(participle)];
  // "..., leading Clinton advisers like Gene Sperling to counter that “Q”": a causative's object is the subject of
  // the infinitive that introduces the quote, whatever its verb.
  if (!phrase && INFINITIVE_END.test(before) && (m = CAUSED_SPEAKER.exec(tail(before, CLAUSE_WINDOW)))) phrase = m[1];
  if (!phrase && /\blet\s/.test(before) && (m = LET_SPEAK.exec(tail(before, CUE_WINDOW)))) phrase = m[1];
  // "Republicans chimed in, with Donald Trump tweeting ... and asking, “Q”", "with one of her ads asking, “Q”": an
  // absolute phrase's own subject, after "with", speaks through the participle nearest the quote.
  const nearest = verbsBefore.at(-1);
  if (
    !phrase &&
    nearest &&
    /ing$/.test(before.slice(nearest.start, nearest.end)) &&
    TRAILER.test(before.slice(nearest.end)) &&
    (m = WITH_ABSOLUTE.exec(before.slice(0, nearest.start)))
  )
    phrase = subjectPhrase(m[1]);
  for (const v of phrase ? [] : nearestFirst) {
    if (!TRAILER.test(before.slice(v.end))) continue;
    // "a deal described in the trailer as “Q”", "a deal described by Smith as “Q”": a participle right after a
    // noun is passive; its agent speaks, if named, and never the noun or the sentence's subject.
    if (
      PASSIVE_CHARACTERISING.test(before.slice(v.start, v.end)) &&
      PASSIVE_NEXT.test(before.slice(v.end)) &&
      NOUN_BEFORE.test(before.slice(Math.max(0, v.start - 24), v.start))
    ) {
      const agent = BY_AGENT.exec(before.slice(v.end))?.[1];
      if (agent && hasPersonName(agent.split(/\s+/))) {
        phrase = agent;
        break;
      }
      return null;
    }
    if (/ing$/.test(before.slice(v.start, v.end))) {
      // "where about 50 protesters had gathered on Wednesday, chanting “Q”": the subject of the clause the
      // participle hangs on, when that clause's subject is a group described (a name is read from the sentence).
      const lead = before.slice(0, v.start);
      const clause = COMMA_OR_AND_END.test(lead) ? CLAUSE_BEFORE_PARTICIPLE.exec(lead)?.[1] : undefined;
      // (Not one ending in a pronoun: "Later he agreed ..., saying" is his, read from the sentence below.)
      if (clause && DESCRIBED_GROUP.test(clause) && !SPEAKER_PRONOUNS.has(clause.split(/\s+/).at(-1)!.toLowerCase())) {
        phrase = clause;
        break;
      }
    }
    // "Cruz said as the heckler yelled: “Q”": the subject of the subordinate clause whose verb introduces the quote.
    if (
      (m = SUBORDINATE_SUBJECT.exec(before.slice(Math.max(0, v.start - 60), v.start))) &&
      (phrase = subjectPhrase(m[1]))
    )
      break;
    // "shedding what Gilbert called “Q”": the subject of a relative clause the quote ends.
    if ((m = RELATIVE_SUBJECT.exec(before.slice(Math.max(0, v.start - 60), v.start))) && (phrase = subjectPhrase(m[1])))
      break;
    if ((m = SUBJECT_TRAILING.exec(before.slice(0, v.start)))) {
      const participle = /ing$/.test(before.slice(v.start, v.end));
      // "In response to ... entering the United States, Hillary Clinton’s right-hand woman rallied supporters,
      // saying: “Q”": what sits between the commas is the main clause, not an appositive; its subject speaks.
      const clause = participle && m[2] ? CLAUSE_NOT_APPOSITIVE.exec(lastClause(m[2])) : null;
      if (clause && (phrase = subjectPhrase(clause[1]) ?? possessedDescription(clause[1]))) break;
      phrase = subjectOrApposed(subjectOfClause(lastClause(m[1]), participle), m[2]);
      // "VCS has a REST API and EMC says customers can “Q”": a clause of its own before "and", then the subject.
      const and = phrase || !m[1].includes(' and ') ? null : CLAUSE_THEN_AND.exec(m[1]);
      if (and) phrase = subjectOrApposed(and[1], m[2]);
      // "One official said Reid quieted the chatter, telling his colleagues, “Q”": the words are Reid's, relayed.
      const takesClause = CLAUSE_REPORTING_VERB.test(before.slice(v.start, v.end));
      const inner = phrase && takesClause ? REPORTED_SPEAKER_THEN_PARTICIPLE.exec(before.slice(v.end)) : null;
      if (phrase && inner && namesSomeone(inner[1])) {
        if (isAnonymous(phrase)) relay = phrase;
        phrase = inner[1];
      }
      if (phrase) break;
    }
    // "he looked into the camera, furrowed his brow and said, “Q”": the subject of the predicates the verb ends.
    const predicates = before.slice(Math.max(0, v.start - CUE_WINDOW), v.start);
    const coordinated = AND_END.test(predicates) ? COORDINATED_PREDICATES.exec(predicates) : null;
    if (coordinated && (phrase = subjectPhrase(coordinated[1]))) break;
    // "from Mike Lee, who declared in the spin room, “Q”": the relative pronoun stands for the name before it.
    const relative = WHO_BEFORE.exec(before.slice(0, v.start));
    if (relative && (phrase = subjectPhrase(relative[1]))) break;
    // "Weaver didn’t seem impressed, telling reporters, “Q”": a participle's subject opens the sentence.
    // "... incurred a wave of boos upon saying, “Q”": after a preposition too.
    if (/ing$/.test(before.slice(v.start, v.end)) && PARTICIPLE_LEAD.test(before.slice(0, v.start))) {
      phrase = participleSubject(fullBefore);
      if (phrase) break;
    }
  }
  // "“Q,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": a name, an appositive of any
  // length without a sentence end, then a speech verb closing the attribution.
  if (!phrase && endsClause && (m = NAME_THEN_APPOSITIVE.exec(afterSentence))) {
    const rest = afterSentence.slice(m[0].length);
    const verb = verbsIn(rest)[0];
    const name = subjectPhrase(m[1]);
    if (verb && name && hasPersonName(name.split(/\s+/)) && rest.slice(verb.end).split(/\s+/).length <= TRAILER_WORDS)
      phrase = name;
  }
  // "“Q,” Toomey fumed.": a quote that ends in a comma (or ! ?) and runs on into a subject and a verb is
  // attributed by that verb, whichever it is ("fumed", "surmised", "mocks"): the shape is the cue.
  // After a quote that ends its sentence ("?", "!"), a verb taking a clause or a long object opens a sentence of
  // its own ("“Q?” Trump acknowledged that a rift exists"), as with the speech verbs above.
  if (
    !phrase &&
    endsClause &&
    (m = SUBJECT_ANY_VERB.exec(afterSentence)) &&
    !NOT_A_SPEECH_VERB.has(m[2]) &&
    (!endsSentence || isShortTrailer(afterSentence.slice(m.index + m[0].length)))
  )
    phrase = subjectPhrase(m[1]);
  // "“Q.” reacted Trump.", "“Q,” reads an editorial in the Register.": any verb, then its subject closing the
  // sentence (or an appositive after a comma): inverted, the verb cannot be the start of a sentence of its own.
  if (!phrase && (m = VERB_THEN_SUBJECT.exec(afterSentence)) && !NOT_A_SPEECH_VERB.has(m[1])) {
    const inverted = objectPhrase(m[2]);
    if (inverted && isInvertedSubject(inverted.replace(/\s+(?:in|of|at|from)\s+[\s\S]*$/, ''))) phrase = inverted;
  }
  // "Said Dorothy Poynter, who grew up with him, “Q”" / "Continued Stone: “Q”": a verb opening the sentence.
  if (!phrase && (m = SENTENCE_INITIAL_VERB.exec(before))) phrase = objectPhrase(m[1]);
  if (!phrase && (m = accordingTo(before) ?? (ownAccordingTo ? accordingTo(afterSentence) : null)))
    phrase = objectPhrase(m[1]);
  if (!phrase && before.includes('words') && (m = IN_WORDS_OF.exec(before))) phrase = objectPhrase(m[1] ?? m[2]);
  // (Only when nothing between says someone else spoke: "To quote Lee, Smith said “Q”" is Smith's.)
  if (
    !phrase &&
    /uot|araphras|orrow/.test(before) &&
    (m = TO_QUOTE.exec(before)) &&
    !hasSpeechVerb(before.slice(m.index + m[0].length))
  )
    phrase = objectPhrase(m[1]);
  if (!phrase && PUT_IT.test(before) && (m = AS_X_PUT_IT.exec(before))) phrase = subjectPhrase(m[1]);
  if (!phrase && / it\b/.test(afterSentence) && (m = AS_X_PUT_IT_AFTER.exec(afterSentence)))
    phrase = subjectPhrase(m[1]);
  if (!phrase && /^[\s,]*as\s/.test(afterSentence) && (m = AS_X_SAID_AFTER.exec(afterSentence)))
    phrase = subjectPhrase(m[1]);
  // "As the New York Times put it, the bank “has achieved …”": the words the sentence's opening gives to someone,
  // when nobody else speaks between.
  if (
    !phrase &&
    / it(?: up)?\s*,/.test(before) &&
    (m = AS_X_PUT_IT_LEAD.exec(before)) &&
    !hasSpeechVerb(before.slice(m.index + m[0].length))
  )
    phrase = subjectPhrase(m[1]);
  // "A footnote in the report makes that clear: “Q”": the subject of the sentence a colon ends introduces the quote.
  // A label after a dash ("Signs of a shift - Blumenthal and Cohen:") is read where labels are, not here.
  if (!phrase && ENDS_IN_COLON.test(before) && !DASH_LABEL.test(before)) phrase = colonSentenceSubject(fullBefore);
  // "... doesn't surprise Republican pollster Daron Shaw: “Q”": a person's full name right before the colon.
  // (Not a name a preposition governs: "As I said in Launching the Innovation Renaissance:" names a book.)
  if (
    !phrase &&
    ENDS_IN_COLON.test(before) &&
    (m = NAME_BEFORE_COLON.exec(before)) &&
    hasPersonName(m[1].split(/\s+/)) &&
    !PREPOSITION_OBJECT_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index))
  )
    phrase = m[1];
  // "Obama “felt an obligation to act on” climate change, Axelrod said.": a quote inside a sentence whose rest ends
  // in the attribution, after a comma.
  if (!phrase && !endsSentence && (m = ATTRIBUTION_CLOSING_SENTENCE.exec(afterSentence))) {
    const verb = verbsIn(m[2])[0];
    const trailer = verb ? m[2].slice(verb.end) : '';
    // "..., Axelrod said the president would not move": a clause after the verb makes it a report of its own.
    if (
      verb &&
      verb.start === 0 &&
      isShortTrailer(trailer) &&
      !CLAUSE_AFTER_VERB.test(trailer.replace(/,[\s\S]*$/, ''))
    )
      phrase = subjectPhrase(m[1]);
  }
  // "“Q” announced in October, said Derek Scissors, a China scholar": the rest of the sentence ends in an inverted
  // attribution to a person, after a comma.
  if (!phrase && !endsSentence && (m = INVERTED_CLOSING_SENTENCE.exec(afterSentence))) {
    const named = objectPhrase(m[1]);
    if (named && hasPersonName(named.split(/\s+/))) phrase = named;
  }
  // "Bill Clinton: Hillary ‘Q’", "Ryan: ‘Q’": a headline that opens with a name and a colon gives the words to it.
  if (!phrase && (m = HEADLINE_LABEL.exec(fullBefore))) phrase = m[1];
  // No verb at all: a signature ("“Q” — Maria Lopez, 34, Miami", "Maria Lopez, 34, a teacher in Miami: “Q”").
  if (!phrase) {
    const signed = signatureAfter(after, endsSentence) ?? signatureLeadIn(before);
    if (signed) return cueFor(signed, null);
  }
  const speaker = phrase ? beforeFiniteVerb(phrase) : null;
  return speaker && isSpeakerPhrase(speaker) ? cueFor(speaker, relay) : null;
}

/**
 * The name a participle's clause belongs to: the subject that opens the sentence, past a fronted phrase ("At
 * Sunday's debate, Sanders compared himself to Clinton, saying,"), or a pronoun there ("On Wednesday, he seemed to
 * indicate ..., warning that Clinton is “Q”": the pronoun, resolved like any other, not the name after "that").
 */
/** "with (founder) Abraham Shafi encouraging ...": a name and a participle after "with" (group 2: what follows). */
const WITH_NAME_PARTICIPLE = rx(
  String.raw`\bwith\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\b([^.!?]*)$`,
  'u',
);

function participleSubject(sentence: string): string | null {
  // ("..., with founder Abraham Shafi encouraging employees to “adapt,” adding that": the absolute clause's subject.)
  const absolute = WITH_NAME_PARTICIPLE.exec(tail(sentence, 240).replace(/[^.!?]*[.!?]\s+(?=\S)/g, ''));
  if (absolute && isSpeakerPhrase(absolute[1])) return absolute[1];
  const opened = SENTENCE_SUBJECT.exec(sentence);
  // "Later he agreed ..., saying": a capitalised word the pronoun follows is a fronted adverb, and the pronoun speaks.
  const pronoun = opened && PRONOUN_AFTER_OPENING.exec(sentence.slice(opened[0].length))?.[1].toLowerCase();
  if (pronoun) return pronoun;
  // "Back on the matters ..., while discussing ..., SBF wrote": one capitalised word, not a given name, then a
  // preposition is a fronted adverbial; the subject is the name before the main verb after a comma.
  const fronted =
    opened &&
    !opened[1].includes(' ') &&
    !isKnownFirstName(opened[1]) &&
    PREPOSITION_NEXT.test(sentence.slice(opened[0].length));
  const afterFronted = fronted ? SUBJECT_AFTER_FRONTED.exec(sentence)?.[1] : undefined;
  if (afterFronted) return afterFronted;
  // "Oscar winner Meryl Streep signed off the night by asking": the name after the role, not its modifier.
  const described = opened && ROLE_THEN_NAME_AFTER_OPENING.exec(sentence.slice(opened[0].length));
  if (described && isRoleNoun(described[1]) && hasPersonName(described[2].split(/\s+/))) return described[2];
  // "Skipping over the awkward moments, ...": a participle opening the sentence is no subject.
  let phrase = opened && !(fronted && /\p{Ll}ing$/u.test(opened[1])) ? subjectPhrase(opened[1]) : null;
  if (!phrase || NOT_A_SUBJECT.has(phrase.split(/\s+/)[0].toLowerCase())) {
    const clause = SUBJECT_THEN_PAST.exec(sentence)?.[1];
    phrase = clause ? subjectPhrase(clause) : null;
  }
  return phrase && (SPEAKER_PRONOUNS.has(phrase) || /^\p{Lu}/u.test(phrase)) ? phrase : null;
}

/** A preposition after a sentence's capitalised opening: "Back on the matters", "Home from the war". */
const PREPOSITION_NEXT = /^(?:on|in|at|from|to|into|onto|with|of|for|about|after|before|since|during|under|over)\b/;
/** A name after a comma, then a finite verb: the subject of the clause after fronted adverbials. */
const SUBJECT_AFTER_FRONTED = rx(
  String.raw`,\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+${ADVERBS}(?:\p{Ll}{2,}ed|was|were|had|wrote|said|told|spoke|would|could|will)\b`,
  'u',
);
/** After a sentence's capitalised opening, a role noun and a full name: "Oscar winner Meryl Streep signed off". */
const ROLE_THEN_NAME_AFTER_OPENING = rx(
  String.raw`^(\p{Ll}[\p{L}-]+)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]+)\s+(?=\p{Ll})`,
  'u',
);
/** Words ending like agent nouns that are not nouns of a role. */
const NOT_A_ROLE = wordSet(`after under over never ever other either neither rather whether later together her per`);

/**
 * A lower-case word naming what someone is, between a capitalised modifier and a name ("Oscar winner", "Labour
 * leader", "Fox host"): a role the news names people by, or an agent noun (-er, -or, -ist, -ian).
 */
function isRoleNoun(word: string): boolean {
  if (APPOSED_ROLE_NOUNS.has(word) || TITLE_WORDS.has(word)) return true;
  return /(?:er|or|ist|ian)$/.test(word) && !NOT_A_ROLE.has(word);
}

/** A subject pronoun and its verb right after a sentence's capitalised opening. */
const PRONOUN_AFTER_OPENING = /^(he|she|they|we|i)\s+\p{Ll}/iu;

/** A party and state label after a politician's name: " (R)", " (D-N.Y.)". */
const PARTY = String.raw`\s*\([RDI](?:-[\p{L}. ]{1,16})?\)`;
const PARTY_LABEL = rx(PARTY, 'gu');
/** A party label and a comma right before the verb that ends the text before a quote: " (R-OH), said, ". */
const LABEL_THEN_COMMA_BEFORE_VERB = rx(String.raw`${PARTY},(?=\s+\p{Ll}+[,:]?\s*$)`, 'u');
/** A nickname or handle in brackets after a name: "Jerry Holkins (Tycho) of Penny Arcade writes:". */
const NAME_IN_BRACKETS = rx(String.raw`(?<=\p{L})\s+\(\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2}\)`, 'gu');

/** Lower-case words a speaker phrase never opens with: verbs, participles' companions, adverbs, time words. */
const NOT_A_SPEAKER_START = wordSet(`
said says saying say so late early those these this that itself himself herself themselves each it best most
who which whom whose what why how
`);
/** A word that opens a time adverbial before a noun of time: "every time", "that day", "last year". */
const TIME_DETERMINER = /^(?:every|each|any|that|this|next|last|one)$/i;

/**
 * How many words of a time adverbial open a subject phrase at `i` before a pronoun or a name ("Every time I",
 * "Last month Wired"): 2, or 0.
 */
function timeAdverbialAt(words: readonly string[], i: number): number {
  return i < words.length - 2 &&
    TIME_DETERMINER.test(words[i]) &&
    TIME_NOUNS.has(words[i + 1].toLowerCase().replace(/s$/, '')) &&
    (SPEAKER_PRONOUNS.has(words[i + 2].toLowerCase()) || /^(?:I|we|\p{Lu}\p{Ll}+)$/u.test(words[i + 2]))
    ? 2
    : 0;
}
/** A thing's relative pronoun, which opens a clause rather than ending a subject. */
const RELATIVE_PRONOUN = /^(?:that|which)$/i;
/** A demonstrative in lower case. */
const DEMONSTRATIVE = /^(?:this|that|these|those)$/;
/** Verbs that make a phrase a clause ("he welcomed extradition", "said Mexico must rebut"), not a speaker. */
const FINITE_VERB = wordSet(`said says must is was are were has had have welcomed will would can could`);
/** Nouns of time: "a day", "two hours after news outlets" are when, not who. */
const TIME_NOUNS = wordSet(`day days hour hours minute minutes week weeks month months year years time moment`);
/** Single lower-case words that do name a speaker: pronouns, and heads like "officials", "police", "critics". */
const SPEAKER_WORDS = new Set([...SPEAKER_PRONOUNS, ...ANONYMOUS_HEADS, ...ALWAYS_ANONYMOUS_HEADS, 'one']);

/**
 * "Previously unseen papers show Mrs Thatcher (warned …)", "Files reveal Thatcher": the subject of the clause a
 * document shows, not the document and its verb.
 */
function afterEvidenceVerb(phrase: string): string {
  const m = EVIDENCE_VERB.exec(phrase);
  return m && /^(?:\p{Lu}|(?:he|she|they)\b)/u.test(m[1]) ? m[1] : phrase;
}
const EVIDENCE_VERB = rx(
  String.raw`^[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?\s+(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|indicate|indicates|confirm|confirms)\s+(.+)$`,
  'u',
);

/** "a reporter can be heard (asking)": the noun phrase before a finite verb that a phrase ran on into. */
function beforeFiniteVerb(phrase: string): string {
  const words = phrase.split(/\s+/);
  const k = words.findIndex((w, i) => i >= 2 && FINITE_VERB.has(w.toLowerCase()));
  return k >= 2 && !SPEAKER_PRONOUNS.has(words[0].toLowerCase()) ? words.slice(0, k).join(' ') : phrase;
}

/**
 * Whether a phrase read as a speaker is a noun phrase that can name one: not a participle ("saying", "citing an
 * instance"), an adverb ("so eloquently"), a lone common noun ("term"), a clause ("he welcomed extradition") or a
 * time ("a day").
 */
export function isSpeakerPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = words[0];
  const lower = first.toLowerCase();
  // "this source", "this Trump look-alike": a demonstrative opens a description of someone the story has met.
  const demonstrative = DEMONSTRATIVE.test(first) && words.length >= 2 && words.length <= 4;
  if (words.length === 1 && HANDLE_ONLY.test(first)) return true;
  if (/^\p{Ll}/u.test(first)) {
    if ((NOT_A_SPEAKER_START.has(lower) && !demonstrative) || /^\p{Ll}+(?:ing|ly)$/u.test(first)) return false;
    if (words.length === 1) return SPEAKER_WORDS.has(lower) || INDEFINITE_PERSON_HEADS.has(lower);
    if (SPEAKER_PRONOUNS.has(lower) && !SPEAKER_PRONOUNS.has(phrase.trim().toLowerCase())) return false;
  }
  if (words.length === 1 && /^(?:the|a|an)$/i.test(first)) return false;
  // "“Less is more!” or some other lesson I’ve struggled to learn": the writer's contraction opens a clause.
  if (isWriterContraction(first)) return false;
  if (words.slice(1).some((w) => FINITE_VERB.has(w.toLowerCase()))) return false;
  // "a product that, according to ..., offers": a thing's relative pronoun ends the phrase, which opens a clause
  // (a person's "who" is cut off later, and a phrase with a name keeps the name).
  if (words.length >= 2 && RELATIVE_PRONOUN.test(words[words.length - 1]) && !words.some((w) => /^\p{Lu}/u.test(w)))
    return false;
  const content = words.filter((w) => !/^(?:the|a|an|one|two|three|few|several)$/i.test(w));
  if (content.length > 0 && TIME_NOUNS.has(content[0].toLowerCase())) return false;
  // "A common question often asked … is “Q”": the words asked, not who asked them.
  return !content.slice(0, 3).some((w) => SPEECH_ACT_NOUNS.has(w.toLowerCase()));
}

/** Nouns for something said, which never say anything themselves. */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = wordSet(
  `question questions answer answers response responses reply replies comment comments remark remarks refrain
  phrase saying quip retort joke`,
);

/** A subject, or the name in apposition to a description ("the director of operations, Jo Lee,"). */
function subjectOrApposed(subject: string, appositive: string | undefined): string | null {
  // Every caller reads the subject of a speech verb.
  let phrase = subjectPhrase(subject, true);
  // ("one resident of the city, 58-year-old Emina Aliyeva, told": an age before the name is no part of it.)
  const name = appositive?.trim().replace(AGE_BEFORE_NAME, '');
  // "Recently, Herman Cain, the pizza maven ..., said", "However, Linda Thomas-Greenfield, U.S. ambassador to the
  // UN, argued": an adverb opening the sentence, then the subject.
  const opener = subject.trim();
  if ((/^\p{Lu}\p{Ll}+ly$/u.test(opener) || SENTENCE_ADVERBS.has(opener.toLowerCase())) && name) {
    const lead = rx(String.raw`^((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]*)(?:,|$)`, 'u').exec(name)?.[1];
    if (lead && hasPersonName(lead.split(/\s+/))) return lead;
    phrase = null;
  }
  // "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said": a fronted phrase that is no
  // subject, then the subject and its name in apposition.
  const comma = name && !phrase ? name.lastIndexOf(',') : -1;
  const apposed = comma > 0 ? name!.slice(comma + 1).trim() : '';
  if (apposed && isNameOnly(apposed) && hasPersonName(apposed.split(/\s+/)))
    return subjectOrApposed(name!.slice(0, comma), apposed);
  // "Sanders's campaign manager, Jeff Weaver, said": a description too long or odd to read, then the name.
  if (
    !phrase &&
    name &&
    rx(String.raw`^[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){1,8}$`, 'u').test(subject.trim()) &&
    isNameOnly(name)
  )
    return name;
  // "his partner, Jo Lee,", "Powell’s aide, Jo Lee,": a description, then the name in apposition.
  if (!phrase || !name || SPEAKER_PRONOUNS.has(phrase) || !isNameOnly(name)) return phrase;
  // ("One of the university's top executives, Michael Sexton," opens on a capital, and is a description too; so is
  // a firm's role, "WeSolar CSP’s CEO, Steve Anglin,".)
  const first = phrase.split(' ', 1)[0];
  // ("Minister for Life Sciences, George Freeman,", "Health Secretary, Jeremy Hunt,": an office, then who holds it.)
  const words = phrase.split(/\s+/);
  const office = words.some((w) => TITLE_WORDS.has(w.toLowerCase())) && !words.some((w) => isKnownFirstName(w));
  return /^[a-z]/.test(phrase) ||
    office ||
    rx(String.raw`^(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s\s`, 'u').test(phrase) ||
    DETERMINER_WORDS.has(first) ||
    COUNTING_WORDS.has(first)
    ? name
    : phrase;
}

const AGE_BEFORE_NAME = /^\d{1,3}-year-old\s+(?=\p{Lu})/u;

/** Capitalised words that, like a determiner, open a description rather than a name: "One of", "Another". */
const COUNTING_WORDS = wordSet(`One Another Some Two Three Several`);

/** Whether an appositive is nothing but a name: capitalised words, no organisation or title word. */
function isNameOnly(text: string): boolean {
  return rx(String.raw`^(?:\p{Lu}[\p{L}’'-]*\.?\s*){1,4}$`, 'u').test(text);
}

/** One speaker a passage reports: the cue, where its subject starts and where its verb ends. */
export interface ReportedSpeaker {
  cue: SpeakerCue;
  at: number;
  verbEnd: number;
}

/**
 * Before a verb whose subject follows it in reported speech: a comma ("the vote was lost, said X"), or a closing
 * quotation mark (`may be “strategic,” said X`: the quoted words are blanked out, their comma with them), so a
 * quote that follows can continue X.
 */
const INVERTED_LEAD = /(?:,|,?["”’])\s*$/u;
/** The verbs of saying English puts before their subject ("..., said X"); others never invert ("praised X"). */
const QUOTATIVE =
  /^(?:said|says|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|continued|recalled|argued|argues|insisted|replied|responded|warned|stated)$/i;

/**
 * Whether a phrase after "said" is its subject: a name ("said Jo Lee"), or a short description ("said the
 * mayor"); not a clause ("says the program changed his life") nor an adverbial ("said inside his factory").
 */
function isInvertedSubject(phrase: string): boolean {
  if (NOT_INVERTED_SUBJECT.test(phrase) || QUANTITY.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  if (/^(?:the|a|an)$/.test(words[0])) return words.length <= 4 && !words.some((w) => /\p{Ll}ed$/u.test(w));
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || w === 'of' || isNameParticle(w));
}

/** Every speaker a passage reports ("Lee said that...", "Okafor says she..."), in order, for quotes that follow. */
/** The end of a body's name listing its parts: "Environment and Rural Affairs". */
const NAME_LIST_TAIL = rx(String.raw`^(?:\p{Lu}[\p{L}’'-]*\s+){1,3}and\s+(?:\p{Lu}[\p{L}’'-]*\s*){1,3}$`, 'u');
/** An unnamed source's description running up to a comma after a capital: "a source from the Department for Food,". */
const UNNAMED_BEFORE_COMMA = rx(
  String.raw`(?:^|[,;:.]\s+)((?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:source|official|insider|spokesperson|spokesman|spokeswoman)\s+(?:from|at|in|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+|for\s+|of\s+){1,6}\p{Lu}[\p{L}’'-]*),?\s*$`,
  'u',
);

export function reportedSpeakers(text: string): ReportedSpeaker[] {
  const found: ReportedSpeaker[] = [];
  for (const v of verbsIn(text)) {
    let from = Math.max(0, v.start - 240);
    if (from > 0) from = text.indexOf(' ', from) + 1;
    const m = REPORTING_SUBJECT.exec(text.slice(from, v.start));
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": the verb closes a "who"
    // clause, and what the clause ends on (a place, a date) is no subject; the clause's antecedent speaks.
    const openWho = m?.[0].startsWith(',') ? OPEN_WHO.exec(text.slice(from, from + m.index)) : null;
    const whoSpeaks = openWho ? whoAntecedent(text.slice(from, from + openWho.index)) : null;
    if (whoSpeaks) {
      found.push({ cue: cueFor(whoSpeaks.name, null), at: from + whoSpeaks.at, verbEnd: v.end });
      continue;
    }
    // "at the Austin event where Trump spoke": the verb's subject is the relative clause's own ("Trump").
    let phrase = m ? subjectOrApposed(m[1].replace(RELATIVE_LEAD, ''), m[2]) : null;
    // "a source from the Department for Food, Environment and Rural Affairs told": the comma is inside a body's
    // name, and the unnamed source before it is the subject (round 29, Daily Mail).
    const listTail =
      m && phrase && NAME_LIST_TAIL.test(phrase) ? UNNAMED_BEFORE_COMMA.exec(text.slice(from, from + m.index)) : null;
    if (listTail && isAnonymous(`${listTail[1]}, ${phrase}`)) phrase = `${listTail[1]}, ${phrase}`;
    if (m && phrase && isSpeakerPhrase(phrase) && !eventBegins(phrase, text.slice(v.start, v.end))) {
      found.push({ cue: cueFor(phrase, null), at: from + m.index, verbEnd: v.end });
      continue;
    }
    // "Sen. Dianne Feinstein of California, the ranking Democrat, who said ...": the name "who" stands for.
    const antecedent = m && /^who$/i.test(m[1].trim()) ? whoAntecedent(text.slice(from, from + m.index)) : null;
    if (antecedent) {
      found.push({ cue: cueFor(antecedent.name, null), at: from + antecedent.at, verbEnd: v.end });
      continue;
    }
    // "..., said Alan Abramowitz, a demographer at Emory University": the subject after the verb.
    if (
      !INVERTED_LEAD.test(text.slice(Math.max(0, v.start - 6), v.start)) ||
      !QUOTATIVE.test(text.slice(v.start, v.end))
    )
      continue;
    const after = OBJECT_AFTER.exec(text.slice(v.end));
    const inverted = after ? objectPhrase(after[1]) : null;
    // A name or a description ("said Jo Lee", "said the mayor"), never an adverbial ("said inside his factory").
    if (inverted && isInvertedSubject(inverted) && isSpeakerPhrase(inverted))
      found.push({ cue: cueFor(inverted, null), at: v.start, verbEnd: v.end + after![0].length });
  }
  return found;
}

/**
 * A relative "who" clause running up to the comma a phrase follows: ", who lost her daughter in Aurora" (not one
 * a comma closed before: ", who has called it a hoax, could be the next occupant").
 */
const OPEN_WHO = /,\s+who\s[^.!?;:,"“”]*$/;

/** Verbs of speech that also tell how an event unfolds: "he began", but "Filming began", "the hearing went on". */
const PHASE_VERB = /^(?:began|begins|went\s+on|goes\s+on)$/i;

/** An event (a gerund: "Filming", "The hearing", "Voting") as the subject of a phase verb: nobody speaking. */
function eventBegins(phrase: string, verb: string): boolean {
  if (!PHASE_VERB.test(verb)) return false;
  const words = phrase.split(/\s+/);
  return rx(String.raw`\p{L}ing$`, 'iu').test(words[words.length - 1]) && !hasPersonName(words);
}

/**
 * The person a relative "who" stands for: the last full name in its sentence before it, read past an appositive
 * and an "of" phrase ("Jo Lee of the Acme Institute, a physicist, who said"), never past a sentence end.
 */
function whoAntecedent(before: string): { name: string; at: number } | null {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const sentence = before.slice(cut + 1);
  // Hyphenated words with a lower-case part are descriptions, not names ("El Paso-based").
  const NAME = rx(
    String.raw`(?:\p{Lu}[\p{L}.’']*(?:-\p{Lu}[\p{L}’']*)?\s+){1,3}\p{Lu}[\p{L}’']+(?:-\p{Lu}[\p{L}’']*)?(?![\p{L}-])`,
    'gu',
  );
  let last: { name: string; at: number } | null = null;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(sentence))) {
    const words = m[0].split(/\s+/);
    if (hasPersonName(words)) last = { name: m[0], at: cut + 1 + m.index };
  }
  return last;
}

/** Lower-case role words, maybe "of" and more ("master of ceremonies", "nuclear experts"), then a capitalised run. */
const ROLE_THEN_NAME = rx(
  String.raw`^\s*(?:(?!(?:in|at|on|to|from|with|by|for|during|after|before|about|as|and|or|the|a|an)\s)\p{Ll}[\p{L}-]*\s+){1,3}(?:of\s+\p{Ll}[\p{L}-]*\s+)?((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)(?=$|[\s,])`,
  'u',
);

/**
 * The person a role in lower case introduces: "master of ceremonies Asab Al-Tabchi" -> "Asab Al-Tabchi", "nuclear
 * experts David Albright and ..." -> "David Albright". Only a person's name (no organisation word), and not after
 * a pronoun or an article ("the city of London", "he told Jo Lee").
 */
function roleThenName(phrase: string): string | null {
  // Only a phrase that opens in lower case can be a role before a name.
  if (!/^\s*\p{Ll}/u.test(phrase)) return null;
  const m = ROLE_THEN_NAME.exec(phrase);
  if (!m || /^\s*(?:the|a|an|his|her|their|its|he|she|they|it|and|but|or|to|in|on|at|for|with|by|from)\s/i.test(phrase))
    return null;
  const name = m[1].replace(/[’']s$/, '');
  return hasPersonName(name.split(/\s+/)) ? name : null;
}

/** Words a name ends before that never start its verb: determiners and possessives ("Her advisers"). */
const DETERMINER_WORDS = wordSet(`The A An His Her Their Its Our My Your This That These Those`);

/**
 * The speaker a phrase names, before a verb or a relative clause it ran on into: "Hollande denounced Trump’s" ->
 * "Hollande", "Weaver didn’t seem impressed with Sanders" -> "Weaver", "A Clinton campaign official later walked
 * back the" -> "A Clinton campaign official", "One Democratic official who relayed the exchange" -> "One
 * Democratic official". A verb ends a name only after a capitalised word, and a description only after its second
 * word, so "Legislative leaders", "a retired teacher" and "A newly formed super PAC" are left whole.
 */
function nameBeforeVerb(phrase: string): string {
  const words = phrase.split(/\s+/);
  const described = DETERMINER_WORDS.has(words[0]) || /^\p{Ll}/u.test(words[0]);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const afterName = /^\p{Lu}/u.test(prev) && !DETERMINER_WORDS.has(prev);
    // "bespectacled professor": an -ed word before a noun is an adjective; a verb goes on with a particle, a
    // preposition, an article or a name ("walked back the", "linked to", "endorsed Trump").
    const next = words[i + 1];
    const verb =
      (/^\p{Ll}{2,}ed$/u.test(w) && (!next || !/^\p{Ll}/u.test(next) || VERB_FOLLOWERS.has(next))) ||
      /^\p{Ll}+n[’']t$/u.test(w) ||
      IRREGULAR_PAST.has(w) ||
      (/^\p{Ll}{2,}s$/u.test(w) && hasSpeechVerb(w));
    if (!(w === 'who' || (verb && (afterName || (described && i >= 2))))) continue;
    let k = i;
    while (k > 1 && TRAILING_ADVERB.test(words[k - 1])) k--;
    const kept = words.slice(0, k);
    if (kept.length >= 2 || (/^\p{Lu}/u.test(kept[0]) && !DETERMINER_WORDS.has(kept[0]))) return kept.join(' ');
  }
  return phrase;
}
/** Words that follow a verb but never an adjective: particles, prepositions, articles. */
const VERB_FOLLOWERS = wordSet(`
to back off out up down on in at for by from with into over about the a an his her their its this that
`);
/** Adverbs between a subject and its verb ("later walked", "just published"). */
const TRAILING_ADVERB = /^(?:\p{Ll}+ly|just|later|also|then|now|again|since|once)$/u;

/** "Jeffrey Lewis of the James Martin Center": a person's name before an "of" phrase is who speaks. */
function nameBeforeOf(phrase: string): string {
  if (!/ (?:of|with|from) /.test(phrase)) return phrase;
  const words = phrase.split(/\s+/);
  // "Tim Guest with the Nova Scotia Health Authority", "Jo Lee from Acme": the same for "with" and "from".
  const k = words.findIndex((w) => w === 'of' || w === 'with' || w === 'from');
  if (k < 2 || !/^\p{Lu}/u.test(words[k - 1])) return phrase;
  // ("Joost van Hoof of the ...": the particle and the given name before it belong to the name.)
  const from = k - (isNameParticle(words[k - 2]) ? 3 : 2);
  return hasPersonName(words.slice(Math.max(0, from), k)) ? words.slice(0, k).join(' ') : phrase;
}

function cueFor(raw: string, relay: string | null): SpeakerCue {
  let phrase = nameBeforeVerb(nameBeforeOf(afterEvidenceVerb(withoutGluedLabel(raw))));
  const doc = DOCUMENT.exec(phrase);
  if (doc) phrase = doc[1];
  const possessed = POSSESSED_DOCUMENT.exec(phrase);
  if (possessed)
    phrase = possessed[1].toLowerCase() === 'his' ? 'he' : possessed[1].toLowerCase() === 'her' ? 'she' : 'they';
  const pronoun = SPEAKER_PRONOUNS.has(phrase.toLowerCase());
  return { phrase, pronoun, relayedBy: relay && relay.toLowerCase() !== phrase.toLowerCase() ? relay : null };
}

/** An anonymous source the sentence relays through: "according to former officials". */
function relayIn(text: string): string | null {
  const m = accordingTo(text);
  if (!m) return null;
  const who = objectPhrase(m[1]);
  if (!who || !isAnonymous(who)) return null;
  return withDescription(who, m[1]);
}

/**
 * The noun phrase after a verb, up to a stop word, keeping "of X" after a noun ("the founder of Y"); a name in
 * apposition after a description wins ("his partner, Jo Lee").
 */
/** A word for a part of a group: "one of her neighbors", "two of their aides". */
const PARTITIVE = /^(?:one|two|three|four|five|some|many|most|several|each|none|all|any|both|few|another)$/i;

function objectPhrase(raw: string): string | null {
  const comma = raw.indexOf(',');
  const head = comma >= 0 ? raw.slice(0, comma) : raw;
  const named = roleThenName(head) ?? describedName(head);
  if (named) return named;
  const words = head.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    const lower = w.toLowerCase().replace(/[.]$/, '');
    // "said Will Doyle": a capitalised stop word before another capitalised word is a given name, not a modal.
    const givenName = i === 0 && /^\p{Lu}\p{Ll}/u.test(w) && /^\p{Lu}\p{Ll}/u.test(words[1] ?? '');
    if (i === 0 && !givenName && (NP_STOP.has(lower) || NOT_A_NOUN_PHRASE_START.test(w))) return null;
    // "said Al From": after a given name, a capitalised function word is the surname.
    if (i > 0 && NP_STOP.has(lower) && !(/^\p{Lu}/u.test(w) && isKnownFirstName(words[i - 1]))) {
      const next = words[i + 1] ?? '';
      // "said D.C. Fire and EMS Deputy Chief John Donnelly": bodies joined by "and", then the office and the name
      // of the person who holds it; the person speaks.
      const holder = lower === 'and' && /^\p{Lu}/u.test(words[i - 1]) ? officeHolderIn(words.slice(i + 1)) : null;
      if (holder) return holder;
      // ("one of her neighbors": a part of a group continues; "Pitt of his role" does not.)
      const partOf = /^(?:his|her|their|its|our)$/i.test(next) && PARTITIVE.test(words[i - 1]);
      if (!(NP_CONTINUE.has(lower) && (/^\p{Lu}/u.test(next) || /^(?:the|a|an)$/i.test(next) || partOf))) break;
    }
    const endsSentence = w.endsWith('.') && !isAbbreviation(w);
    if (endsSentence) w = w.slice(0, -1);
    kept.push(w);
    if (endsSentence) break;
  }
  // "said almost incredulously,": lower-case words ending in an adverb are how it was said, not who said it.
  if (kept.length > 0 && kept.every((w) => /^\p{Ll}/u.test(w)) && /\p{Ll}ly$/u.test(kept[kept.length - 1])) return null;
  const phrase = tidy(kept);
  if (!phrase || comma < 0) return phrase;
  // ("said Sarah's OB-GYN, Julie Jensen of Edward Hospital": a role of someone's is a description too, and the name
  // may be followed by where the person works.)
  const apposed = rx(String.raw`^\s*((?:\p{Lu}[\p{L}’'-]*\.?\s*){1,4})(?:[,.;]|of\s|$)`, 'u').exec(
    raw.slice(comma + 1),
  );
  const description = /(?:^|\s)\p{Ll}[^\s]*$/u.test(phrase) || /[’']s\s+\S+$/u.test(phrase);
  const name = apposed ? apposed[1].trim().split(/\s+/) : [];
  const person = apposed && (!apposed[0].endsWith('of ') || hasPersonName(name.filter((w) => !/^\p{Lu}\.$/u.test(w))));
  if (person && description && !SPEAKER_PRONOUNS.has(phrase.toLowerCase())) return tidy(name) ?? phrase;
  return phrase;
}

/**
 * "“Q,” Emily Pierce, spokeswoman for the Department of Justice said": a name, then its role, whose closing comma
 * the writer left out. Read as if it were there: the name is the subject (group 1), the role its appositive (2).
 */
function unclosedAppositive(text: string): RegExpExecArray | null {
  const m = UNCLOSED_APPOSITIVE.exec(text);
  if (!m || !hasPersonName(m[1].split(/\s+/)) || !APPOSED_ROLE_NOUNS.has(m[2].toLowerCase())) return null;
  const read = [m[0], m[1], undefined] as unknown as RegExpExecArray;
  read.index = m.index;
  return read;
}
const UNCLOSED_APPOSITIVE = rx(
  String.raw`^[\s,]*((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+),\s+(?:(?:an?|the)\s+)?(?:[\p{L}.-]+\s+){0,2}?(\p{Ll}+)\s+(?:for|of|at|with|to)\s+(?:[\p{L}’'.&-]+\s+){1,6}$`,
  'u',
);

/**
 * A run of capitalised words that holds an office, then a person's name ("EMS Deputy Chief John Donnelly"): the run
 * from the office on.
 */
function officeHolderIn(words: string[]): string | null {
  const run: string[] = [];
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) break;
    run.push(w.replace(/[.,;:]$/, ''));
    if (/[.,;:]$/.test(w) && !isAbbreviation(w)) break;
  }
  const office = run.findIndex((w) => TITLE_WORDS.has(w.toLowerCase()));
  if (office < 0) return null;
  const name = run.slice(office).filter((w) => !TITLE_WORDS.has(w.toLowerCase()));
  return name.length >= 2 && hasPersonName(name) ? run.slice(office).join(' ') : null;
}

/** An article, words that describe, then a name closing the phrase: "a clearly infatuated and somewhat awed Clinton". */
const DESCRIBED_NAME = rx(
  String.raw`^\s*(?:a|an|the)\s+((?:\p{Ll}[\p{L}-]*\s+){1,6})((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)\.?\s*$`,
  'u',
);

/** The name an inverted subject describes before it: how the speaker looked is not who spoke. */
function describedName(head: string): string | null {
  const m = DESCRIBED_NAME.exec(head);
  if (!m) return null;
  const modifiers = m[1].trim().split(/\s+/);
  // ("a spokesman for Apple": a preposition makes the name an object; "the former President": a title, no name.)
  if (modifiers.some((w) => w !== 'and' && NP_STOP.has(w))) return null;
  const name = m[2].split(/\s+/);
  if (name.some((w) => TITLE_WORDS.has(w.toLowerCase()) || NON_PERSON_WORDS.has(w.toLowerCase()))) return null;
  return name.join(' ');
}

/**
 * The noun phrase before a verb: the last few words, without clause openers ("But she" -> "she"). `beforeSpeechVerb`:
 * the verb is one of saying ("From said"), not any word read as a verb.
 */
export function subjectPhrase(raw: string, beforeSpeechVerb = false): string | null {
  // "Lee and his team wrote": the named lead speaks for the group.
  const words = raw
    .trim()
    .replace(/\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors|staff|lawyers?|attorneys?)$/i, '')
    .split(/\s+/);
  let i = 0;
  // "But she", "Recently she": a conjunction or a sentence adverb before the subject is not part of it.
  while (i < words.length - 1 && (CLAUSE_OPENERS.has(words[i].toLowerCase()) || FOCUS_ADVERB.test(words[i]))) i++;
  // "Every time I (asked)", "That day she (wrote)": a time adverbial before a pronoun or a name is not part of it.
  i += timeAdverbialAt(words, i);
  // "Back in 2013 I (wrote)", "Last month we (said)": a first-person pronoun ending the phrase is its subject (the
  // writer); what comes before it is a fronted adverbial.
  const final = words[words.length - 1];
  if (words.length - i > 1 && (final === 'I' || final === 'we') && !words.slice(i, -1).includes('and')) return final;
  // "For example, u/britinsb (commented)": a user's handle names the speaker, whatever comes before it.
  if (HANDLE_ONLY.test(final)) return final;
  // "And", "But" alone: a conjunction whose subject (a pronoun) was left out of the phrase is nobody; so is a
  // subordinator or a demonstrative alone ("Although called a “Q,” the treatment ...").
  const lead = words[i].toLowerCase();
  if (CLAUSE_OPENERS.has(lead) || (i === words.length - 1 && (SUBORDINATORS.has(lead) || DEMONSTRATIVES.has(lead))))
    return null;
  // "when asked what was next the Facebook founder (said)": a subordinate clause ran into the subject with no comma;
  // the subject is the short noun phrase its last determiner opens.
  if (SUBORDINATORS.has(words[i].toLowerCase())) {
    const det = words.findLastIndex((w, k) => k > i + 1 && /^(?:the|a|an)$/.test(w));
    if (det > 0 && words.length - det <= 5) i = det;
  }
  // "a woman asked for a photo and Clinton (said)": a clause ran into the phrase; the name after "and" is the subject.
  const and = words.lastIndexOf('and');
  if (and > i && words.slice(i, and).some((w) => /^\p{Ll}{2,}ed$/u.test(w))) {
    const tail = words.slice(and + 1);
    if (tail.length >= 1 && tail.length <= 4 && tail.every((w) => /^\p{Lu}/u.test(w))) return tidy(tail);
  }
  const named = /^\p{Ll}/u.test(words[i]) ? roleThenName(words.slice(i).join(' ')) : null;
  if (named) return named;
  let kept = nameBeforeOf(words.slice(i).join(' ')).split(' ');
  // A long title before a name: "University of the North political scientist Ada Okafor".
  if (kept.length > 5) {
    let k = kept.length;
    while (k > 0 && /^\p{Lu}/u.test(kept[k - 1])) k--;
    // "Another intelligence source speaking to Fox News": a tail after a preposition is an object, not the name;
    // the speaker is the description before the participle or preposition that introduces it ("a spokesman for
    // House Speaker Paul Ryan" keeps the old reading: the body a spokesman speaks for is named after "for").
    // ("Head of financial reporting Richard Martin": an -ing word right before the name is a noun, "marketing".)
    const object = k > 1 && /^(?:to|with|at|from|by|on|in|about|against)$/u.test(kept[k - 1]);
    const modifier = object
      ? kept.findIndex((w, i) => i >= 2 && /^(?:to|with|at|from|by|on|in|\p{Ll}+ing)$/u.test(w))
      : -1;
    // ("a source familiar with Cruz’s thinking": what the source knows is part of who it is, kept whole.)
    const describesSource = modifier >= 2 && SOURCE_DESCRIPTION.has(kept[modifier - 1].toLowerCase());
    // ("A source close to Mr Clegg said:": the source speaks, not the person it is close to.)
    if (!describesSource) {
      if (object && modifier >= 2) kept = kept.slice(0, modifier);
      else if (kept.length - k >= 2 && kept.length - k <= 4 && !/^(?:and|or|&)$/i.test(kept[k - 1] ?? ''))
        kept = kept.slice(k);
    }
  }
  if (kept.length > 8) return null;
  const first = kept[0];
  const firstLower = first.toLowerCase();
  if (/^(?:he or she|she or he|he\/she|s\/he)$/i.test(kept.join(' '))) return GENERIC_PRONOUN;
  if (SPEAKER_PRONOUNS.has(firstLower)) return kept.length === 1 ? firstLower : null;
  // "From said": a preposition alone right before the verb can only be a surname (Al From).
  if (beforeSpeechVerb && kept.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && LONE_PREPOSITIONS.has(firstLower))
    return first;
  // "Powell’s office", "Trump’s campaign manager": a named owner's office or staff speaks for them.
  if (
    rx(String.raw`^\p{Lu}[\p{L}.-]*[’']s$`, 'u').test(first) &&
    kept.length >= 2 &&
    kept.length <= 4 &&
    kept.slice(1).every((w) => /^\p{Ll}+$/u.test(w))
  )
    return tidy(kept);
  // "The Blaze’s Matt Walsh", "RealClearPolitics’ David Byler": the outlet owning the name is not part of it.
  const owner = kept.findLastIndex((w) => rx(String.raw`^\p{Lu}[\p{L}.-]*(?:[’']s|s[’'])$`, 'u').test(w));
  const owned = owner >= 0 ? kept.slice(owner + 1) : [];
  if (owned.length >= 2 && owned.length <= 4 && owned.every((w) => /^\p{Lu}/u.test(w)) && hasPersonName(owned))
    return tidy(owned);
  // "this Trump look-alike declared": a demonstrative in lower case opens a description, not a sentence.
  const demonstrative = /^(?:this|that)$/.test(first) && kept.length >= 2 && kept.length <= 4;
  if (NOT_A_SUBJECT.has(firstLower) && !demonstrative) return null;
  // "Responding to Trump’s ...", "Speaking at ...": a participle clause, not a subject.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(first) && kept.length > 1 && /^\p{Ll}/u.test(kept[1])) return null;
  // ("multiple members told", in lower case after the quote; "Multiple news reports reveal" opens a sentence about
  // documents.)
  const quantified = /^(?:multiple|numerous)$/.test(first) && kept.length >= 2;
  if (SUBJECT_STARTERS.has(firstLower) || demonstrative || quantified) {
    // "the mayor", "a spokesperson for the camp": a description; a verb inside would make it a clause.
    if (kept.some((w) => /^(?:is|was|are|were|has|had|have|will|would|did|does|do)$/i.test(w))) return null;
    return tidy(kept);
  }
  // Otherwise a name, possibly after a title ("then-Leeds mayoral candidate Ada Okafor"): ends capitalised.
  const last = kept[kept.length - 1];
  if (!/^\p{Lu}/u.test(last) && !/^\p{Lu}/u.test(first)) return null;
  if (!/^\p{Lu}/u.test(last)) return null;
  if (kept.length > 1 && kept.every((w) => rx(String.raw`^[\p{Lu}\p{N}’'.-]+$`, 'u').test(w))) return null; // "READ MORE"
  // "Axelrod tweeted after Clinton (argued)": a clause ran into the phrase; the name after its last linking word
  // is the verb's subject.
  const link = kept.findLastIndex((w) => SUBORDINATORS.has(w));
  if (link >= 0 && link < kept.length - 1) return tidy(kept.slice(link + 1));
  return tidy(kept);
}

/** Prepositions that, capitalised and alone before a verb of saying, are a surname ("From said"). */
// (Not "to": "To say that ... “won’t kill” consumers" opens with an infinitive, where a surname To is rare.)
const LONE_PREPOSITIONS = wordSet(`from with by for at on of`);

/** Words that join a clause to the one before: the subject of the next verb comes after them. */
const SUBORDINATORS = wordSet(`after before when while as because since until although though once`);
const DEMONSTRATIVES = wordSet(`this that these those`);

/** The text after the last clause break (comma or dash) that still precedes the verb. */
/** "a trend that the foundation": a noun and its relative clause, whose own subject speaks ("the foundation"). */
const RELATIVE_CLAUSE_LEAD = /^(?:.*\s)?(?:a|an|the|this|one)\s+(?:\p{Ll}+\s+){0,2}that\s+(?=\S)/u;
/** "The State Department less than two weeks ago": a time adverbial between the subject and its verb. */
const TIME_AGO = rx(
  String.raw`\s+(?:(?:less|more)\s+than\s+|just\s+|only\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$`,
  'u',
);
/** "footage of Trump", "an account of Clinton": a depiction of a person, who then speaks in the participle after. */
const DEPICTION_OF = rx(
  String.raw`\b(?:footage|video|videos|clip|clips|recording|recordings|tape|tapes|audio|account|photos?|images?|pictures?)\s+of\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)$`,
  'u',
);

/**
 * The subject inside a clause read before a speech verb: past a relative pronoun, without a time adverbial, and
 * before a participle (`participle`), the person a depiction shows ("footage of Trump saying").
 */
function subjectOfClause(clause: string, participle: boolean): string {
  const depicted = participle ? DEPICTION_OF.exec(clause) : null;
  if (depicted) return depicted[1];
  return clause.replace(RELATIVE_CLAUSE_LEAD, '').replace(TIME_AGO, '');
}

function lastClause(text: string): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf(';'));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

/** The words from a name on, when a hidden label is glued to it (people.ts's GLUED_LABEL). */
function withoutGluedLabel(phrase: string): string {
  let end = -1;
  for (const m of phrase.matchAll(GLUED_LABEL)) end = m.index + m[0].length;
  return end < 0 ? phrase : phrase.slice(end);
}

function tidy(words: string[]): string | null {
  const s = withoutGluedLabel(words.join(' '))
    .replace(/[,;:’']+$/, '')
    .replace(/([^.\s]{2,})\.$/u, '$1')
    .trim();
  return s && rx(String.raw`\p{L}`, 'u').test(s) ? s : null;
}

const ABBREVIATION = rx(
  String.raw`^(?:(?:\p{Lu}\.)*\p{Lu}|${ABBREVIATED_TITLES}|St|Jr|Sr|Const|No|Inc|Ltd|Co|Corp|U\.S|U\.K|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$`,
  'u',
);
const isAbbreviation = (w: string) => ABBREVIATION.test(w);

/** Text up to the end of the first sentence (or 240 characters); titles such as "Dr." do not end it. */
function firstSentence(text: string): string {
  const head = text.slice(0, 240);
  const re = /[.!?](?=\s+[\p{Lu}"“‘«]|\s*$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    if (m[0] === '.') {
      const word = /\S*$/.exec(head.slice(0, m.index + 1))?.[0] ?? '';
      if (isAbbreviation(word.replace(rx(String.raw`^[^\p{L}]+`, 'u'), ''))) continue;
    }
    return head.slice(0, m.index + 1);
  }
  return head;
}

/** Heads of a description that can stand as a quotation's source: bodies, documents, people by role. */
const SOURCE_HEADS = new Set([
  ...BODY_NOUNS,
  ...ANONYMOUS_HEADS,
  ...wordSet(`footnote report letter statement ad article editorial paper study poll survey transcript memo email
  tweet post website book spokesman spokeswoman spokesperson judge mayor senator governor president candidate`),
]);
