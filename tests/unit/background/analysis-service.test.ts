/**
 * The background's analysis of a page snapshot (lib/background/analysis-service.ts): the same report as the CLI for
 * the same HTML, refusals for size and time, an older request of a tab made stale by a newer one, and the warm-up
 * that gives way to a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../cli/analyze-input';
import { analysisService } from '../../../lib/background/analysis-service';
import { WARM_UP_PAGE } from '../../../lib/background/warm-up';
import { DETECTOR_IDS } from '../../../lib/core/detectors/registry';
import type { Sender } from '../../../lib/messaging/serve';
import { SEED_DIR, sharedSeed } from '../../support/paths';

const HAS_SEED = sharedSeed('the background analysis of the seed article');
const URL_ = 'https://www.example.com/article/';
const all = <T>(value: T) => Object.fromEntries(DETECTOR_IDS.map((id) => [id, value]));
const params = (html: string, run = 1) => ({
  url: URL_,
  html,
  run: { page: 'p', run },
  enabled: all(true),
  sensitivity: all('normal' as const),
});
const fromTab = (id: number) => ({ tab: { id } }) as unknown as Sender;

describe('the analysis service', () => {
  it.runIf(HAS_SEED)('gives the CLI report for the same HTML', async () => {
    const html = readFileSync(join(SEED_DIR, 'index.html'), 'utf8');
    const outcome = await analysisService().handlers.analysePage(params(html), fromTab(1));
    expect(outcome.state).toBe('done');
    const report = (outcome as { report: ReturnType<typeof analyzeHtml> }).report;
    const cli = analyzeHtml(html, URL_, false);
    expect(report.flags.length).toBeGreaterThan(0);
    expect(report.flags).toEqual(cli.flags);
    expect(report.quotes).toEqual(cli.quotes);
    expect(report.page).toEqual(cli.page);
    expect(report.timings.parseMs).toBeGreaterThan(0);
  });

  it('declines a snapshot over the element limit', async () => {
    // <html>, the <head> a browser would add, <body> and 100,001 more.
    const html = `<html><body>${'<i></i>'.repeat(100_001)}</body></html>`;
    expect(await analysisService().handlers.analysePage(params(html), fromTab(1))).toEqual({
      state: 'too-large',
      reason: 'This page is too large to analyse: 100,004 elements',
    });
  });

  it('stops between phases once past its time limit', async () => {
    let clock = 0;
    const { handlers } = analysisService({ now: () => (clock += 50), timeLimitMs: 120 });
    const outcome = await handlers.analysePage(params('<html><body><p>Short text.</p></body></html>'), fromTab(1));
    expect(outcome).toEqual({
      state: 'too-large',
      reason: 'This page is too large to analyse: the analysis took more than 0 seconds',
    });
  });

  it('makes an older request of the same tab stale, and leaves other tabs alone', async () => {
    const { handlers } = analysisService();
    const html = '<html><body><article><p>Officials said the plan would work.</p></article></body></html>';
    const older = handlers.analysePage(params(html, 1), fromTab(7));
    const otherTab = handlers.analysePage(params(html, 1), fromTab(8));
    const newer = handlers.analysePage(params(html, 2), fromTab(7));
    expect((await older).state).toBe('stale');
    expect((await otherTab).state).toBe('done');
    expect((await newer).state).toBe('done');
  });

  describe('warming up', () => {
    const page =
      '<html><body><article><p>“We will win,” said Ana Ruiz. Critics say it will fail.</p></article></body></html>';

    it('runs to the end when no page asks, and changes no report', async () => {
      const service = analysisService();
      expect(await service.warmUp(WARM_UP_PAGE.html, WARM_UP_PAGE.url)).toBe('warm');
      const warmed = await service.handlers.analysePage(params(page), fromTab(1));
      const cold = await analysisService().handlers.analysePage(params(page), fromTab(1));
      expect(warmed.state).toBe('done');
      const flagsOf = (outcome: typeof warmed) => (outcome as { report: ReturnType<typeof analyzeHtml> }).report.flags;
      expect(flagsOf(warmed)).toEqual(flagsOf(cold));
    });

    it('gives way to a page that asks while it runs', async () => {
      const service = analysisService();
      const warming = service.warmUp(WARM_UP_PAGE.html, WARM_UP_PAGE.url);
      const outcome = await service.handlers.analysePage(params(page), fromTab(1));
      expect(await warming).toBe('gave-way');
      expect(outcome.state).toBe('done');
    });

    it('does not start once a page was analysed', async () => {
      const service = analysisService();
      await service.handlers.analysePage(params(page), fromTab(1));
      expect(await service.warmUp(WARM_UP_PAGE.html, WARM_UP_PAGE.url)).toBe('not-needed');
    });
  });
});
