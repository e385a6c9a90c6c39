/**
 * Adding a constructed stylesheet to a document or a shadow root. In Firefox a content script sees the page's
 * `adoptedStyleSheets` through an Xray wrapper that is neither iterable nor assignable with a sheet of the script's
 * own (Firefox ESR 140.12: "adoptedStyleSheets is not iterable"; nothing styled): there the sheet is made with the
 * page's own constructor and pushed onto the page's own list (`wrappedJSObject`, Firefox's view past the Xray). A
 * failure says so rather than throwing, so that the caller can fall back and the rest of the drawing still happens.
 */
interface Waivable {
  wrappedJSObject?: { adoptedStyleSheets: CSSStyleSheet[]; defaultView?: { CSSStyleSheet: typeof CSSStyleSheet } };
}

export function adoptStyleSheet(target: Document | ShadowRoot, css: string): boolean {
  if (!('adoptedStyleSheets' in target)) return false;
  const doc = 'defaultView' in target ? target : target.ownerDocument;
  try {
    const waived = (target as unknown as Waivable).wrappedJSObject;
    const PageSheet = (doc as unknown as Waivable).wrappedJSObject?.defaultView?.CSSStyleSheet;
    if (waived && typeof PageSheet === 'function') {
      const sheet = new PageSheet();
      sheet.replaceSync(css);
      waived.adoptedStyleSheets.push(sheet);
      return true;
    }
    const Sheet = ((doc.defaultView ?? globalThis) as typeof globalThis).CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('replaceSync' in Sheet.prototype)) return false;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
