/**
 * Attribution by signature, the convention of pull quotes, vox pops, interviews and epigraphs: a person's name
 * with nothing after it but descriptors (an age, a place, a job), written after the quote behind a dash
 * (`“Q” — Maria Lopez, 34, Miami`, also as the next short paragraph), in brackets after it (`“Q” (Maria Lopez,
 * 34, Miami)`), or as a lead-in line ending in a colon (`Maria Lopez, 34, a teacher in Miami:`). No speech verb:
 * the layout is the cue, so the name must read as a person's and the line must hold nothing but the signature.
 */
import { isKnownFirstName, NAME_PARTICLE_PATTERN } from '../data/first-names';
import { ACTING_BODY_WORDS, CREDIT_WORDS, ORGANISATION_WORDS } from '../data/organisations';
import { ABBREVIATED_TITLES, TITLE_WORDS } from '../data/speech-verbs';
import { hasPersonName } from './people';
import { rx } from '../text/script-letters';

/** A name: one to four capitalised words (initials and particles allowed: "Jo M. Lee", "Ana de la Cruz"). */
const NAME = rx(
  String.raw`^((?:\p{Lu}\.\s*|\p{Lu}[\p{L}’'-]*\s+(?:${NAME_PARTICLE_PATTERN}\s+)*){0,3}\p{Lu}[\p{L}’'-]*)(?=$|,|\s*\()`,
  'u',
);
/** A title abbreviated before a name: "Rep.", "Dr.", "Sen.". */
const TITLE = rx(String.raw`^(?:${ABBREVIATED_TITLES})\.\s+`);
/** One descriptor after the name: an age ("34"), a place ("Miami", "Lee County, Fla."), a role ("a teacher in Miami"). */
const DESCRIPTOR = rx(String.raw`^[\p{L}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+[\p{L}\p{N}’'.&-]+){0,8}$`, 'u');
/** Words that make a piece a clause rather than a descriptor ("who was there", "she said"). */
const CLAUSE_WORD =
  /\b(?:who|which|that|is|was|are|were|has|had|have|will|would|can|could|did|does|do|I|we|you|he|she|they|it|said|says|told|tells|added|adds|asked|asks|wrote|writes)\b/;
/** A word that makes a capitalised name a body's rather than a person's. */
const isBodyWord = (w: string) => CREDIT_WORDS.has(w) || ORGANISATION_WORDS.has(w) || ACTING_BODY_WORDS.has(w);
/** The longest signature read: a name and a few short descriptors. */
const MAX_SIGNATURE = 140;

/** The full name a surname stands for in the article (`Sanders` → `Bernie Sanders`), where it names that person. */
export type SurnameLookup = (surname: string) => string | null;

/**
 * The person a signature names (`Maria Lopez, 34, Miami`), or null when the text is anything more than a person's
 * name and its descriptors. A trailing full stop or colon is allowed. With `knownSurname`, a surname alone, or
 * after a title (`- Sanders`, `-President Obama`), names the person the article already named in full.
 */
export function signatureName(text: string, knownSurname?: SurnameLookup, afterDash = false): string | null {
  // "“Q”—Catherine Bonner to the New York Times regarding …", "— Alexandra Petri in a satirical Op-Ed": behind a
  // dash, where, to whom or how it was said may follow the name, as a phrase with no clause in it.
  const setting = afterDash ? SETTING_AFTER_NAME.exec(text) : null;
  const phrase = setting ? text.slice(setting.index) : '';
  if (setting && phrase.length <= MAX_SETTING && !CLAUSE_WORD.test(phrase) && !/[.!?;]\s+\S/.test(phrase)) {
    const name = signatureName(text.slice(0, setting.index), knownSurname);
    if (name) return name;
  }
  const line = text.trim().replace(/[.:]$/, '').trim();
  // A credit line ("Reuters/Getty Images") or a web address is no signature.
  if (line.length === 0 || line.length > MAX_SIGNATURE || /[/@]/.test(line)) return null;
  // "Rep. Trey Gowdy (R-S.C.):": a title before the name is not part of it.
  const titled = TITLE.exec(line);
  const m = NAME.exec(titled ? line.slice(titled[0].length) : line);
  if (!m) return null;
  let name = m[1].trim();
  let words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  // "President Obama": a title before the name is not part of it.
  const firstUntitled = words.findIndex((w) => !TITLE_WORDS.has(w.replace(/\.$/, '').toLowerCase()));
  if (firstUntitled > 0) {
    words = words.slice(firstUntitled);
    name = name.slice(name.indexOf(words[0]));
  }
  const known = words.length === 1 && !isKnownFirstName(words[0]) ? (knownSurname?.(words[0]) ?? null) : null;
  // A given name alone ("Maria"), or a surname after a title ("President Obama"), still names a person.
  const alone = words.length === 1 && (isKnownFirstName(words[0]) || titled !== null || firstUntitled > 0);
  if (known) name = known;
  else if (!hasPersonName(words) && !alone) return null;
  // "Getty Images", "Human Rights Watch", "Orlando Medical Center": a body's name, as photo credits give them.
  if (words.some((w) => isBodyWord(w.toLowerCase()))) return null;
  let rest = line.slice((titled?.[0].length ?? 0) + m[0].length).trim();
  // "Maria Lopez (34, Miami)": descriptors in brackets read as after a comma.
  const bracketed = /^\(([^()]*)\)$/.exec(rest);
  if (bracketed) rest = `, ${bracketed[1]}`;
  if (rest === '') return name;
  if (!rest.startsWith(',')) return null;
  const pieces = rest.slice(1).split(',');
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!DESCRIPTOR.test(piece) || CLAUSE_WORD.test(piece)) return null;
  }
  return name;
}

