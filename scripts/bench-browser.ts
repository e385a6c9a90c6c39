/**
 * Footnote's cost in a real page (`npx tsx scripts/bench-browser.ts [runs]`): the built Chrome extension in headless
 * Chromium on the seed article and the three largest readability-corpus pages, served from 127.0.0.1. For each page:
 * - load -> badge: from the page's load event to the background having the analysis and the badge drawn;
 * - the analysis phases as the content script timed them (each phase is one task between idle-time pauses);
 * - long tasks (PerformanceObserver 'longtask' in the page) with Footnote, and the same page without the extension,
 *   so the page's own long tasks (parsing a large HTML file) can be told apart.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Report } from '../lib/core/report';
import { CORPUS } from '../tests/support/paths';
import {
  badgeText,
  ensureBuilt,
  findChromium,
  launchWithExtension,
  newProfileDir,
  settledTabState,
} from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/server';

interface Run {
  loadToBadgeMs: number;
  flags: number;
  longTasks: number[];
  baselineLongTasks: number[];
  phases: Record<string, number>;
}

const runs = Number(process.argv[2] ?? 3);
const pagesDir = join(CORPUS, 'readability-pages');
const largest = readdirSync(pagesDir)
  .filter((name) => existsSync(join(pagesDir, name, 'source.html')))
  .map((name) => ({ name, size: statSync(join(pagesDir, name, 'source.html')).size }))
  .sort((a, b) => b.size - a.size)
  .slice(0, 3);

async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { footnoteLongTasks: number[] }).footnoteLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

const readLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { footnoteLongTasks: number[] }).footnoteLongTasks);

async function blockOthers(context: BrowserContext, origin: string) {
  const local = new URL(origin).host;
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== local,
    (route) => route.abort(),
  );
}

async function main() {
  ensureBuilt();
  const server = await startFixtureServer();
  const targets = [
    { label: 'seed article', path: '/seed/' },
    ...largest.map((p) => ({ label: `${p.name} (${(p.size / 1e6).toFixed(2)} MB)`, path: `/pages/${p.name}/` })),
  ];

  // Baseline: the same pages in a Chromium without the extension.
  const plain = await chromium.launch({
    executablePath: findChromium(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const plainContext = await plain.newContext();
  await blockOthers(plainContext, server.origin);
  const baseline = new Map<string, number[]>();
  for (const target of targets) {
    const page = await plainContext.newPage();
    await observeLongTasks(page);
    await page.goto(server.origin + target.path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    baseline.set(target.path, await readLongTasks(page));
    await page.close();
  }
  await plain.close();

  const results = new Map<string, Run[]>();
  for (let r = 0; r < runs; r++) {
    const profile = newProfileDir();
    const b = await launchWithExtension(profile);
    await blockOthers(b.context, server.origin);
    for (const target of targets) {
      const url = server.origin + target.path;
      const page = await b.context.newPage();
      await observeLongTasks(page);
      const loaded = page.waitForEvent('load').then(() => performance.now());
      await page.goto(url, { waitUntil: 'load' });
      const loadAt = await loaded;
      const state = (await settledTabState(b.background, url, 30_000)) as unknown as {
        tabId: number;
        status: { state: string; report?: Report };
      };
      const report = state.status.report;
      const expected = report && report.flags.length > 0 ? String(report.flags.length) : '';
      while ((await badgeText(b.background, state.tabId)) !== expected) await new Promise((res) => setTimeout(res, 5));
      const badgeAt = performance.now();
      await page.waitForTimeout(1500);
      const phases: Record<string, number> = report
        ? {
            extract: report.timings.extractMs,
            ...(report.timings.detectors as Record<string, number>),
            // The last phase: quotations (detectMs counts detectors and quotations together).
            quotes:
              report.timings.detectMs -
              Object.values(report.timings.detectors).reduce((a: number, b) => a + (b ?? 0), 0),
          }
        : {};
      const list = results.get(target.label) ?? [];
      list.push({
        loadToBadgeMs: badgeAt - loadAt,
        flags: report?.flags.length ?? -1,
        longTasks: await readLongTasks(page),
        baselineLongTasks: baseline.get(target.path) ?? [],
        phases,
      });
      results.set(target.label, list);
      await page.close();
    }
    await b.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await server.close();

  const round = (n: number) => Math.round(n * 10) / 10;
  for (const [label, list] of results) {
    const badge = list.map((r) => r.loadToBadgeMs).sort((a, b) => a - b);
    const phaseNames = Object.keys(list[0].phases);
    const worstPhase = phaseNames
      .map((name) => ({ name, ms: Math.max(...list.map((r) => r.phases[name] ?? 0)) }))
      .sort((a, b) => b.ms - a.ms);
    console.log(`\n${label}: ${list[0].flags} flags`);
    console.log(
      `  load -> badge (ms, ${runs} runs): median ${round(badge[badge.length >> 1])}, min ${round(badge[0])}, max ${round(badge[badge.length - 1])}`,
    );
    console.log(
      `  slowest phases (ms, worst run): ${worstPhase
        .slice(0, 3)
        .map((p) => `${p.name} ${round(p.ms)}`)
        .join(', ')}`,
    );
    const otherPhases = worstPhase.filter((p) => p.name !== 'extract');
    console.log(
      `  longest phase other than extract (Readability): ${otherPhases[0] ? `${otherPhases[0].name} ${round(otherPhases[0].ms)}` : '-'}`,
    );
    console.log(`  long tasks with Footnote: ${list.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')}`);
    console.log(`  long tasks without the extension: [${list[0].baselineLongTasks.join(', ')}]`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
