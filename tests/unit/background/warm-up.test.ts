/**
 * The page the background warms its engine on (lib/background/warm-up.ts): it must reach every detector, or the
 * reader's first page still pays for compiling the ones it skips.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../cli/analyze-input';
import { WARM_UP_PAGE, warmUpSoon } from '../../../lib/background/warm-up';
import { DETECTOR_IDS } from '../../../lib/core/detectors/registry';

describe('the warm-up page', () => {
  const report = analyzeHtml(WARM_UP_PAGE.html, WARM_UP_PAGE.url, false);

  it('is read as an article every detector applies to', () => {
    expect(report.page.skipped).toEqual([]);
  });

  it('gets a flag from every detector', () => {
    const detectorsWithFlags = new Set(report.flags.map((flag) => flag.kind));
    expect([...detectorsWithFlags].sort()).toEqual([...DETECTOR_IDS].sort());
  });
});

describe('warmUpSoon', () => {
  it('warms after its delay and says how it ended', async () => {
    const asked: string[] = [];
    const outcome = await warmUpSoon({
      warmUp: async (_html, url) => {
        asked.push(url);
        return 'warm';
      },
    });
    expect(outcome).toBe('warm');
    expect(asked).toEqual([WARM_UP_PAGE.url]);
  });

  it('turns a failed warm-up into an outcome, not an unhandled rejection', async () => {
    const outcome = await warmUpSoon({ warmUp: () => Promise.reject(new Error('out of memory')) });
    expect(outcome).toBe('failed');
  });
});
