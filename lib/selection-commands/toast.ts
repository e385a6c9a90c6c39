/**
 * A short confirmation over the page for a few seconds (after a keyboard shortcut or menu item whose popup could
 * not open). It is drawn in the page layer's CLOSED shadow root (lib/page/layer.ts), beside the reader's notes: a
 * toast may speak of the reader's note, and no page script can read a closed root, nor restyle it. Nothing is
 * added to the page's DOM but the layer's one host, outside <body>. One live region per page, reused, so screen
 * readers announce each message.
 */
import { addLayerStyle, pageLayer, type PageLayer } from '../page/layer';

/** How long a toast stays. */
export const TOAST_MS = 4000;

const TOAST_CSS = `
.toast {
  position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 320px;
  padding: 10px 14px; border-radius: 8px; background: #1f2328; color: #fff;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
}
.toast:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .toast { background: #f6f8fa; color: #1f2328; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.6); }
}`;

/** Each layer's live region and the message it shows now (a newer toast replaces it, and its timer). */
const regions = new WeakMap<PageLayer, { element: HTMLElement; shown: number }>();

/** Shows `text` over the page for TOAST_MS; returns the toast element (inside the closed root, for tests). */
export function showToast(
  doc: Document,
  text: string,
  schedule: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
): HTMLElement {
  const layer = pageLayer(doc);
  layer.ensureAttached();
  let region = regions.get(layer);
  if (!region) {
    addLayerStyle(layer, TOAST_CSS);
    const element = doc.createElement('div');
    element.className = 'toast';
    element.setAttribute('role', 'status');
    region = { element, shown: 0 };
    regions.set(layer, region);
  }
  const { element } = region;
  // Back in the root if the layer was emptied; last, so it paints over the note boxes.
  layer.root.append(element);
  element.textContent = text;
  const shown = ++region.shown;
  const current = region;
  schedule(() => {
    if (current.shown === shown) element.textContent = '';
  }, TOAST_MS);
  return element;
}
