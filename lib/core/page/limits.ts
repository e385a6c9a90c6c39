/**
 * How large a page Footnote analyses: the one set of limits for the CLI and the extension, and the check that turns
 * a page's size into a plain refusal. Chosen by measurement (linkedom in Node, the analysis warm, one core):
 * Readability's cost grows faster than the page; wikipedia-2 (1 MB of HTML, 8,500 elements, 0.5 M characters of
 * text) takes about 0.8 s to parse and analyse, the same article five times over (5 MB, 2.5 M characters) about
 * 4 s, and a loaded machine is several times slower. Past these limits a page is declined, not half-read.
 */

/** Deeper than this the page is refused: browsers' parsers stop nesting far sooner (Chromium at 512 levels). */
export const MAX_DEPTH = 1000;
/** More elements than this and the page is refused: Readability alone would take tens of seconds. */
export const MAX_ELEMENTS = 100_000;
/** More characters of text than this (the body's textContent) and the page is refused. */
export const MAX_TEXT_CHARS = 2_000_000;
/**
 * The longest the extension's background spends on one page; checked between phases, so one phase may overrun.
 * The page gives up waiting a little later (PAGE_WAIT_MS) and says so: never "analysing" forever.
 */
export const ANALYSIS_TIME_LIMIT_MS = 10_000;
/** How long a page waits for the background's answer before it reports that the analysis took too long. */
export const PAGE_WAIT_MS = 13_000;

export interface PageSize {
  elements: number;
  /** Nesting depth, where the caller measured it (the CLI); a browser's parser bounds it already. */
  depth?: number;
  /** Characters of text, where measured: the live page counts its body's, measureShape the whole document's. */
  textChars?: number;
}

export interface TooLarge {
  /** What is over its limit. */
  limit: 'depth' | 'elements' | 'text';
  /** A sentence for the reader: "This page is too large to analyse: 200,000 elements". */
  reason: string;
  /** The CLI's one-line error: "page has too many elements (200,005; the limit is 100,000)". */
  message: string;
}

/** 200004 → "200,004". By hand: the first toLocaleString call loads locale data, ~30 ms of the page's thread. */
const n = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A parsed page's size (the CLI and the background, on linkedom): element count, nesting depth (<html> is level 1)
 * and characters of text, in one walk without recursion. The page itself uses cheaper native counts (pageSize).
 */
export function measureShape(doc: Document): { elements: number; depth: number; textChars: number } {
  // From <html> down: linkedom's document does not list <html> among its children after a doctype.
  const root: Node | null = doc.documentElement;
  if (!root) return { elements: 0, depth: 0, textChars: 0 };
  let elements = 1;
  let maxDepth = 1;
  let textChars = 0;
  let node: Node | null = root.firstChild;
  let level = 2;
  while (node) {
    if (node.nodeType === 1) {
      elements++;
      if (level > maxDepth) maxDepth = level;
    } else if (node.nodeType === 3) textChars += (node as Text).data.length;
    if (node.firstChild) {
      node = node.firstChild;
      level++;
      continue;
    }
    // Climb to the next ancestor with a following sibling.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      level--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { elements, depth: maxDepth, textChars };
}

/** Why a page of this size is not analysed, or null when it fits. Cheapest measures first. */
export function tooLarge(size: PageSize): TooLarge | null {
  if (size.depth !== undefined && size.depth > MAX_DEPTH) {
    return {
      limit: 'depth',
      reason: `This page is nested too deeply to analyse: ${n(size.depth)} levels`,
      message: `page is nested too deeply (${n(size.depth)} levels; the limit is ${n(MAX_DEPTH)})`,
    };
  }
  if (size.elements > MAX_ELEMENTS) {
    return {
      limit: 'elements',
      reason: `This page is too large to analyse: ${n(size.elements)} elements`,
      message: `page has too many elements (${n(size.elements)}; the limit is ${n(MAX_ELEMENTS)})`,
    };
  }
  if (size.textChars !== undefined && size.textChars > MAX_TEXT_CHARS) {
    return {
      limit: 'text',
      reason: `This page is too large to analyse: ${n(size.textChars)} characters of text`,
      message: `page has too much text (${n(size.textChars)} characters; the limit is ${n(MAX_TEXT_CHARS)})`,
    };
  }
  return null;
}

/** The reader's sentence when the analysis ran past its time. */
export function tookTooLong(ms: number): string {
  return `This page is too large to analyse: the analysis took more than ${n(Math.round(ms / 1000))} seconds`;
}

/** The live page's size, cheaply: native counts, no walk in script (a 200,000-element page costs a few ms). */
export function pageSize(doc: Document): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  // Text is only counted when the element count is within bounds.
  if (elements > MAX_ELEMENTS) return { elements };
  return { elements, textChars: bodyTextLength(doc) };
}

/**
 * The body's characters of text, as the analysis and the page's change watcher measure them, counted up to just past
 * MAX_TEXT_CHARS: summing text nodes' lengths builds no copy of the text (textContent would build a 10 MB string for
 * a 5 MB page) and stops as soon as the answer is "too much".
 */
function bodyTextLength(doc: Document): number {
  const root = doc.body ?? doc.documentElement;
  if (!root) return 0;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  while (walker.nextNode() && chars <= MAX_TEXT_CHARS) chars += (walker.currentNode as Text).data.length;
  return chars;
}
