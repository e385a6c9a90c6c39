/**
 * Everything Footnote draws in a page, behind one object for the controller: flags as CSS highlights (public
 * text), the reader's notes as boxes in a closed shadow root, the flag card. The shadow host is created the first
 * time there is something to draw, so a page with no flag and no note gets no element at all.
 */
import type { Flag } from '../core/report';
import { findSelector } from '../core/anchoring/selectors';
import { callBackground } from '../messaging/call';
import {
  clearHighlights,
  drawHighlights,
  flagHighlightName,
  highlightsSupported,
  installHighlightStyles,
} from './highlights';
import { FlagCard, type CardFlag } from './flag-card';
import { pageLayer, type PageLayer } from './layer';
import { NoteOverlay, type DrawnNote, type OverlayCost, type OverlayNote } from './note-overlay';

export interface DrawingDeps {
  doc: Document;
  /** The page's address, notes key and title, as notes are saved with them. */
  identity(): { url: string; canonicalUrl: string; title: string };
  /** Whether the reader already kept this flag as a note. */
  hasNoteFor(flagId: string): boolean;
  /** Applies a dismissal at once, before the background's push confirms it. */
  dismissedLocally(flagId: string): void;
}

/** What the card says once a flag was kept as a note: the comment is written where the page cannot read it. */
export const ASSESSED_TEXT =
  "Kept as a note on this passage. Write your assessment in Footnote's popup (the toolbar button), " +
  'where the page cannot read what you type.';
export const ALREADY_ASSESSED_TEXT = "Already kept as a note: find it in Footnote's popup (the toolbar button).";

export class PageDrawing {
  private layer: PageLayer | null = null;
  private overlay: NoteOverlay | null = null;
  private card: FlagCard | null = null;

  constructor(private readonly deps: DrawingDeps) {}

  /**
   * Draws exactly these flags and notes (replacing what was drawn). Returns why the flags' highlights cannot be
   * seen when they cannot (the reader is told in the popup), else null.
   */
  draw(flags: readonly CardFlag[], notes: readonly OverlayNote[]): string | null {
    const groups = new Map<string, Range[]>();
    for (const { flag, range } of flags) {
      const name = flagHighlightName(flag.kind);
      const list = groups.get(name);
      if (list) list.push(range);
      else groups.set(name, [range]);
    }
    let problem: string | null = null;
    if (groups.size && !highlightsSupported()) problem = 'this browser cannot highlight text (CSS Custom Highlights)';
    else if (groups.size && !installHighlightStyles(this.deps.doc))
      problem = 'the page did not take the highlight styles';
    drawHighlights(groups);
    if (!this.layer && !flags.length && !notes.length) return problem;
    this.ensureLayer();
    this.overlay!.setNotes(notes);
    this.card!.setFlags(flags);
    return problem;
  }

  clear(): void {
    clearHighlights();
    this.overlay?.clear();
    this.card?.setFlags([]);
  }

  /** Makes a passage blink (a note or flag revealed from the popup or library). */
  pulse(range: Range, schedule: (fn: () => void, ms: number) => unknown): void {
    this.ensureLayer();
    this.overlay!.pulse(range, schedule);
  }

  drawnNotes(): { notes: DrawnNote[]; cost: OverlayCost } {
    return {
      notes: this.overlay?.drawn() ?? [],
      cost: this.overlay?.costs() ?? { measures: 0, lastMeasureMs: 0, paints: 0, lastPaintMs: 0, painted: 0 },
    };
  }

  destroy(): void {
    clearHighlights();
    this.card?.destroy();
    this.overlay?.destroy();
    this.layer?.remove();
    this.layer = null;
    this.overlay = null;
    this.card = null;
  }

  private ensureLayer(): void {
    if (this.layer) return;
    this.layer = pageLayer(this.deps.doc);
    this.overlay = new NoteOverlay(this.layer);
    this.card = new FlagCard(this.layer, {
      dismiss: (flag) => this.dismiss(flag),
      assess: (flag) => this.assess(flag),
    });
  }

  private async dismiss(flag: Flag): Promise<void> {
    const { canonicalUrl } = this.deps.identity();
    await callBackground('setDismissed', { canonicalUrl, flagId: flag.id, dismissed: true });
    this.deps.dismissedLocally(flag.id);
  }

  private async assess(flag: Flag): Promise<string> {
    if (this.deps.hasNoteFor(flag.id)) return ALREADY_ASSESSED_TEXT;
    const page = this.deps.identity();
    await callBackground('saveNote', {
      note: {
        pageUrl: page.url,
        canonicalUrl: page.canonicalUrl,
        title: page.title,
        selectors: flag.target.selector,
        quote: findSelector(flag.target.selector, 'TextQuoteSelector')?.exact ?? '',
        body: '',
        tags: [],
        colour: 'yellow',
        flagId: flag.id,
      },
    });
    return ASSESSED_TEXT;
  }
}
