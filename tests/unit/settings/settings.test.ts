import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETECTORS } from '../../../lib/core/detectors/registry';

// WXT's storage picks the extension API up when its module loads: the fake must be in place first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let settings: typeof import('../../../lib/settings/settings');
beforeAll(async () => {
  settings = await import('../../../lib/settings/settings');
});
beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('has a switch and a sensitivity for every detector of the registry, all on by default', () => {
    const defaults = settings.defaultSettings();
    expect(Object.keys(defaults.detectors).sort()).toEqual(DETECTORS.map((d) => d.id).sort());
    for (const one of Object.values(defaults.detectors)) expect(one).toEqual({ enabled: true, sensitivity: 'normal' });
    expect(defaults).toMatchObject({ highlights: true, analysis: 'auto', quietSites: [] });
  });

  it('fills in detectors a stored value does not know and drops odd values', () => {
    const [first, ...rest] = DETECTORS;
    const stored = {
      detectors: { [first.id]: { enabled: false, sensitivity: 'high' }, gone: { enabled: false } },
      highlights: 'yes',
      analysis: 'click',
    };
    const made = settings.normalizeSettings(stored);
    expect(made.detectors[first.id]).toEqual({ enabled: false, sensitivity: 'high' });
    for (const d of rest) expect(made.detectors[d.id]).toEqual({ enabled: true, sensitivity: 'normal' });
    expect(made.detectors).not.toHaveProperty('gone');
    expect(made.highlights).toBe(true);
    expect(made.analysis).toBe('click');
  });

  it('turns settings into analysis options', () => {
    const s = settings.defaultSettings();
    const off = DETECTORS[0].id;
    const eager = DETECTORS[1].id;
    s.detectors[off].enabled = false;
    s.detectors[eager].sensitivity = 'high';
    const options = settings.analyzeOptionsFrom(s);
    expect(options.enabled?.[off]).toBe(false);
    expect(options.enabled?.[eager]).toBe(true);
    expect(options.sensitivity?.[eager]).toBe('high');
  });

  it('keeps quiet on listed sites and their subdomains only', () => {
    const s = { ...settings.defaultSettings(), quietSites: ['Example.com', 'https://www.news.example/path'] };
    expect(settings.isQuietSite(s, 'example.com')).toBe(true);
    expect(settings.isQuietSite(s, 'www.example.com')).toBe(true);
    expect(settings.isQuietSite(s, 'blog.example.com')).toBe(true);
    expect(settings.isQuietSite(s, 'news.example')).toBe(true);
    expect(settings.isQuietSite(s, 'notexample.com')).toBe(false);
    expect(settings.isQuietSite(s, 'example.org')).toBe(false);
  });

  it('stores settings in the extension storage and tells watchers of changes', async () => {
    expect(await settings.loadSettings()).toEqual(settings.defaultSettings());
    const seen: boolean[] = [];
    const unwatch = settings.watchSettings((s) => seen.push(s.highlights));
    const changed = { ...settings.defaultSettings(), highlights: false, quietSites: ['www.a.example'] };
    await settings.saveSettings(changed);
    expect(await settings.loadSettings()).toMatchObject({ highlights: false, quietSites: ['a.example'] });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    unwatch();
  });
});
