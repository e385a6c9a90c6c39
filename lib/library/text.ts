/**
 * Text folding for the library's search: one normal form (lower case, accents removed, compatibility forms
 * unified) and one word splitter, shared by the index, the query parser and the match highlighter so they agree.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Letters NFKD does not decompose but readers type without their accent or ligature. */
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };
const EXTRA_FOLD_CHARS = /[ßæœøđłıþ]/g;

/** Lower case, without accents: "Café Größe" -> "cafe grosse". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c);
}

const RAW_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const NON_ASCII = /[^\p{ASCII}]/u;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * Folded forms of words already seen: an index of 10,000 notes meets the same few thousand words again and
 * again, and folding (Unicode normalisation) is the costly part of tokenising. Cleared when it grows large.
 */
const foldedWords = new Map<string, string[]>();
const FOLD_CACHE_LIMIT = 200_000;

function foldWord(word: string): string[] {
  let folded = foldedWords.get(word);
  if (!folded) {
    if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear();
    // Folding can split a word ("½" -> "1⁄2"), hence a list.
    folded = foldText(word).match(WORD) ?? [];
    foldedWords.set(word, folded);
  }
  return folded;
}

/** The folded words of a text, in order (repeats kept). */
export function tokenise(text: string): string[] {
  // Plain ASCII needs no normalisation: lower case and split.
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  const tokens: string[] = [];
  for (const word of text.match(RAW_WORD) ?? []) {
    const folded = foldWord(word);
    if (folded.length === 1) tokens.push(folded[0]);
    else tokens.push(...folded);
  }
  return tokens;
}

/** A word of the original text and where it is, for highlighting. */
export interface WordSpan {
  start: number;
  end: number;
  folded: string;
}

/**
 * The words of `text` with their offsets in the ORIGINAL string. Marks are part of a word here (a decomposed
 * "é" is "e" + a mark), so folding each word alone gives the same tokens as `tokenise` on the whole.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(RAW_WORD)) {
    const folded = foldWord(match[0]).join('');
    if (folded) spans.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return spans;
}
