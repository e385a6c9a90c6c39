/**
 * Who said a quotation, for German, French and Spanish pages: the same job as attribution.ts does for English,
 * with each language's reporting verbs (lib/core/data/foreign-speech/) and word order. Reads, in this order:
 * - the inverted verb after the quote, the normal order in all three languages: „…“, sagte Müller. / « … »,
 *   a déclaré le ministre. / « … », explique-t-elle. / «…», dijo el alcalde. / „…“, teilte das Ministerium mit.
 *   Spanish leaves the subject out («…», explicó.): a pronoun cue with an empty phrase, resolved like "she";
 * - „…“, so Müller. (German);
 * - a verb introducing the quote: Müller sagte: „…“ / Dazu sagte Müller: „…“ / Le ministre a déclaré : « … »;
 * - laut X / X zufolge / selon X / d’après X / según X, opening a clause before the quote or right after it;
 * - hieß es aus Regierungskreisen (German): the unnamed circles are the speaker.
 * Pronoun cues carry the English pronoun ("er" -> "he", "elle" -> "she", "sie sagten" -> "they") so the pipeline
 * resolves them as it does English ones. `isForeignAnonymous` decides whether a speaker phrase names nobody
 * ("Insider", "eine mit den Vorgängen vertraute Person", "une source proche du dossier", "fuentes cercanas").
 *
 * Known to get wrong: em-dash dialogue («—Q —dijo») is not read; a speaker named only in the sentence before
 * ("Er habe jetzt Zugang „…“", reported speech in the subjunctive) has no cue here; reporting verbs outside the
 * lists ("resumió", "schickt eine Nachricht:") are missed; a name the people index takes from a caption or a German
 * noun phrase ("Die Gebühren") can still come back as the speaker of a quote with no cue of its own; "der Volksmund" and other sayings' sources
 * come out as speakers; a definite description ("der 48-Jährige", "le ministre") is returned as written, and which
 * person it or a pronoun stands for is left to the pipeline.
 */
import { isKnownFirstName } from '../data/first-names';
import { FOREIGN_SPEECH, type ForeignSpeechWords, type SpeakerPronoun } from '../data/foreign-speech';
import type { SpeakerCue } from './attribution';
import { rx } from '../text/script-letters';

/** The languages this module reads. */
export const FOREIGN_QUOTE_LANGUAGES = ['de', 'fr', 'es'] as const;
export type ForeignQuoteLanguage = (typeof FOREIGN_QUOTE_LANGUAGES)[number];

export function isForeignQuoteLanguage(lang: string): lang is ForeignQuoteLanguage {
  return (FOREIGN_QUOTE_LANGUAGES as readonly string[]).includes(lang);
}

/** Whether Footnote reads who speaks in a page of language `lang` (unknown: read as English). */
export function readsSpeakersIn(lang: string | undefined): boolean {
  return !lang || lang === 'en' || isForeignQuoteLanguage(lang);
}

/** Characters of the sentence before a quote searched for "X sagte:". */
const CUE_WINDOW = 200;
/** Longest speaker phrase kept, in words. */
const MAX_PHRASE_WORDS = 8;

/**
 * Titles abbreviated before a name in German, French and Spanish ("Dr. Weber", "Prof. Anna Schmidt", "Sra. Ruiz"), as
 * regex alternatives; English's are ABBREVIATED_TITLES in data/speech-verbs.
 */
const FOREIGN_ABBREVIATED_TITLES = 'Dr|Prof|Mgr|Pr|Sr|Sra|Srta|St';
/** A sentence's end after a quote (or the next quotation mark); a title's or an initial's dot is none. */
const SENTENCE_END = rx(
  String.raw`(?<!(?:^|[^\p{L}])(?:\p{Lu}|${FOREIGN_ABBREVIATED_TITLES}))[.!?](?=\s+["“„«»‘]?\p{Lu}|\s*$)|[«»“„"]`,
  'u',
);
/** A word: letters and digits with inner apostrophes, hyphens and dots ("d’Aix", "48-Jährige", "Lutz S.", "Dr."). */
const TOKEN = rx(
  String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}’'-]|\.(?=[\p{L}\p{N}]))*(?:(?<=(?:^|[^\p{L}])(?:\p{Lu}|${FOREIGN_ABBREVIATED_TITLES}))\.)?|[^\s\p{L}\p{N}]`,
  'gu',
);
/** A capitalised word, or a number-compound noun ("48-Jährige"). */
const CAPITALISED = rx(String.raw`^(?:\p{N}+-)?\p{Lu}`, 'u');
const LETTER = rx(String.raw`^[\p{L}\p{N}]`, 'u');

/** The word lists of one language as sets, built once: verbs are found by looking words up, not by one long pattern. */
interface Compiled {
  lang: ForeignQuoteLanguage;
  words: ForeignSpeechWords;
  /** One-word finite forms ("sagte", "explique", "dijo"). */
  finite: Set<string>;
  /** Auxiliary -> the participles it takes in a reporting verb ("a" -> "déclaré", "ha" -> "dicho"). */
  compound: Map<string, Set<string>>;
  /** Clause-final participles and infinitives ("hat gesagt:", "a déclaré :"). */
  clauseFinal: Set<string>;
  accordingTo: RegExp;
  accordingToAfter: RegExp | null;
  viewOf: RegExp | null;
}

const compiled = new Map<ForeignQuoteLanguage, Compiled>();

function compile(lang: ForeignQuoteLanguage): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const words = FOREIGN_SPEECH[lang];
  const finite = new Set<string>();
  const compound = new Map<string, Set<string>>();
  for (const form of words.verbs) {
    const space = form.indexOf(' ');
    if (space < 0) finite.add(form);
    else {
      const aux = form.slice(0, space);
      if (!compound.has(aux)) compound.set(aux, new Set());
      compound.get(aux)!.add(form.slice(space + 1));
    }
  }
  const bound = (p: string) => String.raw`(?<![\p{L}\p{N}])${p}(?![\p{L}\p{N}])`;
  c = {
    lang,
    words,
    finite,
    compound,
    clauseFinal: new Set(words.clauseFinalVerbs),
    // Only where it attributes: opening a clause ("Selon X, ...", ", laut X") — not "según sus normas" mid-clause.
    accordingTo: rx(
      String.raw`(?:^|[,;:])[\s—–-]*` + bound(words.accordingTo) + String.raw`\s+([^.;:!?«»“”„"]{1,120})`,
      'u',
    ),
    accordingToAfter: words.accordingToAfter
      ? rx(String.raw`(?:^|[,;:])[\s—–-]*((?:\S+\s+){1,5}?)${words.accordingToAfter}(?![\p{L}])`, 'u')
      : null,
    // The whole sentence before the quote: "Pour Tristan Harris également : « … »".
    viewOf: words.viewOf
      ? rx(
          String.raw`^\s*${words.viewOf}\s+([^,;:.!?«»“”„"]{1,80}?)(?:\s+(?:également|aussi|también|tampoco))?\s*[,:]\s*$`,
          'u',
        )
      : null,
  };
  compiled.set(lang, c);
  return c;
}

