// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/decode-html';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeHtml', () => {
  it('decodes with the <meta charset> the page declares', () => {
    const html = latin1('<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>');
    expect(decodeHtml(html, 'page')).toContain('café');
  });

  it('prefers the Content-Type charset over UTF-8 guessing', () => {
    expect(decodeHtml(latin1('<p>na\xefve</p>'), 'page', 'text/html; charset=windows-1252')).toBe('<p>naïve</p>');
  });

  it('reads UTF-8 without a declaration and falls back to windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeHtml(Buffer.from('<p>“quoted” café</p>', 'utf8'), 'page')).toBe('<p>“quoted” café</p>');
    expect(decodeHtml(latin1('<p>\x93quoted\x94</p>'), 'page')).toBe('<p>“quoted”</p>');
  });

  it('decodes UTF-16 with a byte-order mark although it is full of NUL bytes', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hello</p>', 'utf16le')]);
    expect(decodeHtml(utf16, 'page')).toBe('<p>hello</p>');
  });

  it('refuses empty input, white space only, NUL bytes and control-character junk', () => {
    expect(() => decodeHtml(new Uint8Array(0), 'x.html')).toThrow('x.html is empty');
    expect(() => decodeHtml(Buffer.from(' \n\t '), 'x.html')).toThrow(/only white space/);
    expect(() => decodeHtml(Buffer.from([60, 112, 0, 62]), 'x.html')).toThrow(/NUL bytes/);
    expect(() => decodeHtml(Buffer.from('\x01\x02\x03\x04\x05\x06abc'), 'x.html')).toThrow(/control characters/);
  });
});
