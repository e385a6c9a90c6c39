/**
 * The reader's notes drawn where page scripts cannot read them: translucent boxes over each passage's client
 * rects, inside the page layer's closed shadow root (lib/page/layer.ts). Not CSS Custom Highlights: those live in
 * `CSS.highlights`, which belongs to the page. Nothing of a note but its box reaches the page's document: no text,
 * no comment, no colour name, no attribute.
 *
 * Cost is kept to what is on screen. Measuring (Range.getClientRects) happens only when the notes or the layout
 * change: the notes are set (then only the notes that are new or placed anew), the window or the document
 * resizes, a font loads, an inner scroller moves (then every note). Painting (boxes as elements) covers a band of
 * three viewports around the one in view, and scrolling the document repaints only when the view leaves the middle
 * of that band. Both run in an animation frame.
 */
import type { HighlightColour } from '../model';
import { NOTE_FILL_ALPHA } from '../ui/palette';
import { noteRgb } from './highlights';
import { addLayerStyle, type PageLayer } from './layer';

export interface OverlayNote {
  id: string;
  colour: HighlightColour;
  /** The passage was edited since the note was written (drawn with a dashed edge). */
  changed: boolean;
  range: Range;
}

/** One note as drawn, for the popup and the tests (through ContentApi, never through the page). */
export interface DrawnNote {
  id: string;
  colour: HighlightColour;
  changed: boolean;
  text: string;
  /** Boxes measured for the passage (one per line fragment). */
  boxes: number;
}

/** What drawing cost, in milliseconds of the content script's own work (the benchmark reads it). */
export interface OverlayCost {
  measures: number;
  lastMeasureMs: number;
  paints: number;
  lastPaintMs: number;
  /** Boxes currently in the layer. */
  painted: number;
}

/** A box in layer coordinates (the host's top-left corner is 0, 0). */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Measured {
  note: OverlayNote;
  boxes: Box[];
  top: number;
  bottom: number;
}

/**
 * The palette's fill sits behind text in a highlight; a box sits over the text and tints it too, so it is drawn
 * lighter for the text under it to keep its contrast.
 */
const BOX_ALPHA = NOTE_FILL_ALPHA * 0.75;

/** How long the pulse of a revealed passage lasts. */
const PULSE_MS = 1700;

const OVERLAY_CSS = `
.notes, .pulse { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.box { position: absolute; box-sizing: border-box; border-radius: 2px; border-bottom: 2px solid; }
.box.changed { border-bottom-style: dashed; }
.pulse .box { background: rgba(255, 170, 0, 0.45); border: 2px solid rgb(230, 130, 0); animation: blink 0.56s 3; }
@keyframes blink { 50% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .pulse .box { animation: none; } }
`;

