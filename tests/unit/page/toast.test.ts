/**
 * The toast (lib/selection-commands/toast.ts) in happy-dom: drawn in the page layer's closed shadow root (the
 * page's DOM gains only the layer's host, outside <body>, whose shadowRoot the page reads as null), one live
 * region reused by the next message, and emptied after TOAST_MS unless a newer message took its place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LAYER_HOST_TAG, pageLayer } from '../../../lib/page/layer';
import { showToast, TOAST_MS } from '../../../lib/selection-commands/toast';

afterEach(() => pageLayer(document).remove());

describe('showToast', () => {
  it('shows the text in the closed layer, outside <body>, where the page cannot read it', () => {
    document.body.innerHTML = '<p>The article.</p>';
    const bodyText = document.body.textContent;
    const toast = showToast(document, 'Highlighted - open Footnote to add your note', () => undefined);
    const hosts = document.querySelectorAll(LAYER_HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0].parentNode).toBe(document.documentElement);
    // What a page script gets: no open root, no text in the DOM.
    expect(hosts[0].shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('open Footnote');
    expect(document.body.textContent).toBe(bodyText);
    // The extension's own handle: the toast is in the layer's root, as a status message.
    expect(toast.getRootNode()).toBe(pageLayer(document).root);
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toBe('Highlighted - open Footnote to add your note');
  });

  it('reuses one live region: a newer message replaces the text, and only its own timer clears it', () => {
    const timers: [() => void, number][] = [];
    const schedule = (fn: () => void, ms: number) => timers.push([fn, ms]);
    const first = showToast(document, 'first', schedule);
    const second = showToast(document, 'second', schedule);
    expect(second).toBe(first);
    expect(pageLayer(document).root.querySelectorAll('[role="status"]')).toHaveLength(1);
    expect(second.textContent).toBe('second');
    expect(timers.map(([, ms]) => ms)).toEqual([TOAST_MS, TOAST_MS]);
    timers[0][0](); // the first message's time is up: the second stays
    expect(second.textContent).toBe('second');
    timers[1][0]();
    expect(second.textContent).toBe('');
  });
});
