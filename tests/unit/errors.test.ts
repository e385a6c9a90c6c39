import { describe, expect, it } from 'vitest';
import { describeError, describeInternalError, FootnoteError } from '../../lib/errors';

describe('describeError', () => {
  it('gives the message of an error, a string as it is, a DOMException-like name when there is no message', () => {
    expect(describeError(new Error('The file is not JSON.'))).toBe('The file is not JSON.');
    expect(describeError(new FootnoteError('No space left.'))).toBe('No space left.');
    expect(describeError('Port closed')).toBe('Port closed');
    expect(describeError({ name: 'QuotaExceededError', message: '' })).toBe('QuotaExceededError');
    // An error from another realm (a frame, a worker) is not `instanceof Error`, but reads the same.
    expect(describeError({ name: 'TypeError', message: 'x is undefined' })).toBe('x is undefined');
  });

  it('never answers with nothing, "undefined" or "[object Object]"', () => {
    for (const thrown of [undefined, null, '', '   ', 42, {}, new Error(''), Object.create(null)]) {
      const text = describeError(thrown);
      expect(text).toBe('Something went wrong in Footnote.');
    }
  });
});

describe('describeInternalError', () => {
  it('names the kind of a bug, and leaves a readable FootnoteError as it is', () => {
    expect(describeInternalError(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(describeInternalError(new FootnoteError('page is too large'))).toBe('page is too large');
    expect(describeInternalError('plain text')).toBe('plain text');
  });
});
