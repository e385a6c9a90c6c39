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

  it('does not take an <html> named in a comment for where the document starts (round 19)', () => {
    for (const html of [
      '<!DOCTYPE html><p>One paragraph.</p><p>Another.</p><!-- mentions <html> tag -->',
      '<!--[if lt IE 9]><html class="ie"><![endif]--><p>One paragraph.</p><p>Another.</p>',
    ]) {
      const doc = parsePageHtml(html);
      expect(doc.body.querySelectorAll('p'), html).toHaveLength(2);
    }
  });

  it('puts a bare fragment in the body, as a browser does', () => {
    const doc = parsePageHtml('<p>One paragraph.</p><p>Another.</p>');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.querySelectorAll('p')).toHaveLength(2);
  });

  it('puts the content of a page that leaves out the optional <head> and <body> tags where a browser does', () => {
    const page =
      '<title>Floods</title><meta property="og:type" content="article"><p>The river rose.</p><p>Roads closed.</p>';
    for (const html of [
      `<!DOCTYPE html><html lang="en">${page}</html>`,
      `<html><head><title>Floods</title><meta property="og:type" content="article"></head><p>The river rose.</p><p>Roads closed.</p></html>`,
      `<html><title>Floods</title><meta property="og:type" content="article"><body class="story"><p>The river rose.</p><p>Roads closed.</p></body></html>`,
    ]) {
      const doc = parsePageHtml(html);
      expect(doc.title, html).toBe('Floods');
      expect(doc.head.querySelector('meta[property="og:type"]'), html).not.toBeNull();
      expect(doc.body.querySelectorAll('p'), html).toHaveLength(2);
      expect(
        [...doc.documentElement.children].map((e) => e.tagName),
        html,
      ).toEqual(['HEAD', 'BODY']);
    }
  });

  it('leaves an ordinary page as written', () => {
    const doc = parsePageHtml(
      '<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><p>x</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.body.textContent).toBe('x');
  });
});
