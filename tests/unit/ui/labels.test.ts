import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { countKind, countPassagesText, kindNoun, kindsText, kindTitle } from '../../../lib/ui/labels';

describe('kind labels', () => {
  it('has a singular and a plural for every registry detector, lower case, the plural differing', () => {
    for (const { id } of DETECTORS) {
      const noun = kindNoun(id);
      expect(noun.one, id).not.toBe(id);
      expect(noun.one).toBe(noun.one.toLowerCase());
      expect(noun.other).not.toBe(noun.one);
    }
  });

  it('counts in one form, pluralised by the count', () => {
    expect(countKind('affiliate-link', 11)).toBe('11 affiliate links');
    expect(countKind('unsourced-quote', 1)).toBe('1 unsourced quote');
    expect(countKind('vague-attribution', 0)).toBe('0 vague attributions');
    expect(countKind('missing-reference', 1200)).toBe('1,200 missing references');
    expect(countPassagesText(1)).toBe('1 flagged passage');
    expect(countPassagesText(12)).toBe('12 flagged passages');
  });

  it('titles a kind by its plural, capitalised', () => {
    expect(kindTitle('affiliate-link')).toBe('Affiliate links');
    expect(kindTitle('unsourced-quote')).toBe('Unsourced quotes');
  });

  it('names a kind the registry no longer has by its id', () => {
    expect(countKind('retired-detector', 2)).toBe('2 retired-detector');
  });

  it('says the kinds of one passage in words', () => {
    expect(kindsText(['undisclosed-affiliate', 'affiliate-link'])).toBe(
      'undisclosed affiliate link and affiliate link',
    );
    expect(kindsText(['affiliate-link', 'affiliate-link'])).toBe('affiliate link');
    expect(kindsText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
