/**
 * The shape of one language's word lists for the foreign-language quotation attributor
 * (lib/core/quotes/foreign-attribution.ts): reporting verbs in the forms news writing uses, the pronouns that
 * stand for a speaker, the words that open and close a noun phrase, and the nouns that make a source anonymous.
 */

/** An English pronoun the quote pipeline resolves ("he" / "she" / "they"), or '' for a subject the verb leaves out. */
export type SpeakerPronoun = 'he' | 'she' | 'they' | '';

export interface ForeignSpeechWords {
  /** Reporting verbs, finite and compound forms ("sagte", "a déclaré", "ha dicho"); multi-word forms use one space. */
  verbs: readonly string[];
  /** Participles and infinitives that end a clause before a colon ("hat gesagt:", "lässt mitteilen:"). */
  clauseFinalVerbs: readonly string[];
  /** Subject pronouns, lower case, with the English pronoun each stands for. */
  pronouns: Readonly<Record<string, SpeakerPronoun>>;
  /** Determiners and possessives that may open a speaker's noun phrase ("der", "la", "los"). */
  determiners: ReadonlySet<string>;
  /** Lower-case words that may sit inside a speaker's noun phrase (adjectives, name particles: "von", "de"). */
  phraseWords: ReadonlySet<string>;
  /** Words that end a noun phrase read after a verb: prepositions, conjunctions, relatives, time words. */
  phraseStops: ReadonlySet<string>;
  /** Sentence-opening adverbs after which a German main clause inverts ("Dazu sagte Müller:"). */
  invertingOpeners: ReadonlySet<string>;
  /** Prepositions before a speaker that attribute a quote ("laut", "selon", "según"), as a pattern source. */
  accordingTo: string;
  /** Postpositions after a speaker that attribute a quote ("zufolge"), as a pattern source, or ''. */
  accordingToAfter: string;
  /**
   * The preposition of a view, opening the sentence of a quote ("Pour Eyal, « … »", "Para Francisco, «…»"), as a
   * pattern source, or ''.
   */
  viewOf: string;
  /**
   * Head nouns of an unnamed source ("Insider", "source", "fuentes"); German heads also match the end of a
   * compound ("Regierungskreise"), so they are listed in lower case without their compound prefix.
   */
  anonymousHeads: ReadonlySet<string>;
  /**
   * The authors of a study, which a definite plural article makes the study's own ("los investigadores", "die
   * Forscher": on its record), and that article.
   */
  studyAuthors: ReadonlySet<string>;
  definitePlural: ReadonlySet<string>;
  /** Separable German verbs: finite form -> the particles one of which must close the clause ("teilte ... mit"). */
  separable: Readonly<Record<string, readonly string[]>>;
}

export { wordSet } from '../../text/words';
