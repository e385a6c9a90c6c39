/**
 * Flags found on a snapshot land in the live page: the background's report (linkedom, on the page's serialised
 * HTML) is anchored on the page's own text index, built in slices. Positions hit when the page is as it was; the
 * quote finds the passage when the page changed in between.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisService } from '../../../lib/background/analysis-service';
import type { Report } from '../../../lib/core/report';
import { buildTextIndexInSlices, TextIndex } from '../../../lib/core/text/text-index';
import type { Sender } from '../../../lib/messaging/serve';
import { anchorCounts, anchorSelectorsBy, rangeForSelectors } from '../../../lib/page/anchor';
import { SEED_DIR, sharedSeed } from '../../support/paths';

const HAS_SEED = sharedSeed('anchoring the seed article snapshot');

async function analyseSnapshot(doc: Document): Promise<Report> {
  const html = `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
  const outcome = await analysisService().handlers.analysePage(
    { url: 'https://news.example/story', html, run: { page: 'p', run: 1 }, enabled: {}, sensitivity: {} },
    { tab: { id: 1 } } as unknown as Sender,
  );
  if (outcome.state !== 'done') throw new Error(`not analysed: ${outcome.state}`);
  return outcome.report;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the text index built in slices', () => {
  it('equals the index built in one go, and pauses between slices', async () => {
    const doc = new DOMParser().parseFromString(
      `<p>${Array.from({ length: 300 }, (_, i) => `word ${i} <b>bold ${i}</b>`).join(' ')}</p>`,
      'text/html',
    ) as unknown as Document;
    let pauses = 0;
    let clock = 0;
    const { index, ms } = await buildTextIndexInSlices(doc.body, async () => void pauses++, {
      batch: 50,
      sliceMs: 1,
      now: () => (clock += 1),
    });
    const whole = new TextIndex(doc.body);
    expect(index.text).toBe(whole.text);
    expect(index.starts).toEqual(whole.starts);
    expect(index.nodes).toEqual(whole.nodes);
    expect(pauses).toBeGreaterThan(5);
    expect(ms).toBeGreaterThan(0);
  });
});

describe.runIf(HAS_SEED)('anchoring a snapshot analysis in the live page', () => {
  const html = HAS_SEED ? readFileSync(join(SEED_DIR, 'index.html'), 'utf8') : '';
  const livePage = () => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

  it('finds every flag by its position when the page is as the snapshot saw it', async () => {
    const doc = livePage();
    const report = await analyseSnapshot(doc);
    expect(report.flags.length).toBeGreaterThan(0);
    const { index } = await buildTextIndexInSlices(doc.body, pause);
    const selectors = report.flags.map((f) => f.target.selector);
    expect(anchorCounts(index.text, selectors)).toEqual({ position: report.flags.length, quote: 0, missed: 0 });
    for (const flag of report.flags) {
      const quote = flag.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const found = anchorSelectorsBy(index.text, flag.target.selector)!;
      expect(index.text.slice(found.span.start, found.span.end)).toBe(quote && 'exact' in quote && quote.exact);
      // A live Range in the page's own Text nodes (happy-dom's Range cannot read itself back: compare the nodes).
      const range = rangeForSelectors(index, flag.target.selector)!;
      expect(range.startContainer).toBe(index.locate(found.span.start)!.node);
      expect(range.endContainer).toBe(index.locate(found.span.end, true)!.node);
    }
  });

  it('falls back to the quote when the page gained text before the passages since the snapshot', async () => {
    const doc = livePage();
    const report = await analyseSnapshot(doc);
    const banner = doc.createElement('p');
    banner.textContent = 'A late banner the page added after the snapshot was taken. ';
    doc.body.insertBefore(banner, doc.body.firstChild);
    const { index } = await buildTextIndexInSlices(doc.body, pause);
    for (const flag of report.flags) {
      const quote = flag.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const found = anchorSelectorsBy(index.text, flag.target.selector);
      expect(found?.by).toBe('quote');
      expect(index.text.slice(found!.span.start, found!.span.end)).toBe(quote && 'exact' in quote && quote.exact);
    }
  });
});
