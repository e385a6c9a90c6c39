/**
 * What the background analyses to warm its engine (analysis-service's `warmUp`): the demo article, an invented post
 * written to trip every detector once (examples/README.md; a fixture test keeps it doing so), so its one run compiles
 * the patterns and functions a reader's article needs.
 */
import demoArticle from '../../examples/demo-article.html?raw';
import type { AnalysisService, WarmUpOutcome } from './analysis-service';

export const WARM_UP_PAGE = { html: demoArticle, url: 'https://pedal-ledger.example/news/cargo-bike-subsidy/' };

/**
 * The wait before warming: when the worker was woken by a page's snapshot itself, that request arrives first and the
 * warm-up is not needed (the page's own analysis compiles the engine).
 */
export const WARM_UP_DELAY_MS = 50;

/** Warms `service` once, after the delay; a failure only means the first page is analysed cold. */
export function warmUpSoon(service: Pick<AnalysisService, 'warmUp'>): Promise<WarmUpOutcome | 'failed'> {
  return new Promise((resolve) => {
    setTimeout(() => {
      service.warmUp(WARM_UP_PAGE.html, WARM_UP_PAGE.url).then(resolve, () => resolve('failed'));
    }, WARM_UP_DELAY_MS);
  });
}
