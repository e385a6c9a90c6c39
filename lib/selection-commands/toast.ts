/**
 * The one thing Footnote adds to a page's DOM, and only for a moment: a small confirmation (after a keyboard
 * shortcut or menu item whose popup could not open) in a shadow root, so the page's CSS cannot restyle it. It is
 * kept outside <body> (notes' offsets count body text) and removed after a few seconds, or replaced by the next.
 */

/** How long a toast stays. */
export const TOAST_MS = 4000;
/** The host element's tag: a custom element name, so no page stylesheet written for real tags matches it. */
export const TOAST_HOST_TAG = 'footnote-toast';

const TOAST_CSS = `
:host { all: initial; }
.toast {
  position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 320px;
  padding: 10px 14px; border-radius: 8px; background: #1f2328; color: #fff;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
}`;

/** Shows `text` over the page for TOAST_MS; returns the host element (for tests). */
export function showToast(
  doc: Document,
  text: string,
  schedule: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
): HTMLElement {
  doc.querySelectorAll(TOAST_HOST_TAG).forEach((old) => old.remove());
  const host = doc.createElement(TOAST_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.textContent = text;
  shadow.append(style, box);
  // Kept out of <body>: the article's text (and so every note's offsets) stays exactly what it was.
  doc.documentElement.append(host);
  schedule(() => host.remove(), TOAST_MS);
  return host;
}
