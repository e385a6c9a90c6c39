/**
 * What drawing the reader's notes in the closed note layer costs (issue 9): 300 notes on a long page (1,500
 * paragraphs), in a real Chromium with the built extension. Prints:
 * - saves: 300 notes saved one by one through the background (each one push to the tab, which anchors that note
 *   alone): wall time until all are drawn, and the page's main-thread time meanwhile;
 * - draw: the content script's own time to measure every note's client rects and to paint the boxes near the
 *   viewport, after the notes arrive and after a window resize (a full re-measure);
 * - scroll: frame intervals while the page scrolls 40 px per frame, with 300 notes and with none (median, p95,
 *   max), and the renderer's main-thread task time over the scroll (CDP Performance.getMetrics TaskDuration);
 * - how many boxes are in the layer at once (only those near the viewport are painted).
 *
 *   FOOTNOTE_OUT_DIR=/tmp/me/output npx wxt build && FOOTNOTE_OUT_DIR=/tmp/me/output npx tsx scripts/bench-note-overlay.ts
 */
import type { CDPSession, Page } from 'playwright-core';
import type { DrawnNote, OverlayCost } from '../lib/page/note-overlay';
import { describeTextRange } from '../lib/core/anchoring/selectors';
import { settledTabState, waitFor } from '../tests/e2e/support/chromium';
import { startExtensionSession, startPageServer } from '../tests/e2e/support/session';

const PARAGRAPHS = 1500;
const NOTES = 300;
const SCROLL_FRAMES = 240;
const RUNS = 3;

const paragraph = (i: number) =>
  `Paragraph ${i}: the council discussed item ${i * 13} of the budget, and residents asked about road ${i % 97}.`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council minutes</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 700px; margin: 40px auto; }</style></head>
<body><article><h1>Council minutes</h1>${Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${paragraph(i)}</p>`).join('\n')}</article></body></html>`;

interface Frames {
  median: number;
  p95: number;
  max: number;
  taskMs: number;
}

async function scrollFrames(page: Page, cdp: CDPSession): Promise<Frames> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  const before = await taskDuration(cdp);
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  const intervals = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    let n = 0;
    requestAnimationFrame(function step(now) {
      out.push(now - last);
      last = now;
      window.scrollBy(0, 40);
      if (++n < ${SCROLL_FRAMES}) requestAnimationFrame(step);
      else resolve(out.slice(1));
    });
  })`)) as number[];
  const taskMs = (await taskDuration(cdp)) - before;
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
    max: sorted[sorted.length - 1],
    taskMs: taskMs * 1000,
  };
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

const fmt = (f: Frames) =>
  `frame interval median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)}, max ${f.max.toFixed(1)}; ` +
  `main-thread tasks ${f.taskMs.toFixed(0)} ms over ${SCROLL_FRAMES} frames`;

async function main(): Promise<void> {
  const server = await startPageServer((path) => (path === '/long/' ? PAGE : null), null);
  const url = `${server.origin}/long/`;
  const browser = await startExtensionSession();
  const send = browser.send;
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(url);
    const { tabId } = await settledTabState(browser.background, url);
    await page.bringToFront();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const drawn = () => send<{ notes: DrawnNote[]; cost: OverlayCost }>('drawnNotes', {}, tabId);

    const baseline: Frames[] = [];
    for (let i = 0; i < RUNS; i++) baseline.push(await scrollFrames(page, cdp));

    const identity = await send<{ url: string; canonicalUrl: string; title: string }>('pageIdentity', {}, tabId);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    const saving = Date.now();
    const taskBeforeSaves = await taskDuration(cdp);
    for (let k = 0; k < NOTES; k++) {
      const exact = `the council discussed item ${k * 5 * 13} of the budget`;
      const start = text.indexOf(`Paragraph ${k * 5}: `) + `Paragraph ${k * 5}: `.length;
      await send('saveNote', {
        note: {
          pageUrl: identity.url,
          canonicalUrl: identity.canonicalUrl,
          title: identity.title,
          selectors: describeTextRange(text, start, start + exact.length),
          quote: exact,
          body: `comment ${k}`,
          tags: [],
          colour: (['yellow', 'green', 'blue', 'pink', 'purple'] as const)[k % 5],
        },
      });
    }
    const all = await waitFor(drawn, (d) => d.notes.length === NOTES, `${NOTES} notes drawn`, 60_000);
    const savesMs = Date.now() - saving;
    const savesTaskMs = ((await taskDuration(cdp)) - taskBeforeSaves) * 1000;
    console.log(
      `${NOTES} notes saved one by one (one push each) and drawn in ${savesMs} ms; ` +
        `the page's main thread meanwhile ${savesTaskMs.toFixed(0)} ms (CDP TaskDuration)`,
    );
    console.log(
      `draw after the last push: measure ${all.cost.lastMeasureMs.toFixed(1)} ms (getClientRects of ${NOTES} ` +
        `passages), paint ${all.cost.lastPaintMs.toFixed(1)} ms, ${all.cost.painted} boxes in the layer ` +
        `(of ${all.notes.reduce((n, d) => n + d.boxes, 0)} measured)`,
    );

    // A resize re-measures every note: its cost, taken a few times.
    const resizes: { measure: number; paint: number }[] = [];
    for (const width of [900, 1000, 900, 1000, 900]) {
      const before = (await drawn()).cost.measures;
      await page.setViewportSize({ width, height: 800 });
      const after = await waitFor(drawn, (d) => d.cost.measures > before, 'a re-measure');
      resizes.push({ measure: after.cost.lastMeasureMs, paint: after.cost.lastPaintMs });
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `re-measure after a resize (median of ${resizes.length}): measure ${median(resizes.map((r) => r.measure)).toFixed(1)} ms, ` +
        `paint ${median(resizes.map((r) => r.paint)).toFixed(1)} ms`,
    );

    const withNotes: Frames[] = [];
    const paintsBefore = (await drawn()).cost.paints;
    for (let i = 0; i < RUNS; i++) withNotes.push(await scrollFrames(page, cdp));
    const afterScroll = await drawn();
    const paints = afterScroll.cost.paints - paintsBefore;
    const pick = (runs: Frames[]) => runs.sort((a, b) => a.p95 - b.p95)[Math.floor(runs.length / 2)];
    console.log(`scroll without notes (median run of ${RUNS}): ${fmt(pick(baseline))}`);
    console.log(`scroll with ${NOTES} notes (median run of ${RUNS}): ${fmt(pick(withNotes))}`);
    console.log(
      `repaints of the layer while scrolling: ${paints} in ${RUNS * SCROLL_FRAMES} frames; ` +
        `last ${afterScroll.cost.lastPaintMs.toFixed(2)} ms, ${afterScroll.cost.painted} boxes`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
