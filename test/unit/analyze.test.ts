import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { findSelector } from '../../src/core/anchoring/selectors';
import { fileDocument, htmlDocument } from '../support/load-html';
import { SEED_DIR } from '../support/paths';

const SEED = `${SEED_DIR}/index.html`;

describe('analyzeDocument', () => {
  it('extracts the seed article metadata and marks article blocks', () => {
    const doc = fileDocument(SEED);
    const report = analyzeDocument(doc, 'https://elevateyourmindbody.com/trump-troops/');
    expect(report.article.title).toContain('Troop Deployment');
    expect(report.article.extractedFrom).toBe('readability');
    expect(report.article.publishedTime).toMatch(/^2025-05-10/);
    expect(report.article.wordCount).toBeGreaterThan(1000);
    expect(report.timings.extractMs).toBeGreaterThan(0);
  });

  it('analyses the body when Readability finds no article, and says so', () => {
    const report = analyzeDocument(htmlDocument('<html><body><p>Hi.</p></body></html>'), 'https://example.org/');
    expect(report.article.extractedFrom).toBe('body');
    expect(report.flags.every((f) => findSelector(f.target.selector, 'TextPositionSelector'))).toBe(true);
  });
});
