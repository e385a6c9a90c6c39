/** Every language's disclosure phrase table; the detector tries the page's language first, then the others. */
import type { DisclosurePhrases } from './types';
import { EN } from './en';
import { DE } from './de';
import { FR } from './fr';
import { ES } from './es';
import { IT } from './it';
import { PT } from './pt';
import { JA } from './ja';

export type { DisclosurePattern, DisclosurePhrases, DisclosureRule } from './types';

export const DISCLOSURE_PHRASES: readonly DisclosurePhrases[] = [EN, DE, FR, ES, IT, PT, JA];
