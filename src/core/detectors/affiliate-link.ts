/**
 * `affiliate-link`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const affiliateLink: Detector = {
  id: 'affiliate-link',
  label: 'affiliate-link',
  description: 'affiliate-link',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