interface VerbAt {
  start: number;
  end: number;
  form: string;
  /** French inverted pronoun ("il" in "dit-il", "a-t-elle ajouté"). */
  inverted: string | null;
}

/** Words with their inner apostrophes and hyphens ("explique-t-il", "s’exclame", "AfD-Mitglied"). */
const WORD_G = rx(String.raw`[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*`, 'gu');
/**
 * Adverbs between an auxiliary and its participle: "a récemment déclaré", "avait alors répondu", "s’est de son côté
 * interrogé", "ha también dicho", "ha por su parte señalado".
 */
const AUXILIARY_ADVERB =
  /^(?:\s+(?:\p{Ll}+(?:ment|mente)|aussi|également|déjà|encore|alors|ensuite|enfin|pourtant|toutefois|cependant|de\s+son\s+côté|pour\s+sa\s+part|par\s+ailleurs|d[’']ailleurs|también|ya|además|luego|entonces|asimismo|por\s+su\s+parte)){1,2}(?=\s)/u;
/** Up to three words after a verb's first word, each with the space before it, for compound forms ("a mis en garde"). */
const NEXT_WORDS = rx(String.raw`^(\s+[\p{L}’']+)(\s+[\p{L}’']+)?(\s+[\p{L}’']+)?`, 'u');
/**
 * A singular personal pronoun inverted in a quotation's attribution ("« … », a-t-il dit", "« … », explique-t-elle"):
 * a person speaking, whom the people index may not know by name. French only: German and Spanish put or leave the
 * pronoun where it says nothing of a person, and a bare French "il" is "it" as often ("serait-il à l’œuvre ?").
 */
export const PERSON_PRONOUN_AFTER_QUOTE: Partial<Record<ForeignQuoteLanguage, RegExp>> = {
  fr: /[»”]\s*,\s*\p{Ll}+(?:-t)?-(?:il|elle)\b/u,
};
/** A French verb with its inverted pronoun: "dit-il", "explique-t-elle", "a-t-il", "ont-ils". */
const FRENCH_INVERSION = /^(.+?)(?:-t)?-(il|elle|on|ils|elles)$/u;

/**
 * The reporting verbs of a text from `from` on, in order; with `firstOnly`, only a verb that is the first word
 * there. A compound form takes the next word too ("a déclaré", "ha dicho", "a-t-il ajouté").
 */
function verbsIn(c: Compiled, text: string, from = 0, firstOnly = false): VerbAt[] {
  const found: VerbAt[] = [];
  WORD_G.lastIndex = from;
  for (let m = WORD_G.exec(text); m; m = WORD_G.exec(text)) {
    let base = m[0];
    let inverted: string | null = null;
    const inv = c.lang === 'fr' && base.includes('-') ? FRENCH_INVERSION.exec(base) : null;
    if (inv) [, base, inverted] = inv;
    const start = m.index;
    let end = start + m[0].length;
    let form: string | null = null;
    const participles = c.compound.get(base);
    if (participles) {
      // The rest of the form, longest first: "a déclaré", "a mis en garde", "met en garde"; past an adverb between
      // the auxiliary and its participle ("a récemment déclaré", "ha también dicho").
      const adverb = c.lang !== 'de' ? AUXILIARY_ADVERB.exec(text.slice(end, end + 30)) : null;
      const skip = adverb ? adverb[0].length : 0;
      for (const gap of skip ? [0, skip] : [0]) {
        const next = NEXT_WORDS.exec(text.slice(end + gap, end + gap + 60));
        for (let n = next ? 3 : 0; n >= 1 && !form; n--) {
          const parts = next!.slice(1, n + 1);
          if (parts.some((w) => w === undefined)) continue;
          const rest = parts.map((w) => w.trim()).join(' ');
          if (participles.has(rest)) {
            form = `${base} ${rest}`;
            end += gap + parts.join('').length;
          }
        }
        if (form) break;
      }
    }
    if (!form && c.finite.has(base)) form = base;
    if (form) {
      found.push({ start, end, form, inverted });
      WORD_G.lastIndex = end;
    }
    if (firstOnly) break;
  }
  return found;
}

/** Where the last clause-final participle or infinitive of a text ends ("hat gesagt", "lässt mitteilen"). */
function lastClauseFinal(c: Compiled, text: string): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  WORD_G.lastIndex = 0;
  for (let m = WORD_G.exec(text); m; m = WORD_G.exec(text))
    if (c.clauseFinal.has(m[0])) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

/** The last `max` characters of `text`, starting at a word. */
function tail(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.indexOf(' ', text.length - max);
  return cut < 0 ? text.slice(-max) : text.slice(cut + 1);
}

/** The text up to the end of its first sentence (a stop before a capital or the end), or of a next quote. */
function firstSentence(text: string): string {
  // (An initial or a title's abbreviation, "M. Passos Coelho", "Dr. Weber", ends no sentence.)
  const m = SENTENCE_END.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

function tokens(text: string): string[] {
  // An elided article opening the words is a word of its own: "l’économiste Eswar Prasad" -> "l’", "économiste", ...
  // (Inside a phrase it stays on its noun: "le ministre de l’Intérieur Gérald Darmanin".)
  const split = ELIDED_FIRST.test(text) ? text.replace(ELIDED_FIRST, '$1$2 ') : text;
  return split.match(TOKEN) ?? [];
}
/** "l’", "d’" (or with a straight quote) on the first word. */
const ELIDED_FIRST = rx(String.raw`^(\s*)([LlDd][’'])(?=\p{L})`, 'u');

/**
 * The speaker cue around one quote on a page in `lang`. `before`: its sentence up to the opening mark; `after`:
 * from the closing mark; `endsSentence`: the quote ends in . ! or ?.
 */
export function findForeignSpeakerCue(
  lang: ForeignQuoteLanguage,
  fullBefore: string,
  after: string,
  endsSentence = false,
): SpeakerCue | null {
  const c = compile(lang);
  const before = tail(fullBefore, CUE_WINDOW);
  // „Q.“ Laut Polizei waren 200 Menschen da. — a quote that ends its sentence has no words of its own after it.
  const afterSentence = endsSentence && /^\s*\p{Lu}/u.test(after) ? '' : firstSentence(after);
  const relay = relayIn(lang, c, before) ?? relayIn(lang, c, afterSentence, true);
  const inverted = invertedAfter(c, before, afterSentence);
  // "Con él coincide María Tomás: «Q», contrapone." — a pronoun after the quote stands for the person its own
  // sentence introduced it with.
  const introduced = inverted?.pronoun ? introducedBefore(lang, c, before) : null;
  const found =
    (introduced && !introduced.pronoun ? introduced : inverted) ??
    (lang === 'de' ? (soAfter(c, afterSentence) ?? soBefore(c, before)) : null) ??
    introducedBefore(lang, c, before) ??
    objectOfVerb(lang, c, before) ??
    subjectBeforeColon(lang, c, before) ??
    accordingTo(c, before) ??
    accordingTo(c, afterSentence, true) ??
    viewOf(c, before) ??
    (lang === 'de' ? (impersonalFrom(c, afterSentence) ?? impersonalFrom(c, before)) : null);
  if (!found) return null;
  const relayedBy = relay && relay.toLowerCase() !== found.phrase.toLowerCase() ? relay : null;
  return { ...found, relayedBy };
}

type Found = Omit<SpeakerCue, 'relayedBy'>;

const pronounCue = (pronoun: SpeakerPronoun): Found => ({ phrase: pronoun, pronoun: true });

/** The opening of "Vom „...“ sprach X" / "Von einer „...“ spricht X": what was spoken of. */
const SPOKEN_OF = /^\s*(?:Vom|Von(?:\s+(?:einer?|einem|der|den))?)(?:\s+\p{Ll}+)?\s*$/u;

/**
 * „Q“, sagte Müller. / « Q », a-t-il ajouté. / «Q», dijo el ministro. / «Q», explicó. A verb right after the
 * closing mark inverts only after a comma or a quote that opens its sentence: in „Das Boot“ erzählt die Geschichte
 * eines U-Boots, the title is the subject.
 */
function invertedAfter(c: Compiled, before: string, sentence: string): Found | null {
  const lead = INVERTED_LEAD[c.lang].exec(sentence)![0];
  const [v] = verbsIn(c, sentence, lead.length, true);
  if (!v || v.start !== lead.length)
    return c.lang === 'de' && lead.includes(',') ? auxiliaryAfter(c, sentence.slice(lead.length)) : null;
  // „Vom „größten Projekt“ sprach der Minister“: a sentence-initial "von" phrase is not the subject either.
  const opensSentence = /(?:^|[.!?:])\s*$/u.test(before) || (c.lang === 'de' && SPOKEN_OF.test(before));
  if (!lead.includes(',') && !opensSentence && !v.inverted) return null;
  const rest = sentence.slice(v.end);
  if (!separableClosed(c, v.form, rest)) return null;
  if (v.inverted) return pronounCue(c.words.pronouns[v.inverted] ?? 'they');
  // (A reflexive verb with no subject may be impersonal: «…», se explica en el informe.)
  return subjectAfterVerb(c.lang, c, v.form, rest, !/(?:^|\s)se\s+$/u.test(lead));
}

/**
 * „Q“, hatte der Außenminister im Juli in Wien angekündigt: an auxiliary right after the quote, its subject, and a
 * reporting verb's participle closing the clause.
 */
function auxiliaryAfter(c: Compiled, rest: string): Found | null {
  const aux = /^(?:hat|hatte|habe|hätte|haben|hatten|hätten)(?=\s)/u.exec(rest);
  if (!aux) return null;
  const clause = firstSentence(rest);
  const participle = lastClauseFinal(c, clause);
  if (!participle || !/^\s*[.!?]?\s*$/u.test(clause.slice(participle.end))) return null;
  return subjectAfterVerb('de', c, aux[0], clause.slice(aux[0].length, participle.start), false);
}

/**
 * What may stand between the closing mark and an inverted verb: punctuation, and in French and Spanish the clitic of
 * whom it was said to (« … », lui a répondu le ministre / m’a confié X; «…», le dijo el alcalde / me explicó).
 */
const INVERTED_LEAD: Record<ForeignQuoteLanguage, RegExp> = {
  de: /^[\s,;—–-]*/u,
  fr: /^[\s,;—–-]*(?:(?:lui|leur|nous|vous|me|te)\s+|[mt][’'](?=\p{L}))?/u,
  // (And the reflexive "se": «…», se lamenta X.)
  es: /^[\s,;—–-]*(?:(?:le|les|me|nos|te|os|se)\s+(?=\p{Ll}))?/u,
};

/** A separable German verb counts only with its particle at the clause's end ("teilte ... mit."). */
function separableClosed(c: Compiled, form: string, rest: string): boolean {
  const particles = c.words.separable[form];
  if (!particles) return true;
  const alternatives = particles.join('|');
  let particleAtEnd = PARTICLE_AT_END.get(alternatives);
  if (!particleAtEnd) {
    particleAtEnd = rx(String.raw`(?<![\p{L}])(?:${alternatives})\s*[.,;:!?]?\s*$`, 'u');
    PARTICLE_AT_END.set(alternatives, particleAtEnd);
  }
  return particleAtEnd.test(rest);
}
/** The particle patterns built so far, by their particles: compiled once (no g or y flag, so sharing is safe). */
const PARTICLE_AT_END = new Map<string, RegExp>();

/** Words that may sit between an inverted verb and its subject: "sagte auch Müller", "dijo a EFE el ministro". */
const PARTICLES: Record<ForeignQuoteLanguage, RegExp> = {
  de: /^\s+(?:(?:auch|dazu|dann|noch|nun|jetzt|später|zuletzt|damals|uns|mir|ihm|einst|darauf|daraufhin|bereits|schon)\s+)+/u,
  fr: /^\s+(?:(?:encore|aussi|alors|ensuite|également|enfin|pour\s+sa\s+part|pour\s+son\s+compte|de\s+son\s+côté|\p{Ll}+ment|hier|aujourd[’']hui|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi|dernier))?)\s+)+/u,
  es: /^\s+(?:(?:también|luego|después|entonces|además|por\s+su\s+parte|a\s+este\s+respecto|al\s+respecto|\p{Ll}+mente|ayer|hoy|anoche|anteayer|(?:este|el)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|esta\s+(?:semana|mañana|tarde|noche))\s+)+/u,
};
/** A short dative before an inverted subject: "a déclaré à l’AFP le maire", "dijo a la prensa el alcalde". */
const DATIVE: Partial<Record<ForeignQuoteLanguage, RegExp>> = {
  fr: rx(
    String.raw`^\s+(?:à|au|aux)\s+(?:(?:l[’']|la\s+|le\s+|les\s+)?[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]*)?)(?=\s+(?:le|la|les|l[’']|un|une|son|sa|ses|leur|leurs|ce|cette|\p{Lu}))`,
    'u',
  ),
  es: rx(
    String.raw`^\s+(?:a|al)\s+(?:(?:la|el|los|las|este|esta)\s+)?[\p{L}-]+(?=\s+(?:el|la|los|las|un|una|su|sus|\p{Lu}))`,
    'u',
  ),
};

/** The subject after an inverted verb: a pronoun, or a noun phrase; Spanish may leave it out. */
function subjectAfterVerb(
  lang: ForeignQuoteLanguage,
  c: Compiled,
  form: string,
  rest: string,
  allowDropped: boolean,
): Found | null {
  let r = rest;
  r = r.replace(PARTICLES[lang], ' ');
  const dative = DATIVE[lang]?.exec(r);
  if (dative) r = r.slice(dative[0].length);
  const toks = tokens(r);
  const first = toks[0]?.toLowerCase();
  // «Q», señalan desde la UME. — a plural verb with no subject, and where the words come from.
  if (lang === 'es' && first === 'desde' && /n$/u.test(form)) {
    const source = nounPhrase(lang, c, toks.slice(1), true);
    if (source) return { phrase: source, pronoun: false };
  }
  if (first && first in c.words.pronouns) {
    let pronoun = c.words.pronouns[first];
    // "sie sagte" is she, "sie sagten" they.
    if (lang === 'de' && first === 'sie' && /en$/.test(form)) pronoun = 'they';
    return pronounCue(pronoun);
  }
  const phrase = nounPhrase(lang, c, toks);
  if (phrase) return { phrase, pronoun: false };
  // «Q», explicó en una entrevista. — the verb carries the subject.
  if (lang === 'es' && allowDropped && (!first || !LETTER.test(first) || c.words.phraseStops.has(first)))
    return pronounCue('');
  return null;
}

/** „Q“, so Müller. */
function soAfter(c: Compiled, sentence: string): Found | null {
  const m = /^[\s]*,\s*so\s+/u.exec(sentence);
  if (!m) return null;
  const phrase = nounPhrase('de', c, tokens(sentence.slice(m[0].length)));
  return phrase ? { phrase, pronoun: false } : null;
}

/** Die Produkte würden, so das Gericht, „Q“ — the source set off by commas just before the quote. */
function soBefore(c: Compiled, before: string): Found | null {
  const m = /,\s*so\s+([^,]{1,80}),\s*$/u.exec(before);
  if (!m) return null;
  const toks = tokens(m[1]);
  const phrase = nounPhrase('de', c, toks);
  // The whole stretch between the commas must be the phrase.
  return phrase && tokens(phrase).length >= toks.length - 1 ? { phrase, pronoun: false } : null;
}

/** Words that open a clause before its subject: "Und er sagte:", "Mais il ajoute :", "Pero el ministro dijo:". */
const CLAUSE_OPENERS = new Set(['und', 'aber', 'doch', 'denn', 'mais', 'et', 'puis', 'pero', 'y', 'e']);
/** The German third-person pronoun that is never an object: "er" ("sie" may be either; "ihn" is the object). */
const NOMINATIVE_ONLY_DE = new Set(['er']);

/** Müller sagte: „Q“ / Dazu sagte Müller: „Q“ / Le ministre a déclaré : « Q » / Explicó: «Q». */
/** Object pronouns that stand right before the verb (Spanish and French put them there). */
const CLITICS: Partial<Record<ForeignQuoteLanguage, ReadonlySet<string>>> = {
  es: new Set(['le', 'les', 'lo', 'la', 'los', 'las', 'me', 'te', 'se', 'nos', 'os']),
  fr: new Set(['lui', 'leur', 'le', 'la', 'les', 'me', 'te', 'se', 'nous', 'vous', 'y', 'en', 'l’', "l'"]),
};

function introducedBefore(lang: ForeignQuoteLanguage, c: Compiled, before: string): Found | null {
  // "X a déclaré : « … »", "X sagte, dass „…“", "X ha insistido en que «…»", "X dijo que «…»".
  const intro = /^([\s\S]*?)\s*(?::|,\s*dass|,?\s+(?:(?:en|de)\s+)?que)\s*$/u.exec(before);
  if (!intro) return null;
  // The clause that introduces the quote: after the last sentence stop or semicolon; before "que", after the last
  // comma too ("Rappelons que, concernant les revues, les attendus précisent que « … »": the attendus speak).
  let clause = intro[1].slice(Math.max(intro[1].search(/[^.;!?]*$/u), 0));
  if (!/:\s*$/u.test(before) && !/dass\s*$/u.test(before)) clause = clause.slice(clause.lastIndexOf(',') + 1);
  const finite = verbsIn(c, clause);
  // Spanish opens with the verb when it leaves the subject out: "Explicó: «Q»".
  const caseless =
    lang === 'es'
      ? verbsIn(
          c,
          clause.replace(/^\s*\p{Lu}/u, (x) => x.toLowerCase()),
        )
      : [];
  const v = finite.at(-1) ?? caseless.at(-1);
  const finalVerb = lastClauseFinal(c, clause);
  if (!v && !finalVerb) return null;
  const verbEnd = Math.max(v?.end ?? 0, finalVerb?.end ?? 0);
  // Between the verb and the colon: a short trailer ("sagte Müller dem Sender", "a déclaré lundi"), or a name and
  // the description set off after it ("coincide María Tomás, portavoz de la Sociedad Española de …:").
  const trailer = clause.slice(verbEnd);
  if (trailer.length > (/^\s*\p{Lu}[^,]{0,40},/u.test(trailer) ? 160 : 80)) return null;
  if (v?.inverted) return pronounCue(c.words.pronouns[v.inverted] ?? 'they');
  // "Auch eine Frage gibt es in der Umfrage:" is no "gab zu:".
  if (v && !finalVerb && !separableClosed(c, v.form, clause.slice(v.end))) return null;
  const verbStart = v?.start ?? finalVerb!.start;
  const head = tokens(clause.slice(0, verbStart));
  let i = 0;
  while (i < head.length && CLAUSE_OPENERS.has(head[i].toLowerCase())) i++;
  const lead = head.slice(i);
  // "El exalcalde Quintero le respondió:", "Le ministre lui a répondu :": an object pronoun before the verb is no
  // part of the subject.
  while (lead.length > 1 && CLITICS[lang]?.has(lead[lead.length - 1].toLowerCase())) lead.pop();
  // "Weiter schrieb er:": a pronoun that is only ever a subject, right after the verb, makes the word before it an
  // adverb, whatever it is.
  const next = v && lang === 'de' && lead.length === 1 ? tokens(clause.slice(v.end))[0] : undefined;
  if (next && NOMINATIVE_ONLY_DE.has(next)) return pronounCue(c.words.pronouns[next]);
  // "Desde prensa del partido señalan que «…»": where the words come from, before a plural verb with no subject.
  if (lang === 'es' && v && lead.length >= 2 && /^desde$/i.test(lead[0]) && /n$/.test(v.form)) {
    // (A bare noun may name it: "desde prensa del partido".)
    const source = nounPhrase(lang, c, lead.slice(1), true) ?? (lead.length <= 6 ? lead.slice(1).join(' ') : null);
    if (source) return { phrase: source, pronoun: false };
  }
  // Subject first: "Er kommentiert:", "Der Minister hat gesagt:", "Le ministre a déclaré :".
  const subject = subjectBefore(lang, c, lead);
  if (subject) return subject;
  // Inverted after an opening word or phrase: "Dazu sagte Müller:", "Auf Twitter schrieb die Ministerin:".
  if (v && (lead.length === 0 || !startsNounPhrase(c, lead[0]))) {
    const after = subjectAfterVerb(lang, c, v.form, clause.slice(v.end), lead.length === 0);
    if (after) return after;
  }
  // "So lässt der Vorstand mitteilen:": an opening word, the finite verb, then the subject.
  if (lang === 'de' && lead.length >= 3 && c.words.invertingOpeners.has(lead[0].toLowerCase())) {
    const phrase = nounPhrase(lang, c, lead.slice(2));
    if (phrase) return { phrase, pronoun: false };
  }
  return null;
}

/**
 * "Laura Frémy analyse « la fabrique d’un phonostyle »", "El ministro denunció «una campaña»": the quote is the object
 * of a reporting verb, and the words are the verb's subject's. French and Spanish only (a German verb of this
 * shape may wait for a particle after the quote); the subject must be named in the clause.
 */
function objectOfVerb(lang: ForeignQuoteLanguage, c: Compiled, before: string): Found | null {
  if (lang === 'de') return null;
  const clause = before.slice(Math.max(before.search(/[^.;:!?«»“”"]*$/u), 0));
  const v = verbsIn(c, clause).at(-1);
  if (!v || v.inverted || clause.slice(v.end).trim() !== '') return null;
  const head = tokens(clause.slice(0, v.start));
  let i = 0;
  while (i < head.length && CLAUSE_OPENERS.has(head[i].toLowerCase())) i++;
  const lead = head.slice(i);
  while (lead.length > 1 && CLITICS[lang]?.has(lead[lead.length - 1].toLowerCase())) lead.pop();
  return subjectBefore(lang, c, lead);
}

/**
 * "Ante esto, el portavoz del SEMG introduce una serie de pinceladas: «…»": a sentence whose subject is a person or a
 * role, introducing the quote with a colon, gives it to that subject whatever its verb. French and Spanish only;
 * the subject must name someone or hold a role noun ("La pregunta es simple:" gives the quote to no one).
 */
function subjectBeforeColon(lang: ForeignQuoteLanguage, c: Compiled, before: string): Found | null {
  if (lang === 'de' || !/:\s*$/u.test(before)) return null;
  const sentence = before.slice(Math.max(before.search(/[^.;!?«»“”"]*$/u), 0)).replace(/:\s*$/u, '');
  const clause = sentence.slice(sentence.lastIndexOf(',') + 1);
  const toks = tokens(clause);
  let i = 0;
  while (i < toks.length && CLAUSE_OPENERS.has(toks[i].toLowerCase())) i++;
  if (toks.length - i > 16 || !toks[i] || !startsNounPhrase(c, toks[i])) return null;
  const first = toks[i].toLowerCase();
  if (first in c.words.pronouns) return null;
  const phrase = nounPhrase(lang, c, toks.slice(i));
  if (!phrase) return null;
  const phraseToks = tokens(phrase);
  // The phrase opens the clause, and a lower-case word that is no copula follows it: the verb.
  const opens = toks.slice(i, i + phraseToks.length).join(' ') === phraseToks.join(' ');
  const next = toks[i + phraseToks.length]?.toLowerCase();
  if (!opens || !next || !/^\p{Ll}/u.test(next) || COPULAS.has(next)) return null;
  const role = phraseToks.some((t) => {
    const lower = t.toLowerCase();
    if (c.words.determiners.has(lower) || isGenitive(lang, lower)) return false;
    return CAPITALISED.test(t) || c.words.phraseWords.has(lower);
  });
  return role ? { phrase, pronoun: false } : null;
}
/** "La pregunta es simple:", "Le constat est clair :": a subject described, not speaking. */
const COPULAS = new Set(['es', 'era', 'fue', 'será', 'son', 'eran', 'est', 'était', 'sera', 'fut', 'sont', 'étaient']);

/** Whether a word can open a subject: a determiner, a pronoun or a capitalised word that is no opener. */
function startsNounPhrase(c: Compiled, word: string): boolean {
  const lower = word.toLowerCase();
  if (c.words.invertingOpeners.has(lower) || c.words.phraseStops.has(lower)) return c.words.determiners.has(lower);
  return c.words.determiners.has(lower) || lower in c.words.pronouns || CAPITALISED.test(word);
}

/** The subject that a clause's words before its verb form: the whole of them, or the part after a comma. */
function subjectBefore(lang: ForeignQuoteLanguage, c: Compiled, lead: string[]): Found | null {
  if (lead.length === 0) return null;
  // "Lundi, le ministre a déclaré" / "Marie Dupont, porte-parole de X, a déclaré": the part after the adverbial,
  // or the name before an apposition.
  const commas = lead.flatMap((t, k) => (t === ',' ? [k] : []));
  // ("La precandidata presidencial, Vicky Dávila, dijo": a description, then the name in apposition, which names her.)
  const apposed = commas.length >= 2 ? lead.slice(commas[0] + 1, commas[1]) : [];
  const apposedName = apposed.length >= 2 && apposed.length <= 4 && apposed.every((t) => CAPITALISED.test(t));
  const parts =
    commas.length === 0
      ? [lead]
      : [
          lead.slice(commas[commas.length - 1] + 1),
          ...(apposedName ? [apposed] : []),
          ...(commas.length >= 2 ? [lead.slice(0, commas[0])] : []),
        ];
  for (const part of parts) {
    if (part.length === 0 || part.length > MAX_PHRASE_WORDS) continue;
    const lower = part[0].toLowerCase();
    if (part.length === 1 && lower in c.words.pronouns) return pronounCue(c.words.pronouns[lower]);
    if (!startsNounPhrase(c, part[0]) || c.words.invertingOpeners.has(lower)) continue;
    // Every word must belong to the phrase: "Dann schickt Gezer" is no subject.
    const phrase = nounPhrase(lang, c, part);
    // (Or the name the phrase ends on, which stands for its description: "El alcalde Quintero" -> "Quintero".)
    const endsOnIt = phrase !== null && part.join(' ').endsWith(` ${phrase}`);
    if (phrase && (endsOnIt || tokens(phrase).length >= part.filter((t) => LETTER.test(t)).length - 1))
      return { phrase, pronoun: false };
    // "Der Publizist Veton Surroi aus dem Nachbarland Kosovo schrieb": a name, then where the person is from.
    const from = lang === 'de' ? part.findIndex((t, k) => k >= 2 && /^(?:aus|von|vom|bei|beim)$/.test(t)) : -1;
    if (from > 0 && part.length - from <= 6 && CAPITALISED.test(part[from - 1]) && CAPITALISED.test(part[from - 2])) {
      const named = nounPhrase(lang, c, part.slice(0, from));
      if (named && tokens(named).length === from) return { phrase: named, pronoun: false };
    }
  }
  return null;
}

/**
 * laut X / X zufolge / selon X / d’après X / según X, opening a clause of the sentence before the quote, or right
 * after the quote (`atStart`: "« Q » selon X", "„Q“, dem Bericht zufolge").
 */
function accordingTo(c: Compiled, text: string, atStart = false): Found | null {
  const lang = c.lang;
  const m = c.accordingTo.exec(text);
  if (m && atStart && m.index > (/^[\s,;:—–-]*/u.exec(text)?.[0].length ?? 0)) return null;
  if (m) {
    // ("De l’avis d’un député": the "de" that opens the phrase is the cue's.)
    const phrase = nounPhrase(lang, c, tokens(lang === 'fr' ? m[1].replace(/^d(?:e\s+|[’'])/i, '') : m[1]), true);
    if (phrase) return { phrase, pronoun: false };
  }
  const z = c.accordingToAfter?.exec(text);
  if (z && !(atStart && z.index > (/^[\s,;:—–-]*/u.exec(text)?.[0].length ?? 0))) {
    const toks = tokens(z[1]);
    // "dem Bericht zufolge": the phrase ends at the postposition; read it from its first determiner or capital.
    const from = toks.findIndex((t) => c.words.determiners.has(t.toLowerCase()) || CAPITALISED.test(t));
    const phrase = from >= 0 ? nounPhrase(lang, c, toks.slice(from), true) : null;
    if (phrase) return { phrase, pronoun: false };
  }
  return null;
}

/**
 * "Pour Eyal, « … »", "Para Francisco, «…»": a view, given to the person it opens with. Only a name (capitalised):
 * "Pour la première fois, « … »" opens with a time, "Pour cela" with a pronoun.
 */
function viewOf(c: Compiled, before: string): Found | null {
  const m = c.viewOf?.exec(before);
  const toks = m ? tokens(m[1]) : [];
  if (!toks.length || !toks.every((t) => CAPITALISED.test(t) || c.words.phraseWords.has(t.toLowerCase()))) return null;
  if (!CAPITALISED.test(toks[0])) return null;
  const phrase = nounPhrase(c.lang, c, toks, true);
  return phrase ? { phrase, pronoun: false } : null;
}

/** „…“, hieß es aus Regierungskreisen. / Aus Parteikreisen hieß es: „…“ — the circles speak. */
function impersonalFrom(c: Compiled, text: string): Found | null {
  if (!/\b(?:heißt|hieß|hiess)\s+es\b/u.test(text)) return null;
  const m = rx(
    String.raw`(?<![\p{L}])[Aa]us\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]*(?:kreisen|quellen|umfeld|lager))(?![\p{L}])`,
    'u',
  ).exec(text);
  return m ? { phrase: m[1], pronoun: false } : null;
}

/** An unnamed source the sentence relays through: "laut Insidern", "selon des sources proches du dossier". */
function relayIn(lang: ForeignQuoteLanguage, c: Compiled, text: string, atStart = false): string | null {
  const found = accordingTo(c, text, atStart);
  return found && isForeignAnonymous(lang, found.phrase) ? found.phrase : null;
}

/** French and Spanish adjective endings ("étrangères", "nationale", "española", "económico"). */
const ADJECTIVE_ENDING =
  /(?:ères?|ère|aise?s?|iennes?|ien|ales?|aux|iques?|icos?|icas?|anos?|anas?|oles?|olas?|ales|ees?|ées?)$/u;

/** German titles before a name: the role is a description, the name follows ("Bundesverkehrsminister Scheuer"). */
const GERMAN_ROLE =
  /(?:minister|ministerin|chef|chefin|präsident|präsidentin|sprecher|sprecherin|experte|expertin|rechtler|rechtlerin|leiter|leiterin|vorsitzende|vorsitzender|direktor|direktorin|berater|beraterin|anwalt|anwältin|professor|professorin|kanzler|kanzlerin|politiker|politikerin|abgeordnete|abgeordneter|meister|meisterin|forscher|forscherin|wissenschaftler|wissenschaftlerin|autor|autorin|trainer|trainerin|manager|managerin|gründer|gründerin|ökonom|ökonomin|journalist|journalistin|redakteur|redakteurin|sekretär|sekretärin|beauftragte|beauftragter|analyst|analystin|herr|frau|dr\.?|prof\.?)$/iu;

/**
 * A speaker's noun phrase from the words after a verb: a determiner, descriptions, names, "of"-phrases ("die
 * Anwälte der Partei", "le ministre de l’Intérieur Gérald Darmanin"), up to a stop word or punctuation; then the
 * name inside it, or a name in apposition after a comma ("le porte-parole, Olivier Véran"). `afterPreposition`:
 * a "laut"/"selon" object, where German case forms of the determiner ("des", "dem") may open the phrase.
 */
function nounPhrase(lang: ForeignQuoteLanguage, c: Compiled, toks: string[], afterPreposition = false): string | null {
  const w = c.words;
  const kept: string[] = [];
  let sawNoun = false;
  for (let k = 0; k < toks.length && kept.length < MAX_PHRASE_WORDS; k++) {
    const t = toks[k];
    const lower = t.toLowerCase();
    if (!LETTER.test(t)) break;
    const isDeterminer = w.determiners.has(lower);
    if (k === 0) {
      if (lower in w.pronouns && !(lang === 'de' && lower === 'ihr')) return null;
      // A bare plural source may open the phrase: "aseguran fuentes cercanas", "selon experts".
      if (!isDeterminer && !CAPITALISED.test(t) && !w.phraseWords.has(lower) && !w.anonymousHeads.has(lower))
        return null;
      if (w.phraseStops.has(lower) && !isDeterminer) return null;
      if (isDeterminer && !afterPreposition && lang === 'de' && /^(?:des|dem|den|einem|eines)$/.test(lower))
        return null;
      kept.push(t);
      sawNoun ||= CAPITALISED.test(t) || (!isDeterminer && lang !== 'de');
      continue;
    }
    const prev = kept[kept.length - 1].toLowerCase();
    // "der Anwälte der Partei", "du ministère", "del Gobierno": a genitive after a noun continues the phrase.
    // "von der Leyen", "van den Berg": the article of a name particle.
    if (lang === 'de' && /^(?:von|van|de)$/.test(prev) && /^(?:der|den|dem|la|le)$/.test(lower)) {
      kept.push(t);
      continue;
    }
    if (isDeterminer || w.phraseWords.has(lower)) {
      if (!sawNoun && !w.determiners.has(prev) && !w.phraseWords.has(prev) && !isDeterminer) break;
      if (w.phraseStops.has(lower) && !(sawNoun && isGenitive(lang, lower) && genitiveMayFollow(lang, c, kept))) break;
      // A name particle follows a first name ("Ursula von der Leyen"), not a full name ("Ulrich Müller von X").
      // (After an office, the given name may be the second word: "Museumsdirektor Timo de Rijk".)
      if (
        lang === 'de' &&
        !isDeterminer &&
        !genitiveMayFollow(lang, c, kept) &&
        kept.length >= 2 &&
        !isKnownFirstName(kept[kept.length - 1])
      )
        break;
      kept.push(t);
      // "el ministro", "le porte-parole": a title noun heads the phrase.
      sawNoun ||= lang !== 'de' && !isDeterminer && !isGenitive(lang, lower);
      continue;
    }
    if (w.phraseStops.has(lower)) break;
    if (CAPITALISED.test(t)) {
      kept.push(t);
      sawNoun = true;
      continue;
    }
    // "le ministère des Affaires étrangères", "el Ministerio de Asuntos Exteriores": an adjective after a name.
    if (lang !== 'de' && CAPITALISED.test(kept[kept.length - 1]) && ADJECTIVE_ENDING.test(lower)) {
      kept.push(t);
      continue;
    }
    // A lower-case word: an adjective or a French/Spanish noun ("le jeune maire", "la présidente").
    if (lang === 'de' && sawNoun) break;
    if (lang !== 'de' && sawNoun && !w.determiners.has(prev) && !w.phraseWords.has(prev)) {
      // "su homólogo japonés Shinzo Abe", "le ministre français Jean Dupont": an adjective, then the name the
      // description stands in apposition to.
      if (!(CAPITALISED.test(toks[k + 1] ?? '') && CAPITALISED.test(toks[k + 2] ?? ''))) break;
    }
    kept.push(t);
    sawNoun ||= lang !== 'de';
  }
  // A phrase cannot end on a determiner or a connecting word ("die Anwälte der").
  while (
    kept.length &&
    (w.determiners.has(kept[kept.length - 1].toLowerCase()) || isGenitive(lang, kept[kept.length - 1].toLowerCase()))
  )
    kept.pop();
  if (kept.length === 0 || !sawNoun) return null;
  if (!kept.some((t) => CAPITALISED.test(t) || (lang !== 'de' && !w.determiners.has(t.toLowerCase())))) return null;
  // "le porte-parole du gouvernement, Olivier Véran", "el presidente de Estados Unidos, Barack Obama": a name in
  // apposition to a description, which wins over the names of places and bodies inside the description.
  // (The description may run on past where the phrase stopped: "la portavoz … de la CE, Annika Breidthardt".)
  let comma = kept.length;
  for (let words = 0; comma < toks.length && words < 6; words++) {
    if (LETTER.test(toks[comma])) comma++;
    // (Past the body's acronym: "el portavoz del Sindicato de Técnicos de Hacienda (Gestha), José María Mollinedo".)
    else if (toks[comma] === '(' && toks[comma + 2] === ')' && CAPITALISED.test(toks[comma + 1] ?? '')) comma += 3;
    else break;
  }
  if (toks[comma] === ',') {
    const apposed: string[] = [];
    for (let k = comma + 1; k < toks.length && CAPITALISED.test(toks[k]) && apposed.length < 4; k++)
      apposed.push(toks[k]);
    const after = toks[comma + 1 + apposed.length];
    const described = !CAPITALISED.test(kept[0]) || w.determiners.has(kept[0].toLowerCase());
    if (apposed.length >= 2 && (after === undefined || /^[,.;]$/.test(after)) && (described || !nameIn(lang, kept)))
      return apposed.join(' ');
  }
  const name = nameIn(lang, kept);
  if (name) return name;
  // (An elided article read as a word of its own joins its noun again: "l’avocat".)
  return kept.join(' ').replace(/(^|\s)([LlDd][’']) /gu, '$1$2');
}

/**
 * Whether a genitive may continue the phrase so far. In German only a described noun takes one ("die Anwälte der
 * Partei"); after a name the same words open an object ("sagte Allendorf der Zeitung", "Ulrich Müller von X").
 */
function genitiveMayFollow(lang: ForeignQuoteLanguage, c: Compiled, kept: string[]): boolean {
  if (lang !== 'de') return true;
  const n = kept.length;
  const nameRun = n >= 2 && CAPITALISED.test(kept[n - 1]) && CAPITALISED.test(kept[n - 2]);
  return c.words.determiners.has(kept[0].toLowerCase()) && !nameRun;
}

/** Words that join a genitive or "of" phrase to a noun ("der Partei", "du ministère", "de la région"). */
function isGenitive(lang: ForeignQuoteLanguage, lower: string): boolean {
  if (lang === 'de') return lower === 'der' || lower === 'des' || lower === 'von';
  if (lang === 'fr') return /^(?:de|du|des|d[’'])$/.test(lower);
  return lower === 'de' || lower === 'del';
}

/**
 * The person's name inside a phrase: the last run of two or more capitalised words ("Gérald Darmanin"), without
 * a German role word before it ("der Parteienrechtler Martin Morlok" -> "Martin Morlok", "FDP-Chef Christian
 * Lindner" -> "Christian Lindner", "Bundesverkehrsminister Scheuer" -> "Scheuer").
 */
function nameIn(lang: ForeignQuoteLanguage, kept: string[]): string | null {
  let k = kept.length;
  while (k > 0 && CAPITALISED.test(kept[k - 1])) k--;
  let run = kept.slice(k);
  if (run.length === 0) return null;
  if (lang === 'de') {
    const firstName = run.findIndex((t) => isKnownFirstName(t));
    if (firstName > 0) run = run.slice(firstName);
    else {
      const role = run.findLastIndex((t, i) => i < run.length - 1 && GERMAN_ROLE.test(t));
      if (role >= 0) run = run.slice(role + 1);
      else if (k > 0 && run.length >= 3) run = run.slice(1);
    }
    // One capitalised word after a determiner is a noun ("der Minister"), not a name.
    if (run.length === 1 && k > 0 && kept.length - k === 1 && !/^\p{Lu}\.?$/u.test(run[0])) return null;
    return run.length >= 1 && (run.length < kept.length || k === 0) ? run.join(' ') : null;
  }
  // French and Spanish capitalise names only: a run after a description is the name ("le ministre Darmanin"),
  // but one capital after a bare determiner is a body named by its noun ("la Commission").
  // One capital after "de" is a place or a body ("la alcaldesa de Madrid"), not the speaker's name.
  // A particle inside a name, after a given name: "María del Mar Tomás", "Charles de Gaulle".
  while (
    k >= 2 &&
    /^(?:de|del|da|dos|van|von)$/u.test(kept[k - 1]) &&
    isKnownFirstName(kept[k - 2]) &&
    CAPITALISED.test(kept[k - 2])
  ) {
    k -= 2;
    while (k > 0 && CAPITALISED.test(kept[k - 1])) k--;
    run = kept.slice(k);
  }
  // A body's name before the person's: "el ministro de Hacienda Juan Pérez" -> "Juan Pérez".
  const given = run.findIndex((t, i) => i > 0 && isKnownFirstName(t));
  if (run.length >= 3 && given > 0 && !isKnownFirstName(run[0])) run = run.slice(given);
  if (run.length >= 2 || k === 0) return run.join(' ');
  const prev = kept[k - 1].toLowerCase();
  return determiners(lang).has(prev) || isGenitive(lang, prev) ? null : run.join(' ');
}

const determiners = (lang: ForeignQuoteLanguage) => FOREIGN_SPEECH[lang].determiners;

/** The head noun of a source phrase and what follows it. */
function headOf(lang: ForeignQuoteLanguage, words: ForeignSpeechWords, toks: string[]): number {
  let inPrepositional = false;
  for (let i = 0; i < toks.length; i++) {
    const lower = toks[i].toLowerCase();
    if (!LETTER.test(toks[i])) return -1;
    if (words.determiners.has(lower)) continue;
    if (lang === 'de') {
      // "eine mit den Vorgängen vertraute Person": a phrase before the noun has a noun of its own.
      if (words.phraseStops.has(lower)) inPrepositional = true;
      else if (CAPITALISED.test(toks[i])) {
        if (!inPrepositional) return i;
        inPrepositional = false;
      }
      continue; // adjectives ("ein ranghoher Beamter")
    }
    if (words.anonymousHeads.has(lower) || !QUANTIFIERS.has(lower)) return i;
  }
  return -1;
}

/** Words before a French or Spanish head noun: "un haut responsable", "plusieurs sources", "dos altos cargos". */
const QUANTIFIERS = new Set(
  `haut haute hauts hautes alto alta altos altas plusieurs varias varios deux trois dos tres certain certaines
  certains quelques algunos algunas même mêmes mismo misma mismos mismas dicho dicha dichos dichas`.split(/\s+/),
);

/** Whether a head noun is one of an unnamed source; German compounds match on their last part. */
function anonymousHead(lang: ForeignQuoteLanguage, words: ForeignSpeechWords, head: string): boolean {
  const lower = head.toLowerCase();
  if (words.anonymousHeads.has(lower)) return true;
  if (lang !== 'de') return false;
  for (const h of words.anonymousHeads) if (h.length >= 6 && lower.endsWith(h)) return true;
  return false;
}

/**
 * Whether a speaker phrase read on a page in `lang` hides who is speaking: its head noun is an unnamed source
 * ("Insider", "Regierungskreisen", "une source proche du dossier", "fuentes cercanas al Gobierno", "ein Sprecher
 * des Ministeriums") and no person's name follows it ("Regierungssprecher Steffen Seibert" is named).
 */
export function isForeignAnonymous(lang: ForeignQuoteLanguage, phrase: string): boolean {
  const words = FOREIGN_SPEECH[lang];
  const toks = tokens(phrase);
  const h = headOf(lang, words, toks);
  if (h < 0 || !anonymousHead(lang, words, toks[h])) return false;
  // "sostuvieron los investigadores", "die Forscher schreiben": the authors of the study the story reports on (an
  // indefinite, "unos investigadores", still names no one).
  if (words.studyAuthors.has(toks[h].toLowerCase()) && words.definitePlural.has(toks[0]?.toLowerCase() ?? ''))
    return false;
  const next = toks[h + 1];
  // A name right after the head: "Sprecher Hans Müller", "le porte-parole Olivier Véran".
  if (next && CAPITALISED.test(next) && !words.determiners.has(next.toLowerCase())) return false;
  if (toks.some((t) => isKnownFirstName(t) && CAPITALISED.test(t))) return false;
  // "Ein Siemens-Sprecher": the body it speaks for is named, as in English ("a TransLink spokesperson").
  if (lang === 'de' && rx(String.raw`^\p{Lu}[\p{L}\p{N}]*-.*sprecher(?:in)?$`, 'iu').test(toks[h])) return false;
  return true;
}
