/**
 * `affiliate-disclosure`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const affiliateDisclosure: Detector = {
  id: 'affiliate-disclosure',
  label: 'affiliate-disclosure',
  description: 'affiliate-disclosure',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
