/**
 * The one element Footnote adds to a page while it runs: a host outside <body> (notes' offsets count body text)
 * with a CLOSED shadow root, where the reader's note boxes and the flag card are drawn. Page scripts can see that
 * the host exists, never what is inside it: `host.shadowRoot` is null for them, and nothing about a note is put
 * in an attribute. The host is positioned out of flow at the document's origin, so it changes no layout.
 */

import { adoptStyleSheet } from './style-sheets';

/** The host's tag: a custom element name, so no page stylesheet written for real tags matches it. */
export const LAYER_HOST_TAG = 'footnote-layer';

/**
 * Inline and !important: an inline declaration marked important beats every page stylesheet, so a page rule like
 * `:root > * { position: relative }` cannot pull the host into the flow.
 */
const HOST_STYLE = [
  'all: initial',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
  'display: block',
  'contain: style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export interface PageLayer {
  readonly doc: Document;
  readonly host: HTMLElement;
  /** The closed shadow root: kept here, never reachable from the host by the page. */
  readonly root: ShadowRoot;
  /** Puts the host back if the page removed it (a page rewriting <html> must not lose the reader's notes). */
  ensureAttached(): void;
  /** The host's top-left corner in viewport coordinates: boxes are placed relative to it. */
  origin(): { x: number; y: number };
  remove(): void;
}

const layers = new WeakMap<Document, PageLayer>();

/** The page's layer, created on first use (one per document, shared by the note overlay and the flag card). */
export function pageLayer(doc: Document): PageLayer {
  const existing = layers.get(doc);
  if (existing) return existing;
  const host = doc.createElement(LAYER_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const layer: PageLayer = {
    doc,
    host,
    root,
    ensureAttached() {
      if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
    },
    origin() {
      const rect = host.getBoundingClientRect();
      return { x: rect.left, y: rect.top };
    },
    remove() {
      host.remove();
      layers.delete(doc);
    },
  };
  layer.ensureAttached();
  layers.set(doc, layer);
  return layer;
}

/** Adds a stylesheet to the layer's shadow root (constructed where possible, else a <style> inside the root). */
export function addLayerStyle(layer: PageLayer, css: string): void {
  if (adoptStyleSheet(layer.root, css)) return;
  const style = layer.doc.createElement('style');
  style.textContent = css;
  layer.root.append(style);
}
