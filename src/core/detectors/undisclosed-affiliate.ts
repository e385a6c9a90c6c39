/**
 * `undisclosed-affiliate`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const undisclosedAffiliate: Detector = {
  id: 'undisclosed-affiliate',
  label: 'undisclosed-affiliate',
  description: 'undisclosed-affiliate',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
