import { describe, expect, it } from 'vitest';
import { parsePageHtml } from '../../../lib/core/page/parse-html';

describe('parsePageHtml', () => {
  it('reads a document wrapped in something before its <html> (an SEC filing) as the document', () => {
    const doc = parsePageHtml(
      '<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<HTML><HEAD><TITLE>Exhibit 99.1</TITLE></HEAD><BODY><P>Jazz announces an agreement.</P></BODY></HTML>\n</TEXT>\n</DOCUMENT>',
    );
    expect(doc.title).toBe('Exhibit 99.1');
    expect(doc.body.textContent?.trim()).toBe('Jazz announces an agreement.');
  });

  it('puts a bare fragment in the body, as a browser does', () => {
    const doc = parsePageHtml('<p>One paragraph.</p><p>Another.</p>');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.querySelectorAll('p')).toHaveLength(2);
  });

  it('leaves an ordinary page as written', () => {
    const doc = parsePageHtml(
      '<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><p>x</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.body.textContent).toBe('x');
  });
});
