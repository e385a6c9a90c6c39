/**
 * Who said a quotation, for German, French and Spanish pages: the same job as attribution.ts does for English,
 * with each language's reporting verbs and quotation conventions. (Being written: returns no cue yet.)
 */
import type { SpeakerCue } from './attribution';

/** The languages this module reads. */
export const FOREIGN_QUOTE_LANGUAGES = ['de', 'fr', 'es'] as const;
export type ForeignQuoteLanguage = (typeof FOREIGN_QUOTE_LANGUAGES)[number];

export function isForeignQuoteLanguage(lang: string): lang is ForeignQuoteLanguage {
  return (FOREIGN_QUOTE_LANGUAGES as readonly string[]).includes(lang);
}

/**
 * The speaker cue around one quote on a page in `lang`. `before`: its sentence up to the opening mark; `after`:
 * from the closing mark; `endsSentence`: the quote ends in . ! or ?.
 */
export function findForeignSpeakerCue(
  lang: ForeignQuoteLanguage,
  before: string,
  after: string,
  endsSentence = false,
): SpeakerCue | null {
  void lang;
  void before;
  void after;
  void endsSentence;
  return null;
}
