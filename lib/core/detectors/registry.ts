/**
 * Every detector, in the catalog's order: each catalog entry (catalog.ts) joined to its implementation (`<id>.ts`).
 * The analysis and the CLI run this list; everything else reads the catalog, which loads no detector. Adding a
 * detector is a catalog entry and a file that defines it by that id: this module does not compile until both
 * list the same ids.
 */
import { CATALOG, type DetectorId } from './catalog';
import type { Detector } from './detector';
import { affiliateDisclosure } from './affiliate-disclosure';
import { affiliateLink } from './affiliate-link';
import { undisclosedAffiliate } from './undisclosed-affiliate';
import { unsourcedQuote } from './unsourced-quote';
import { vagueAttribution } from './vague-attribution';
import { missingReference } from './missing-reference';

export { DETECTOR_IDS, type DetectorId } from './catalog';

const IMPLEMENTED = [
  affiliateDisclosure,
  affiliateLink,
  undisclosedAffiliate,
  unsourcedQuote,
  vagueAttribution,
  missingReference,
] as const;

/**
 * `readonly Detector[]` when `Listed` (the implemented ids) is exactly the catalog's ids, else `never`, so that
 * assigning the list fails to compile. An implementation of an id the catalog lacks already fails in its own file
 * (`defineDetector` takes catalog ids only); this catches a catalog entry nothing implements.
 */
type EveryCatalogId<Listed extends string> = [DetectorId] extends [Listed] ? readonly Detector[] : never;

export const DETECTORS: EveryCatalogId<(typeof IMPLEMENTED)[number]['id']> = CATALOG.map((info) => {
  const found: Detector | undefined = IMPLEMENTED.find((d) => d.id === info.id);
  if (!found) throw new Error(`The detector ${info.id} is in the catalog but not in the registry.`);
  return found;
});

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
