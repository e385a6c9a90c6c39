/**
 * Which parts of a text the search matched, as segments for rendering (matched words emphasised). Works on the
 * original text, so accents and case shown to the reader stay as written.
 */
import { termMatchesWord, type SearchQuery } from './query';
import { wordSpans } from './text';

export interface Segment {
  text: string;
  match: boolean;
}

export function highlightSegments(text: string, query: SearchQuery): Segment[] {
  if (query.terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const segments: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    const hit = query.terms.some((_, index) => termMatchesWord(query, index, span.folded));
    if (!hit) continue;
    // A prefix match emphasises only the typed part of the word, like a search-as-you-type list does.
    let end = span.end;
    const exact = query.terms.some((term, index) => span.folded === term && termMatchesWord(query, index, span.folded));
    if (!exact) {
      const term = query.terms[query.terms.length - 1];
      end = span.start + originalLengthOf(text.slice(span.start, span.end), term.length);
    }
    if (span.start > at) segments.push({ text: text.slice(at, span.start), match: false });
    segments.push({ text: text.slice(span.start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** How many characters of `word` (original) fold to its first `foldedLength` characters. */
function originalLengthOf(word: string, foldedLength: number): number {
  let folded = 0;
  let i = 0;
  for (const char of word) {
    if (folded >= foldedLength) break;
    i += char.length;
    folded += wordSpans(char)[0]?.folded.length ?? 0;
  }
  // Trailing combining marks belong to the last emphasised letter.
  while (i < word.length && /\p{M}/u.test(word[i])) i++;
  return i;
}
