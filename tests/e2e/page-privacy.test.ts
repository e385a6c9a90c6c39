/**
 * The reader's notes are not readable by the page (issue 9), in a real Chromium with the built extension: a hostile
 * page script reading `CSS.highlights`, the whole DOM with its attributes and every open shadow root finds no note
 * passage and no comment, on the article and on another origin that claims the article as its canonical URL (which
 * does not get the article's notes at all). Changes reach an open tab as one push: a note deleted through the
 * background disappears without a reload. The page's DOM is unchanged but for Footnote's one shadow host, which
 * also holds the toast: with a toast on screen that quotes a note, the page still reads nothing of it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Note } from '../../lib/model';
import type { DrawnNote } from '../../lib/page/note-overlay';
import { describeTextRange } from '../../lib/core/anchoring/selectors';
import { LAYER_HOST_TAG } from '../../lib/page/layer';
import { NOTE_TOAST } from '../../lib/selection-commands/commands';
import { settledTabState, waitFor } from './support/chromium';
import {
  closedShadowTexts,
  startExtensionSession,
  startPageServer,
  type ExtensionSession,
  type PageServer,
} from './support/session';

const ARTICLE = readFileSync(resolve(process.cwd(), 'tests/fixtures/annotations/article.html'), 'utf8');
const PASSAGE = 'His notes show the surge peaked at a little after four in the morning';
const SECOND = 'Sheep were moved to higher ground by lantern light';
const COMMENT = 'Private thought: check the harbour log myself';

let server: PageServer;
let port = 0;
let browser: ExtensionSession;
let page: Page;

/** The article at 127.0.0.1; the same text at /mirror/ declaring the 127.0.0.1 article as its canonical URL. */
function html(path: string): string | null {
  if (path.startsWith('/article/')) return ARTICLE;
  if (path.startsWith('/mirror/')) {
    return ARTICLE.replace('<head>', `<head><link rel="canonical" href="http://127.0.0.1:${port}/article/">`);
  }
  return null;
}

const send = <T>(method: string, params: unknown, tabId?: number) => browser.send<T>(method, params, tabId);

async function open(url: string): Promise<number> {
  await page.goto(url);
  return (await settledTabState(browser.background, url)).tabId;
}

const drawn = (tabId: number) =>
  send<{ notes: DrawnNote[] }>('drawnNotes', {}, tabId).then(
    (r) => r.notes,
    () => [] as DrawnNote[],
  );

/** A note on `passage` (the first occurrence in the article), saved through the background as the popup does. */
async function saveNote(tabId: number, passage: string, body: string): Promise<Note> {
  const identity = await send<{ url: string; canonicalUrl: string; title: string }>('pageIdentity', {}, tabId);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  const start = text.indexOf(passage);
  return send<Note>('saveNote', {
    note: {
      pageUrl: identity.url,
      canonicalUrl: identity.canonicalUrl,
      title: identity.title,
      selectors: describeTextRange(text, start, start + passage.length),
      quote: passage,
      body,
      tags: ['private-tag'],
      colour: 'pink',
    },
  });
}

/**
 * What a hostile page script can read besides the article's own text: every highlight's ranges, every attribute,
 * the markup and text of every open shadow root (closed ones give null), the adopted stylesheets, and the whole
 * markup (`all`, which holds the article's text: only secrets that are not page text are looked for there).
 */
interface Seen {
  /** Everything that could say which passages the reader marked. */
  marks: string;
  all: string;
  hosts: { tag: string; open: boolean }[];
}

async function whatThePageSees(target: Page = page): Promise<Seen> {
  return target.evaluate(() => {
    const marks: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      marks.push(name);
      for (const range of highlight) marks.push((range as Range).toString());
    }
    const hosts: { tag: string; open: boolean }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) marks.push(attribute.value);
        if (element.tagName.includes('-'))
          hosts.push({ tag: element.tagName.toLowerCase(), open: !!element.shadowRoot });
        if (element.shadowRoot) {
          marks.push(element.shadowRoot.innerHTML, element.shadowRoot.textContent ?? '');
          visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    for (const sheet of document.adoptedStyleSheets) for (const rule of sheet.cssRules) marks.push(rule.cssText);
    const text = marks.join('\n');
    return { marks: text, all: `${text}\n${document.documentElement.outerHTML}`, hosts };
  });
}

/** Checks that the page sees none of the reader's passages as marked, and none of their words anywhere. */
function expectNothingSeen(seen: Seen, passages: string[], secrets: string[]): void {
  for (const passage of passages) expect(seen.marks).not.toContain(passage);
  for (const secret of secrets) expect(seen.all).not.toContain(secret);
}

/** The page's markup with Footnote's host taken out, to compare with the served page as the browser parses it. */
async function pageDomWithoutFootnote(): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('footnote-layer').forEach((host) => host.remove());
    return clone.outerHTML;
  });
}

async function servedDom(source: string): Promise<string> {
  return page.evaluate(
    (markup) => new DOMParser().parseFromString(markup, 'text/html').documentElement.outerHTML,
    source,
  );
}

