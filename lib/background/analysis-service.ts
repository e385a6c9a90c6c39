/**
 * The analysis off the page: the background parses a page's snapshot (its serialised HTML) with linkedom, the DOM
 * the CLI uses, and runs the pure core on it, warm from one page to the next. Readability and the detectors then
 * never take a page's main thread. One code path for Chrome's service worker (which has no DOMParser) and Firefox's
 * background page; the reports equal the CLI's for the same HTML. Bounded: pages over the limits of
 * lib/core/page/limits.ts are declined, the analysis stops between phases past ANALYSIS_TIME_LIMIT_MS, and a newer
 * request from the same tab makes an older one stop as stale.
 *
 * Warm before the first page: V8 compiles each regular expression and optimises each function the first time it
 * runs, and a freshly started engine spends 3–4 times Readability's time on the detectors of its first page (a
 * compiled one: under a tenth). Chrome stops an idle service worker after 30 s, so most pages meet a fresh engine.
 * The worker wakes when a tab starts loading (tab-service's `tabs.onUpdated`), before the page's snapshot can
 * arrive: `warmUp` spends that wait analysing a page of its own, and gives way to the first real request.
 */
import { analyzeDocumentInSteps } from '../core/analyze';
import { ANALYSIS_TIME_LIMIT_MS, measureShape, tookTooLong, tooLarge } from '../core/page/limits';
import type { AnalysisOutcome, TabApi } from '../messaging/tab-api';
import type { Handlers } from '../messaging/serve';
import { parsePageHtml } from '../core/page/parse-html';

/** Lets the messages waiting behind an analysis through: the analysis goes on in a task of its own. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Thrown out of a pause to end an analysis early. */
class Stop extends Error {
  constructor(readonly outcome: AnalysisOutcome) {
    super(outcome.state);
  }
}

export interface AnalysisServiceOptions {
  /** A monotonic clock in ms. */
  now?: () => number;
  timeLimitMs?: number;
}

/** How a warm-up ended: run to the end, given way to a page's request, or not started because one came first. */
export type WarmUpOutcome = 'warm' | 'gave-way' | 'not-needed';

export interface AnalysisService {
  handlers: Pick<Handlers<TabApi>, 'analysePage'>;
  /** Analyses `html` once and forgets the report: compiles the engine before a reader's page needs it. */
  warmUp(html: string, url: string): Promise<WarmUpOutcome>;
}

export function analysisService(options: AnalysisServiceOptions = {}): AnalysisService {
  const now = options.now ?? (() => performance.now());
  const timeLimitMs = options.timeLimitMs ?? ANALYSIS_TIME_LIMIT_MS;
  /** The latest request of each tab (the key: tab id, or the page's run id outside a tab, as in tests). */
  const latest = new Map<string, number>();
  let requests = 0;

  const handlers: AnalysisService['handlers'] = {
    async analysePage({ url, html, run, enabled, sensitivity }, sender) {
      const key = sender.tab?.id !== undefined ? `tab:${sender.tab.id}` : `page:${run.page}`;
      const request = ++requests;
      latest.set(key, request);
      const started = now();
      // Between phases: let other messages through, and stop when superseded or out of time.
      const pause = async () => {
        await nextTask();
        if (latest.get(key) !== request) throw new Stop({ state: 'stale' });
        if (now() - started > timeLimitMs) throw new Stop({ state: 'too-large', reason: tookTooLong(timeLimitMs) });
      };
      try {
        const doc = parsePageHtml(html);
        const parseMs = now() - started;
        // The page checked its own size; the snapshot is checked again, with the depth a browser cannot report.
        const refused = tooLarge(measureShape(doc));
        if (refused) return { state: 'too-large', reason: refused.reason };
        await pause();
        const report = await analyzeDocumentInSteps(doc, url, { parseMs, enabled, sensitivity, now }, pause);
        return latest.get(key) === request ? { state: 'done', report } : { state: 'stale' };
      } catch (error) {
        if (error instanceof Stop) return error.outcome;
        // Recursive DOM code can overflow on a deep page even under the depth limit.
        if (error instanceof RangeError && /call stack/i.test(error.message))
          return { state: 'too-large', reason: 'This page is nested too deeply to analyse' };
        throw error;
      } finally {
        if (latest.get(key) === request) latest.delete(key);
      }
    },
  };

  async function warmUp(html: string, url: string): Promise<WarmUpOutcome> {
    if (requests > 0) return 'not-needed';
    try {
      await analyzeDocumentInSteps(parsePageHtml(html), url, {}, async () => {
        await nextTask();
        if (requests > 0) throw new Stop({ state: 'stale' });
      });
      return 'warm';
    } catch (error) {
      if (error instanceof Stop) return 'gave-way';
      throw error;
    }
  }

  return { handlers, warmUp };
}
