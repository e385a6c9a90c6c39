/**
 * The detector catalog and the registry agree: one entry per detector, in one order, the registry's detectors
 * carrying their entry's words and scope; and what derives from the catalog (default settings, nouns, highlight
 * names) follows it. The type-level half (the registry does not compile unless both list the same ids) is
 * checked by `tsc --noEmit`.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOG, DETECTOR_IDS, catalogEntry, type DetectorId } from '../../../lib/core/detectors/catalog';
import { defineDetector } from '../../../lib/core/detectors/detector';
import { JOURNALISM_KINDS } from '../../../lib/core/page/kinds';
import { DETECTORS, detectorById, type DetectorId as RegistryId } from '../../../lib/core/detectors/registry';
import { highlightCss } from '../../../lib/page/highlights';
import { kindNoun } from '../../../lib/ui/labels';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { analyzeOptionsFrom, defaultSettings, normalizeSettings } = await import('../../../lib/settings/settings');

describe('the detector catalog', () => {
  it('lists each id once, and the registry implements exactly those, in the same order', () => {
    expect(new Set(DETECTOR_IDS).size).toBe(CATALOG.length);
    expect(DETECTORS.map((d) => d.id)).toEqual(CATALOG.map((c) => c.id));
    expectTypeOf<RegistryId>().toEqualTypeOf<DetectorId>();
  });

  it.each(CATALOG.map((c) => [c.id, c] as const))('gives %s its words, severity and scope', (id, info) => {
    const detector = detectorById(id)!;
    expect(detector.label).toBe(info.label);
    expect(detector.description).toBe(info.description);
    expect(detector.severity).toBe(info.severity);
    expect(detector.appliesTo).toEqual(info.appliesTo);
    expect(typeof detector.detect).toBe('function');
    expect(info.noun.one).toBe(info.noun.one.toLowerCase());
    expect(info.noun.other).not.toBe(info.noun.one);
  });

  it('scopes the journalism detectors to the journalism kinds (and encyclopedias for two)', () => {
    const journalism = [...JOURNALISM_KINDS].sort();
    const scoped = CATALOG.filter((c) => c.appliesTo && c.appliesTo.kinds !== 'any');
    expect(scoped.map((c) => c.id)).toEqual(['unsourced-quote', 'vague-attribution', 'missing-reference']);
    for (const info of scoped) {
      const kinds = info.appliesTo!.kinds as readonly string[];
      expect(kinds.filter((k) => k !== 'encyclopedia').sort()).toEqual(journalism);
    }
  });

  it('refuses, at type level and at run time, a detector the catalog does not have', () => {
    // @ts-expect-error 'not-a-detector' is no catalog id
    expect(() => defineDetector('not-a-detector', { detect: () => [] })).toThrow(/catalog/);
    expect(catalogEntry('not-a-detector')).toBeUndefined();
  });
});

describe('what derives from the catalog', () => {
  it('default settings are each entry’s defaults, and fill in what a stored value lacks', () => {
    const defaults = defaultSettings();
    expect(Object.keys(defaults.detectors)).toEqual([...DETECTOR_IDS]);
    for (const info of CATALOG) expect(defaults.detectors[info.id]).toEqual(info.defaults);
    const [first] = CATALOG;
    const made = normalizeSettings({ detectors: { [first.id]: { enabled: 'no', sensitivity: 'odd' } } });
    expect(made.detectors[first.id]).toEqual(first.defaults);
    const options = analyzeOptionsFrom(defaults);
    for (const info of CATALOG) {
      expect(options.enabled?.[info.id]).toBe(info.defaults.enabled);
      expect(options.sensitivity?.[info.id]).toBe(info.defaults.sensitivity);
    }
  });

  it('labels and highlight names come from the entries', () => {
    for (const info of CATALOG) {
      expect(kindNoun(info.id)).toEqual(info.noun);
      expect(highlightCss()).toContain(`::highlight(footnote-${info.id})`);
    }
    expect(highlightCss().match(/::highlight\(/g)).toHaveLength(CATALOG.length);
  });
});
