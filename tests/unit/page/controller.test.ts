/**
 * The content script's logic (lib/page/controller.ts) in happy-dom: which status it publishes for each
 * setting, that settings apply without reload, and that a failure becomes status 'error' instead of an exception.
 * The background is a recorder; the analysis is the real one except where a test makes it fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageStatus } from '../../../lib/model';
import type { ContentApi } from '../../../lib/messaging/protocol';
import type { Handlers } from '../../../lib/messaging/serve';
import { SEED_DIR, sharedSeed } from '../../support/paths';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

/** CSS Custom Highlights as a browser has them (happy-dom has none): a registry and a Highlight of ranges. */
class FakeHighlight {
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
  ranges: Range[];
}
const highlightRegistry = new Map<string, FakeHighlight>();
function withHighlights(on: boolean) {
  if (on) {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: highlightRegistry });
  } else {
    vi.stubGlobal('Highlight', undefined);
    vi.stubGlobal('CSS', {});
  }
}

const harness = vi.hoisted(() => ({
  published: [] as { url: string; status: PageStatus; run?: { page: string; run: number } }[],
  handlers: null as unknown,
  failWith: null as Error | null,
  snapshots: 0,
  /** When set, analysePage waits for this before answering (to let a newer analysis overtake). */
  hold: null as Promise<void> | null,
  /** When set, the size the page reports (instead of counting a page of 200,000 elements in happy-dom). */
  size: null as { elements: number; textChars?: number } | null,
}));

vi.mock('../../../lib/core/page/limits', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/core/page/limits')>();
  return { ...real, pageSize: (doc: Document) => harness.size ?? real.pageSize(doc) };
});

// The background is a recorder for statuses, and the real analysis service (linkedom, as in the extension) for
// snapshots; `failWith` makes the analysis fail.
vi.mock('../../../lib/messaging/call', async () => {
  const { analysisService } = await import('../../../lib/background/analysis-service');
  const analysis = analysisService().handlers;
  return {
    callBackground: async (method: string, params: never) => {
      if (method === 'publishStatus') harness.published.push(params);
      if (method === 'analysePage') {
        harness.snapshots++;
        const held = harness.hold;
        if (held) await held;
        if (harness.failWith) throw harness.failWith;
        return analysis.analysePage(params, {} as never);
      }
      return method === 'publishStatus' ? null : [];
    },
    callTab: async () => null,
  };
});

vi.mock('../../../lib/messaging/serve', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  serve: (handlers: unknown) => {
    harness.handlers = handlers;
    return () => undefined;
  },
}));

let controller: typeof import('../../../lib/page/controller');
let settings: typeof import('../../../lib/settings/settings');
beforeAll(async () => {
  controller = await import('../../../lib/page/controller');
  settings = await import('../../../lib/settings/settings');
});

/** Enough of WXT's ContentScriptContext for the controller, with a way to invalidate it between tests. */
function fakeContext() {
  const onInvalid: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    requestIdleCallback: (fn: () => void) => setTimeout(fn, 0),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated: (fn: () => void) => onInvalid.push(fn),
    addEventListener: () => undefined,
  };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate() {
      ctx.isInvalid = true;
      onInvalid.forEach((fn) => fn());
    },
  };
}

const HAS_SEED = sharedSeed('the content script on the seed article');
const seedHtml = HAS_SEED ? readFileSync(join(SEED_DIR, 'index.html'), 'utf8') : '';
const seedDocument = () => new DOMParser().parseFromString(seedHtml, 'text/html') as unknown as Document;
const lastStatus = () => harness.published.at(-1)?.status;
const settle = (state: PageStatus['state']) =>
  vi.waitFor(() => expect(lastStatus()?.state).toBe(state), { timeout: 10_000 });

let current: ReturnType<typeof fakeContext> | null = null;
function start(doc = seedDocument()) {
  current = fakeContext();
  controller.startFootnote(current.ctx, doc);
  return harness.handlers as Handlers<ContentApi>;
}

beforeEach(() => {
  fakeBrowser.reset();
  harness.published.length = 0;
  harness.failWith = null;
  harness.snapshots = 0;
  harness.hold = null;
  harness.size = null;
  highlightRegistry.clear();
  withHighlights(true);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example/story');
});
afterEach(() => {
  current?.invalidate();
  vi.restoreAllMocks();
});

