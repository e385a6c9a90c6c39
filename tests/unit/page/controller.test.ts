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
import { SEED_DIR } from '../../support/paths';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

const harness = vi.hoisted(() => ({
  published: [] as { url: string; status: PageStatus }[],
  handlers: null as unknown,
  failWith: null as Error | null,
}));

vi.mock('../../../lib/messaging/call', () => ({
  callBackground: async (method: string, params: { url: string; status: PageStatus }) => {
    if (method === 'publishStatus') harness.published.push(params);
    return method === 'publishStatus' ? null : [];
  },
  callTab: async () => null,
}));

vi.mock('../../../lib/messaging/serve', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  serve: (handlers: unknown) => {
    harness.handlers = handlers;
    return () => undefined;
  },
}));

vi.mock('../../../lib/core/analyze', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/core/analyze')>();
  return {
    ...real,
    analyzeDocumentInSteps: (...args: Parameters<typeof real.analyzeDocumentInSteps>) =>
      harness.failWith ? Promise.reject(harness.failWith) : real.analyzeDocumentInSteps(...args),
  };
});

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

const seedHtml = readFileSync(join(SEED_DIR, 'index.html'), 'utf8');
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
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example/story');
});
afterEach(() => current?.invalidate());

describe('the content script', () => {
  it('analyses an article and publishes the report', async () => {
    start();
    await settle('done');
    expect(harness.published.map((p) => p.status.state)).toEqual(['analysing', 'done']);
    const done = lastStatus() as Extract<PageStatus, { state: 'done' }>;
    expect(done.report.flags.length).toBeGreaterThan(0);
    expect(harness.published[1].url).toBe('https://news.example/story');
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
