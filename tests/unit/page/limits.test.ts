/**
 * The page-size limits shared by the CLI and the extension (lib/core/page/limits.ts): what is declined, in what
 * words, and the cheap native count the page makes.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_TEXT_CHARS,
  measureShape,
  pageSize,
  tookTooLong,
  tooLarge,
} from '../../../lib/core/page/limits';

describe('page limits', () => {
  it('lets a page within every limit through', () => {
    expect(tooLarge({ elements: MAX_ELEMENTS, depth: MAX_DEPTH, textChars: MAX_TEXT_CHARS })).toBeNull();
    expect(tooLarge({ elements: 10 })).toBeNull();
  });

  it('declines too many elements, in the reader words and the CLI words', () => {
    expect(tooLarge({ elements: 200_004, textChars: 10 })).toEqual({
      limit: 'elements',
      reason: 'This page is too large to analyse: 200,004 elements',
      message: 'page has too many elements (200,004; the limit is 100,000)',
    });
  });

  it('declines too much text, and too deep a page, checking depth first', () => {
    expect(tooLarge({ elements: 5, textChars: 5_000_000 })?.reason).toBe(
      'This page is too large to analyse: 5,000,000 characters of text',
    );
    expect(tooLarge({ elements: 5, textChars: 5_000_000 })?.message).toBe(
      'page has too much text (5,000,000 characters; the limit is 2,000,000)',
    );
    expect(tooLarge({ elements: 200_000, depth: 20_003 })?.message).toBe(
      'page is nested too deeply (20,003 levels; the limit is 1,000)',
    );
  });

  it('says how long the analysis ran when it ran out of time', () => {
    expect(tookTooLong(10_000)).toBe('This page is too large to analyse: the analysis took more than 10 seconds');
  });

  it('measures a parsed page in one walk: elements, depth and text', () => {
    const { document } = parseHTML(
      '<html><head><title>T</title></head><body><div><p>ab<b>cd</b></p></div></body></html>',
    );
    expect(measureShape(document as unknown as Document)).toEqual({ elements: 7, depth: 5, textChars: 5 });
  });

  it('counts a live page natively, and skips the text count past the element limit', () => {
    const doc = new DOMParser().parseFromString('<p>Hello <b>there</b></p>', 'text/html') as unknown as Document;
    expect(pageSize(doc)).toEqual({ elements: 5, textChars: 11 });
    const many = {
      getElementsByTagName: () => ({ length: MAX_ELEMENTS + 1 }),
      get documentElement(): never {
        throw new Error('the text must not be counted');
      },
    } as unknown as Document;
    expect(pageSize(many)).toEqual({ elements: MAX_ELEMENTS + 1 });
  });

  it('stops counting text just past the limit, and declines it', () => {
    const chunk = 'x'.repeat(500_000);
    const parts = Array.from({ length: 10 }, () => `<p>${chunk}</p>`).join('');
    const doc = new DOMParser().parseFromString(`<pre>${parts}</pre>`, 'text/html') as unknown as Document;
    const size = pageSize(doc);
    // Five 500,000-character nodes reach the limit, the sixth passes it; the last four are never read.
    expect(size.textChars).toBe(MAX_TEXT_CHARS + chunk.length);
    expect(tooLarge(size)?.reason).toBe('This page is too large to analyse: 2,500,000 characters of text');
  });
});
