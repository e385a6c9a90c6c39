/**
 * Drawing flags on the page without touching it: flags are CSS Custom Highlights (`CSS.highlights`), styled by
 * `::highlight()` rules in a constructed stylesheet adopted by the document. Only flags: they mark the page's
 * public text, while `CSS.highlights` is readable by the page's scripts, so the reader's own notes are drawn in a
 * closed shadow root instead (lib/page/note-overlay.ts). This adds no element, changes no node's text and moves
 * nothing: highlight pseudo-elements may only set colours and text decoration, which never affect layout, and
 * `adoptedStyleSheets` needs no <style> element in the page's DOM (so no MutationObserver of the page, and no
 * selector of its CSS, can see or match one). Colours come from lib/ui/palette.ts.
 */
import { CATALOG } from '../core/detectors/catalog';
import type { HighlightColour } from '../model';
import { flagHighlightDeclarations, flagMark, NOTE_COLOURS, rgbList } from '../ui/palette';
import { adoptStyleSheet } from './style-sheets';

/** Every highlight Footnote registers starts with this; the rest of `CSS.highlights` belongs to the page. */
export const HIGHLIGHT_PREFIX = 'footnote-';

export const flagHighlightName = (kind: string) => `${HIGHLIGHT_PREFIX}${kind}`;

/** A note colour as "r, g, b" (the note overlay draws with it), from the palette. */
export const noteRgb = (colour: HighlightColour): string => rgbList(NOTE_COLOURS[colour] ?? NOTE_COLOURS.yellow);

/** A flag kind's ink as "r, g, b" (the flag card's accent), from the palette. */
export const flagRgb = (kind: string): string => rgbList(flagMark(kind).rgb);

/** The stylesheet's text: only `::highlight()` rules, so adopting it can change nothing but those highlights. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const { id } of CATALOG)
    rules.push(`::highlight(${flagHighlightName(id)}) { ${flagHighlightDeclarations(id)} }`);
  return rules.join('\n');
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const installed = new WeakSet<Document>();

/**
 * Adopts the highlight stylesheet into the document once. False when the document refused it (no constructed
 * stylesheets, or a wrapper that would not take it): the highlights would then be registered but invisible.
 */
export function installHighlightStyles(doc: Document): boolean {
  if (installed.has(doc)) return true;
  if (!adoptStyleSheet(doc, highlightCss())) return false;
  installed.add(doc);
  return true;
}

/**
 * The names Footnote has registered. Kept here rather than read back from `CSS.highlights`: Firefox's content
 * scripts see the registry through an Xray wrapper that cannot iterate ("Xray wrapping of iterators not supported").
 */
const registered = new Set<string>();

/**
 * Makes Footnote's highlights exactly `groups` (name -> ranges): its other names are removed, the page's own
 * highlights are left alone.
 */
export function drawHighlights(groups: ReadonlyMap<string, Range[]>): void {
  if (!highlightsSupported()) return;
  for (const name of [...registered]) {
    if (!groups.get(name)?.length) {
      CSS.highlights.delete(name);
      registered.delete(name);
    }
  }
  for (const [name, ranges] of groups) {
    if (!ranges.length) continue;
    CSS.highlights.set(name, new Highlight(...ranges));
    registered.add(name);
  }
}

export function clearHighlights(): void {
  drawHighlights(new Map());
}

/** Scrolls the passage to the middle of the window (scrolling moves the view, not the layout). */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