beforeAll(async () => {
  server = await startPageServer(html);
  port = server.port;
  browser = await startExtensionSession();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('notes the page cannot read', () => {
  const article = () => `http://127.0.0.1:${port}/article/`;
  let tabId = 0;
  let first: Note;
  let second: Note;

  it('draws the notes (in the closed layer) and the page finds neither passage nor comment', async () => {
    tabId = await open(article());
    first = await saveNote(tabId, PASSAGE, COMMENT);
    second = await saveNote(tabId, SECOND, 'second comment');
    const notes = await waitFor(
      () => drawn(tabId),
      (n) => n.length === 2,
      'two notes drawn',
    );
    expect(notes.map((n) => [n.text, n.colour])).toEqual([
      [PASSAGE, 'pink'],
      [SECOND, 'pink'],
    ]);
    expect(notes.every((n) => n.boxes >= 1)).toBe(true);
    const seen = await whatThePageSees();
    expectNothingSeen(seen, [PASSAGE, SECOND], [COMMENT, 'second comment', 'private-tag', 'pink', first.id]);
    // Footnote's one host is there, and its root is closed to the page.
    expect(seen.hosts).toEqual([{ tag: 'footnote-layer', open: false }]);
    // The page's own DOM is as served: only the host was added, outside <body>.
    expect(await pageDomWithoutFootnote()).toBe(await servedDom(ARTICLE));
    expect(await page.evaluate(() => document.querySelector('footnote-layer')?.parentElement?.tagName)).toBe('HTML');
  });

  it('the same after a reload (notes read from the background, not from a push)', async () => {
    tabId = await open(article());
    await waitFor(
      () => drawn(tabId),
      (n) => n.length === 2,
      'two notes drawn after the reload',
    );
    expectNothingSeen(await whatThePageSees(), [PASSAGE, SECOND], [COMMENT, 'second comment', 'private-tag']);
  });

  it('removes a note deleted through the background from the open tab, without a reload', async () => {
    const marker = await page.evaluate(() => {
      (window as unknown as { footnoteTestMarker: number }).footnoteTestMarker = 42;
      return 42;
    });
    await send('deleteNote', { id: first.id });
    const notes = await waitFor(
      () => drawn(tabId),
      (n) => n.length === 1,
      'the deleted note gone',
    );
    expect(notes.map((n) => n.id)).toEqual([second.id]);
    // Same document: the page was not reloaded.
    expect(await page.evaluate(() => (window as unknown as { footnoteTestMarker?: number }).footnoteTestMarker)).toBe(
      marker,
    );
  });

  it('draws a note saved elsewhere (popup, library) in the open tab from the push', async () => {
    first = await saveNote(tabId, PASSAGE, COMMENT);
    await waitFor(
      () => drawn(tabId),
      (n) => n.length === 2,
      'the saved note drawn',
    );
  });

  it('gives the article’s notes to no page on another origin that claims it as canonical', async () => {
    const mirror = `http://localhost:${port}/mirror/`;
    const mirrorPage = await browser.context.newPage();
    await mirrorPage.goto(mirror);
    const mirrorTab = (await settledTabState(browser.background, mirror)).tabId;
    const identity = await send<{ canonicalUrl: string }>('pageIdentity', {}, mirrorTab);
    expect(identity.canonicalUrl).toBe(`http://localhost:${port}/mirror`);
    // Give the content script time to have read and drawn whatever it was going to.
    await send('refreshAnnotations', {}, mirrorTab);
    expect(await drawn(mirrorTab)).toEqual([]);
    const seen = await whatThePageSees(mirrorPage);
    expectNothingSeen(seen, [PASSAGE, SECOND], [COMMENT, 'second comment', 'private-tag']);
    // A change to the article reaches the article's tab, and not the mirror.
    await saveNote(tabId, 'the parish hall opened its doors', 'third');
    await waitFor(
      () => drawn(tabId),
      (n) => n.length === 3,
      'the third note in the article tab',
    );
    expect(await drawn(mirrorTab)).toEqual([]);
    await mirrorPage.close();
  });

  it('keeps the toast in the closed layer: with one on screen after a save, the page finds no note text', async () => {
    tabId = await open(article());
    const secret = 'Fourth comment: call the mill owner';
    await saveNote(tabId, 'They meet on the first Monday of every month', secret);
    await waitFor(
      () => drawn(tabId),
      (n) => n.length === 4,
      'the fourth note drawn',
    );
    // The worst case: a toast that quotes the note. (Footnote's own say what happened, e.g. NOTE_TOAST.)
    const toastText = `${NOTE_TOAST}: ${secret}`;
    await send('showToast', { text: toastText }, tabId);
    // On screen, in the closed root (read through CDP, as only the browser can).
    expect(await closedShadowTexts(page, LAYER_HOST_TAG, '.toast[role="status"]')).toEqual([toastText]);
    const seen = await whatThePageSees();
    expect(seen.hosts).toEqual([{ tag: LAYER_HOST_TAG, open: false }]);
    expectNothingSeen(
      seen,
      [PASSAGE, SECOND, 'They meet on the first Monday of every month'],
      [COMMENT, secret, toastText, NOTE_TOAST],
    );
    expect(await pageDomWithoutFootnote()).toBe(await servedDom(ARTICLE));
    // Tests leave the repository alone: the picture goes to test-results/.
    mkdirSync('test-results', { recursive: true });
    await page.setViewportSize({ width: 900, height: 640 });
    await page.screenshot({ path: 'test-results/toast.png' });
  });
});
