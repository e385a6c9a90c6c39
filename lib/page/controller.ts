/**
 * Footnote in one page (the content script's logic): decides whether and when to analyse, runs the analysis in
 * idle-time steps, publishes the page's status to the background (badge, popup), draws flags and notes as
 * highlights, and serves ContentApi. Everything it does is caught: a hostile page sees status 'error', never a
 * thrown error. It makes no network request and never changes the page's DOM: notes, the flag card and toasts are
 * drawn in the page layer's closed shadow root (lib/page/layer.ts), whose one host sits outside <body>.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_WAIT_MS, pageSize, tookTooLong, tooLarge } from '../core/page/limits';
import type { Report, Target } from '../core/report';
import { buildTextIndexInSlices, TextIndex } from '../core/text/text-index';
import { callBackground } from '../messaging/call';
import type { BackgroundApi, ParamsOf } from '../messaging/protocol';
import type { AnalysisOutcome } from '../messaging/tab-api';
import type { Note, PageChange, PageStatus } from '../model';
import type { ContentServedApi } from '../messaging/content-api';
import { describeError } from '../errors';
import { serve, type Handlers } from '../messaging/serve';
import { analyzeOptionsFrom, isQuietSite, loadSettings, watchSettings, type Settings } from '../settings/settings';
import { anchorCounts, describeRange, rangeForSelectors } from './anchor';
import { scrollToRange } from './highlights';
import { PageDrawing } from './drawing';
import type { CardFlag } from './flag-card';
import { notesKey } from '../core/site/notes-key';
import { applyPageChange } from './page-change';
import { significantChange } from './changes';
import { idleScheduler, NoteAnchors } from './reanchor';
import { showToast } from '../selection-commands/toast';
import { isProbablyReaderable } from './readerable';

/** How long the page must be quiet after a DOM change before its text is measured again. */
const MUTATION_DEBOUNCE_MS = 1500;

