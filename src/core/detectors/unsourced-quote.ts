/**
 * `unsourced-quote`: PLACEHOLDER (being written).
 */
import type { Detector } from './detector';

export const unsourcedQuote: Detector = {
  id: 'unsourced-quote',
  label: 'unsourced-quote',
  description: 'unsourced-quote',
  severity: 'caution',
  hasSensitivity: false,
  detect: () => [],
};
