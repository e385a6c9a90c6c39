/**
 * Whether a speaker phrase hides who is speaking ("officials", "a source close to the talks", "one New Hampshire
 * Democrat") or names a person or a body ("a company spokesperson", "the two lawmakers" the story named), and how a
 * story describes an unnamed source ("familiar with the matter"), which stays part of who the source is.
 */
import { ALWAYS_ANONYMOUS_HEADS, ANONYMOUS_HEADS, APPOSED_ROLE_NOUNS, NON_PERSON_WORDS } from '../data/speech-verbs';
import { wordSet } from '../text/words';
import { hasPersonName } from './people';
import { rx } from '../text/script-letters';

/** Words that carry a noun phrase on: "the founder of Y", "a spokesman for the campaign". */
export const NP_CONTINUE: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * How a story says why an unnamed source knows, after its head: "familiar with the talks", "close to the family",
 * "who spoke on condition of anonymity". Its first words end the source's noun phrase; with what they know, the
 * phrases are part of who the source is ("people familiar with the matter").
 */
const SOURCE_DESCRIPTIONS = [
  'familiar with',
  'close to',
  'briefed on',
  'with knowledge of',
  'knowledgeable about',
  'involved in',
  'who',
];
export const SOURCE_DESCRIPTION: ReadonlySet<string> = new Set(SOURCE_DESCRIPTIONS.map((d) => d.split(' ')[0]));
/** A description and what it is about, after an unnamed source: "familiar with the talks". */
const RELAY_DESCRIPTION = rx(
  String.raw`^\s+((?:${SOURCE_DESCRIPTIONS.filter((d) => d.includes(' '))
    .map((d) => d.replace(/ /g, String.raw`\s+`))
    .join('|')})\s+(?:the\s+|his\s+|her\s+|their\s+)?[\p{L}-]+)`,
  'u',
);

/**
 * An unnamed source with the description that makes it one, read from the text it was found in: "people" in
 * "according to people familiar with the matter" is "people familiar with the matter" (the noun phrase may already
 * hold the description's first word: "people involved").
 */
export function withDescription(who: string, text: string): string {
  const words = who.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && SOURCE_DESCRIPTION.has(w.toLowerCase()));
  const source = cut > 0 ? words.slice(0, cut).join(' ') : who;
  const described = RELAY_DESCRIPTION.exec(text.slice(text.indexOf(source) + source.length));
  return described ? `${source} ${described[1]}` : who;
}

/** Whether a speaker phrase hides who is speaking ("officials", "a source close to", "experts"). */
export function isAnonymous(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  // The noun phrase ends where "of"/"for" or a description of the source starts: "one person familiar with the talks".
  // ("a source at the Pentagon", "a source from the department": where a source works is no part of who it is;
  // "officials at Homeland Security" are the agency's, below.)
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (NP_CONTINUE.has(w.toLowerCase()) ||
        SOURCE_DESCRIPTION.has(w.toLowerCase()) ||
        (PLACE_PREPOSITION.test(w) && /^(?:source|sources|insider|insiders)$/i.test(words[i - 1]))),
  );
  const core = cut > 0 ? words.slice(0, cut) : words;
  const lower = core.map((w) => w.toLowerCase().replace(/[.’']s?$/, ''));
  const head = lower[lower.length - 1];
  if (hasPersonName(words)) return false;
  // "“...,” Expert told Live Science": English puts a determiner before a singular count noun, so a capitalised one
  // standing alone is a surname (Paul Expert), not an unnamed expert ("Officials said", "Police said" are plural).
  // ("One", "Someone", "Another" are pronouns, and stand alone.)
  if (
    core.length === 1 &&
    /^\p{Lu}\p{Ll}/u.test(core[0]) &&
    !/s$/.test(head) &&
    !COLLECTIVE_HEADS.has(head) &&
    !INDEFINITE.has(head) &&
    !/^(?:some|any|every|no)(?:one|body)$/.test(head)
  )
    return false;
  // "The two lawmakers", "the pair": a definite count refers back to people the story has named.
  if (lower[0] === 'the' && /^(?:two|three|four|both|pair)$/.test(lower[1] ?? '')) return false;
  // "In the study, the researchers wrote": the authors of a study the story cites, whom the study names.
  if (lower[0] === 'the' && STUDY_AUTHORS.has(head)) return false;
  if (ALWAYS_ANONYMOUS_HEADS.has(head)) return true;
  // "the unnamed student", "an unidentified passenger": the story says outright it does not name them.
  if (lower.slice(0, -1).some((w) => UNNAMED_WORDS.has(w))) return true;
  // "one New Hampshire Democrat", "a Clinton aide", "another supporter": an indefinite person (while "a TransLink
  // spokesperson" speaks for a named body, below).
  if (INDEFINITE.has(lower[0]) && lower.length > 1) {
    const personHead = indefiniteHead(lower);
    if (personHead && INDEFINITE_PERSON_HEADS.has(personHead)) return true;
  }
  if (!ANONYMOUS_HEADS.has(head)) return false;
  // "a company spokesperson", "a spokesman for the campaign", "a spokeswoman for CBP": the voice of a body the
  // story names speaks on its record.
  if (SPOKES_HEADS.has(head) && speaksForBody(lower.slice(0, -1), words.slice(core.length))) return false;
  // "a TransLink spokesperson" speaks for a named body; "a spokesperson" does not.
  return !core.slice(0, -1).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !NON_PERSON_WORDS.has(lower[i])));
}

