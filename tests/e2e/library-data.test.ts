/**
 * The reader’s data through the library in real Chromium, the background being its only owner: 10,000 notes
 * (100,000 with `npm run test:backup`) export → clear → import back identical; that export cut short and imported
 * over notes already there, which the undo leaves exactly as they were; hostile imports (javascript: and data: pages, a corrupt file) refused
 * with a message; a malformed record of a version-1 database listed apart while the library loads; a note deleted
 * in the library leaves an open tab of its page without a reload.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../lib/model';
import {
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  settledTabState,
  waitFor,
  type ExtensionBrowser,
} from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/server';
import { sharedSeed } from '../support/paths';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
};

/**
 * How many notes the backup round trip carries. `npm test` uses 10,000 (a 12 MB file, read and written in batches
 * like any other); `npm run test:backup` runs the 100,000 of the issue (a 119 MB file: about 3 minutes).
 */
const HAS_SEED = sharedSeed('the library deleting a note from an open tab of the seed article');
const BIG = Number(process.env.FOOTNOTE_BACKUP_NOTES ?? 10_000);
const PAGES = Math.min(BIG, 10_000);
const count = (n: number) => n.toLocaleString('en-US');
const WORDS = 'council budget river harbour élection vaccine glacier “tariff” museum railway drought archive'.split(
  ' ',
);

/** Deterministic notes on 10,000 pages: passages, bodies with quotes and accents, tags, flags. */
function makeNotes(count: number): Note[] {
  return Array.from({ length: count }, (_, i) => {
    const page = i % PAGES;
    const word = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
    const quote = `${word(1)} ${word(2)} "${word(3)}" ${i}`;
    const note: Note = {
      id: `note-${String(i).padStart(6, '0')}`,
      pageUrl: `https://site${page % 300}.example/story/${page}?utm_source=feed`,
      canonicalUrl: `https://site${page % 300}.example/story/${page}`,
      title: `Story ${page}: ${word(4)} and ${word(5)}`,
      selectors:
        i % 9 === 0
          ? []
          : [
              { type: 'TextQuoteSelector', exact: quote, prefix: `${word(6)} `, suffix: ` ${word(7)}` },
              { type: 'TextPositionSelector', start: i % 5000, end: (i % 5000) + quote.length },
            ],
      quote: i % 9 === 0 ? '' : quote,
      // A note on the whole page always says something: two empty ones on one page are one note to the import.
      body: i % 3 === 0 && i % 9 !== 0 ? '' : `Check ${word(8)} against the \\ "${word(9)}" tables,\nline ${i}.`,
      tags: i % 4 === 0 ? [] : [word(10), `t${i % 17}`],
      colour: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[i % 5],
      created: Date.UTC(2025, 0, 1) + i * 60_000,
      updated: Date.UTC(2025, 0, 1) + i * 60_000 + (i % 7) * 1000,
    };
    if (i % 11 === 0) note.flagId = `unsourced-quote:q:${i}`;
    return note;
  });
}

/** Writes notes straight into the extension's database (a test's set-up, in an extension page). */
async function seedNotes(page: Page, notes: Note[]): Promise<void> {
  for (let at = 0; at < notes.length; at += 10_000) {
    await page.evaluate(
      (list) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('footnote');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('notes', 'readwrite');
            for (const note of list) tx.objectStore('notes').put(note);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => (db.close(), reject(tx.error));
          };
        }),
      notes.slice(at, at + 10_000),
    );
  }
}

/** Every stored note, in id order, read back in slices. */
async function storedNotes(page: Page): Promise<Note[]> {
  const all: Note[] = [];
  let after: string | null = null;
  for (;;) {
    const slice: Note[] = await page.evaluate(
      (from) =>
        new Promise<Note[]>((resolve, reject) => {
          const open = indexedDB.open('footnote');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const range = from === null ? undefined : IDBKeyRange.lowerBound(from, true);
            const req = db.transaction('notes').objectStore('notes').getAll(range, 10_000);
            req.onsuccess = () => (db.close(), resolve(req.result as Note[]));
            req.onerror = () => (db.close(), reject(req.error));
          };
        }),
      after,
    );
    all.push(...slice);
    if (slice.length < 10_000) return all;
    after = slice[slice.length - 1].id;
  }
}