export function startFootnote(ctx: ContentScriptContext, doc: Document = document): void {
  let settings: Settings | null = null;
  let status: PageStatus = { state: 'idle' };
  let report: Report | null = null;
  /** The page's text as the last analysis saw it (the flags' offsets point into it). */
  let analysedIndex: TextIndex | null = null;
  /** Text length when the page was last looked at: the yardstick for "the content changed a lot". */
  let measuredLength = 0;
  let analysedUrl = location.href;
  /** The reader asked for an analysis of this page (matters when analysis is on click). */
  let requested = false;
  let run = 0;
  let notes: Note[] = [];
  /** Where the notes landed in the page as it is now (re-anchored in idle-time chunks; lib/page/reanchor.ts). */
  const noteAnchors = new NoteAnchors(
    idleScheduler({
      requestIdleCallback:
        typeof requestIdleCallback === 'function' ? (cb, options) => ctx.requestIdleCallback(cb, options) : undefined,
      setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    }),
  );
  let dismissed = new Set<string>();

  const root = (): Node => doc.body ?? doc.documentElement ?? doc;
  /** This document's id in its messages to the background, which drops a late status of an older run. */
  const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  // Notes are keyed by the canonical URL only when it is on this page's origin (lib/core/site/notes-key.ts).
  const pageCanonicalUrl = () => notesKey(doc, location.href);
  /** Flags as highlights, notes in a closed shadow root, the flag card (lib/page/drawing.ts). */
  const drawing = new PageDrawing({
    doc,
    identity: () => ({ url: location.href, canonicalUrl: pageCanonicalUrl(), title: doc.title }),
    hasNoteFor: (flagId) => notes.some((note) => note.flagId === flagId),
    dismissedLocally(flagId) {
      dismissed.add(flagId);
      redraw();
    },
  });

  const pause = () =>
    new Promise<void>((resolve) => {
      // Idle time when the page has some; never more than 50 ms of waiting per phase when it is busy.
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: 50 });
      else ctx.setTimeout(resolve, 0);
    });

  async function publish(next: PageStatus, id = run): Promise<void> {
    status = next;
    await callBackground('publishStatus', {
      url: location.href,
      canonicalUrl: pageCanonicalUrl(),
      status,
      run: { page: pageId, run: id },
    }).catch(
      () => undefined, // The background is restarting or the extension was updated: the next publish catches up.
    );
  }

  /**
   * Sends the snapshot to the background, where the analysis runs. A service worker stopped meanwhile drops the
   * message: asked once more. Past PAGE_WAIT_MS the page stops waiting and says so: never "analysing" forever.
   */
  function askBackground(params: ParamsOf<BackgroundApi, 'analysePage'>): Promise<AnalysisOutcome> {
    const ask = () => callBackground('analysePage', params);
    const answered = ask().catch((error: unknown) => {
      if (!/no answer|port closed|receiving end|connection/i.test(describeError(error))) throw error;
      return new Promise<void>((resolve) => ctx.setTimeout(resolve, 200)).then(ask);
    });
    const late = new Promise<AnalysisOutcome>((resolve) =>
      ctx.setTimeout(() => resolve({ state: 'too-large', reason: tookTooLong(PAGE_WAIT_MS) }), PAGE_WAIT_MS),
    );
    return Promise.race([answered, late]);
  }

  async function analyse(): Promise<void> {
    const id = ++run;
    const url = location.href;
    // A newer analysis or a navigation to another URL makes this one stale: its result is never drawn.
    const current = () => id === run && !ctx.isInvalid && withoutHash(location.href) === withoutHash(url);
    try {
      settings = await loadSettings();
      report = null;
      analysedIndex = null;
      analysedUrl = url;
      let next: PageStatus | null = null;
      if (!/^https?:$/.test(location.protocol)) next = { state: 'not-article' };
      else if (isQuietSite(settings, location.hostname)) next = { state: 'quiet' };
      else if (settings.analysis === 'click' && !requested) next = { state: 'idle' };
      else {
        // Native counts first: a page over the limits costs the page a few ms and gets a plain refusal.
        const size = pageSize(doc);
        if (size.textChars !== undefined) measuredLength = size.textChars;
        const refused = tooLarge(size);
        if (refused) next = { state: 'too-large', reason: refused.reason };
        // The reader's own request ("Analyse anyway") overrides the not-an-article verdict; the detectors'
        // scoping by page kind still applies in the analysis.
        else if (!requested && !isProbablyReaderable(doc)) next = { state: 'not-article' };
      }
      if (next) {
        if (!current()) return;
        await publish(next, id);
        await refreshAnnotations();
        return;
      }
      void publish({ state: 'analysing' }, id);
      await pause();
      if (!current()) return;
      // The snapshot: one native serialisation of the page; Readability and the detectors run in the background.
      const snapshotAt = performance.now();
      const html = snapshotOf(doc);
      const snapshotMs = performance.now() - snapshotAt;
      const detectorOptions = analyzeOptionsFrom(settings);
      let answeredAt = 0;
      const answer = askBackground({
        url,
        html,
        run: { page: pageId, run: id },
        enabled: detectorOptions.enabled ?? {},
        sensitivity: detectorOptions.sensitivity ?? {},
      }).then((outcome) => ((answeredAt = performance.now()), outcome));
      // Meanwhile the page's own text, in idle-time slices: the flags' positions are looked up in it.
      const { index, ms: indexMs } = await buildTextIndexInSlices(root(), pause);
      const outcome = await answer;
      if (!current() || outcome.state === 'stale') return;
      if (outcome.state === 'too-large') {
        await publish(outcome, id);
        await refreshAnnotations();
        return;
      }
      // The report's offsets are the snapshot's; they match the page's text unless the page changed meanwhile
      // (or the two DOMs read a passage differently): then the quote finds it (`flagRange`).
      const anchoredAt = performance.now();
      const anchoredBy = anchorCounts(
        index.text,
        outcome.report.flags.map((flag) => flag.target.selector),
      );
      const anchorMs = performance.now() - anchoredAt;
      analysedIndex = index;
      report = outcome.report;
      measuredLength = index.text.length;
      const timings = { snapshotMs, roundTripMs: answeredAt - snapshotAt - snapshotMs, indexMs, anchorMs };
      await publish({ state: 'done', report, timings, anchoredBy }, id);
      await refreshAnnotations();
    } catch (error) {
      if (!current()) return;
      report = null;
      drawing.clear();
      await publish({ state: 'error', message: `Footnote could not read this page: ${describeError(error)}` }, id);
    }
  }

  async function refreshAnnotations(): Promise<void> {
    if (status.state === 'quiet') {
      notes = [];
      dismissed = new Set();
    } else {
      const canonical = pageCanonicalUrl();
      // Without the background (updating, restarting) the page still shows its flags.
      [notes, dismissed] = await Promise.all([
        callBackground('listNotes', { canonicalUrl: canonical }).catch(() => notes),
        callBackground('listDismissed', { canonicalUrl: canonical }).then(
          (ids) => new Set(ids),
          () => dismissed,
        ),
      ]);
    }
    await noteAnchors.update(notes, root());
    redraw();
  }

  function targetRange(target: Target, fresh: () => TextIndex): Range | null {
    if (analysedIndex) {
      const range = rangeForSelectors(analysedIndex, target.selector);
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
      // The Text nodes may have changed since: trust the range only if it still reads the quoted text.
      if (range && (!quote || range.toString() === quote.exact)) return range;
    }
    return rangeForSelectors(fresh(), target.selector);
  }

  /** Applies a push from the background (what changed in this page's notes and dismissals) and redraws. */
  async function applyChange(change: PageChange): Promise<void> {
    if (status.state === 'quiet') return;
    const applied = applyPageChange({ notes, dismissed }, change, pageCanonicalUrl());
    if (!applied) return;
    [notes, dismissed] = [applied.notes, applied.dismissed];
    noteAnchors.remove(applied.deletedIds);
    if (applied.notesChanged) {
      // Only the notes this push saved are anchored again; the others keep their places.
      const savedIds = new Set((change.savedNotes ?? []).map((note) => note.id));
      await noteAnchors.place(
        notes.filter((note) => savedIds.has(note.id)),
        root(),
      );
    }
    redraw();
  }

  function redraw(): void {
    try {
      if (!settings?.highlights || status.state === 'quiet') {
        drawing.clear();
        return;
      }
      let index: TextIndex | null = null;
      const fresh = () => (index ??= new TextIndex(root()));
      const flags: CardFlag[] = [];
      for (const flag of report?.flags ?? []) {
        if (dismissed.has(flag.id)) continue;
        [flag.target, ...(flag.repeats ?? [])].forEach((target, occurrence) => {
          const range = targetRange(target, fresh);
          if (range) flags.push({ flag, range, occurrence });
        });
      }
      reportDrawing(drawing.draw(flags, noteAnchors.overlayNotes()));
    } catch (error) {
      // A page that breaks the drawing keeps its status and badge; the popup says why the marks are missing.
      reportDrawing(describeError(error));
    }
  }

  /** Tells the popup (through the status) when the flags could not be marked in the page, and when they can again. */
  function reportDrawing(problem: string | null): void {
    if (status.state !== 'done' || (status.drawProblem ?? null) === problem) return;
    const { drawProblem: _, ...rest } = status;
    void publish(problem ? { ...rest, drawProblem: problem } : rest);
  }

  const handlers: Handlers<ContentServedApi> = {
    revealPassage({ selectors }) {
      const range = rangeForSelectors(new TextIndex(root()), selectors);
      if (!range) return false;
      scrollToRange(range);
      drawing.pulse(range, (fn, ms) => ctx.setTimeout(fn, ms));
      return true;
    },
    describeSelection() {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
      return describeRange(new TextIndex(root()), selection.getRangeAt(0));
    },
    async analyseNow() {
      requested = true;
      await analyse();
    },
    refreshAnnotations,
    applyPageChange: applyChange,
    drawnNotes: () => drawing.drawnNotes(),
    async noteAnchors() {
      await noteAnchors.whenSettled();
      return noteAnchors.statuses();
    },
    showToast: ({ text }) => void showToast(doc, text, (fn, ms) => ctx.setTimeout(fn, ms)),
    pageIdentity: () => ({ url: location.href, canonicalUrl: pageCanonicalUrl(), title: doc.title }),
  };
  const stopServing = serve(handlers);
  ctx.onInvalidated(stopServing);

  // Settings changed in the options page or popup: redraw when only the highlights switch moved, else re-run.
  const unwatch = watchSettings((next) => {
    const before = settings;
    settings = next;
    if (before && sameAnalysisSettings(before, next)) redraw();
    else void analyse();
  });
  ctx.onInvalidated(unwatch);

  // Single-page apps: a new URL (not just a #fragment) is a new article. WXT reports the change from the
  // Navigation API's `navigate` event, which fires before `location` changes: look once the navigation is done.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      if (withoutHash(location.href) === withoutHash(analysedUrl)) {
        void publish(status);
        return;
      }
      requested = false;
      drawing.clear();
      noteAnchors.clear();
      void analyse();
    }, 0);
  });

  // The article's content changed a lot (loaded late, replaced in place): analyse again.
  let debounce: number | undefined;
  const observer = new MutationObserver(() => {
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = ctx.setTimeout(() => {
      debounce = undefined;
      if (status.state === 'analysing' || status.state === 'quiet' || status.state === 'idle') return;
      const length = root().textContent?.length ?? 0;
      if (significantChange(measuredLength, length)) void analyse();
      // A smaller change can still move or edit annotated passages: place the notes again.
      else void noteAnchors.update(notes, root()).then(redraw);
    }, MUTATION_DEBOUNCE_MS);
  });
  observer.observe(root(), { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    drawing.destroy();
  });

  void analyse();
}

/** The page as HTML, for the background: one native serialisation (the doctype kept, so it parses as it did). */
function snapshotOf(doc: Document): string {
  const html = doc.documentElement?.outerHTML ?? '';
  return doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>${html}` : html;
}

function withoutHash(url: string): string {
  return url.split('#')[0];
}

function sameAnalysisSettings(a: Settings, b: Settings): boolean {
  return (
    a.analysis === b.analysis &&
    JSON.stringify(a.detectors) === JSON.stringify(b.detectors) &&
    JSON.stringify(a.quietSites) === JSON.stringify(b.quietSites)
  );
}
