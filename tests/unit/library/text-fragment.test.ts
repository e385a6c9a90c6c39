import { describe, expect, it } from 'vitest';
import { noteLink, textDirective } from '../../../lib/library/text-fragment';

describe('text fragments', () => {
  it('builds prefix-,exact,-suffix with percent-encoding of the syntax characters', () => {
    expect(textDirective('rates rose, sharply', 'said that the ', ' - in May')).toBe(
      'text=said%20that%20the-,rates%20rose%2C%20sharply,-%2D%20in%20May',
    );
  });

  it('drops context glued to a passage that starts or ends inside a word', () => {
    expect(textDirective('ister said', 'the min', 'ly and')).toBe('text=ister%20said');
  });

  it('names a long passage by its first and last words', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(textDirective(long)).toBe(
      'text=word0%20word1%20word2%20word3%20word4,word35%20word36%20word37%20word38%20word39',
    );
  });

  it('appends the directive to the page URL, keeping an ordinary anchor and replacing an old directive', () => {
    const selectors = [{ type: 'TextQuoteSelector' as const, exact: 'café', prefix: '', suffix: '' }];
    expect(noteLink({ pageUrl: 'https://x.example/a#sec', selectors, quote: 'café' })).toBe(
      'https://x.example/a#sec:~:text=caf%C3%A9',
    );
    expect(noteLink({ pageUrl: 'https://x.example/a#:~:text=old', selectors, quote: 'café' })).toBe(
      'https://x.example/a#:~:text=caf%C3%A9',
    );
    expect(noteLink({ pageUrl: 'https://x.example/a', selectors: [], quote: '' })).toBe('https://x.example/a');
  });
});