export class NoteOverlay {
  private notes: OverlayNote[] = [];
  private measured: Measured[] = [];
  private readonly container: HTMLElement;
  private readonly pulseContainer: HTMLElement;
  private measureDue = false;
  /** The layout may have moved every passage (resize, font, inner scroll): the next measure covers all notes. */
  private layoutChanged = true;
  private paintDue = false;
  private framePending = false;
  /** The viewport top (layer coordinates) the current boxes were painted around; NaN: nothing painted. */
  private paintedAt = Number.NaN;
  private readonly cost: OverlayCost = { measures: 0, lastMeasureMs: 0, paints: 0, lastPaintMs: 0, painted: 0 };
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly layer: PageLayer,
    private readonly frame: (callback: () => void) => void = (callback) => requestAnimationFrame(callback),
  ) {
    addLayerStyle(layer, OVERLAY_CSS);
    const doc = layer.doc;
    this.container = doc.createElement('div');
    this.container.className = 'notes';
    this.pulseContainer = doc.createElement('div');
    this.pulseContainer.className = 'pulse';
    layer.root.append(this.container, this.pulseContainer);
    this.watchLayout();
  }

  /** The notes to draw (replacing the previous ones); measured and painted in the next frame. */
  setNotes(notes: readonly OverlayNote[]): void {
    this.notes = [...notes];
    this.schedule('measure');
  }

  /** Makes a passage blink a few times (revealing a note or flag from the popup), in the layer too. */
  pulse(range: Range, schedule: (fn: () => void, ms: number) => unknown): void {
    const origin = this.layer.origin();
    const boxes = rectsOf(range, origin);
    this.pulseContainer.replaceChildren(...boxes.map((box) => this.boxElement(box, 'box')));
    schedule(() => this.pulseContainer.replaceChildren(), PULSE_MS);
  }

  drawn(): DrawnNote[] {
    // Asked between a change and its frame (or in a hidden tab, where frames wait): measure now.
    if (this.measureDue) this.run();
    return this.measured.map(({ note, boxes }) => ({
      id: note.id,
      colour: note.colour,
      changed: note.changed,
      text: note.range.toString(),
      boxes: boxes.length,
    }));
  }

  costs(): OverlayCost {
    return { ...this.cost };
  }

  clear(): void {
    this.setNotes([]);
    this.pulseContainer.replaceChildren();
  }

  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.notes = [];
    this.measured = [];
    this.container.remove();
    this.pulseContainer.remove();
  }

  /** Measures now (not in a frame): the benchmark and tests time it. */
  flush(): void {
    this.measureDue = true;
    this.layoutChanged = true;
    this.run();
  }

  /** The layout may have changed: every passage is measured again in the next frame. */
  private relayout(): void {
    this.layoutChanged = true;
    this.schedule('measure');
  }

  private schedule(what: 'measure' | 'paint'): void {
    if (what === 'measure') this.measureDue = true;
    else this.paintDue = true;
    if (this.framePending) return;
    this.framePending = true;
    this.frame(() => {
      this.framePending = false;
      this.run();
    });
  }

  private run(): void {
    try {
      this.layer.ensureAttached();
      // No notes, none drawn: nothing to measure, and no reason to make the page lay itself out for us.
      if (!this.notes.length && !this.measured.length && !this.container.firstChild) return;
      if (this.measureDue) this.measure();
      if (this.measureDue || this.paintDue) this.paint(this.measureDue);
    } catch {
      // A page that breaks measuring keeps its last boxes; Footnote never throws into it.
    } finally {
      this.measureDue = false;
      this.paintDue = false;
    }
  }

  /**
   * Each note's boxes. Only notes whose passage (the same live Range), colour or mark are new since the last
   * measure are measured, unless the layout changed: a push that saved one note measures one passage.
   */
  private measure(): void {
    const started = performance.now();
    const origin = this.layer.origin();
    const before = new Map<string, Measured>();
    if (!this.layoutChanged) for (const entry of this.measured) before.set(entry.note.id, entry);
    this.layoutChanged = false;
    const measured: Measured[] = [];
    for (const note of this.notes) {
      const kept = before.get(note.id);
      if (
        kept &&
        kept.note.range === note.range &&
        kept.note.colour === note.colour &&
        kept.note.changed === note.changed
      ) {
        measured.push({ ...kept, note });
        continue;
      }
      const boxes = rectsOf(note.range, origin);
      if (!boxes.length) continue;
      let top = Infinity;
      let bottom = -Infinity;
      for (const box of boxes) {
        top = Math.min(top, box.y);
        bottom = Math.max(bottom, box.y + box.h);
      }
      measured.push({ note, boxes, top, bottom });
    }
    this.measured = measured;
    this.cost.measures++;
    this.cost.lastMeasureMs = performance.now() - started;
  }

  /** Paints the boxes near the viewport; after a scroll, only when the view left the middle of the painted band. */
  private paint(force: boolean): void {
    const view = this.layer.doc.defaultView;
    const height = view?.innerHeight ?? 800;
    const viewTop = -this.layer.origin().y;
    if (!force && Math.abs(viewTop - this.paintedAt) < height / 2) return;
    const started = performance.now();
    const bandTop = viewTop - height;
    const bandBottom = viewTop + 2 * height;
    const elements: HTMLElement[] = [];
    for (const { note, boxes, top, bottom } of this.measured) {
      if (bottom < bandTop || top > bandBottom) continue;
      for (const box of boxes) {
        if (box.y + box.h < bandTop || box.y > bandBottom) continue;
        const element = this.boxElement(box, note.changed ? 'box changed' : 'box');
        const rgb = noteRgb(note.colour);
        element.style.background = `rgba(${rgb}, ${BOX_ALPHA})`;
        element.style.borderBottomColor = `rgb(${rgb})`;
        elements.push(element);
      }
    }
    this.container.replaceChildren(...elements);
    this.paintedAt = viewTop;
    this.cost.paints++;
    this.cost.painted = elements.length;
    this.cost.lastPaintMs = performance.now() - started;
  }

  private boxElement(box: Box, className: string): HTMLElement {
    const element = this.layer.doc.createElement('div');
    element.className = className;
    const style = element.style;
    style.left = `${box.x}px`;
    style.top = `${box.y}px`;
    style.width = `${box.w}px`;
    style.height = `${box.h}px`;
    return element;
  }

  /** Re-measures when the layout may have moved the passages, repaints when the document scrolls. */
  private watchLayout(): void {
    const doc = this.layer.doc;
    const view = doc.defaultView;
    const listen = (target: EventTarget, type: string, listener: (event: Event) => void) => {
      target.addEventListener(type, listener, { capture: true, passive: true });
      this.stops.push(() => target.removeEventListener(type, listener, { capture: true }));
    };
    listen(doc, 'scroll', (event) => {
      // The document scrolling moves the layer with the text; an inner scroller moves text under a still layer.
      const target = event.target;
      const documentScroll = target === doc || target === doc.documentElement || target === doc.scrollingElement;
      if (documentScroll) this.schedule('paint');
      else this.relayout();
    });
    if (view) listen(view, 'resize', () => this.relayout());
    const Observer = (view as (typeof globalThis & Window) | null)?.ResizeObserver;
    if (typeof Observer === 'function') {
      const observer = new Observer(() => this.relayout());
      if (doc.documentElement) observer.observe(doc.documentElement);
      if (doc.body) observer.observe(doc.body);
      this.stops.push(() => observer.disconnect());
    }
    const fonts = (doc as Document & { fonts?: EventTarget }).fonts;
    if (fonts && typeof fonts.addEventListener === 'function') listen(fonts, 'loadingdone', () => this.relayout());
  }
}

/**
 * A range's client rects in layer coordinates, without the empty ones and without rects inside another one (a
 * range holding a whole element reports the element's box and its text's boxes: drawing both would darken it).
 */
export function rectsOf(range: Range, origin: { x: number; y: number }): Box[] {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
  const inside = (a: DOMRect, b: DOMRect) =>
    a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  const kept = rects.filter(
    (rect, i) => !rects.some((other, j) => j !== i && inside(rect, other) && (!inside(other, rect) || j < i)),
  );
  return kept.map((r) => ({ x: r.left - origin.x, y: r.top - origin.y, w: r.width, h: r.height }));
}
