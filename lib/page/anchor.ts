/**
 * From selectors to a place in the page as it is now, and back: a TextPositionSelector is trusted when the text
 * there still equals the TextQuoteSelector's; otherwise the quote is searched for, its prefix and suffix telling
 * repeats apart. (Fuzzy matching of edited passages is the annotation modules' job.)
 */
import { describeTextRange, findSelector, type Selector } from '../core/anchoring/selectors';
import type { TextIndex } from '../core/text/text-index';

export interface Span {
  start: number;
  end: number;
}

/** Occurrences of a quote looked at before giving up: a passage repeated more often than this is not findable. */
const MAX_CANDIDATES = 500;

export function anchorSelectors(text: string, selectors: readonly Selector[]): Span | null {
  return anchorSelectorsBy(text, selectors)?.span ?? null;
}

/**
 * The same, saying which selector found the passage: the flags of an analysis made on a snapshot of the page
 * (lib/background/analysis-service.ts) should mostly land `by: 'position'`, the rest by their quote.
 */
export function anchorSelectorsBy(
  text: string,
  selectors: readonly Selector[],
): { span: Span; by: 'position' | 'quote' } | null {
  const quote = findSelector(selectors, 'TextQuoteSelector');
  const position = findSelector(selectors, 'TextPositionSelector');
  if (position && position.end <= text.length && position.start <= position.end) {
    if (!quote || text.slice(position.start, position.end) === quote.exact)
      return { span: { start: position.start, end: position.end }, by: 'position' };
  }
  const span = findQuote(text, quote, position);
  return span ? { span, by: 'quote' } : null;
}

/** How a report's flags land in the page's text: by position, by quote, or not at all. */
export function anchorCounts(text: string, selectorSets: readonly (readonly Selector[])[]) {
  const counts = { position: 0, quote: 0, missed: 0 };
  for (const selectors of selectorSets) counts[anchorSelectorsBy(text, selectors)?.by ?? 'missed']++;
  return counts;
}

function findQuote(
  text: string,
  quote: Extract<Selector, { type: 'TextQuoteSelector' }> | undefined,
  position: Extract<Selector, { type: 'TextPositionSelector' }> | undefined,
): Span | null {
  if (!quote?.exact) return null;
  let best: Span | null = null;
  let bestScore = -Infinity;
  let at = text.indexOf(quote.exact);
  for (let n = 0; at >= 0 && n < MAX_CANDIDATES; n++) {
    const end = at + quote.exact.length;
    let score = commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix);
    score += commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix);
    // Among equal contexts, the one nearest where it used to be.
    if (position) score -= Math.abs(at - position.start) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end };
    }
    at = text.indexOf(quote.exact, at + 1);
  }
  return best;
}

/** A live Range for selectors in the page's current text, or null. */
export function rangeForSelectors(index: TextIndex, selectors: readonly Selector[]): Range | null {
  const span = anchorSelectors(index.text, selectors);
  return span ? index.toRange(span.start, span.end) : null;
}

/** The offset in `index.text` of a DOM boundary point (a Range's start or end), or -1 outside the index. */
export function boundaryOffset(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const start = index.offsetOf(container);
    return start < 0 ? -1 : start + offset;
  }
  const child = container.childNodes[offset];
  if (!child) return index.spanOf(container).end;
  // The boundary sits just before `child`: where its text begins (a Text node's own offset, not its children's).
  return child.nodeType === 3 ? index.offsetOf(child) : index.spanOf(child).start;
}

/** Selectors for a Range of the page (the reader's selection), white space at its edges left out. */
export function describeRange(index: TextIndex, range: Range): { selectors: Selector[]; text: string } | null {
  let start = boundaryOffset(index, range.startContainer, range.startOffset);
  let end = boundaryOffset(index, range.endContainer, range.endOffset);
  if (start < 0 || end < 0) return null;
  const text = index.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { selectors: describeTextRange(text, start, end), text: text.slice(start, end) };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
