/**
 * Counting words the way a reader does, for every length rule in the core (an article's length, a short note, a
 * quotation of a few words): a word is a run of letters or digits, and an apostrophe or hyphen inside it does not
 * split it ("don't", "well-known", "1990s" are one word each; a dash or a bullet on its own is none). Chinese and
 * Japanese put no space between words: there each character counts as one, as word processors count them (else a
 * whole Japanese paragraph would be one word, and no Japanese page long enough to be an article).
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_SCRIPT_G = new RegExp(UNSPACED_SCRIPT.source, 'gu');

export function countWords(text: string): number {
  let n = 0;
  let spaced = text;
  if (UNSPACED_SCRIPT.test(text)) {
    spaced = text.replace(UNSPACED_SCRIPT_G, () => {
      n++;
      return ' ';
    });
  }
  WORD.lastIndex = 0;
  while (WORD.exec(spaced)) n++;
  return n;
}

/** A set of words written as one space-separated list (the word lists of the core are written this way). */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
