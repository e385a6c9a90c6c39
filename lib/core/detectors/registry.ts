/**
 * Every detector, in the order the popup lists them. The options page, the default settings and the CLI all
 * derive from this list: adding a detector here adds its switch.
 */
import type { DetectorId } from '../report';
import type { Detector } from './detector';
import { affiliateDisclosure } from './affiliate-disclosure';
import { affiliateLink } from './affiliate-link';
import { undisclosedAffiliate } from './undisclosed-affiliate';
import { unsourcedQuote } from './unsourced-quote';
import { vagueAttribution } from './vague-attribution';
import { missingReference } from './missing-reference';

export const DETECTORS: readonly Detector[] = [
  undisclosedAffiliate,
  affiliateDisclosure,
  affiliateLink,
  unsourcedQuote,
  vagueAttribution,
  missingReference,
];

export const DETECTOR_IDS: readonly DetectorId[] = DETECTORS.map((d) => d.id);

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