function clearNotes(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('footnote');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

async function openLibrary(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.getByRole('heading', { name: /Footnote library/i }).waitFor();
}

describe('the library and the reader’s data', () => {
  let browser: ExtensionBrowser;
  let profile: string;
  let page: Page;
  /** The export the round trip wrote, for the broken-import test after it. */
  let backupFile: string | null = null;

  beforeAll(async () => {
    ensureBuilt();
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
    page = await browser.context.newPage();
    await openLibrary(page, browser.extensionId);
    await page.getByText(/No annotations yet/i).waitFor();
  });

  afterAll(async () => {
    await browser?.context.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it(`exports ${count(BIG)} notes, is cleared, and imports them back identical`, async () => {
    const notes = makeNotes(BIG);
    await seedNotes(page, notes);
    await openLibrary(page, browser.extensionId);
    await page.getByText(`${count(BIG)} annotations on ${count(PAGES)} pages`).waitFor({ timeout: 180_000 });

    await page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'W3C JSON-LD' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180_000 }),
      page.getByRole('button', { name: new RegExp(`Export all \\(${count(BIG)}\\)`) }).click(),
    ]);
    const file = join(profile, 'backup.jsonld');
    await download.saveAs(file);
    backupFile = file;
    const size = readFileSync(file).length;
    console.log(`export of ${BIG} notes: ${(size / 1024 / 1024).toFixed(1)} MB`);
    // 1,000 notes take about 1.2 MB: the 100,000 of `npm run test:backup` are beyond what one message can carry.
    expect(size).toBeGreaterThan(BIG * 1000);

    await clearNotes(page);
    await openLibrary(page, browser.extensionId);
    await page.getByText(/No annotations yet/i).waitFor();

    const started = Date.now();
    await page.getByLabel('Annotations file to import').setInputFiles(file);
    await page.getByText(`Imported ${count(BIG)} annotations; skipped 0 duplicates.`).waitFor({ timeout: 300_000 });
    console.log(`import of ${BIG} notes: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const back = await storedNotes(page);
    expect(back.length).toBe(BIG);
    expect(back).toEqual(notes);
    await page.getByText(`${count(BIG)} annotations on ${count(PAGES)} pages`).waitFor({ timeout: 180_000 });
    await clearNotes(page);
  }, 900_000);

  it('takes back every note of an import that breaks after batches were written, and keeps what was there', async () => {
    expect(backupFile, 'the export of the round trip above').toBeTruthy();
    const whole = readFileSync(backupFile!, 'utf8');
    // Cut at 30%: a few batches of 1,000 are in the library when the reader reaches the broken end.
    const cut = join(profile, 'cut-short.jsonld');
    writeFileSync(cut, whole.slice(0, Math.floor(whole.length * 0.3)));
    // What the library held before: two notes the file also carries (skipped as duplicates: the undo must leave
    // them) and one of the reader's own.
    const fromFile = makeNotes(BIG).filter((_, i) => i === 5 || i === 1234);
    const own: Note = {
      ...fromFile[0],
      id: 'reader-own',
      body: 'Mine, not the file’s',
      pageUrl: 'https://own.example/',
    };
    own.canonicalUrl = 'https://own.example/';
    await seedNotes(page, [...fromFile, own]);
    const before = await storedNotes(page);
    expect(before).toHaveLength(3);

    await openLibrary(page, browser.extensionId);
    await page.getByText('3 annotations on 3 pages').waitFor();
    await page.getByLabel('Annotations file to import').setInputFiles(cut);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 300_000 });
    expect(await alert.textContent()).toMatch(/Nothing was imported from cut-short\.jsonld: .+/);
    expect(await storedNotes(page)).toEqual(before);
    // The list the reader sees agrees with the database once reloaded.
    await openLibrary(page, browser.extensionId);
    await page.getByText('3 annotations on 3 pages').waitFor();
    await clearNotes(page);
  }, 600_000);

  it('refuses javascript: and data: pages with a message, and a corrupt file with nothing changed', async () => {
    await openLibrary(page, browser.extensionId);
    await page.getByText(/No annotations yet/i).waitFor();
    const good = {
      type: 'Annotation',
      bodyValue: 'A fair point',
      target: { source: 'https://news.example/fair', selector: { type: 'TextQuoteSelector', exact: 'fair' } },
    };
    const hostile = {
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          good,
          { ...good, bodyValue: 'click me', target: { source: 'javascript:alert(document.domain)' } },
          { ...good, bodyValue: 'or me', target: { source: 'data:text/html,<script>alert(1)</script>' } },
        ],
      },
    };
    const file = join(profile, 'hostile.jsonld');
    writeFileSync(file, JSON.stringify(hostile));
    await page.getByLabel('Annotations file to import').setInputFiles(file);
    await page.getByText('Imported 1 annotation; skipped 0 duplicates; refused 2.').waitFor();
    const summary = (await page.locator('.lib-import-summary').textContent()) ?? '';
    expect(summary).toContain('a javascript: page address (only http and https pages are kept)');
    expect(summary).toContain('#2: javascript:alert(document.domain)');
    expect(summary).toContain('a data: page address (only http and https pages are kept)');
    const stored = await storedNotes(page);
    expect(stored.map((n) => n.pageUrl)).toEqual(['https://news.example/fair']);
    // Nothing in the library links anywhere but http(s).
    const hrefs = await page
      .locator('.library a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => /^https?:/.test(href ?? ''))).toBe(true);

    const corrupt = join(profile, 'corrupt.jsonld');
    writeFileSync(corrupt, JSON.stringify(hostile).slice(0, 150) + '\u0000garbage');
    await page.getByLabel('Annotations file to import').setInputFiles(corrupt);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported from corrupt\.jsonld: .+/);
    expect(await storedNotes(page)).toEqual(stored);
    await clearNotes(page);
  }, 120_000);

  it('lists a malformed record of a version-1 database apart, and loads', async () => {
    // Replace the database by a version-1 one, as the first Footnote wrote it (the background lets go on request).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('footnote');
          del.onsuccess = () => {
            const open = indexedDB.open('footnote', 1);
            open.onupgradeneeded = () => {
              const db = open.result;
              const notes = db.createObjectStore('notes', { keyPath: 'id' });
              notes.createIndex('canonicalUrl', 'canonicalUrl');
              const dismissed = db.createObjectStore('dismissed', { keyPath: ['canonicalUrl', 'flagId'] });
              dismissed.createIndex('canonicalUrl', 'canonicalUrl');
              notes.put({
                id: 'old-good',
                pageUrl: 'https://news.example/old',
                canonicalUrl: 'https://news.example/old',
                title: 'An old story',
                selectors: [],
                quote: '',
                body: 'Written with the first Footnote',
                created: 1_600_000_000_000,
              });
              notes.put({ id: 'old-bad', canonicalUrl: 'https://news.example/lost', body: 5, created: 'yesterday' });
            };
            open.onsuccess = () => (open.result.close(), resolve());
            open.onerror = () => reject(open.error);
          };
          del.onerror = () => reject(del.error);
          del.onblocked = () => undefined; // the background closes its connection on versionchange
        }),
    );
    await openLibrary(page, browser.extensionId);
    await page.getByText('1 annotation on 1 page').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Written with the first Footnote').count()).toBe(1);
    const section = page.locator('.lib-quarantine');
    await section.getByText('1 record Footnote could not read').waitFor();
    const problems = (await section.locator('.lib-problems').textContent()) ?? '';
    expect(problems).toContain('no page address');
    expect(problems).toContain('the note text is not text (5)');
    expect(problems).toContain('an unreadable creation date ("yesterday")');
  }, 120_000);

  it('edits a note in place and shows it, with the record kept apart (screenshot)', async () => {
    await page.getByRole('button', { name: 'Edit note: Written with the first Footnote' }).click();
    const form = page.getByRole('form', { name: 'Edit note' });
    await form.getByLabel('Note').fill('Written with the first Footnote, checked again in 2026');
    await form.getByLabel('Tags (comma separated)').fill('archive, checked');
    await form.locator('input[value="green"]').check();
    await form.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Written with the first Footnote, checked again in 2026').waitFor();
    const stored = (await storedNotes(page)).find((n) => n.id === 'old-good');
    expect(stored).toMatchObject({
      body: 'Written with the first Footnote, checked again in 2026',
      tags: ['archive', 'checked'],
      colour: 'green',
    });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: process.env.LIBRARY_SCREENSHOT ?? join(profile, 'library.png'), fullPage: true });
  }, 60_000);

  describe('with a tab open on the page', () => {
    let server: FixtureServer;
    beforeAll(async () => {
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    it.runIf(HAS_SEED)(
      'removes a note deleted in the library from the open tab, without a reload',
      async () => {
        const url = `${server.origin}/seed/`;
        const article = await browser.context.newPage();
        await article.goto(url, { waitUntil: 'load' });
        const state = await settledTabState(browser.background, url, 60_000);
        const text = await article.evaluate(() => document.body.textContent ?? '');
        const exact = text.replace(/\s+/g, ' ').trim().split('. ')[1]?.slice(0, 40) ?? '';
        expect(exact.length).toBeGreaterThan(10);
        const identity = (await browser.background.evaluate(
          (tabId) =>
            chrome.tabs.sendMessage(tabId, { footnote: 1, method: 'pageIdentity', params: {} }, { frameId: 0 }),
          state.tabId,
        )) as { value: { canonicalUrl: string } };
        const canonicalUrl = identity.value.canonicalUrl;
        const saved = (await page.evaluate(
          (note) => chrome.runtime.sendMessage({ footnote: 1, method: 'saveNote', params: { note } }),
          {
            pageUrl: url,
            canonicalUrl,
            title: 'The seed article',
            selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
            quote: exact,
            body: 'Delete me from the library',
            tags: [],
            colour: 'pink',
          },
        )) as { ok: boolean; value: Note };
        expect(saved.ok).toBe(true);
        const anchors = (bg: Worker) =>
          bg.evaluate(
            (tabId) =>
              chrome.tabs.sendMessage(tabId, { footnote: 1, method: 'noteAnchors', params: {} }, { frameId: 0 }),
            state.tabId,
          ) as Promise<{ ok: boolean; value?: Record<string, string> }>;
        await waitFor(
          () => anchors(browser.background),
          (reply) => !!reply?.value && saved.value.id in reply.value,
          'the tab to draw the new note',
        );
        const reloads: number[] = [];
        article.on('load', () => reloads.push(Date.now()));

        await openLibrary(page, browser.extensionId);
        await page.getByRole('button', { name: 'Delete note: Delete me from the library' }).click();
        await page.getByText('Deleted 1 annotation.').waitFor();
        await waitFor(
          () => anchors(browser.background),
          (reply) => !!reply?.value && !(saved.value.id in reply.value),
          'the tab to drop the deleted note',
        );
        expect(reloads).toEqual([]);
        await article.close();
      },
      120_000,
    );
  });
});
