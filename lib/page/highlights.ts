/**
 * Drawing on the page without touching it: flags and notes are CSS Custom Highlights (`CSS.highlights`), styled by
 * `::highlight()` rules in a constructed stylesheet adopted by the document. Neither adds an element, changes a
 * node's text or moves anything: highlight pseudo-elements may only set colours and text decoration, which never
 * affect layout, and `adoptedStyleSheets` needs no <style> element in the page's DOM (so no MutationObserver of the
 * page, and no selector of its CSS, can see or match one).
 */
import { DETECTORS } from '../core/detectors/registry';
import type { DetectorId } from '../core/report';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../model';

/** Every highlight Footnote registers starts with this; the rest of `CSS.highlights` belongs to the page. */
export const HIGHLIGHT_PREFIX = 'footnote-';
export const PULSE_HIGHLIGHT = 'footnote-pulse';

export const flagHighlightName = (kind: string) => `${HIGHLIGHT_PREFIX}${kind}`;
export const noteHighlightName = (colour: HighlightColour) => `${HIGHLIGHT_PREFIX}note-${colour}`;

interface MarkStyle {
  /** Underline colour and a translucent background of the same hue: readable over light and dark pages alike. */
  rgb: string;
  /** The cue that does not depend on colour. */
  line: 'wavy' | 'dotted' | 'dashed' | 'double' | 'solid';
}

/** One style per detector; a detector without an entry gets `FALLBACK_STYLE` (and still its own highlight). */
const FLAG_STYLES: Partial<Record<DetectorId, MarkStyle>> = {
  'undisclosed-affiliate': { rgb: '224, 68, 58', line: 'wavy' },
  'affiliate-link': { rgb: '217, 138, 0', line: 'dashed' },
  'affiliate-disclosure': { rgb: '26, 163, 122', line: 'double' },
  'unsourced-quote': { rgb: '150, 100, 255', line: 'wavy' },
  'vague-attribution': { rgb: '200, 90, 200', line: 'dotted' },
  'missing-reference': { rgb: '47, 128, 237', line: 'dashed' },
};
const FALLBACK_STYLE: MarkStyle = { rgb: '128, 128, 128', line: 'dotted' };

const NOTE_RGB: Record<HighlightColour, string> = {
  yellow: '255, 214, 0',
  green: '60, 200, 90',
  blue: '70, 150, 255',
  pink: '255, 105, 180',
  purple: '170, 110, 255',
};

/** The stylesheet's text: only `::highlight()` rules, so adopting it can change nothing but those highlights. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const { id } of DETECTORS) {
    const style = FLAG_STYLES[id] ?? FALLBACK_STYLE;
    rules.push(
      `::highlight(${flagHighlightName(id)}) { background-color: rgba(${style.rgb}, 0.2); ` +
        `text-decoration: underline ${style.line} rgb(${style.rgb}); text-decoration-thickness: 2px; }`,
    );
  }
  for (const colour of HIGHLIGHT_COLOURS) {
    rules.push(
      `::highlight(${noteHighlightName(colour)}) { background-color: rgba(${NOTE_RGB[colour]}, 0.4); ` +
        `text-decoration: underline solid rgb(${NOTE_RGB[colour]}); }`,
    );
  }
  rules.push(`::highlight(${PULSE_HIGHLIGHT}) { background-color: rgba(255, 170, 0, 0.65); }`);
  return rules.join('\n');
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const installed = new WeakSet<Document>();

/** Adopts the highlight stylesheet into the document once (a no-op where constructed stylesheets are missing). */
export function installHighlightStyles(doc: Document): void {
  if (installed.has(doc) || !('adoptedStyleSheets' in doc)) return;
  const view = doc.defaultView ?? globalThis;
  const Sheet = (view as typeof globalThis).CSSStyleSheet;
  if (typeof Sheet !== 'function' || typeof Sheet.prototype.replaceSync !== 'function') return;
  const sheet = new Sheet();
  sheet.replaceSync(highlightCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  installed.add(doc);
}

/**
 * The names Footnote has registered. Kept here rather than read back from `CSS.highlights`: Firefox's content
 * scripts see the registry through an Xray wrapper that cannot iterate ("Xray wrapping of iterators not supported").
 */
const registered = new Set<string>();

/**
 * Makes Footnote's highlights exactly `groups` (name -> ranges): its other names are removed, the page's own
 * highlights are left alone. The pulse is managed by `pulse` and kept.
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

/** Makes a range blink a few times with the pulse highlight, drawn above the others. */
export function pulse(range: Range, schedule: (fn: () => void, ms: number) => unknown, times = 3, ms = 280): void {
  if (!highlightsSupported()) return;
  const highlight = new Highlight(range);
  highlight.priority = 10;
  for (let i = 0; i < times * 2; i++) {
    schedule(() => {
      if (i % 2 === 0) CSS.highlights.set(PULSE_HIGHLIGHT, highlight);
      else CSS.highlights.delete(PULSE_HIGHLIGHT);
    }, i * ms);
  }
}

/** Scrolls the passage to the middle of the window (scrolling moves the view, not the layout). */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
