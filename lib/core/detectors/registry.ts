/**
 * Every detector, in the order the popup lists them. `DetectorId`, the options page, the default settings and the
 * CLI all derive from this list: adding a detector here adds its id, its switch and its default.
 */
import type { Detector } from './detector';
import { affiliateDisclosure } from './affiliate-disclosure';
import { affiliateLink } from './affiliate-link';
import { undisclosedAffiliate } from './undisclosed-affiliate';
import { unsourcedQuote } from './unsourced-quote';
import { vagueAttribution } from './vague-attribution';
import { missingReference } from './missing-reference';

const REGISTERED = [
  undisclosedAffiliate,
  affiliateDisclosure,
  affiliateLink,
  unsourcedQuote,
  vagueAttribution,
  missingReference,
] as const;

/** The id of a registered detector ('affiliate-link', 'unsourced-quote'...): a flag's `kind`. */
export type DetectorId = (typeof REGISTERED)[number]['id'];

export const DETECTORS: readonly Detector[] = REGISTERED;

export const DETECTOR_IDS: readonly DetectorId[] = DETECTORS.map((d) => d.id);

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
