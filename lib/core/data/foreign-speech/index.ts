/** The word lists of the languages the foreign-language quotation attributor reads, by language code. */
import { GERMAN_SPEECH } from './de';
import { SPANISH_SPEECH } from './es';
import { FRENCH_SPEECH } from './fr';
import type { ForeignSpeechWords } from './types';

export type { ForeignSpeechWords, SpeakerPronoun } from './types';

export const FOREIGN_SPEECH: Readonly<Record<'de' | 'fr' | 'es', ForeignSpeechWords>> = {
  de: GERMAN_SPEECH,
  fr: FRENCH_SPEECH,
  es: SPANISH_SPEECH,
};
