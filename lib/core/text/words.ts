/**
 * Counting words the way a reader does, for every length rule in the core (an article's length, a short note, a
 * quotation of a few words): a word is a run of letters or digits, and an apostrophe or hyphen inside it does not
 * split it ("don't", "well-known", "1990s" are one word each; a dash or a bullet on its own is none).
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}
