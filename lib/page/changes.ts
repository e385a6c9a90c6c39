/** When a page's text changed enough to analyse it again: not a clock ticking or a counter, but new content. */

/** Characters that must appear or go before a change counts, whatever the page's size. */
export const MIN_CHANGED_CHARS = 500;
/** Fraction of the analysed text that must change. */
export const MIN_CHANGED_FRACTION = 0.1;

export function significantChange(before: number, after: number): boolean {
  const delta = Math.abs(after - before);
  return delta >= MIN_CHANGED_CHARS && delta >= before * MIN_CHANGED_FRACTION;
}
