import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/core/text/words';

describe('countWords', () => {
  it('counts a contraction, a hyphenated word and a decade as one word each', () => {
    expect(countWords("Don't call it a well-known 1990s trend")).toBe(7);
    expect(countWords('It’s the mayor’s call')).toBe(4);
  });

  it('counts no word for a dash, a bullet or punctuation on its own', () => {
    expect(countWords('Yes — no • maybe …')).toBe(3);
    expect(countWords(' — • … ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('splits at a hyphen or apostrophe with nothing after it, and at slashes and dots', () => {
    expect(countWords("rock- and roll' music")).toBe(4);
    expect(countWords('and/or U.S. e-mail')).toBe(5);
  });

  it('counts words in any script, and gives the same answer when called again', () => {
    expect(countWords('Die Straße ist schön, 東京')).toBe(6);
    expect(countWords('Die Straße ist schön, 東京')).toBe(6);
  });
});

describe('countWords in scripts written without spaces', () => {
  it('counts each Chinese or Japanese character as a word, and the spaced words around them as usual', () => {
    expect(countWords('東京は晴れです')).toBe(7);
    expect(countWords('iPhone 15の発売日')).toBe(6);
    // Korean puts spaces between words: counted by its spaces.
    expect(countWords('서울은 맑습니다')).toBe(2);
  });
});
