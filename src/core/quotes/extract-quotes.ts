/**
 * Every quotation in the article with who said it. PLACEHOLDER (being written).
 */
import type { Attribution } from '../report';
import type { DetectorContext } from '../detectors/detector';

export interface QuoteDraft {
  /** Offsets of the quoted words (without the marks) in the page text. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  attribution: Attribution;
}

export function extractQuotes(ctx: DetectorContext): QuoteDraft[] {
  return ctx.memo('quotes', () => []);
}
