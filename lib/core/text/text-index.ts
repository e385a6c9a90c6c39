/**
 * The text of a DOM subtree as one string, with the Text node behind every offset. Offsets here are the
 * offsets of TextPositionSelector. Built once per analysis; works on any DOM (browser, happy-dom, linkedom).
 */

export class TextIndex {
  /** Concatenation of every Text node under the root, in document order (equals `root.textContent`). */
  readonly text: string;
  readonly nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  readonly starts: number[];
  /** Built on first use: anchoring by offset (`locate`, `toRange`) never needs it. */
  private indexOfNode: Map<Node, number> | null = null;

  /** Walks `root` in one go; `walked` is the result of a walk done elsewhere (buildTextIndexInSlices). */
  constructor(
    readonly root: Node,
    walked?: TextWalk,
  ) {
    const walk = walked ?? new TextWalk(root);
    if (!walked) walk.step(Infinity);
    this.text = walk.parts.join('');
    this.nodes = walk.nodes;
    this.starts = walk.starts;
  }

  /** Index in `nodes` of a Text node, or -1. */
  nodeIndex(node: Node): number {
    this.indexOfNode ??= new Map(this.nodes.map((n, i) => [n, i]));
    return this.indexOfNode.get(node) ?? -1;
  }

  /** Offset of the first character of `node` (a Text node) in `text`, or -1. */
  offsetOf(node: Node): number {
    const i = this.nodeIndex(node);
    return i < 0 ? -1 : this.starts[i];
  }

  /** Offset where an element's text begins and ends (an empty element: where it would begin). */
  spanOf(el: Node): { start: number; end: number } {
    let first = -1;
    let last = -1;
    let node: Node | null = el.firstChild;
    while (node) {
      if (node.nodeType === 3) {
        const i = this.nodeIndex(node);
        if (i >= 0) {
          if (first < 0) first = i;
          last = i;
        }
      }
      node = nextNode(node, el);
    }
    if (first < 0) {
      // No text inside: the offset of the next Text node after the element.
      let after: Node | null = nextNodeSkippingChildren(el, this.root);
      while (after && after.nodeType !== 3) after = nextNode(after, this.root);
      const at = after ? this.offsetOf(after) : this.text.length;
      return { start: at, end: at };
    }
    return { start: this.starts[first], end: this.starts[last] + this.nodes[last].data.length };
  }

  /** The Text node holding `offset` and the offset inside it (end positions resolve to the earlier node). */
  locate(offset: number, preferEnd = false): { node: Text; offset: number } | null {
    if (!this.nodes.length) return null;
    const i = this.indexAt(offset, preferEnd);
    const node = this.nodes[i];
    return { node, offset: Math.max(0, Math.min(node.data.length, offset - this.starts[i])) };
  }

  /** Index in `nodes` of the Text node holding `offset` (binary search over `starts`); 0 when there is none. */
  indexAt(offset: number, preferEnd = false): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A DOM Range over `[start, end)`, for highlighting in a real page. */
  toRange(start: number, end: number): Range | null {
    const a = this.locate(start);
    const b = this.locate(end, true);
    const doc = this.root.ownerDocument ?? (this.root as Document);
    if (!a || !b || typeof doc.createRange !== 'function') return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
}

/** A walk over the Text nodes under a root that can stop and resume: the page builds its index in slices. */
export class TextWalk {
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly parts: string[] = [];
  private offset = 0;
  private next: Node | null;

  constructor(readonly root: Node) {
    this.next = root.firstChild;
  }

  get done(): boolean {
    return this.next === null;
  }

  /** Visits up to `budget` nodes (of any kind); false once the walk is over. */
  step(budget: number): boolean {
    // Iterative walk: pages nested thousands deep must not overflow the stack.
    let node = this.next;
    for (let n = 0; node && n < budget; n++) {
      if (node.nodeType === 3) {
        const value = (node as Text).data;
        this.nodes.push(node as Text);
        this.starts.push(this.offset);
        this.parts.push(value);
        this.offset += value.length;
      }
      node = nextNode(node, this.root);
    }
    this.next = node;
    return node !== null;
  }
}

/**
 * The same index, built in slices of about `sliceMs` with `pause()` between them, so a large page never sees one
 * long task. Nodes are counted in batches and the clock read once per batch. Returns the index and the main-thread
 * time it took (the pauses left out).
 */
export async function buildTextIndexInSlices(
  root: Node,
  pause: () => Promise<void>,
  {
    sliceMs = 8,
    batch = 2000,
    now = () => performance.now(),
  }: { sliceMs?: number; batch?: number; now?: () => number } = {},
): Promise<{ index: TextIndex; ms: number }> {
  const walk = new TextWalk(root);
  let ms = 0;
  for (;;) {
    const started = now();
    // At least one batch per slice, so a slow clock cannot stall the walk.
    let more = walk.step(batch);
    while (more && now() - started < sliceMs) more = walk.step(batch);
    if (!more) {
      const index = new TextIndex(root, walk);
      ms += now() - started;
      return { index, ms };
    }
    ms += now() - started;
    await pause();
  }
}

/** The node after `node` in document order, staying inside `root`. */
export function nextNode(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  return nextNodeSkippingChildren(node, root);
}

/** The node after `node` and all its descendants, staying inside `root`. */
export function nextNodeSkippingChildren(node: Node, root: Node): Node | null {
  let cur: Node | null = node;
  while (cur && cur !== root) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}
