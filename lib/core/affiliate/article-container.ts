/**
 * Where the article stands in the page's markup, for the affiliate detectors: the element holding the text
 * Readability kept, which parts inside it are plainly not the article (sidebars, comments, author boxes), and
 * whether a block is attached to the article (inside it, or inside the `<article>` element wrapping it, such as
 * the article's own footer) rather than part of the site's template around it.
 */
import { isPlainlyNotArticle, type Block, type PageModel } from '../page/page-model';

/** Share of the article's text the container must hold: the article's own element, not a stray paragraph's. */
const CONTAINER_SHARE = 0.8;
/**
 * Readers' comments: their links are the commenters', not the publisher's. A whole class token or id
 * (`comments`, `comment-list`, `disqus_thread`, `post-comments`), not any mention: a body's feature flags
 * (`f_comments_on`) say nothing about where a link stands.
 */
const COMMENTS_NAME = /^(?:comments?|commentlist|disqus|replies)(?:$|[_-])|[_-]comments?$/i;

const containers = new WeakMap<PageModel, Element | null>();

/**
 * The element holding the article: the deepest one with most of the text Readability kept. Readability drops
 * link-dense parts of an article (product boxes, "buy" buttons, image links); links inside this element still
 * belong to the article unless they sit in a part that is plainly not (a sidebar, the comments, an author box).
 * Null when Readability kept the whole page or nothing. Computed once per page.
 */
export function articleContainer(page: PageModel): Element | null {
  let found = containers.get(page);
  if (found === undefined) {
    found = findContainer(page);
    containers.set(page, found);
  }
  return found;
}

function findContainer(page: PageModel): Element | null {
  if (!page.articleBlocks.length || page.articleBlocks.length === page.blocks.length) return null;
  // Each element's own blocks first, then each total handed to its parent, deepest first: every ancestor chain is
  // walked once, not once per block (a long page's blocks share most of theirs).
  const chars = new Map<Element, number>();
  const parents = new Map<Element, Element | null>();
  const depths = new Map<Element, number>();
  let total = 0;
  for (const block of page.articleBlocks) {
    const n = block.text.trim().length;
    total += n;
    chars.set(block.el, (chars.get(block.el) ?? 0) + n);
    for (let el: Element | null = block.el; el && !parents.has(el); el = el.parentElement) {
      parents.set(el, el.parentElement);
    }
  }
  for (const el of parents.keys()) depthOf(el, parents, depths);
  const deepestFirst = [...parents.keys()].sort((a, b) => depths.get(b)! - depths.get(a)!);
  for (const el of deepestFirst) {
    const parent = parents.get(el);
    if (parent) chars.set(parent, (chars.get(parent) ?? 0) + (chars.get(el) ?? 0));
  }
  const need = total * CONTAINER_SHARE;
  // A post written as one <br>-separated paragraph holds most of the text in that one block; the container holds
  // blocks, so it stops above it (the product box beside it is the article's).
  const blockElements = new Set(page.articleBlocks.map((b) => b.el));
  let cur: Element | null = page.doc.body;
  if (!cur || (chars.get(cur) ?? 0) < need) return null;
  for (;;) {
    let next: Element | null = null;
    for (const child of Array.from(cur.children)) {
      if ((chars.get(child) ?? 0) >= need) {
        next = child;
        break;
      }
    }
    if (!next || blockElements.has(next)) break;
    cur = next;
  }
  return cur === page.doc.body ? null : cur;
}

/** How deep `el` stands among the walked elements (an element whose parent was not walked: 0). */
function depthOf(el: Element, parents: Map<Element, Element | null>, depths: Map<Element, number>): number {
  // Up to the first element of known depth, then back down (a loop: a deep page would overflow a recursion).
  const chain: Element[] = [];
  let cur: Element | null | undefined = el;
  let depth = -1;
  while (cur && parents.has(cur)) {
    const known = depths.get(cur);
    if (known !== undefined) {
      depth = known;
      break;
    }
    chain.push(cur);
    cur = parents.get(cur);
  }
  for (let i = chain.length - 1; i >= 0; i--) depths.set(chain[i], ++depth);
  return depths.get(el)!;
}

/**
 * Whether `el` is in the container and not in one of its parts that is plainly not the article. A product box in
 * the post is the post's, whatever its template calls it ("product-widget": round 34, PCWorld's buying guides,
 * whose NordVPN and Adorama links were skipped as a widget's).
 */
export function inContainer(el: Element, container: Element | null): boolean {
  if (!container) return false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur === container) return true;
    if (isPlainlyNotArticle(cur) && !COMMERCE_BOX.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) return false;
  }
  return false;
}
/** A template's name for a product box: "product-widget", "deal_box", "price-widget", "shop-card". */
const COMMERCE_BOX = /(?:product|deal|price|shop|buy|commerce)[_-]?(?:widget|box|card)/i;

/**
 * Whether a block belongs to the article rather than to the site's template: Readability kept it, or it stands
 * inside the container, or inside the `<article>` element that wraps the container (the article's own header and
 * footer, where per-article notes go). A site's header bar, sidebar and footer are outside all three.
 */
export function attachedToArticle(page: PageModel, block: Block): boolean {
  if (block.inArticle) return true;
  const container = articleContainer(page);
  if (!container) return false;
  for (let cur: Element | null = block.el; cur; cur = cur.parentElement) {
    if (cur === container) return true;
    const tag = cur.tagName.toUpperCase();
    if (tag === 'ARTICLE') return isAncestor(cur, container);
    // A bar or sidebar of the template may sit inside the container's element: not the article's own.
    if (tag === 'ASIDE' || tag === 'NAV' || cur.getAttribute('role') === 'complementary') return false;
  }
  return false;
}

/** Whether `el` stands in readers' comments. */
export function inComments(el: Element): boolean {
  for (let cur: Element | null = el; cur && cur.tagName.toUpperCase() !== 'BODY'; cur = cur.parentElement) {
    const names = `${cur.id} ${cur.getAttribute('class') ?? ''}`.split(/\s+/);
    if (names.some((n) => n && COMMENTS_NAME.test(n))) return true;
  }
  return false;
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur === ancestor) return true;
  return false;
}
