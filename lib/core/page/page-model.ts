/**
 * The page as detectors see it: the original body's text (TextIndex), cut into blocks (paragraphs, list items,
 * headings...) and links, each marked as inside or outside the article Readability extracted. Detectors work
 * on this model only, so every offset they report is an offset into the original page.
 */
import { TextIndex, nextNode } from '../text/text-index';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'cell' | 'caption' | 'other';

export interface Block {
  /** Position in `PageModel.blocks`. */
  index: number;
  /** The nearest block-level ancestor that owns this run of text. */
  el: Element;
  kind: BlockKind;
  /** 1-6 for headings. */
  level?: number;
  text: string;
  start: number;
  end: number;
  inArticle: boolean;
}

export interface Link {
  el: Element;
  /** Absolute URL as written (resolved against the page URL), or the raw attribute when it does not parse. */
  href: string;
  url: URL | null;
  text: string;
  start: number;
  end: number;
  inArticle: boolean;
  /** The block holding the link's text, when it has text. */
  block: Block | null;
}

export interface PageModel {
  doc: Document;
  url: string;
  text: TextIndex;
  blocks: Block[];
  articleBlocks: Block[];
  links: Link[];
  articleLinks: Link[];
}

const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'DD',
  'DT',
  'FIGCAPTION',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FORM',
  'FIGURE',
  'ADDRESS',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'BODY',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'LEGEND',
  'FIELDSET',
  'HGROUP',
  'OPTION',
  'SELECT',
  'BUTTON',
  'LABEL',
  'TEXTAREA',
]);
/** Text in these is never prose a reader sees. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'MATH',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
]);

function kindOf(tag: string): { kind: BlockKind; level?: number } {
  if (tag === 'P') return { kind: 'paragraph' };
  if (/^H[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return { kind: 'list-item' };
  if (tag === 'BLOCKQUOTE') return { kind: 'quote' };
  if (tag === 'TD' || tag === 'TH') return { kind: 'cell' };
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return { kind: 'caption' };
  return { kind: 'other' };
}

/**
 * Cuts the root's text into blocks: maximal runs of consecutive Text nodes that share their nearest block-level
 * ancestor. `<p>a <b>b</b></p>` is one block; `<div>x<p>y</p>z</div>` is three.
 */
export function buildBlocks(text: TextIndex, isKept: (nodeIndex: number) => boolean): Block[] {
  const blocks: Block[] = [];
  let current: { el: Element; first: number; last: number; kept: number; chars: number } | null = null;
  const flush = () => {
    if (!current) return;
    const start = text.starts[current.first];
    const lastNode = text.nodes[current.last];
    const end = text.starts[current.last] + lastNode.data.length;
    const blockText = text.text.slice(start, end);
    if (blockText.trim()) {
      const tag = current.el.tagName.toUpperCase();
      blocks.push({
        index: blocks.length,
        el: current.el,
        ...kindOf(tag),
        text: blockText,
        start,
        end,
        inArticle: current.chars > 0 && current.kept * 2 >= current.chars,
      });
    }
    current = null;
  };
  const ownerCache = new Map<Node, Element | null>();
  for (let i = 0; i < text.nodes.length; i++) {
    const node = text.nodes[i];
    const owner = blockOwner(node, ownerCache);
    if (!owner) {
      flush();
      continue;
    }
    if (!current || current.el !== owner || current.last !== i - 1) {
      flush();
      current = { el: owner, first: i, last: i, kept: 0, chars: 0 };
    }
    current.last = i;
    const len = node.data.trim().length;
    current.chars += len;
    if (isKept(i)) current.kept += len;
  }
  flush();
  return blocks;
}

/** The nearest block-level ancestor of a Text node; null when the text is inside script, style and the like. */
function blockOwner(node: Node, cache: Map<Node, Element | null>): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const cached = cache.get(parent);
  if (cached !== undefined) return cached;
  let owner: Element | null = null;
  let cur: Node | null = parent;
  const path: Node[] = [];
  while (cur && cur.nodeType === 1) {
    const hit = cache.get(cur);
    if (hit !== undefined) {
      owner = hit;
      break;
    }
    path.push(cur);
    const tag = (cur as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      owner = null;
      break;
    }
    if (BLOCK_TAGS.has(tag)) {
      owner = cur as Element;
      // Keep walking only to learn whether an ancestor hides it (script, template...).
      let up: Node | null = cur.parentNode;
      while (up && up.nodeType === 1) {
        if (SKIP_TAGS.has((up as Element).tagName.toUpperCase())) {
          owner = null;
          break;
        }
        up = up.parentNode;
      }
      break;
    }
    cur = cur.parentNode;
  }
  for (const p of path) cache.set(p, owner);
  return owner;
}