/**
 * Where a phrase opening with a preposition or a participle follows a name: " to the New York Times", " rapping
 * about the giant slide".
 */
const SETTING_AFTER_NAME = rx(
  String.raw`\s+(?=(?:to|in|on|at|for|from|via|during|about|of|with|before|after|\p{Ll}{3,}ing)\s+[\p{L}\p{N}“"‘'(])`,
  'u',
);
/** The longest such phrase read. */
const MAX_SETTING = 160;

/**
 * A dash opening a signature: em dash, en dash, a hyphen or two with a space after them, or a hyphen right before a
 * capital (`-Michelle Marks, Philadelphia`).
 */
const LEADING_DASH = /^\s*(?:—|–|―|--?\s|-(?=\p{Lu}))\s*/u;

/** The signature after a quote's closing mark: `— Maria Lopez, 34, Miami` or `(Maria Lopez, 34, Miami)`. */
export function signatureAfter(after: string, quoteEndsSentence = false): string | null {
  const dash = LEADING_DASH.exec(after);
  if (dash) return signatureName(after.slice(dash[0].length), undefined, true);
  const bracket = /^\s*\(([^()]{1,140})\)\s*\.?\s*$/.exec(after);
  if (bracket) return signatureName(bracket[1]);
  // A quote closed on a comma, then a name and its descriptors end the paragraph with no verb: "“Q,” Jay Singhania, a
  // vice president at Westwood Management." (the verb lost in editing). A descriptor is required: a name alone
  // there may open a sentence of its own.
  if (!quoteEndsSentence) {
    const rest = /^\s+([^.!?;:“”"]{3,140}?)\.\s*$/.exec(after)?.[1];
    return rest?.includes(',') ? signatureName(rest) : null;
  }
  // An epigraph signed with no dash: "“… freedom from religion.” Rev. Billy Graham", a name and nothing else (no
  // descriptor, which a sentence after the quote can look like) after a quoted sentence.
  const bare = after.trim();
  return /^\s+\S/.test(after) && !/[,;:()]/.test(bare) && bare.split(/\s+/).length <= 5 ? signatureName(bare) : null;
}

/** A paragraph that is only a dash and a signature, under a quote: `— Maria Lopez, 34, Miami`. */
export function signatureLine(paragraph: string, knownSurname?: SurnameLookup): string | null {
  const dash = LEADING_DASH.exec(paragraph);
  return dash ? signatureName(paragraph.slice(dash[0].length), knownSurname, true) : null;
}

/**
 * The signature line of an embedded social post: `— Troy Hunt (@troyhunt) December 29, 2014`. The account's name
 * is the speaker, a person's or a body's ("Scottish Government (@scotgov)").
 */
export function postSignature(line: string): string | null {
  const m = POST_SIGNATURE.exec(line);
  return m ? m[1].trim() : null;
}
const POST_SIGNATURE = rx(
  String.raw`^\s*[—–-]\s*([\p{Lu}\p{N}][\p{L}\p{N}.’'& -]{0,60}?)\s*\(@[A-Za-z0-9_]{1,15}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})?\s*$`,
  'u',
);

/** A lead-in that is only a signature ending in a colon: `Maria Lopez, 34, a teacher in Miami:`. */
export function signatureLeadIn(before: string): string | null {
  return /:\s*$/.test(before) ? signatureName(before) : null;
}
