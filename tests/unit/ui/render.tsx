/** A tiny testing helper: render Preact into a fresh container inside act(), query and fire events, settle. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComponentChild } from 'preact';

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

const mounted: HTMLElement[] = [];

export async function mount(ui: ComponentChild): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  mounted.push(container);
  await act(() => {
    render(ui, container);
  });
  await settle();
  return { container, unmount: () => render(null, container) };
}

/** Unmounts everything mount() rendered (call in afterEach). */
export function cleanup(): void {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}

/** Lets pending promises (fake client calls) resolve and Preact re-render. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('click: no element');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function key(element: Element | null, keyName: string): Promise<void> {
  if (!element) throw new Error('key: no element');
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  });
  await settle();
}

/** Types into an input or textarea the way Preact listens for it (an `input` event). */
export async function type(element: Element | null, value: string): Promise<void> {
  if (!element) throw new Error('type: no element');
  await act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function submit(form: Element | null): Promise<void> {
  if (!form) throw new Error('submit: no form');
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** The first button whose visible text (or aria-label) equals or starts with `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement | null {
  const buttons = [...root.querySelectorAll('button')];
  const matches = (text: string) => (typeof name === 'string' ? text.trim() === name : name.test(text));
  return buttons.find((b) => matches(b.textContent ?? '') || matches(b.getAttribute('aria-label') ?? '')) ?? null;
}

/** The accessible name of a control, as far as these components give one: aria-label, labelledby, <label>. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const id = element.getAttribute('id');
  const forLabel = id ? element.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const wrapping = element.closest('label');
  const fromLabel = (forLabel ?? wrapping)?.textContent?.trim();
  if (fromLabel) return fromLabel;
  if (element.tagName === 'BUTTON' || element.getAttribute('role') === 'button')
    return (element.textContent ?? '').trim();
  return '';
}

/** Every control in `root` that has no accessible name (should be none). */
export function unnamedControls(root: ParentNode): string[] {
  return [...root.querySelectorAll('button, input, select, textarea, [role="button"]')]
    .filter((el) => accessibleName(el) === '')
    .map((el) => el.outerHTML.slice(0, 120));
}

/**
 * The sequential focus order of `root` as a browser's Tab key walks it: enabled controls and tabindex ≥ 0 in
 * document order (positive tabindex first), leaving out what is hidden (`hidden`, `display: none` in inline
 * styles) or tabindex -1, and every radio of a group but the checked one.
 */
export function tabOrder(root: ParentNode): HTMLElement[] {
  const candidates = [
    ...root.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
    ),
  ];
  const shown = (el: HTMLElement) => !el.closest('[hidden], [inert]') && !el.closest('[style*="display: none"]');
  const focusable = candidates.filter((el) => {
    if ((el as HTMLButtonElement).disabled || !shown(el)) return false;
    if (el.getAttribute('tabindex') !== null && Number(el.getAttribute('tabindex')) < 0) return false;
    if (el.tagName === 'SUMMARY' && el.parentElement?.firstElementChild !== el) return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      const group = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
      const chosen = group.find((r) => r.checked) ?? group[0];
      if (chosen !== el) return false;
    }
    return true;
  });
  const positive = focusable
    .filter((el) => Number(el.getAttribute('tabindex')) > 0)
    .sort((a, b) => Number(a.getAttribute('tabindex')) - Number(b.getAttribute('tabindex')));
  return [...positive, ...focusable.filter((el) => !(Number(el.getAttribute('tabindex')) > 0))];
}

/** One press of Tab (or Shift+Tab): focus moves to the next (previous) element of `tabOrder(root)`. */
export async function pressTab(root: ParentNode, { shift = false } = {}): Promise<HTMLElement | null> {
  const order = tabOrder(root);
  const at = order.indexOf(document.activeElement as HTMLElement);
  const next = shift ? order[at < 0 ? order.length - 1 : at - 1] : order[at + 1];
  await act(() => {
    next?.focus();
  });
  await settle();
  return next ?? null;
}

/** One press of a key on whatever has focus (the key's own handlers do the rest, as in a browser). */
export async function press(keyName: string): Promise<void> {
  await key(document.activeElement ?? document.body, keyName);
}
