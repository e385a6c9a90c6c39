/**
 * Parses a page's HTML into a Document outside a browser (the command line, the background's snapshot). linkedom
 * builds the tree as the markup is written, where a browser repairs it: a file that opens on something other than
 * <html> (an SEC filing's `<DOCUMENT><TYPE>EX-99.1 ... <HTML>` wrapper, a bare fragment of paragraphs) would come out
 * with an empty body, and every check would run on nothing. Such input is read as a browser shows it.
 */
import { parseHTML } from 'linkedom';

/** The first <html> start tag, where a wrapped document's own markup begins. */
const HTML_START = /<html[\s>]/i;

export function parsePageHtml(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName === 'HTML') return doc;
  const at = html.search(HTML_START);
  // A wrapper before the document (what a browser shows of it is the filing's metadata): read the document.
  if (at > 0) return parseHTML(html.slice(at)).document as unknown as Document;
  // A fragment: a browser puts it in the body of an empty document.
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
