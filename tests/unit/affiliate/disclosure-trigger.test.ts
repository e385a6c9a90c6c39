/**
 * The one regex `findDisclosures` tests every block with first: built from the phrase tables' triggers with the
 * plain words that contain another left out, it must accept exactly the texts the tables' triggers accept.
 */
import { describe, expect, it } from 'vitest';
import { topLevelAlternatives, withoutRedundantWords } from '../../../lib/core/affiliate/find-disclosures';
import { DISCLOSURE_PHRASES } from '../../../lib/core/data/disclosure-phrases';

const tablesTrigger = (text: string) => DISCLOSURE_PHRASES.some((t) => t.trigger.test(text));
const anyTrigger = new RegExp(
  withoutRedundantWords(DISCLOSURE_PHRASES.flatMap((t) => topLevelAlternatives(t.trigger))),
  'i',
);

describe('topLevelAlternatives', () => {
  it('splits only at the top level, outside groups, classes and escapes', () => {
    expect(topLevelAlternatives(/a|b(?:c|d)|[|(]x|\|y/)).toEqual(['a', 'b(?:c|d)', '[|(]x', '\\|y']);
    expect(topLevelAlternatives(/single/)).toEqual(['single']);
  });
});

describe('withoutRedundantWords', () => {
  it('drops a plain word that contains another, and keeps patterns', () => {
    expect(withoutRedundantWords(['affiliate', 'affili', 'sponsor', '\\bpaid', 'sponsoris', 'affili'])).toBe(
      '(?:affili)|(?:sponsor)|(?:\\bpaid)',
    );
  });
});

describe('the combined disclosure trigger', () => {
  // Every alternative of every table, as written, in capitals, inside a longer word and in a sentence; and texts
  // that hold none ("fees" is a whole word only; "cut" too).
  const words = DISCLOSURE_PHRASES.flatMap((t) => topLevelAlternatives(t.trigger))
    .filter((a) => /^[\p{L} #]+$/u.test(a))
    .flatMap((w) => [w, w.toUpperCase(), `un${w}ed`, `As we said, ${w} applies here.`]);
  const others = [
    'Nothing to see here.',
    'The coffee was cheap.',
    'feesh',
    'shortcut',
    'He was unpaid.',
    'We paid the bill.',
    'No extra cost at all.',
    'for this review only',
    'Kaffee',
    '',
  ];

  it('accepts exactly what the tables accept', () => {
    expect(words.length).toBeGreaterThan(100);
    for (const text of [...words, ...others]) expect(anyTrigger.test(text), text).toBe(tablesTrigger(text));
  });

  it('has fewer alternatives than the tables together', () => {
    const all = DISCLOSURE_PHRASES.flatMap((t) => topLevelAlternatives(t.trigger));
    expect(anyTrigger.source.split('|(?:').length).toBeLessThan(all.length);
  });
});
