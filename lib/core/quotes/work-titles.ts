import { rx } from '../text/script-letters';
/**
 * Whether quoted words are the title of a work (a book, a film, a show, a song) rather than someone's words. Titles
 * keep the sentence's comma or full stop inside the marks in American style ("on ABC's “This Week with George
 * Stephanopoulos.”"), so punctuation does not tell them apart from speech: their capitalisation, a subtitle after a
 * colon, the words that introduce them and a byline after them do.
 */

/** The words of quoted text (letters and digits, with inner apostrophes and hyphens). */
export const WORDS = rx(String.raw`[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*`, 'gu');
/** Words a title leaves in lower case ("Guardians of the Galaxy", "Face the Nation"). */
export const SMALL_WORDS = new Set('the of and a an in on for to at with from by or'.split(' '));
/** A speaker's own voice: a headline quoting someone ("I’m Sick Of Men Telling Us ...") keeps it, a title rarely. */
const FIRST_OR_SECOND_PERSON =
  /^(?:i|i[’']m|i[’']ve|i[’']ll|i[’']d|we|we[’']re|we[’']ve|we[’']ll|us|our|my|me|you|your)$/;
/** A subtitle: “Crippled America: How to Make America Great Again”. */
const SUBTITLE = rx(String.raw`\p{L}[!?]?:\s+["'“‘]?[\p{Lu}\p{N}]`, 'u');
/**
 * What introduces a title, right before its opening mark: the kind of work ("the movie", "his book,"), a network's
 * programme ("on CBS’", "on CNN’s"), a part in it ("author of", "roles in", "host of").
 */
const WORK_BEFORE = rx(
  [
    String.raw`\b(?:book|books|novel|memoir|biography|autobiography|film|movie|documentary|show|series|sitcom|program|programme|podcast|song|songs|anthem|ballad|hit|single|album|musical|episode|thriller|comedy|manifesto|article|essay|paper|op-ed|poem|play|opera|painting|exhibition)\b[,:]?\s*$`,
    String.raw`\b(?:on|with)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*(?:[’']s|s[’'])\s*$`,
    // A network's programme without "on": "It was CNBC’s “Secret Lives of the Super Rich”".
    String.raw`\b\p{Lu}{2,5}[’']s\s*$`,
    // A song performed: "to perform “Bridge Over Troubled Water”", "sang “America the Beautiful”".
    String.raw`\b(?:perform|performs|performed|performing|sing|sings|sang|singing)\s*$`,
    String.raw`\b(?:author|co-author|editor|co-editor|host|star|creator)\s+of\s+(?:the\s+)?$`,
    // An event's title: "during a panel on “Is Any Job Truly Safe?”", "a session called “The Road Ahead”".
    String.raw`\b(?:panel|session|talk|lecture|keynote|conference|summit|symposium|seminar|workshop|webinar)\s+(?:on|about|called|dubbed)\s*$`,
    // A name given: "a memo titled", "an event billed as", "the show was officially named".
    String.raw`\b(?:titled|entitled|headlined|named|billed\s+as)[,:]?\s*$`,
    String.raw`\b(?:roles?|parts?|starred|starring|appear|appears|appeared|appearing|appearance|acted)\s+(?:in|on)\s+(?:the\s+)?$`,
  ].join('|'),
  'iu',
);

/**
 * Whether every content word of `quoted` is capitalised (title case) and, unless it has a subtitle, none is the
 * speaker's I, we or you.
 */
function isTitleCase(quoted: string): boolean {
  // Word by word, stopping at the first lower-case content word: most quotations are prose and fail at once.
  WORDS.lastIndex = 0;
  let count = 0;
  let personal = false;
  for (let m = WORDS.exec(quoted); m; m = WORDS.exec(quoted)) {
    const lower = m[0].toLowerCase();
    if (!((count > 0 && SMALL_WORDS.has(lower)) || CAPITALISED.test(m[0]))) return false;
    if (FIRST_OR_SECOND_PERSON.test(lower)) personal = true;
    count++;
  }
  // A subtitle marks a title even with a "Me" in it (“Austin Powers: The Spy Who Shagged Me”).
  return count >= 2 && (!personal || SUBTITLE.test(quoted));
}
const CAPITALISED = rx(String.raw`^[\p{Lu}\p{N}]`, 'u');

/** Whether quoted words say I, we or you. */
function speaksInPerson(quoted: string): boolean {
  return (quoted.match(WORDS) ?? []).some((w) => FIRST_OR_SECOND_PERSON.test(w.toLowerCase()));
}

/**
 * Whether quoted words name a work: in title case, and either with a subtitle after a colon or introduced as a work
 * (`before` is the text of the sentence up to the opening mark).
 */
export function isWorkTitle(quoted: string, before: string, depth = 0): boolean {
  // Marks of another style right before the quote (''60 Minutes.'' pairs as one stray mark and a single quote).
  const lead = (before.length > 80 ? before.slice(-80) : before).replace(/["'“‘]+$/u, '');
  // "a paper titled “From populations who inhabited ...”": a title said to be one, in whatever case, unless it
  // speaks in someone's voice ("a statement titled “We will not be silenced”" is its signers' words).
  if ((TITLED.test(lead) || NAMED_THING.test(lead)) && !speaksInPerson(quoted)) return true;
  if (!isTitleCase(quoted)) return false;
  if (SUBTITLE.test(quoted) || WORK_BEFORE.test(lead)) return true;
  // One of a list of titles: “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers ...”.
  const listed = LISTED_AFTER.exec(lead);
  return depth < 4 && listed !== null && isWorkTitle(listed[1], lead.slice(0, listed.index), depth + 1);
}

/** Words that say the quotation after them is a title, or a phrase used as a name ("under the slogan “Axe the tax”"). */
const TITLED = /\b(?:titled|entitled|headlined|slogan|motto|tagline|catchphrase|hashtag)[,:]?\s*$/i;

/**
 * Something introduced and named in one breath, in whatever case: "a movement called “buy it for life”", "a campaign
 * known as “Fight for Fifteen”", "an app dubbed “the new Vine”". (An indefinite, so not "the senator called “…”".)
 */
const NAMED_THING = rx(
  String.raw`\b(?:a|an)\s+(?:[\p{L}’'-]+\s+){1,2}(?:called|named|dubbed|nicknamed|known\s+as)\s*$`,
  'iu',
);

/** A quoted phrase right before, in a list with this one: its words (group 1) and where its opening mark is. */
const LISTED_AFTER = /["“]([^"“”]{1,80})["”]\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u;

/**
 * A byline right after the closing mark: the quoted words are a cited work's title, in any case ("“The Living Room to
 * close at the end of December,” by Times’ Ben Sisario:", "“This Kind of War,” by T.R. Fehrenbach, about..."). Only
 * names may follow "by" up to the next punctuation: "“...undeserved,” by Trump last week" is someone's words.
 */
const BYLINE_AFTER = rx(
  String.raw`^\s*,?\s*by\s+(?:\p{Lu}[\p{L}\p{N}.’'-]*\s+){0,4}\p{Lu}[\p{L}\p{N}.’'-]*\s*(?:[:;,(]|$)`,
  'u',
);

/** Whether the words after a closing mark (`after`) give the quoted words an author, as a citation does. */
export function isBylined(after: string): boolean {
  return BYLINE_AFTER.test(after.length > 120 ? after.slice(0, 120) : after);
}
