/**
 * Flags that explain themselves in place: hovering, clicking or focusing a flagged passage (or Alt+Shift+F, which
 * moves to the next flag) shows a small card with the flag's kind, its message, its evidence and two actions,
 * "Not an issue" (dismiss) and "Assess" (keep it as a note). The card lives in the page layer's closed shadow
 * root (lib/page/layer.ts); the page's DOM stays as it was.
 *
 * Highlights are not elements, so the pointer is hit-tested against the flag ranges' client rects, from passive
 * capture-phase listeners on the document that never cancel or stop the page's events. Keyboard: Alt+Shift+F
 * opens the next flag's card with focus on its first button; Tab stays in the card; Esc closes it and gives focus
 * back to where it was.
 */
import type { Flag } from '../core/report';
import { findSelector } from '../core/anchoring/selectors';
import { kindNoun } from '../ui/labels';
import { flagRgb } from './highlights';
import { addLayerStyle, type PageLayer } from './layer';

export interface CardFlag {
  flag: Flag;
  range: Range;
  /** Which of the flag's passages this is: 0 its target, n its n-th repeat (an affiliate link's other links). */
  occurrence?: number;
}

/** Whether two drawn passages are the same one of the same flag. */
function samePassage(a: CardFlag, b: CardFlag): boolean {
  return a.flag.id === b.flag.id && (a.occurrence ?? 0) === (b.occurrence ?? 0);
}

/** The words of a drawn passage, as the report quoted them. */
function passageText(target: CardFlag): string {
  const { flag, occurrence = 0 } = target;
  const drawn = occurrence ? flag.repeats?.[occurrence - 1] : flag.target;
  return findSelector(drawn?.selector ?? [], 'TextQuoteSelector')?.exact ?? target.range.toString();
}

export interface FlagCardActions {
  /** Dismisses the flag on this page (the background saves it and pushes the change back). */
  dismiss(flag: Flag): Promise<void>;
  /** Keeps the flag as the reader's note; resolves to what the card then says. */
  assess(flag: Flag): Promise<string>;
}

type Opener = 'hover' | 'click' | 'focus' | 'keyboard';

interface CardElements {
  card: HTMLElement;
  kind: HTMLElement;
  message: HTMLElement;
  passage: HTMLElement;
  facts: HTMLElement;
  status: HTMLElement;
  dismissButton: HTMLButtonElement;
  assessButton: HTMLButtonElement;
  closeButton: HTMLButtonElement;
}

/** Resting on a passage this long opens its card; leaving passage and card this long closes it. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;
/** The card's width and its gap to the passage. */
const CARD_WIDTH = 340;
const GAP = 8;

/** The shortcut to the next flag: Alt+Shift+F ("flag"), by physical key so keyboard layouts agree. */
export function isNextFlagShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyF';
}

/** Facts a flag carries, as short lines a reader understands (its passage comes first, on its own). */
export function evidenceOf(flag: Flag): string[] {
  const data = flag.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' && data[key] ? (data[key] as string) : null);
  const lines: string[] = [];
  const add = (label: string, value: string | null) => value && lines.push(`${label}: ${value}`);
  add('Speaker', text('speaker'));
  add('Relayed through', text('via'));
  add('Vague phrase', text('phrase'));
  add('Affiliate network', text('network'));
  add('Merchant', text('merchant'));
  add('Source named', text('source'));
  add('Section', text('heading'));
  const repeats = flag.repeats?.length ?? 0;
  if (repeats) lines.push(`The same link appears ${repeats + 1} times in the article, all marked`);
  lines.push(`Confidence: ${Math.round(flag.confidence * 100)}% of flags like this were judged right`);
  return lines;
}

