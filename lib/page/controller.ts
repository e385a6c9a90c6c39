/**
 * Footnote in one page (the content script's logic): decides whether and when to analyse, runs the analysis in
 * idle-time steps, publishes the page's status to the background (badge, popup), draws flags and notes as
 * highlights, and serves ContentApi. Everything it does is caught: a hostile page sees status 'error', never a
 * thrown error. It makes no network request and never changes the page's DOM (but for a few seconds' toast outside
 * <body> when the background asks for one: lib/selection-commands/toast.ts).
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeDocumentInSteps } from '../core/analyze';
import type { Flag, Report } from '../core/report';
import { TextIndex } from '../core/text/text-index';
import { canonicalUrl } from '../page-identity';
import { callBackground } from '../messaging/call';
import type { Note, PageStatus } from '../model';
import type { ContentApi } from '../messaging/protocol';
import { describeError, serve, type Handlers } from '../messaging/serve';
import { analyzeOptionsFrom, isQuietSite, loadSettings, watchSettings, type Settings } from '../settings/settings';
import { describeRange, rangeForSelectors } from './anchor';
import {
  clearHighlights,
  drawHighlights,
  flagHighlightName,
  installHighlightStyles,
  pulse,
  scrollToRange,
} from './highlights';
import { significantChange } from './changes';
import { idleScheduler, installChangedMarkStyle, NoteAnchors } from './reanchor';
import { showToast } from '../selection-commands/toast';

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
  const pageCanonicalUrl = () => canonicalUrl(doc, location.href);

  const pause = () =>
    new Promise<void>((resolve) => {
      // Idle time when the page has some; never more than 50 ms of waiting per phase when it is busy.
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: 50 });
      else ctx.setTimeout(resolve, 0);
    });

  async function publish(next: PageStatus): Promise<void> {
    status = next;
    await callBackground('publishStatus', { url: location.href, canonicalUrl: pageCanonicalUrl(), status }).catch(
      () => undefined, // The background is restarting or the extension was updated: the next publish catches up.
    );
  }

  async function analyse(): Promise<void> {
    const id = ++run;
    const current = () => id === run && !ctx.isInvalid;
    try {
      settings = await loadSettings();
      report = null;
      analysedIndex = null;
      measuredLength = root().textContent?.length ?? 0;
      analysedUrl = location.href;
      let next: PageStatus | null = null;
      if (!/^https?:$/.test(location.protocol)) next = { state: 'not-article' };
      else if (isQuietSite(settings, location.hostname)) next = { state: 'quiet' };
      else if (settings.analysis === 'click' && !requested) next = { state: 'idle' };
      else if (!isProbablyReaderable(doc)) next = { state: 'not-article' };
      if (next) {
        if (!current()) return;
        await publish(next);
        await refreshAnnotations();
        return;
      }
      void publish({ state: 'analysing' });
      await pause();
      // Highlights are drawn from the very index the flags' offsets refer to. Should the page change during a
      // pause, `flagRange` notices: a range that no longer reads its quote is found again by the quote.
      const index = new TextIndex(root());
      const result = await analyzeDocumentInSteps(
        doc,
        location.href,
        { ...analyzeOptionsFrom(settings), text: index },
        pause,
      );
      if (!current()) return;
      analysedIndex = index;
      report = result;
      measuredLength = analysedIndex.text.length;
      await publish({ state: 'done', report });
      await refreshAnnotations();
    } catch (error) {
      if (!current()) return;
      report = null;
      clearHighlights();
      await publish({ state: 'error', message: `Footnote could not read this page: ${describeError(error)}` });
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

  function flagRange(flag: Flag, fresh: () => TextIndex): Range | null {
    if (analysedIndex) {
      const range = rangeForSelectors(analysedIndex, flag.target.selector);
      const quote = flag.target.selector.find((s) => s.type === 'TextQuoteSelector');
      // The Text nodes may have changed since: trust the range only if it still reads the quoted text.
      if (range && (!quote || range.toString() === quote.exact)) return range;
    }
    return rangeForSelectors(fresh(), flag.target.selector);
  }

  function redraw(): void {
    try {
      if (!settings?.highlights || status.state === 'quiet') {
        clearHighlights();
        return;
      }
      installHighlightStyles(doc);
      let index: TextIndex | null = null;
      const fresh = () => (index ??= new TextIndex(root()));
      const groups = new Map<string, Range[]>();
      const add = (name: string, range: Range | null) => {
        if (!range) return;
        const list = groups.get(name);
        if (list) list.push(range);
        else groups.set(name, [range]);
      };
      for (const flag of report?.flags ?? []) {
        if (!dismissed.has(flag.id)) add(flagHighlightName(flag.kind), flagRange(flag, fresh));
      }
      installChangedMarkStyle(doc);
      noteAnchors.addHighlights(add);
      drawHighlights(groups);
    } catch {
      // Drawing is a nicety: a page that breaks it keeps its status and badge.
    }
  }

  const handlers: Handlers<ContentApi> = {
    revealPassage({ selectors }) {
      const range = rangeForSelectors(new TextIndex(root()), selectors);
      if (!range) return false;
      scrollToRange(range);
      pulse(range, (fn, ms) => ctx.setTimeout(fn, ms));
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
      clearHighlights();
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
    clearHighlights();
  });

  void analyse();
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