export function buildLinks(
  root: Node,
  text: TextIndex,
  blocks: Block[],
  baseUrl: string,
  isKept: (nodeIndex: number) => boolean,
): Link[] {
  const links: Link[] = [];
  const blockStarts = blocks.map((b) => b.start);
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'A') {
      const el = node as Element;
      const raw = el.getAttribute('href');
      if (raw != null && raw.trim() !== '') {
        let url: URL | null = null;
        try {
          url = new URL(raw.trim(), baseUrl || undefined);
        } catch {
          url = null;
        }
        const span = text.spanOf(el);
        let inArticle = false;
        let anyText = false;
        let sub: Node | null = el.firstChild;
        while (sub) {
          if (sub.nodeType === 3 && (sub as Text).data.trim()) {
            anyText = true;
            const i = text.nodeIndex(sub);
            if (i >= 0 && isKept(i)) inArticle = true;
          }
          sub = nextNode(sub, el);
        }
        const block = anyText ? blockAt(blocks, blockStarts, span.start) : null;
        if (!anyText) {
          // An image link: it belongs to the article when the text around it does.
          const near = blockAt(blocks, blockStarts, span.start);
          inArticle = !!near?.inArticle;
        }
        links.push({
          el,
          href: url ? url.href : raw,
          url,
          text: text.text.slice(span.start, span.end),
          start: span.start,
          end: span.end,
          inArticle,
          block,
        });
      }
    }
    node = nextNode(node, root);
  }
  return links;
}

/** Parts of a page that are plainly not the article: navigation, sidebars, forms, the template's header and footer. */
export const NOT_ARTICLE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM']);
/** Class or id words (at the start of a class token) naming such parts: `comments`, `related-posts`, `ad-slot`. */
export const NOT_ARTICLE_NAME =
  /(?:^|[\s_-])(?:comment|related|share|sharing|social|sidebar|widget|newsletter|author|byline|bio|promo|recirc|outbrain|taboola|zergnet|revcontent|footer|nav|menu|breadcrumb|subscribe|signup|sponsor|advert|ads?(?:$|[\s_-]))/i;

/** Whether an element is one of those parts, by its tag, role, class or id. */
export function isPlainlyNotArticle(el: Element): boolean {
  if (NOT_ARTICLE_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'complementary') return true;
  const name = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return name.length > 1 && NOT_ARTICLE_NAME.test(name);
}

/** How many paragraphs in a row Readability may have dropped between two it kept that are still the article's. */
const MAX_DROPPED_RUN = 3;
/** Share of a paragraph's text its links may hold and it still be prose rather than a pointer to another page. */
const MAX_LINK_SHARE = 0.5;

/**
 * Readability drops paragraphs of an article whose links weigh much in their text, when each sits in a wrapper of
 * its own ("... - <a>which is on track to issue just half of the grants.</a>" on BBC News, where the next paragraph
 * says "She told the BBC"): a run of at most three paragraphs (<p>) between two paragraphs it kept, each mostly
 * prose of its own and none in a part plainly not the article (a share bar, a promo, a sidebar), is the article's.
 * Marks them, and their Text nodes as kept (so their links are the article's too).
 */
export function restoreDroppedParagraphs(blocks: readonly Block[], text: TextIndex, kept: Uint8Array): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const before = blocks[i - 1];
    if (blocks[i].inArticle || !before.inArticle || before.kind !== 'paragraph') continue;
    let j = i;
    while (j < blocks.length && !blocks[j].inArticle && j - i < MAX_DROPPED_RUN) j++;
    const after = blocks[j];
    const run = blocks.slice(i, j);
    if (after?.inArticle && after.kind === 'paragraph' && run.every((b) => isDroppedProse(b, before.el))) {
      for (const b of run) {
        b.inArticle = true;
        for (let n = text.indexAt(b.start); n < text.nodes.length && text.starts[n] < b.end; n++) kept[n] = 1;
      }
    }
    i = j;
  }
}

/** A paragraph of prose (not mostly link text) not inside a part plainly not the article, up to its kept neighbour's. */
function isDroppedProse(block: Block, neighbour: Element): boolean {
  if (block.kind !== 'paragraph') return false;
  let linked = 0;
  for (const a of Array.from(block.el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  if (linked > block.text.trim().length * MAX_LINK_SHARE) return false;
  for (let cur: Element | null = block.el; cur && !cur.contains(neighbour); cur = cur.parentElement)
    if (isPlainlyNotArticle(cur)) return false;
  return true;
}

/** The block whose span holds `offset` (binary search over block starts), or the nearest one before it. */
export function blockAt(blocks: Block[], starts: number[], offset: number): Block | null {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const b = blocks[found];
  return offset <= b.end ? b : null;
}
