import { describe, expect, it } from 'vitest';
import { adoptStyleSheet } from '../../../lib/page/style-sheets';

/** A stand-in for CSSStyleSheet: keeps the text it was given. */
class FakeSheet {
  text = '';
  replaceSync(css: string) {
    this.text = css;
  }
}

describe('adoptStyleSheet', () => {
  it('appends a sheet to a document that lets it (Chromium)', () => {
    const first = new FakeSheet();
    const doc = { adoptedStyleSheets: [first], defaultView: { CSSStyleSheet: FakeSheet } };
    expect(adoptStyleSheet(doc as unknown as Document, 'p { color: red }')).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(doc.adoptedStyleSheets[0]).toBe(first);
    expect((doc.adoptedStyleSheets[1] as FakeSheet).text).toBe('p { color: red }');
  });

  it("pushes a sheet of the page's own onto the page's own list where Firefox's Xray hides it", () => {
    // The Xray view: a list that is not iterable, and a constructor whose sheets the page would not take.
    const pageList: FakeSheet[] = [];
    class PageSheet extends FakeSheet {}
    const doc = {
      adoptedStyleSheets: { length: 0 },
      defaultView: { CSSStyleSheet: FakeSheet },
      wrappedJSObject: { adoptedStyleSheets: pageList, defaultView: { CSSStyleSheet: PageSheet } },
    };
    expect(adoptStyleSheet(doc as unknown as Document, '::highlight(x) { color: red }')).toBe(true);
    expect(pageList).toHaveLength(1);
    expect(pageList[0]).toBeInstanceOf(PageSheet);
    expect(pageList[0].text).toBe('::highlight(x) { color: red }');
  });

  it('says it failed, without throwing, when the list cannot be read or set', () => {
    const doc = {
      get adoptedStyleSheets(): never {
        throw new TypeError('adoptedStyleSheets is not iterable');
      },
      defaultView: { CSSStyleSheet: FakeSheet },
    };
    expect(adoptStyleSheet(doc as unknown as Document, 'p {}')).toBe(false);
    // No constructed stylesheets at all: nothing to adopt.
    expect(adoptStyleSheet({ defaultView: {} } as unknown as Document, 'p {}')).toBe(false);
  });
});
