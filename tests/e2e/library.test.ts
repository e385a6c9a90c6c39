/**
 * The annotation library in real Chromium, as a researcher uses it: notes saved in the extension's IndexedDB are
 * listed, exported as W3C JSON-LD through a real download, the database is cleared, the file is imported back and
 * the annotations are identical; a malformed file gets a clear error and changes nothing.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../lib/model';
import { ensureBuilt, launchWithExtension, newProfileDir, type ExtensionBrowser } from './support/chromium';

const NOTES: Note[] = [
  {
    id: 'e2e-note-1',
    pageUrl: 'https://news.example/budget?utm_source=feed',
    canonicalUrl: 'https://news.example/budget',
    title: 'Budget day: what the minister announced',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: 'spending on rail would rise',
        prefix: 'The minister confirmed that ',
        suffix: ' by a fifth next year.',
      },
      { type: 'TextPositionSelector', start: 120, end: 147 },
    ],
    quote: 'spending on rail would rise',
    body: 'Check against the treasury tables, "line 4".',
    tags: ['economy', 'to-check'],
    colour: 'green',
    created: Date.UTC(2026, 10, 20, 9, 30),
    updated: Date.UTC(2026, 10, 21, 10, 0),
  },
  {
    id: 'e2e-note-2',
    pageUrl: 'https://science.example/cafe',
    canonicalUrl: 'https://science.example/cafe',
    title: 'Café culture and your heart',
    selectors: [],
    quote: '',
    body: 'Page note: no study is linked anywhere.',
    tags: [],
    colour: 'yellow',
    created: Date.UTC(2026, 10, 22, 8, 0),
    updated: Date.UTC(2026, 10, 22, 8, 0),
  },
  {
    id: 'e2e-note-3',
    pageUrl: 'https://science.example/cafe',
    canonicalUrl: 'https://science.example/cafe',
    title: 'Café culture and your heart',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Experts say', prefix: '', suffix: ' the effect is real' },
      { type: 'TextPositionSelector', start: 0, end: 11 },
    ],
    quote: 'Experts say',
    body: 'Which experts?',
    tags: ['sources'],
    colour: 'purple',
    flagId: 'vague-attribution:unnamed-group:abc123',
    created: Date.UTC(2026, 10, 22, 8, 5),
    updated: Date.UTC(2026, 10, 22, 8, 6),
  },
];

/** Every note in the extension's database, in id order (run in an extension page). */
function readAllNotes(page: Page): Promise<Note[]> {
  return page.evaluate(
    () =>
      new Promise<Note[]>((resolve, reject) => {
        const open = indexedDB.open('footnote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('notes').objectStore('notes').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as Note[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Replaces the database's notes (run in an extension page, once the background has created the schema). */
function writeNotes(page: Page, notes: Note[]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('footnote');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          for (const note of list) tx.objectStore('notes').put(note);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    notes,
  );
}

describe('the annotation library', () => {
  let browser: ExtensionBrowser;
  let profile: string;
  let page: Page;
  let exported = '';

  beforeAll(async () => {
    ensureBuilt();
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    // The background opens (and so creates) the database when the page first asks it; wait for that answer.
    await page.getByRole('heading', { name: /Footnote library/i }).waitFor();
    await page.getByText(/No annotations yet/i).waitFor();
    await writeNotes(page, NOTES);
    await page.reload();
  });

  afterAll(async () => {
    await browser?.context.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('lists every saved annotation, grouped by page', async () => {
    await page.getByText('3 annotations on 2 pages').waitFor();
    expect(await page.getByText('Check against the treasury tables').count()).toBe(1);
    expect(await page.getByText('Which experts?').count()).toBe(1);
  });

  it('exports, is cleared, imports the export back: identical annotations', async () => {
    await page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'W3C JSON-LD' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export all \(3\)/ }).click(),
    ]);
    const file = join(profile, 'export.jsonld');
    await download.saveAs(file);
    exported = (await import('node:fs')).readFileSync(file, 'utf8');
    const collection = JSON.parse(exported);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);

    await writeNotes(page, []);
    await page.reload();
    await page.getByText(/No annotations yet/i).waitFor();
    expect(await readAllNotes(page)).toEqual([]);

    await page.getByLabel('Annotations file to import').setInputFiles(file);
    await page.getByText(/Imported 3 annotations/).waitFor();
    expect(await readAllNotes(page)).toEqual(NOTES);
  });

  it('imports the same file again as duplicates, adding nothing', async () => {
    const file = join(profile, 'again.jsonld');
    writeFileSync(file, exported);
    await page.getByLabel('Annotations file to import').setInputFiles(file);
    await page.getByText(/Imported 0 annotations; skipped 3 duplicates/).waitFor();
    expect(await readAllNotes(page)).toEqual(NOTES);
  });

  it('refuses a malformed file with a clear error and changes nothing', async () => {
    const broken = join(profile, 'broken.json');
    writeFileSync(broken, exported.slice(0, Math.floor(exported.length / 2)));
    await page.getByLabel('Annotations file to import').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was imported from broken\.json: .+/);
    expect(await readAllNotes(page)).toEqual(NOTES);
  });
});
