/**
 * References sections: which blocks are headings like "References" / "Quellen" / "Notes", how far their section
 * runs, and what is under it. Used by `empty-heading` (nothing under it) and by `uncited-figures` (a source
 * named in a filled section is cited).
 */
import type { Block } from '../page/page-model';
import { REFERENCE_HEADINGS } from '../data/organisations';

/** A heading longer than this (trimmed; twice this with the markup's white space) is a title, not "References". */
const MAX_HEADING_CHARS = 60;
/** The level given to a bold paragraph standing as a heading: any real heading ends its section. */
const PSEUDO_HEADING_LEVEL = 7;
/** "2. References:", "IV) Sources —", "References[edit]" become "references", "sources". */
const HEADING_NUMBER = /^\s*(?:(?:\d+(?:\.\d+)*|[IVXivx]+)[.)]\s*|\d+\s+)?/;
const HEADING_TAIL = /\s*\[\s*(?:edit|bearbeiten|modifier|editar|modifica)[^\]]*\]\s*$|[\s:.\-–—]+$/giu;

export interface ReferenceSection {
  heading: Block;
  /** The heading's name, normalised ("references", "quellen"). */
  name: string;
  level: number;
  /** The blocks under the heading, up to the next heading of the same or a higher level; lazily, as callers stop early. */
  body(): Generator<Block>;
}

/** Blocks read under one heading at most: a Wikipedia reference list runs to hundreds of items. */
const MAX_BODY_BLOCKS = 300;

/** The references-like section a block heads, or null. Cheap string work first, DOM work only on a match. */
export function referenceSectionAt(blocks: Block[], i: number): ReferenceSection | null {
  const heading = blocks[i];
  if ((heading.kind !== 'heading' && heading.kind !== 'paragraph') || heading.text.length > MAX_HEADING_CHARS * 2)
    return null;
  const name = heading.text.replace(HEADING_NUMBER, '').replace(HEADING_TAIL, '').replace(/\s+/g, ' ').toLowerCase();
  if (!REFERENCE_HEADINGS.has(name)) return null;
  const level = headingLevel(heading);
  if (level === null) return null;
  const section = sectionContainer(heading, blocks[i + 1]);
  const sectionLevel = level;
  function* body(): Generator<Block> {
    for (let j = i + 1; j < blocks.length && j <= i + MAX_BODY_BLOCKS; j++) {
      const b = blocks[j];
      if (section && !section.contains(b.el)) return;
      const l = headingLevel(b);
      if (l !== null && l <= sectionLevel) return;
      yield b;
    }
  }
  return { heading, name, level, body };
}

/** A heading's level; a short paragraph that is all bold text counts as the lowest heading. */
function headingLevel(b: Block): number | null {
  if (b.kind === 'heading') return b.level ?? 6;
  if (b.kind !== 'paragraph' || b.text.trim().length > MAX_HEADING_CHARS) return null;
  const only = b.el.children.length === 1 ? b.el.children[0] : null;
  if (!only || !/^(?:STRONG|B)$/i.test(only.tagName) || (only.textContent ?? '').trim() !== b.text.trim()) return null;
  return PSEUDO_HEADING_LEVEL;
}

/**
 * The element whose descendants make up the heading's section: its parent, or higher while the parent holds
 * nothing after the heading (`<div class="mw-heading"><h2>References</h2></div>`). Null at the top.
 */
function sectionContainer(heading: Block, next: Block | undefined): Element | null {
  let container = heading.el.parentElement;
  // Asking whether the next block is inside costs a walk up from it; reading the container's text would cost
  // the whole container (a Wikipedia article) per heading.
  for (let steps = 0; container && next && steps < 3 && !container.contains(next.el); steps++)
    container = container.parentElement;
  return container && container.tagName.toUpperCase() !== 'BODY' ? container : null;
}

const HEADING_TAGS = /^H[1-6]$/i;
/** Elements a script fills or replaces: an empty list or box under "References" is a list not yet rendered. */
const SCRIPTED_TAGS = /^(?:SCRIPT|NOSCRIPT|TEMPLATE|IFRAME|OBJECT|EMBED)$/i;
const EMPTY_CONTAINER_TAGS = /^(?:UL|OL|DL|DIV|SECTION|ASIDE|TABLE)$/i;
/** Siblings looked at after a heading: enough for a wrapper or two, bounded on long flat pages. */
const MAX_SIBLINGS = 12;

/**
 * Whether the elements after a heading (up to the next heading) include one a script fills: a script, an iframe,
 * or an empty list or box. Looks at the heading's own siblings, or its wrapper's when the heading has none.
 */
export function hasScriptedContent(heading: Element): boolean {
  let el: Element | null = heading;
  for (let up = 0; el && !el.nextElementSibling && up < 2; up++) el = el.parentElement;
  let sib = el?.nextElementSibling ?? null;
  for (let n = 0; sib && n < MAX_SIBLINGS; n++, sib = sib.nextElementSibling) {
    const tag = sib.tagName;
    if (HEADING_TAGS.test(tag) || sib.querySelector('h1,h2,h3,h4,h5,h6')) return false;
    if (SCRIPTED_TAGS.test(tag)) return true;
    if (EMPTY_CONTAINER_TAGS.test(tag) && !(sib.textContent ?? '').trim()) return true;
  }
  return false;
}
