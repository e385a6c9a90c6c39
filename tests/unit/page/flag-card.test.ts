import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flag } from '../../../lib/core/report';
import { evidenceOf, FlagCard, isNextFlagShortcut } from '../../../lib/page/flag-card';
import { pageLayer } from '../../../lib/page/layer';

function flag(id: string, kind: Flag['kind'], data?: Record<string, unknown>): Flag {
  return {
    id,
    kind,
    severity: 'warning',
    rule: 'r',
    message: `Message of ${id}`,
    confidence: 0.93,
    target: {
      source: 'https://example.com/',
      selector: [{ type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: '', suffix: '' }],
    },
    ...(data ? { data } : {}),
  } as Flag;
}

/** A range over a paragraph's text, drawn at `rect` (happy-dom has no layout). */
function rangeAt(p: HTMLElement, rect: { left: number; top: number; width: number; height: number }): Range {
  const range = document.createRange();
  range.selectNodeContents(p);
  const r = { ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top };
  range.getClientRects = () => [r] as unknown as DOMRectList;
  return range;
}

let cleanup: (() => void) | null = null;

function setup() {
  document.body.innerHTML = '<p id="a">passage a</p><p id="b">passage b</p>';
  const layer = pageLayer(document);
  const dismiss = vi.fn(async () => undefined);
  const assess = vi.fn(async () => 'Kept as a note.');
  const card = new FlagCard(layer, { dismiss, assess }, (callback) => callback());
  const a = {
    flag: flag('a', 'unsourced-quote', { speaker: null, via: 'officials' }),
    range: rangeAt(document.getElementById('a')!, { left: 10, top: 10, width: 200, height: 20 }),
  };
  const b = {
    flag: flag('b', 'affiliate-link', { network: 'Amazon Associates', merchant: 'Amazon' }),
    range: rangeAt(document.getElementById('b')!, { left: 10, top: 100, width: 200, height: 20 }),
  };
  card.setFlags([b, a]);
  cleanup = () => {
    card.destroy();
    layer.remove();
  };
  return { layer, card, dismiss, assess, a, b };
}

afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('the flag card', () => {
  it('says what a flag carries as evidence, in words', () => {
    expect(
      evidenceOf(flag('x', 'affiliate-link', { network: 'Amazon Associates', merchant: 'Amazon', href: 'h' })),
    ).toEqual([
      'Affiliate network: Amazon Associates',
      'Merchant: Amazon',
      'Confidence: 93% of flags like this were judged right',
    ]);
    expect(evidenceOf(flag('y', 'vague-attribution', { phrase: 'experts say' }))[0]).toBe('Vague phrase: experts say');
  });

  it('takes Alt+Shift+F (by physical key) as its shortcut, nothing else', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(isNextFlagShortcut(key({ altKey: true, shiftKey: true, code: 'KeyF', key: 'F' }))).toBe(true);
    expect(isNextFlagShortcut(key({ altKey: true, shiftKey: true, code: 'KeyF', key: 'Ï' }))).toBe(true);
    expect(isNextFlagShortcut(key({ altKey: true, code: 'KeyF' }))).toBe(false);
    expect(isNextFlagShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyF' }))).toBe(false);
  });

  it('opens on a click inside a flagged passage, in a root the page cannot open, and Esc closes it', () => {
    const { layer, card, a } = setup();
    expect(layer.host.shadowRoot).toBeNull(); // closed
    document.getElementById('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    expect(card.openFlag()?.id).toBe('a');
    const shown = layer.root.querySelector('.card') as HTMLElement;
    expect(shown.hidden).toBe(false);
    expect(shown.textContent).toContain(a.flag.message);
    expect(shown.textContent).toContain('“passage a”');
    expect(shown.textContent).toContain('Relayed through: officials');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.openFlag()).toBeNull();
    expect(shown.hidden).toBe(true);
  });

  it('leaves a click outside every passage alone, and never cancels the page’s click', () => {
    const { card } = setup();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 500, clientY: 500 });
    document.body.dispatchEvent(click);
    expect(card.openFlag()).toBeNull();
    expect(click.defaultPrevented).toBe(false);
  });

  it('moves through the flags in page order from the keyboard, wrapping, with focus in the card', () => {
    const { card, layer } = setup();
    window.dispatchEvent(
      new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyF', cancelable: true }),
    );
    expect(card.openFlag()?.id).toBe('a');
    expect(layer.root.activeElement?.textContent).toBe('Not an issue');
    card.next();
    expect(card.openFlag()?.id).toBe('b');
    card.next();
    expect(card.openFlag()?.id).toBe('a');
  });

  it('dismisses through the action and closes; Assess says what happened', async () => {
    const { card, layer, dismiss, assess, a } = setup();
    card.open(a, 'click');
    const [notAnIssue, assessButton] = [...layer.root.querySelectorAll('button')];
    assessButton.click();
    await vi.waitFor(() => expect(layer.root.querySelector('.status')!.textContent).toBe('Kept as a note.'));
    expect(assess).toHaveBeenCalledWith(a.flag);
    notAnIssue.click();
    await vi.waitFor(() => expect(card.openFlag()).toBeNull());
    expect(dismiss).toHaveBeenCalledWith(a.flag);
  });

  it("shows a flag's repeat as its own passage, and the keyboard visits it after the first", () => {
    const { card, layer, a, b } = setup();
    document.body.insertAdjacentHTML('beforeend', '<p id="c">buy it again</p>');
    const repeated: Flag = {
      ...b.flag,
      repeats: [
        {
          source: 'https://example.com/',
          selector: [{ type: 'TextQuoteSelector', exact: 'buy it again', prefix: '', suffix: '' }],
        },
      ],
    };
    const again = {
      flag: repeated,
      occurrence: 1,
      range: rangeAt(document.getElementById('c')!, { left: 10, top: 200, width: 200, height: 20 }),
    };
    card.setFlags([a, { ...b, flag: repeated }, again]);
    document.getElementById('c')!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 210 }));
    const shown = layer.root.querySelector('.card') as HTMLElement;
    expect(shown.textContent).toContain('“buy it again”');
    expect(shown.textContent).toContain('The same link appears 2 times in the article, all marked');
    card.next();
    expect(card.openFlag()?.id).toBe('a');
    card.next();
    expect(shown.textContent).toContain('“passage b”');
    card.next();
    expect(shown.textContent).toContain('“buy it again”');
    // Redrawn without the repeat (its link gone from the page), the card open on it closes.
    card.setFlags([a, { ...b, flag: repeated }]);
    expect(card.openFlag()).toBeNull();
  });

  it('closes when its flag is no longer drawn (dismissed elsewhere)', () => {
    const { card, a, b } = setup();
    card.open(a, 'click');
    card.setFlags([b]);
    expect(card.openFlag()).toBeNull();
  });
});
