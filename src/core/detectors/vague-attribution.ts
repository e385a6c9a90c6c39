/**
 * `vague-attribution`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const vagueAttribution: Detector = {
  id: 'vague-attribution',
  label: 'vague-attribution',
  description: 'vague-attribution',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
