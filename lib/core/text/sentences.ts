/** Sentence spans in a block of text: enough for "in the same sentence" rules, not a linguist's splitter. */
import { ABBREVIATED_TITLES } from '../data/speech-verbs';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new RegExp(
  String.raw`(?:\b(?:${ABBREVIATED_TITLES}|Sr|Jr|St|Inc|Ltd|Co|Corp|vs|etc|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|a\.m|p\.m)|\b[A-Z])\.$`,
);

/** Splits at . ! ? (and their CJK forms) followed by space and a capital, quote mark or digit. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?。！？]+["'”’»」)\]]*(?=\s+["'“‘«„([]?[\p{Lu}\p{N}]|\s*$)|[。！？]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (text.slice(start, end).trim()) spans.push(trimSpan(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) spans.push(trimSpan(text, start, text.length));
  return spans;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
