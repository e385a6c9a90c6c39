import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { flagHighlightName, highlightCss } from '../../../lib/page/highlights';
import { significantChange } from '../../../lib/page/changes';

describe('the highlight stylesheet', () => {
  const css = highlightCss();
  const rules = css.split('\n');

  it('holds only ::highlight() rules, so it cannot touch the page layout', () => {
    for (const rule of rules) expect(rule).toMatch(/^::highlight\(footnote-[\w-]+\) \{[^{}]*\}$/);
    for (const rule of rules)
      expect(rule).not.toMatch(/(^|[\s;{])(color|display|margin|padding|font|width|height)\s*:/);
  });

  it('styles every detector, and nothing of the reader’s notes (those are drawn where the page cannot read)', () => {
    for (const { id } of DETECTORS) expect(css).toContain(`::highlight(${flagHighlightName(id)})`);
    expect(rules).toHaveLength(DETECTORS.length);
    expect(css).not.toMatch(/footnote-note/);
  });

  it('gives each flag kind an underline cue besides its colour', () => {
    for (const { id } of DETECTORS) {
      const rule = rules.find((r) => r.startsWith(`::highlight(${flagHighlightName(id)})`))!;
      expect(rule).toMatch(/underline (wavy|dotted|dashed|double)/);
    }
  });
});

describe('what counts as the content changing a lot', () => {
  it('ignores small changes and counts large ones', () => {
    expect(significantChange(20_000, 20_050)).toBe(false); // a counter, a clock
    expect(significantChange(20_000, 21_000)).toBe(false); // 5 %
    expect(significantChange(20_000, 25_000)).toBe(true);
    expect(significantChange(1_000, 1_400)).toBe(false); // under the absolute minimum
    expect(significantChange(100, 5_000)).toBe(true); // content loaded late
  });
});