describe.runIf(HAS_SEED)('the content script', () => {
  it('analyses an article and publishes the report', async () => {
    start();
    await settle('done');
    expect(harness.published.map((p) => p.status.state)).toEqual(['analysing', 'done']);
    const done = lastStatus() as Extract<PageStatus, { state: 'done' }>;
    expect(done.report.flags.length).toBeGreaterThan(0);
    expect(harness.published[1].url).toBe('https://news.example/story');
  });

  it('marks the flags in the page, and says nothing about drawing when that worked', async () => {
    start();
    await settle('done');
    await vi.waitFor(() => expect(highlightRegistry.size).toBeGreaterThan(0));
    expect((lastStatus() as Extract<PageStatus, { state: 'done' }>).drawProblem).toBeUndefined();
  });

  it('tells the popup when the browser cannot mark the passages, keeping the report', async () => {
    withHighlights(false);
    start();
    await vi.waitFor(() =>
      expect((lastStatus() as Extract<PageStatus, { state: 'done' }>)?.drawProblem).toBe(
        'this browser cannot highlight text (CSS Custom Highlights)',
      ),
    );
    expect((lastStatus() as Extract<PageStatus, { state: 'done' }>).report.flags.length).toBeGreaterThan(0);
  });

  it('tells the popup why the drawing failed when the page breaks it, never throwing', async () => {
    vi.spyOn(highlightRegistry, 'set').mockImplementation(() => {
      throw new Error('highlights are read-only here');
    });
    start();
    await vi.waitFor(() =>
      expect((lastStatus() as Extract<PageStatus, { state: 'done' }>)?.drawProblem).toBe(
        'highlights are read-only here',
      ),
    );
  });

  it('leaves a page that is not an article alone', async () => {
    start(new DOMParser().parseFromString('<p>Log in</p>', 'text/html') as unknown as Document);
    await settle('not-article');
  });

  it('turns a failure into status "error" with a readable message, never an exception', async () => {
    harness.failWith = new Error('Readability fell over');
    start();
    await settle('error');
    expect(lastStatus()).toEqual({
      state: 'error',
      message: 'Footnote could not read this page: Readability fell over',
    });
  });

  it('analyses a page taken for a non-article when the reader asks ("Analyse anyway")', async () => {
    const handlers = start(new DOMParser().parseFromString('<p>Log in</p>', 'text/html') as unknown as Document);
    await settle('not-article');
    expect(harness.snapshots).toBe(0);
    await handlers.analyseNow({}, {} as never);
    expect(lastStatus()?.state).toBe('done');
    expect(harness.snapshots).toBe(1);
  });

  it('declines a page over the element limit at once, without a snapshot', async () => {
    harness.size = { elements: 200_000 };
    start();
    await settle('too-large');
    expect(lastStatus()).toEqual({ state: 'too-large', reason: 'This page is too large to analyse: 200,000 elements' });
    expect(harness.snapshots).toBe(0);
    expect(harness.published.some((p) => p.status.state === 'analysing')).toBe(false);
  });

  it('declines a page with too much text, even when the reader asks', async () => {
    harness.size = { elements: 10, textChars: 5_000_000 };
    const handlers = start();
    await settle('too-large');
    await handlers.analyseNow({}, {} as never);
    expect(lastStatus()).toEqual({
      state: 'too-large',
      reason: 'This page is too large to analyse: 5,000,000 characters of text',
    });
    expect(harness.snapshots).toBe(0);
  });

  it('never publishes the result of an analysis a newer one overtook', async () => {
    let release = () => {};
    harness.hold = new Promise<void>((resolve) => (release = resolve));
    const handlers = start();
    await vi.waitFor(() => expect(harness.snapshots).toBe(1));
    harness.hold = null;
    const again = handlers.analyseNow({}, {} as never);
    await vi.waitFor(() => expect(harness.snapshots).toBe(2));
    await again;
    const newest = harness.published.at(-1)!;
    expect(newest.status.state).toBe('done');
    release();
    await new Promise((r) => setTimeout(r, 200));
    // The first analysis answered last, and was dropped: nothing published after the second's result.
    expect(harness.published.at(-1)).toBe(newest);
    expect(harness.published.filter((p) => p.status.state === 'done')).toHaveLength(1);
    // Each status names its run, so the background can drop a late one too.
    expect(newest.run?.run).toBeGreaterThan(harness.published[0].run?.run ?? Infinity);
  });

  it('waits for the reader when analysis is on click', async () => {
    await settings.saveSettings({ ...settings.defaultSettings(), analysis: 'click' });
    const handlers = start();
    await settle('idle');
    await handlers.analyseNow({}, {} as never);
    expect(lastStatus()?.state).toBe('done');
  });

  it('stays quiet on a quiet site', async () => {
    await settings.saveSettings({ ...settings.defaultSettings(), quietSites: ['news.example'] });
    start();
    await settle('quiet');
    expect(harness.published.some((p) => p.status.state === 'analysing')).toBe(false);
  });

  it('applies a detector switched off to the open page without a reload', async () => {
    start();
    await settle('done');
    const first = lastStatus() as Extract<PageStatus, { state: 'done' }>;
    const kind = first.report.flags[0].kind;
    const off = settings.defaultSettings();
    off.detectors[kind].enabled = false;
    await settings.saveSettings(off);
    await vi.waitFor(
      () => {
        const now = lastStatus();
        expect(now?.state === 'done' && now.report !== first.report).toBe(true);
      },
      { timeout: 10_000 },
    );
    const again = lastStatus() as Extract<PageStatus, { state: 'done' }>;
    expect(again.report.flags.some((f) => f.kind === kind)).toBe(false);
    expect(again.report.flags.length).toBeLessThan(first.report.flags.length);
  });
});
