/**
 * Who "he" or "she" stands for when the sentences before a quote are about someone the article describes instead
 * of naming: "Prime Minister Gordon Brown's spokesman also condemned the tape. “…,” he added." is the spokesman's,
 * not Gordon Brown's; "The speaker also repeats his claim … He says … “…,” he says." is the speaker's, not that
 * of a president the article mentioned in passing (round 27: BBC, CNN). Names are all the salience model of
 * people.ts sees, so without this the pronoun went to the last name of the right gender, however incidental.
 */
import { IRREGULAR_PAST } from './attribution';
import { APPOSED_ROLE_NOUNS } from '../data/speech-verbs';
import { rx } from '../text/script-letters';
import type { PeopleIndex } from './people';

/** Nouns for one person, beyond the roles news puts after a name: the people a story describes by what they are. */
const PERSON_NOUNS = new Set([
  ...APPOSED_ROLE_NOUNS,
  ...`speaker man woman boy girl mother father son daughter wife husband brother sister widow widower officer
  doctor nurse teacher pilot driver passenger witness victim resident neighbor neighbour student farmer soldier
  priest judge butler businessman businesswoman gunman survivor relative prosecutor investigator detective`.split(
    /\s+/,
  ),
]);
/** Of those, the ones "he" cannot stand for, and those "she" cannot. */
const FEMALE_NOUNS = new Set(
  'spokeswoman chairwoman woman girl mother daughter wife sister widow businesswoman'.split(' '),
);
const MALE_NOUNS = new Set('spokesman chairman man boy father son husband brother widower businessman'.split(' '));

/** Words that end a noun phrase's modifiers: "the mandate of the spokesman" is a mandate. */
const FUNCTION_WORDS = '(?:of|the|a|an|and|or|for|to|in|on|at|with|by|from|that|who|which|whose)';
/** What may open the sentence before its subject: a conjunction, a sentence adverb. */
const OPENER = String.raw`(?:(?:But|And|So|Yet|Meanwhile|Separately|Earlier|Later)\s*,?\s+)?`;
/**
 * A description as a sentence's subject: a determiner or a named possessor ("Prime Minister Gordon Brown's"), up to
 * three modifiers, a noun for a person, maybe "for/of the …" and an aside in commas, then a finite verb.
 */
const DESCRIBED = rx(
  String.raw`^\s*${OPENER}((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.-]*[’']s)\s+(?:(?!${FUNCTION_WORDS}\s)[\p{Ll}-]+\s+){0,3}?(${[...PERSON_NOUNS].join('|')})\b(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+)?)(\s*,[^,;:"“”]{1,150},)?\s+(?:(?:also|later|then|again|too|earlier)\s+)?(\p{Ll}+)\b`,
  'u',
);
/** A sentence whose subject is the pronoun itself: "He says …", "But she added …". */
const PRONOUN_SUBJECT = rx(String.raw`^\s*${OPENER}(He|She)\s+\p{Ll}`, 'u');

/** The most sentences read back from the quote: the description and a pronoun or two continuing it. */
const MAX_SENTENCES_BACK = 3;

/** A description `describedSubject` found, and its head noun ("Prime Minister Gordon Brown's spokesman", "spokesman"). */
export interface Described {
  description: string;
  noun: string;
}

/**
 * The description "he" or "she" (`pronoun`) takes up, reading `sentences` backwards from the quote (the nearest
 * first, read lazily): the first one whose subject is a description of one person that agrees with the pronoun, past
 * sentences whose subject is that same pronoun. Null as soon as a sentence has any other subject: a name is the
 * salience model's to weigh.
 */
export function describedSubject(sentences: Iterable<string>, pronoun: string): Described | null {
  const p = pronoun.toLowerCase();
  if (p !== 'he' && p !== 'she') return null;
  let read = 0;
  for (const sentence of sentences) {
    if (++read > MAX_SENTENCES_BACK) return null;
    const own = PRONOUN_SUBJECT.exec(sentence);
    if (own) {
      if (own[1].toLowerCase() !== p) return null;
      continue;
    }
    const m = DESCRIBED.exec(sentence);
    if (!m) return null;
    const [, description, noun, aside, verb] = m;
    if (!isFiniteVerb(verb)) return null;
    // ("The spokesman, Don Stewart, said": named after all, which the salience model knows.)
    if (aside && /^\s*,\s*\p{Lu}/u.test(aside)) return null;
    if ((p === 'he' && FEMALE_NOUNS.has(noun)) || (p === 'she' && MALE_NOUNS.has(noun))) return null;
    return { description, noun };
  }
  return null;
}

/**
 * Whom a definite description stands for, as an epithet: the person the article described so ("Paul Burrell, the
 * Princess’s former butler"), else the person the story is about, named more than once ("The candidate also
 * continued …"; "The speaker also repeats …" on a tape nobody names is no one named in passing). Null for an
 * indefinite or possessed description ("A senior official", "Gordon Brown's spokesman"), which is its own speaker.
 */
export function epithetFor(
  { description, noun }: Described,
  people: PeopleIndex,
  at: number,
  pronoun: string,
  textBefore: () => string,
): string | null {
  if (!/^[Tt]he\s/.test(description)) return null;
  const so = personDescribedAs(noun, textBefore());
  if (so) return people.fullName(so.slice(so.lastIndexOf(' ') + 1)) ?? so;
  const salient = people.resolve(at, pronoun);
  return salient && people.timesNamed(salient, at) >= 2 ? salient : null;
}

/**
 * The person the article put `noun` next to before `text` ends, the nearest: "butler Paul Burrell", "Paul Burrell,
 * the Princess’s former butler". How "The former butler said" finds whom it stands for.
 */
function personDescribedAs(noun: string, text: string): string | null {
  const either = `(?:${noun}|${noun[0].toUpperCase()}${noun.slice(1)})`;
  const name = String.raw`((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)`;
  const before = rx(String.raw`\b${either}\s+${name}`, 'gu');
  const after = rx(
    String.raw`${name},\s+(?:a|an|the|his|her|\p{Lu}[\p{L}.’'-]*[’']s)\s+(?:[\p{L}’'-]+\s+){0,4}?${noun}\b`,
    'gu',
  );
  let found: { at: number; name: string } | null = null;
  for (const re of [before, after])
    for (const m of text.matchAll(re)) if (!found || m.index > found.at) found = { at: m.index, name: m[1] };
  return found?.name ?? null;
}

/** A verb in the past or the present third person: "condemned", "repeats", "told" (not "of", "who"). */
function isFiniteVerb(word: string): boolean {
  return /^\p{Ll}{2,}(?:ed|[^s]s)$/u.test(word) || IRREGULAR_PAST.has(word) || word === 'has' || word === 'was';
}
