import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { QGramIndex } from '../../../lib/core/anchoring/qgram-filter';

describe('QGramIndex.candidateRegions', () => {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(40);
  const pattern = 'The quick brown fox jumps over the lazy dog near the river bank';
  const edited = 'The quick brown fax jumped over a lazy dog near the river bank';
  const text = filler + edited + filler;

  it('keeps every region holding a match within the error budget', () => {
    const maxErrors = Math.floor(pattern.length * 0.2);
    const regions = new QGramIndex(text).candidateRegions(pattern, maxErrors);
    expect(regions).not.toBeNull();
    const matches = search(text, pattern, maxErrors);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(regions!.some((r) => r.start <= m.start && m.end <= r.end)).toBe(true);
    }
  });

  it('leaves out most of a page without matches', () => {
    const regions = new QGramIndex(text).candidateRegions(pattern, 12)!;
    const covered = regions.reduce((sum, r) => sum + r.end - r.start, 0);
    expect(covered).toBeLessThan(text.length / 10);
  });

  it('declines patterns too short for the lemma', () => {
    expect(new QGramIndex(text).candidateRegions('fox jumps', 3)).toBeNull();
  });
});