const CARD_CSS = `
.card {
  position: absolute; box-sizing: border-box; width: ${CARD_WIDTH}px; max-width: calc(100vw - 16px);
  pointer-events: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid #d0d7de;
  border-top: 4px solid var(--accent); background: #ffffff; color: #1f2328;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  text-align: left; white-space: normal; letter-spacing: normal;
}
.card[hidden] { display: none; }
.kind { margin: 0 0 4px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
.message { margin: 0 0 8px; }
.passage { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid var(--accent); font-style: italic; color: #3d444d; }
.facts { margin: 0 0 10px; padding: 0; list-style: none; font-size: 13px; color: #3d444d; }
.actions { display: flex; gap: 8px; align-items: center; }
button {
  font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8c959f; background: #f6f8fa; color: #1f2328;
}
button.primary { background: #0b57d0; border-color: #0b57d0; color: #ffffff; }
button.close { margin-left: auto; padding: 2px 8px; border: none; background: transparent; font-size: 18px; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.status { margin: 8px 0 0; font-size: 13px; }
.status:empty { display: none; }
.hint { margin: 8px 0 0; font-size: 12px; color: #59636e; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #3d444d; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .passage, .facts { color: #c9d1d9; }
  .hint { color: #9198a1; }
  button { background: #2d333b; border-color: #6e7681; color: #e6edf3; }
  button.primary { background: #4493f8; border-color: #4493f8; color: #0d1117; }
  button.close { background: transparent; }
  button:focus-visible { outline-color: #4493f8; }
}
`;

