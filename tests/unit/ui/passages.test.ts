import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/badge';
import { analyzeDocument } from '../../../lib/core/analyze';
import { countPassages, groupByPassage } from '../../../lib/core/passages';
import type { Flag } from '../../../lib/core/report';
import { fileDocument } from '../../support/load-html';
import { CORPUS, sharedCorpus } from '../../support/paths';
import { makeFlag } from './fixtures';

describe('groupByPassage', () => {
  it('makes one passage of findings on the same words, the most serious finding leading', () => {
    const link = makeFlag('affiliate-link', 'Sony WH-1000 at Amazon', 'An Amazon affiliate link.');
    const undisclosed = makeFlag('undisclosed-affiliate', 'Sony WH-1000 at Amazon', 'Nothing discloses it.', {
      severity: 'warning',
    });
    const quote = makeFlag('unsourced-quote', '"Nobody beats it,"', 'No named speaker.');
    const passages = groupByPassage([quote, link, undisclosed]);
    expect(passages.map((p) => p.flags.map((f) => f.kind))).toEqual([
      ['undisclosed-affiliate', 'affiliate-link'],
      ['unsourced-quote'],
    ]);
    expect(passages[0].lead).toBe(undisclosed);
    expect(passages[0].severity).toBe('warning');
  });

  it('joins overlapping findings, also through a chain, and keeps touching ones apart', () => {
    const outer = makeFlag('vague-attribution', 'Prices went up, critics say', 'Who are the critics?');
    const inner = makeFlag('missing-reference', 'went up', 'No figures.');
    const tail = makeFlag('unsourced-quote', 'critics say. The Bose', 'x');
    const next = makeFlag('affiliate-link', 'Bose QC at Walmart', 'A Walmart link.');
    // "Bose" overlaps `tail`, so all four are one passage.
    expect(groupByPassage([outer, inner, tail, next]).map((p) => p.flags.length)).toEqual([4]);
    // "Studies show noise harms sleep." ends where " Prices" begins: adjacent, not the same words.
    const before = makeFlag('missing-reference', 'Studies show noise harms sleep.', 'Which studies?');
    expect(groupByPassage([before, outer]).length).toBe(2);
  });

  it('joins findings without positions by their quote and its context', () => {
    const strip = (flag: Flag): Flag => ({
      ...flag,
      target: { ...flag.target, selector: flag.target.selector.filter((s) => s.type === 'TextQuoteSelector') },
    });
    const a = strip(makeFlag('affiliate-link', 'Bose QC at Walmart', 'a'));
    const b = strip(makeFlag('undisclosed-affiliate', 'Bose QC at Walmart', 'b'));
    const c = strip(makeFlag('unsourced-quote', '"Nobody beats it,"', 'c'));
    expect(groupByPassage([a, b, c]).map((p) => p.flags.length)).toEqual([2, 1]);
  });

  it('lists passages in the order of the page', () => {
    const late = makeFlag('vague-attribution', 'critics say', 'x');
    const early = makeFlag('affiliate-link', 'Sony WH-1000 at Amazon', 'y');
    expect(groupByPassage([late, early]).map((p) => p.lead)).toEqual([early, late]);
  });

  it('keeps an empty list empty', () => {
    expect(groupByPassage([])).toEqual([]);
  });
});

describe('the badge counts passages', () => {
  it('counts an affiliate link flagged twice once, in the colour of its worst finding', () => {
    const link = makeFlag('affiliate-link', 'Sony WH-1000 at Amazon', 'An Amazon affiliate link.');
    const undisclosed = makeFlag('undisclosed-affiliate', 'Sony WH-1000 at Amazon', 'Nothing discloses it.', {
      severity: 'warning',
    });
    const quote = makeFlag('unsourced-quote', '"Nobody beats it,"', 'No named speaker.');
    const report = { flags: [link, undisclosed, quote] } as never;
    const badge = badgeFor({ state: 'done', report });
    expect(badge?.text).toBe('2');
    expect(badge?.title).toBe(
      'Footnote: 2 flagged passages on this page (1 undisclosed affiliate link, 1 unsourced quote)',
    );
  });
});

// The corpus pages where two findings sat on one passage at the default sensitivity, with their flag and passage
// counts: over all 1,499 pages of ../shared/corpus, 7 findings shared a passage; these four are the affiliate ones.
const SHARED_PASSAGES: [string, number, number][] = [
  ['articles-dev/20b2b64916b00b25203c9f1bf14248922f4d522f18328e9f876cce116df0083e.html', 23, 22],
  ['articles-dev/cc4aa22b8212aec7d289667c0a965569e6f06b9e9196ff8b02219bf2bc1b90d0.html', 16, 15],
  ['articles-dev/f81c6c05d9cbc93316992fa23ef74ec405194e292611f2e94f6a814868903665.html', 2, 1],
  ['readability-pages/videos-1/source.html', 28, 27],
];

describe.runIf(sharedCorpus('passages on corpus pages', 'articles-dev', 'readability-pages'))(
  'corpus pages with an affiliate link flagged twice',
  () => {
    it.each(SHARED_PASSAGES)(
      '%s: every finding stays in report.flags, the badge counts passages',
      (file, flags, passages) => {
        const report = analyzeDocument(fileDocument(`${CORPUS}/${file}`), `https://example.org/${file}`);
        expect(report.flags.length).toBe(flags);
        expect(countPassages(report.flags)).toBe(passages);
        expect(badgeFor({ state: 'done', report })?.text).toBe(String(passages));
        const twice = groupByPassage(report.flags).filter((p) => p.flags.length > 1);
        expect(twice.map((p) => p.flags.map((f) => f.kind))).toEqual([['undisclosed-affiliate', 'affiliate-link']]);
      },
    );
  },
);
