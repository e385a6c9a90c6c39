/**
 * The link that opens a note's page at its passage: the page URL with a text fragment
 * (`#:~:text=prefix-,start,end,-suffix`, https://wicg.github.io/scroll-to-text-fragment/), so the browser
 * itself scrolls to and marks the passage even where Footnote's content script cannot run.
 */
import { CONTEXT_CHARS, findSelector } from '../core/anchoring/selectors';
import type { Note } from '../model';

/** Longer passages are named by their first and last words (textStart,textEnd): shorter links, fewer misses. */
const LONG_PASSAGE_CHARS = 120;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

/** Percent-encodes a fragment part; "-", "," and "&" are syntax in text fragments, so they are encoded too. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Up to CONTEXT_WORDS whole words of context next to the passage. Context glued to the passage (the passage
 * starts or ends inside a word) cannot serve as a text fragment's prefix or suffix, so there is none; a word cut
 * at the far edge (where the stored context was cut at CONTEXT_CHARS) is dropped.
 */
function contextWords(context: string, side: 'before' | 'after', passageHasSpace: boolean): string {
  const inner = side === 'before' ? /\s$/.test(context) : /^\s/.test(context);
  if (!context || (!inner && !passageHasSpace)) return '';
  const all = words(context);
  const outerCut = context.length >= CONTEXT_CHARS && (side === 'before' ? !/^\s/.test(context) : !/\s$/.test(context));
  if (outerCut && all.length <= CONTEXT_WORDS) {
    if (side === 'before') all.shift();
    else all.pop();
  }
  return (side === 'before' ? all.slice(-CONTEXT_WORDS) : all.slice(0, CONTEXT_WORDS)).join(' ');
}

/** The text directive for a passage (without "#:~:"), or '' when there is no passage. */
export function textDirective(exact: string, prefix = '', suffix = ''): string {
  const exactWords = words(exact);
  if (exactWords.length === 0) return '';
  const parts: string[] = [];
  const before = contextWords(prefix, 'before', /^\s/.test(exact));
  const after = contextWords(suffix, 'after', /\s$/.test(exact));
  if (before) parts.push(`${encodePart(before)}-`);
  const collapsed = exactWords.join(' ');
  if (collapsed.length > LONG_PASSAGE_CHARS && exactWords.length > EDGE_WORDS * 2) {
    parts.push(
      encodePart(exactWords.slice(0, EDGE_WORDS).join(' ')),
      encodePart(exactWords.slice(-EDGE_WORDS).join(' ')),
    );
  } else {
    parts.push(encodePart(collapsed));
  }
  if (after) parts.push(`-${encodePart(after)}`);
  return `text=${parts.join(',')}`;
}

/** The note's page URL, with a text fragment for its passage when it has one. */
export function noteLink(note: Pick<Note, 'pageUrl' | 'selectors' | 'quote'>): string {
  const quoteSelector = findSelector(note.selectors, 'TextQuoteSelector');
  const directive = quoteSelector
    ? textDirective(quoteSelector.exact, quoteSelector.prefix, quoteSelector.suffix)
    : textDirective(note.quote);
  if (!directive) return note.pageUrl;
  const hashAt = note.pageUrl.indexOf('#');
  const base = hashAt === -1 ? note.pageUrl : note.pageUrl.slice(0, hashAt);
  // Any fragment directive already in the URL is replaced; an ordinary #anchor is kept before it.
  const anchor = hashAt === -1 ? '' : note.pageUrl.slice(hashAt + 1).split(':~:')[0];
  return `${base}#${anchor}:~:${directive}`;
}
