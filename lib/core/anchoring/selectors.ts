/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), the one anchoring model
 * for flags and notes. Positions count UTF-16 code units of the root's text (its Text nodes in document order,
 * i.e. `body.textContent`), as Hypothesis and the W3C model do.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Context kept either side of a quote: enough to tell repeats apart, short enough to survive edits. */
export const CONTEXT_CHARS = 32;

/** Both selectors for `text.slice(start, end)`. */
export function describeTextRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export function findSelector<T extends Selector['type']>(
  selectors: readonly Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s) => s.type === type) as Extract<Selector, { type: T }> | undefined;
}
