/**
 * Screenshots for the README (`npx tsx scripts/screenshots.ts`): the seed article with Footnote's highlights, the
 * popup for that tab, the popup on a novel chapter (taken for fiction) and the options page, from the built Chrome extension in headless Chromium. Writes PNGs to
 * docs/screenshots/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ensureBuilt,
  launchWithExtension,
  newProfileDir,
  pageHighlights,
  settledTabState,
  waitFor,
} from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/server';

const OUT = resolve(process.cwd(), 'docs/screenshots');

async function main() {
  ensureBuilt();
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const profile = newProfileDir();
  const b = await launchWithExtension(profile);
  const local = new URL(server.origin).host;
  await b.context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== local,
    (route) => route.abort(),
  );
  try {
    const url = `${server.origin}/seed/`;
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(url);
    const state = await settledTabState(b.background, url);
    await waitFor(
      () => pageHighlights(page),
      (h) => Object.keys(h).length > 0,
      'highlights',
    );
    // Scroll to where the flagged passages start so the picture shows some.
    await page.evaluate(() => {
      const firstRange = [...CSS.highlights.values()].flatMap((h) => [...h])[0] as Range | undefined;
      const node = firstRange?.startContainer;
      (node?.nodeType === 1 ? (node as Element) : node?.parentElement)?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    await page.screenshot({ path: resolve(OUT, 'flagged-article.png') });

    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${state.tabId}`);
    await popup.waitForSelector('li.flag', { timeout: 10_000 }).catch(() => undefined);
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });
    await popupKeyboardShots(b, state.tabId, `${server.origin}/pages/videos-1/`);

    // A novel chapter: taken for fiction, so the popup says which checks it did not get.
    const fictionUrl = `${server.origin}/fiction/14881-ch01/`;
    const fiction = await b.context.newPage();
    await fiction.goto(fictionUrl);
    const fictionState = await settledTabState(b.background, fictionUrl);
    const fictionPopup = await b.context.newPage();
    await fictionPopup.setViewportSize({ width: 420, height: 640 });
    await fictionPopup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${fictionState.tabId}`);
    await fictionPopup.waitForSelector('.page-scope', { timeout: 10_000 }).catch(() => undefined);
    await fictionPopup.locator('.page-scope summary').click();
    await fictionPopup.waitForTimeout(300);
    await fictionPopup.screenshot({ path: resolve(OUT, 'popup-fiction.png'), fullPage: true });

    const options = await b.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForTimeout(800);
    await options.screenshot({ path: resolve(OUT, 'options.png'), fullPage: true });

    // The first-run page, light and dark (opened here by hand: the launch closed the one the install opened).
    for (const scheme of ['light', 'dark'] as const) {
      const welcome = await b.context.newPage();
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.setViewportSize({ width: 900, height: 1000 });
      await welcome.goto(`chrome-extension://${b.extensionId}/welcome.html`);
      await welcome.waitForSelector('.kind figcaption');
      const name = scheme === 'light' ? 'welcome.png' : 'welcome-dark.png';
      await welcome.screenshot({ path: resolve(OUT, name), fullPage: true });
    }
    console.log(`Screenshots in ${OUT}`);
  } finally {
    await b.context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The popup in dark mode with the keyboard's focus on the second flag (popup-dark-focus.png), its Notes tab reached
 * with → and Tab (popup-notes.png), and an affiliate link flagged twice shown as one flag (popup-grouped.png).
 */
async function popupKeyboardShots(b: Awaited<ReturnType<typeof launchWithExtension>>, tabId: number, grouped: string) {
  const dark = await b.context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.setViewportSize({ width: 420, height: 640 });
  await dark.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await dark.waitForSelector('li.flag', { timeout: 10_000 }).catch(() => undefined);
  for (const key of ['Tab', 'ArrowDown', 'ArrowDown']) await dark.keyboard.press(key);
  await dark.waitForTimeout(300);
  await dark.screenshot({ path: resolve(OUT, 'popup-dark-focus.png') });
  for (const key of ['Shift+Tab', 'ArrowRight', 'Tab']) await dark.keyboard.press(key);
  await dark.waitForTimeout(300);
  await dark.screenshot({ path: resolve(OUT, 'popup-notes.png') });
  await dark.close();

  const page = await b.context.newPage();
  await page.goto(grouped);
  const state = await settledTabState(b.background, grouped);
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${state.tabId}`);
  await popup.waitForSelector('.flag-reason-kind', { timeout: 10_000 }).catch(() => undefined);
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: resolve(OUT, 'popup-grouped.png') });
  await popup.close();
  await page.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
