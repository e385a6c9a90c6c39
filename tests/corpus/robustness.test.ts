/**
 * The analysis over every real page of ../shared/corpus/readability-pages: it never throws, and every flag and
 * quote it reports is anchored consistently (the TextQuoteSelector's exact text is the page text at the
 * TextPositionSelector, with the context either side).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/core/analyze';
import { CONTEXT_CHARS, findSelector } from '../../lib/core/anchoring/selectors';
import type { Target } from '../../lib/core/report';
import { TextIndex } from '../../lib/core/text/text-index';
import { fileDocument } from '../support/load-html';
import { CORPUS, sharedCorpus } from '../support/paths';

const PAGES_DIR = join(CORPUS, 'readability-pages');
const present = sharedCorpus('the analysis over the Readability test pages', 'readability-pages');
const pages = present ? readdirSync(PAGES_DIR).filter((d) => existsSync(join(PAGES_DIR, d, 'source.html'))) : [];

function checkAnchor(target: Target, pageText: string, url: string): void {
  expect(target.source).toBe(url);
  const quote = findSelector(target.selector, 'TextQuoteSelector');
  const position = findSelector(target.selector, 'TextPositionSelector');
  expect(quote && position).toBeTruthy();
  if (!quote || !position) return;
  expect(0 <= position.start && position.start <= position.end && position.end <= pageText.length).toBe(true);
  expect(quote.exact).toBe(pageText.slice(position.start, position.end));
  expect(quote.prefix).toBe(pageText.slice(Math.max(0, position.start - CONTEXT_CHARS), position.start));
  expect(quote.suffix).toBe(pageText.slice(position.end, position.end + CONTEXT_CHARS));
}

describe.runIf(present)('analysis over the Readability test pages', () => {
  it('finds the corpus', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s: analyses without throwing, every anchor consistent', (page) => {
    const doc = fileDocument(join(PAGES_DIR, page, 'source.html'));
    const url = `https://example.org/${page}/`;
    // The text the analysis indexes, taken before it runs: offsets must point into the unchanged page.
    const pageText = new TextIndex(doc.body ?? doc.documentElement ?? doc).text;
    const report = analyzeDocument(doc, url);
    expect(report.url).toBe(url);
    expect(report.counts.total).toBe(report.flags.length);
    expect(new Set(report.flags.map((f) => f.id)).size).toBe(report.flags.length);
    for (const flag of report.flags) checkAnchor(flag.target, pageText, url);
    for (const quote of report.quotes) checkAnchor(quote.target, pageText, url);
  });
});
