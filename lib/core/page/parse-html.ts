/**
 * Parses a page's HTML into a Document outside a browser (the command line, the background's snapshot). linkedom
 * builds the tree as the markup is written, where a browser repairs it: a file that opens on something other than
 * <html> (an SEC filing's `<DOCUMENT><TYPE>EX-99.1 ... <HTML>` wrapper, a bare fragment of paragraphs) would come out
 * with an empty body, and every check would run on nothing. Such input is read as a browser shows it. So is a page
 * that leaves out the optional <head> or <body> tags: linkedom keeps its content loose under <html>, and then makes
 * up an empty body when asked for one.
 */
import { parseHTML } from 'linkedom';

/**
 * Where a wrapped document's own markup begins: its first <html> start tag outside a comment (old pages name the tag
 * in IE conditional comments, a saved page in a note), or -1.
 */
function htmlStart(html: string): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<html[\s>]/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) if (!m[0].startsWith('<!--')) return m.index;
  return -1;
}

export function parsePageHtml(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName === 'HTML') return withHeadAndBody(doc);
  const at = htmlStart(html);
  // A wrapper before the document (what a browser shows of it is the filing's metadata): read the document.
  if (at > 0) return parseHTML(html.slice(at)).document as unknown as Document;
  // A fragment: a browser puts it in the body of an empty document.
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** Elements a browser keeps in the head when the <head> tag is left out, until the first other content. */
const HEAD_CONTENT = new Set(['TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** The document with its content in one <head> and one <body>, as a browser's parser puts it. */
function withHeadAndBody(doc: Document): Document {
  const root = doc.documentElement;
  const nodes = [...root.childNodes];
  const isElement = (n: Node, tag: string) => n.nodeType === 1 && (n as Element).tagName === tag;
  const blank = (n: Node) => n.nodeType === 8 || (n.nodeType === 3 && !/\S/.test(n.textContent ?? ''));
  const heads = nodes.filter((n) => isElement(n, 'HEAD'));
  const bodies = nodes.filter((n) => isElement(n, 'BODY'));
  const loose = nodes.filter((n) => !isElement(n, 'HEAD') && !isElement(n, 'BODY') && !blank(n));
  if (heads.length === 1 && bodies.length === 1 && loose.length === 0) return doc;
  // The page's own head and body stay where they are, with their content (a page can hold 100,000 paragraphs);
  // only what lies loose around them moves, one node at a time.
  const head = (heads[0] as Element | undefined) ?? doc.createElement('head');
  const body = (bodies[0] as Element | undefined) ?? doc.createElement('body');
  const bodyStart = body.firstChild;
  const moveChildren = (from: Node, to: Element) => {
    while (from.firstChild) to.appendChild(from.firstChild);
    from.parentNode?.removeChild(from);
  };
  let inBody = false;
  for (const node of nodes) {
    if (node === head) continue;
    if (node === body) inBody = true;
    else if (isElement(node, 'HEAD')) moveChildren(node, inBody ? body : head);
    else if (isElement(node, 'BODY')) {
      for (const a of [...(node as Element).attributes])
        if (!body.hasAttribute(a.name)) body.setAttribute(a.name, a.value);
      moveChildren(node, body);
      inBody = true;
    } else if (!inBody && (blank(node) || (node.nodeType === 1 && HEAD_CONTENT.has((node as Element).tagName))))
      head.appendChild(node);
    else if (!inBody && bodyStart) {
      // Content before the page's <body> tag opens the body, ahead of what the tag holds.
      body.insertBefore(node, bodyStart);
    } else {
      inBody = true;
      body.appendChild(node);
    }
  }
  root.insertBefore(head, root.firstChild);
  if (body.parentNode !== root || head.nextSibling !== body) root.insertBefore(body, head.nextSibling);
  return doc;
}
