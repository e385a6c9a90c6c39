/**
 * The first-run page in a real Chromium: installing Footnote (a fresh profile) opens it exactly once, with every
 * kind of flag explained on a real example; restarting the browser does not open it again.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DETECTORS } from '../../lib/core/detectors/registry';
import { kindTitle } from '../../lib/ui/labels';
import {
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  waitForWelcome,
  type ExtensionBrowser,
} from './support/chromium';

/** The one `chrome.*` call made in the background here (no @types/chrome). */
declare const chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };

const profileDir = newProfileDir();
let browser: ExtensionBrowser | undefined;

afterAll(async () => {
  await browser?.context.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const welcomeTabs = (b: ExtensionBrowser) =>
  b.context.pages().filter((p) => p.url() === `chrome-extension://${b.extensionId}/welcome.html`);

describe('the first-run page', () => {
  it('opens once when Footnote is installed, explaining every kind with an example', async () => {
    ensureBuilt();
    browser = await launchWithExtension(profileDir, { keepWelcome: true });
    const welcome = await waitForWelcome(browser.context, browser.extensionId);
    await welcome.waitForSelector('.kind');
    // Give a second listener, were there one, the time to open another tab.
    await welcome.waitForTimeout(1500);
    expect(welcomeTabs(browser)).toHaveLength(1);

    expect(await welcome.title()).toBe('Welcome to Footnote');
    const kinds = await welcome.$$eval('.kind', (cards) =>
      cards.map((c) => ({
        title: c.querySelector('h3')?.textContent,
        example: c.querySelector('figcaption')?.textContent ?? null,
      })),
    );
    expect(kinds.map((k) => k.title)).toEqual(DETECTORS.map((d) => kindTitle(d.id)));
    // Each example is a flag the bundled core raised on the sample article, in the extension page itself.
    for (const kind of kinds) expect(kind.example, kind.title ?? '').toBeTruthy();
    // The reader's shortcut keys, read from the browser.
    const commands = await browser.background.evaluate(() => chrome.commands.getAll());
    const keyOf = (name: string) => commands.find((c) => c.name === name)?.shortcut || null;
    const expected = [keyOf('_execute_action'), keyOf('highlight-selection'), keyOf('note-on-selection')];
    // Every suggested key is free in a fresh profile: Chromium silently drops one it reserves (it did Alt+Shift+N).
    expect(expected).toEqual(['Alt+Shift+O', 'Alt+Shift+H', 'Alt+Shift+M']);
    expect(await welcome.$$eval('.keys', (k) => k.map((e) => e.textContent))).toEqual(expected);
    // Keyboard: Tab reaches the settings link.
    await welcome.keyboard.press('Tab');
    expect(await welcome.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
  });

  it('does not open again when the browser restarts with the extension installed', async () => {
    // Closed first, so that a browser restoring its last session could not bring it back either.
    for (const tab of welcomeTabs(browser!)) await tab.close();
    await browser!.context.close();
    browser = await launchWithExtension(profileDir, { keepWelcome: true });
    const page = await browser.context.newPage();
    await page.waitForTimeout(2000);
    expect(welcomeTabs(browser)).toHaveLength(0);
  });
});
