/**
 * `missing-reference`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const missingReference: Detector = {
  id: 'missing-reference',
  label: 'missing-reference',
  description: 'missing-reference',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
