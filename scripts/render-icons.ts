/**
 * Renders the extension's icons (`npx tsx scripts/render-icons.ts`): public/icon.svg, the one source, drawn by
 * headless Chromium at each size the manifest and the toolbar button use, to public/icon/<size>.png (WXT puts
 * those in the manifest's `icons` and the action's `default_icon`). Also writes a contact sheet of every size on a
 * light and a dark toolbar colour to /tmp, to look at before committing.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = resolve(process.cwd(), 'public/icon.svg');
const OUT = resolve(process.cwd(), 'public/icon');

async function main() {
  const svg = readFileSync(SOURCE, 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${src}" width="${size}" height="${size}" alt="">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(OUT, `${size}.png`), png);
      console.log(`public/icon/${size}.png`);
    }
    // Every size at 1:1 on a light and a dark toolbar, plus the 16 px one enlarged to judge its pixels.
    const png = (size: number) => `data:image/png;base64,${readFileSync(join(OUT, `${size}.png`)).toString('base64')}`;
    const tiles = ICON_SIZES.map((s) => `<img src="${png(s)}" width="${s}" height="${s}">`).join('');
    const sheet = join(tmpdir(), 'footnote-icons.png');
    await page.setViewportSize({ width: 520, height: 300 });
    await page.setContent(
      `<style>body{margin:0;font:12px sans-serif}div{display:flex;gap:16px;align-items:center;padding:16px}` +
        `img{image-rendering:pixelated}</style>` +
        ['#f9f9fb', '#2b2a33'].map((bg) => `<div style="background:${bg}">${tiles}</div>`).join('') +
        `<div><img src="${png(16)}" width="96"><img src="${png(32)}" width="96"></div>`,
    );
    await page.screenshot({ path: sheet, fullPage: true });
    console.log(`contact sheet: ${sheet}`);
  } finally {
    await browser.close();
  }
}

await main();