export class FlagCard {
  private flags: CardFlag[] = [];
  private current: CardFlag | null = null;
  private opener: Opener | null = null;
  /** The element that had focus before the keyboard moved into the card (given back on close). */
  private returnFocus: Element | null = null;
  /** The card's elements and stylesheet, made when a card first opens: most page loads never open one. */
  private built: CardElements | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;
  private pointerFrame = false;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly layer: PageLayer,
    private readonly actions: FlagCardActions,
    private readonly frame: (callback: () => void) => void = (callback) => requestAnimationFrame(callback),
  ) {
    this.listen();
  }

  /** The card's elements, made (with the card's stylesheet) the first time they are needed. */
  private get ui(): CardElements {
    this.built ??= this.build();
    return this.built;
  }

  private build(): CardElements {
    const layer = this.layer;
    addLayerStyle(layer, CARD_CSS);
    const doc = layer.doc;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
      const element = doc.createElement(tag);
      element.className = className;
      element.textContent = text;
      return element;
    };
    const card = make('div', 'card');
    card.hidden = true;
    card.setAttribute('role', 'dialog');
    card.id = 'card';
    const kind = make('p', 'kind');
    kind.id = 'kind';
    const message = make('p', 'message');
    message.id = 'message';
    card.setAttribute('aria-labelledby', 'kind');
    card.setAttribute('aria-describedby', 'message');
    const passage = make('blockquote', 'passage');
    const facts = make('ul', 'facts');
    const dismissButton = make('button', '', 'Not an issue');
    const assessButton = make('button', 'primary', 'Assess');
    const closeButton = make('button', 'close', '×');
    closeButton.setAttribute('aria-label', 'Close');
    closeButton.title = 'Close (Esc)';
    for (const button of [dismissButton, assessButton, closeButton]) button.type = 'button';
    const actionsRow = make('div', 'actions');
    actionsRow.append(dismissButton, assessButton, closeButton);
    const status = make('p', 'status');
    status.setAttribute('role', 'status');
    const hint = make('p', 'hint', 'Alt+Shift+F: next flag · Esc: close');
    card.append(kind, message, passage, facts, actionsRow, status, hint);
    layer.root.append(card);

    dismissButton.addEventListener('click', () => void this.dismiss());
    assessButton.addEventListener('click', () => void this.assess());
    closeButton.addEventListener('click', () => this.close());
    // Inside the closed root: Tab cycles through the card's buttons; Esc closes.
    card.addEventListener('keydown', (event) => this.onCardKey(event));
    card.addEventListener('pointerenter', () => this.cancelClose());
    card.addEventListener('pointerleave', () => {
      if (this.opener === 'hover') this.scheduleClose();
    });
    return { card, kind, message, passage, facts, status, dismissButton, assessButton, closeButton };
  }

  /** The flags drawn on the page now, with their live ranges (a closed card's flag may have gone). */
  setFlags(flags: readonly CardFlag[]): void {
    this.flags = [...flags].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const open = this.current;
    if (!open) return;
    const still = this.flags.find((f) => samePassage(f, open));
    if (!still) return this.close();
    this.current = still;
    this.place(still.range);
  }

  /** The flag whose card is open, if any. */
  openFlag(): Flag | null {
    return this.current?.flag ?? null;
  }

  /** Opens the card of the flag after the one open (or after the viewport's top), scrolled into view, focused. */
  next(): void {
    if (!this.flags.length) return;
    let at = this.current ? this.flags.findIndex((f) => samePassage(f, this.current!)) + 1 : 0;
    if (!this.current) {
      // From where the reader is: the first flag at or below the top of the window.
      const found = this.flags.findIndex((f) => (f.range.getClientRects()[0]?.bottom ?? 0) >= 0);
      at = found < 0 ? 0 : found;
    }
    const target = this.flags[at % this.flags.length];
    const node = target.range.startContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    element?.scrollIntoView({ block: 'center' });
    this.open(target, 'keyboard');
  }

  open(target: CardFlag, opener: Opener): void {
    this.cancelClose();
    if (opener === 'keyboard' && !this.current) {
      const active = this.layer.doc.activeElement;
      this.returnFocus = active && active !== this.layer.host ? active : null;
    }
    this.current = target;
    this.opener = opener;
    const { flag } = target;
    this.ui.card.style.setProperty('--accent', `rgb(${flagRgb(flag.kind)})`);
    const noun = kindNoun(flag.kind).one;
    this.ui.kind.textContent = `Footnote · ${noun}`;
    this.ui.message.textContent = flag.message;
    this.ui.passage.textContent = `“${shorten(passageText(target), 160)}”`;
    this.ui.facts.replaceChildren(
      ...evidenceOf(flag).map((line) => {
        const item = this.layer.doc.createElement('li');
        item.textContent = line;
        return item;
      }),
    );
    this.ui.status.textContent = '';
    this.ui.dismissButton.disabled = false;
    this.ui.assessButton.disabled = false;
    this.ui.card.hidden = false;
    this.layer.ensureAttached();
    this.place(target.range);
    if (opener === 'keyboard') this.ui.dismissButton.focus({ preventScroll: true });
  }

  close(): void {
    this.cancelClose();
    if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    if (!this.current) return;
    const hadFocus = this.layer.doc.activeElement === this.layer.host;
    this.current = null;
    this.opener = null;
    this.ui.card.hidden = true;
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      if (back && typeof back.focus === 'function' && back.isConnected) back.focus({ preventScroll: true });
      // The element before was not focusable (the page's <body>, say): focus leaves the layer all the same.
      if (this.layer.doc.activeElement === this.layer.host) this.layer.host.blur();
    }
    this.returnFocus = null;
  }

  destroy(): void {
    this.close();
    for (const stop of this.stops.splice(0)) stop();
    this.built?.card.remove();
  }

  private async dismiss(): Promise<void> {
    const target = this.current;
    if (!target) return;
    this.ui.dismissButton.disabled = true;
    try {
      await this.actions.dismiss(target.flag);
      // The push that follows removes the flag from the page and closes the card; close now in case it is slow.
      if (this.current === target) this.close();
    } catch (error) {
      this.ui.dismissButton.disabled = false;
      this.ui.status.textContent = `Couldn't dismiss it: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private async assess(): Promise<void> {
    const target = this.current;
    if (!target) return;
    this.ui.assessButton.disabled = true;
    try {
      const said = await this.actions.assess(target.flag);
      if (this.current === target) this.ui.status.textContent = said;
    } catch (error) {
      this.ui.assessButton.disabled = false;
      if (this.current === target)
        this.ui.status.textContent = `Couldn't save it: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Below the passage's last line when it fits, else above its first; kept inside the window horizontally. */
  private place(range: Range): void {
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) return;
    const origin = this.layer.origin();
    const view = this.layer.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const first = rects[0];
    const last = rects[rects.length - 1];
    const cardHeight = this.ui.card.offsetHeight || 180;
    const below = last.bottom + GAP;
    const top = below + cardHeight <= height || first.top - GAP - cardHeight < 0 ? below : first.top - GAP - cardHeight;
    const left = Math.max(8, Math.min(last.left, width - Math.min(CARD_WIDTH, width - 16) - 8));
    this.ui.card.style.left = `${left - origin.x}px`;
    this.ui.card.style.top = `${top - origin.y}px`;
  }

  private hit(x: number, y: number): CardFlag | null {
    for (const target of this.flags) {
      for (const rect of target.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return target;
      }
    }
    return null;
  }

  private onPointerFrame(): void {
    this.pointerFrame = false;
    const at = this.pointer;
    if (!at) return;
    const over = this.hit(at.x, at.y);
    if (over) {
      this.cancelClose();
      if (this.current?.flag.id === over.flag.id) return;
      if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => {
        this.hoverTimer = undefined;
        // Still there? (The pointer may have moved on.)
        const still = this.pointer && this.hit(this.pointer.x, this.pointer.y);
        if (still && still.flag.id === over.flag.id && this.opener !== 'keyboard') this.open(over, 'hover');
      }, HOVER_OPEN_MS);
    } else {
      if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
      this.hoverTimer = undefined;
      if (this.opener === 'hover') this.scheduleClose();
    }
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(), HOVER_CLOSE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private onCardKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [this.ui.dismissButton, this.ui.assessButton, this.ui.closeButton].filter((b) => !b.disabled);
    const active = this.layer.root.activeElement;
    const at = buttons.indexOf(active as HTMLButtonElement);
    const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  }

  /** Whether an event comes from inside Footnote's layer (the page sees such events retargeted to the host). */
  private fromLayer(event: Event): boolean {
    return event.target === this.layer.host || event.composedPath().includes(this.layer.host);
  }

  /** Passive, capture-phase listeners: Footnote watches, the page's own handlers run as if it were not there. */
  private listen(): void {
    const doc = this.layer.doc;
    const view = doc.defaultView;
    const on = (target: EventTarget, type: string, listener: (event: Event) => void, passive = true) => {
      target.addEventListener(type, listener, { capture: true, passive });
      this.stops.push(() => target.removeEventListener(type, listener, { capture: true }));
    };
    on(doc, 'pointermove', (event) => {
      const e = event as PointerEvent;
      if (this.fromLayer(e)) {
        // Over the card (events from inside the closed root arrive retargeted to the host).
        this.pointer = null;
        this.cancelClose();
        return;
      }
      this.pointer = { x: e.clientX, y: e.clientY };
      if (!this.pointerFrame) {
        this.pointerFrame = true;
        this.frame(() => this.onPointerFrame());
      }
    });
    on(doc, 'click', (event) => {
      const e = event as MouseEvent;
      if (this.fromLayer(e)) return;
      const over = this.hit(e.clientX, e.clientY);
      if (over) this.open(over, 'click');
      else if (this.current) this.close();
    });
    on(doc, 'focusin', (event) => {
      const target = event.target;
      if (this.fromLayer(event) || !(target instanceof Element)) return;
      // A focused link or control inside a flagged passage (an affiliate link) shows that flag's card.
      const over = this.flags.find((f) => f.range.intersectsNode(target));
      if (over) this.open(over, 'focus');
      else if (this.current && this.opener === 'focus') this.close();
    });
    if (view) {
      // Not passive: the shortcut and Esc are Footnote's, so their default is cancelled; other keys pass.
      on(
        view,
        'keydown',
        (event) => {
          const e = event as KeyboardEvent;
          if (isNextFlagShortcut(e) && !editable(e.target) && this.flags.length) {
            e.preventDefault();
            this.next();
          } else if (e.key === 'Escape' && this.current && !this.fromLayer(e)) this.close();
        },
        false,
      );
    }
    on(doc, 'scroll', () => {
      if (this.current) this.frame(() => this.current && this.place(this.current.range));
    });
  }
}

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if ((target as HTMLElement).isContentEditable) return true;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
