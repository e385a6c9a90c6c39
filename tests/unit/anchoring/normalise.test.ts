import { describe, expect, it } from 'vitest';
import { normaliseText, toNormalised, toOriginal } from '../../../lib/core/anchoring/normalise';

describe('normaliseText', () => {
  const original = '  Alpha beta\n\n  gamma\tdelta \u00a0epsilon ';
  const norm = normaliseText(original);

  it('collapses every white-space run to one space', () => {
    expect(norm.text).toBe(' Alpha beta gamma delta epsilon ');
  });

  it('maps every normalised span back to the original text it stands for', () => {
    for (const word of ['Alpha', 'beta', 'gamma', 'delta', 'epsilon', 'beta gamma', 'delta epsilon']) {
      const at = norm.text.indexOf(word);
      const span = toOriginal(norm, at, at + word.length);
      expect(original.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('maps original offsets of characters forward, and offsets inside a run to the run', () => {
    for (const word of ['Alpha', 'gamma', 'epsilon']) {
      expect(toNormalised(norm, original.indexOf(word))).toBe(norm.text.indexOf(word));
    }
    expect(toNormalised(norm, original.indexOf('\n') + 1)).toBe(norm.text.indexOf(' gamma'));
  });

  it('is the identity on text without rewritten white space', () => {
    const plain = normaliseText('one two three');
    expect(plain.text).toBe('one two three');
    expect(toOriginal(plain, 4, 7)).toEqual({ start: 4, end: 7 });
    expect(toNormalised(plain, 8)).toBe(8);
  });
});
