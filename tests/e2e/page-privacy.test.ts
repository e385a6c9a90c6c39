/**
 * The reader's notes are not readable by the page (issue 9), in a real Chromium with the built extension: a hostile
 * page script reading `CSS.highlights`, the whole DOM with its attributes and every open shadow root finds no note
 * passage and no comment, on the article and on another origin that claims the article as its canonical URL (which
 * does not get the article's notes at all). Changes reach an open tab as one push: a note deleted through the
 * background disappears without a reload. The page's DOM is unchanged but for Footnote's one shadow host.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Note } from '../../lib/model';
import type { DrawnNote } from '../../lib/page/note-overlay';
import {
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  settledTabState,
  waitFor,
  type ExtensionBrowser,
} from './support/chromium';

const ARTICLE = readFileSync(resolve(process.cwd(), 'tests/fixtures/annotations/article.html'), 'utf8');
const PASSAGE = 'His notes show the surge peaked at a little after four in the morning';
const SECOND = 'Sheep were moved to higher ground by lantern light';
const COMMENT = 'Private thought: check the harbour log myself';
const PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'";

let server: Server;
let port = 0;
let browser: ExtensionBrowser;
let profileDir: string;
let page: Page;
let extensionPage: Page;

/** The article at 127.0.0.1; the same text at /mirror/ declaring the 127.0.0.1 article as its canonical URL. */
function html(path: string): string | null {
  if (path.startsWith('/article/')) return ARTICLE;
  if (path.startsWith('/mirror/')) {
    return ARTICLE.replace('<head>', `<head><link rel="canonical" href="http://127.0.0.1:${port}/article/">`);
  }
  return null;
}

async function send<T>(method: string, params: unknown, tabId?: number): Promise<T> {
  const reply = await extensionPage.evaluate(
    async ({ method, params, tabId }) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            tabs: { sendMessage(tab: number, m: unknown, o: unknown): Promise<unknown> };
          };
        }
      ).chrome;
      const request = { footnote: 1, method, params };
      return tabId === undefined
        ? chrome.runtime.sendMessage(request)
        : chrome.tabs.sendMessage(tabId, request, { frameId: 0 });
    },
    { method, params, tabId },
  );
  const typed = reply as { ok: boolean; value?: T; error?: string };
  if (!typed?.ok) throw new Error(`${method} failed: ${typed?.error}`);
  return typed.value as T;
}

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
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: passage,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + passage.length, start + passage.length + 32),
        },
        { type: 'TextPositionSelector', start, end: start + passage.length },
      ],
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
  ensureBuilt();
  server = createServer((req, res) => {
    const body = html(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_POLICY })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  profileDir = newProfileDir();
  browser = await launchWithExtension(profileDir);
  page = await browser.context.newPage();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.context.close();
  await new Promise((done) => server?.close(done));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
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
});