/** Words by which a story says it leaves someone unnamed. */
const UNNAMED_WORDS = wordSet(`unnamed unidentified anonymous`);

/** Who wrote a study, as a story refers back to them: "the researchers", "the study's authors". */
const STUDY_AUTHORS = wordSet(`researchers authors scientists`);

/** Nouns for a group that take no determiner in the singular: "Police said". */
const COLLECTIVE_HEADS = wordSet(`police staff personnel people security intelligence management`);

/** A preposition placing a source in a body: "a source at the Pentagon". */
const PLACE_PREPOSITION = /^(?:at|from|in|inside|within)$/i;

/** Heads that speak for a body rather than for themselves. */
const SPOKES_HEADS = wordSet(`spokesperson spokesman spokeswoman representative`);
/** Heads whose words are a body's when the body is named with them. */
const SPEAKS_FOR_BODY = new Set([...SPOKES_HEADS, 'executive']);
/** Nouns for the body a spokesperson speaks for ("a company spokesperson", "a spokesman for the agency"). */
export const BODY_NOUNS: ReadonlySet<string> = wordSet(`
company agency campaign department ministry police government club team firm school hospital university council
office committee party administration embassy court prison airline bank army navy military commission board
authority service network union group organization organisation foundation county city state house senate
`);
/** Whether a spokesperson's modifiers or "for ..." phrase name the body they speak for. */
function speaksForBody(modifiers: string[], rest: string[]): boolean {
  if (modifiers.some((w) => BODY_NOUNS.has(w))) return true;
  if (rest.length < 2 || !NP_CONTINUE.has(rest[0].toLowerCase())) return false;
  const object = rest.slice(1).filter((w) => !/^(?:the|a|an|his|her|their|its)$/i.test(w));
  return object.some((w) => /^\p{Lu}/u.test(w) || BODY_NOUNS.has(w.toLowerCase().replace(/[.,’']+$/, '')));
}

/** Determiners that introduce somebody without saying who. */
const INDEFINITE = wordSet(`a an one another some several multiple numerous many two three four few`);
/** Heads that, after an indefinite determiner, are a person left unnamed ("a Democrat", "one supporter"). */
export const INDEFINITE_PERSON_HEADS: ReadonlySet<string> = new Set([
  ...wordSet(`
man woman men women friend friends supporter supporters strategist strategists democrat democrats republican
republicans activist activists leader leaders delegate delegates conservative conservatives liberal liberals voter
voters protester protesters attendee attendees operative operatives donor donors consultant consultants aide
adviser advisor official neighbor neighbour relative student students worker workers organizer organizers
volunteer volunteers member members employee employees staffer staffers
`),
  // What speakers are, as news describes them after their names ("one electronics store owner"); not those who
  // speak for a body, whose voice is the body's ("a Twitter spokesman", "a Carrier executive": below).
  ...[...APPOSED_ROLE_NOUNS].filter((noun) => !SPEAKS_FOR_BODY.has(noun)),
]);
/**
 * Whether a phrase describes one person without naming them: "a Meta spokesperson", "an aide to the senator", "one
 * supporter" (not "a group of parents", "some voters"). Such a person may go on as the singular "they".
 */
export function isOnePersonDescribed(phrase: string): boolean {
  const lower = phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,’']+$/, ''));
  if (!/^(?:a|an|one|another)$/.test(lower[0]) || lower.length < 2) return false;
  const head = indefiniteHead(lower);
  return head !== null && (SPOKES_HEADS.has(head) || (INDEFINITE_PERSON_HEADS.has(head) && !/[^s]s$/.test(head)));
}

/**
 * The head of an indefinite description: the last word before a participle, a relative or a preposition, after
 * the determiner ("one that" has none).
 */
function indefiniteHead(lower: string[]): string | null {
  let k = 1;
  while (k < lower.length && !/^(?:who|that|with|in|at|from|on|familiar|close|involved|speaking)$|ed$/.test(lower[k]))
    k++;
  return k >= 2 ? lower[k - 1] : null;
}
