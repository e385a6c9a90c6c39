import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SHORTCUTS, explainKinds, FirstRun } from '../../../components/FirstRun';
import {
  FIRST_RUN_KEY,
  onFirstRun,
  openWelcomeOnce,
  WELCOME_PATH,
  type FirstRunApis,
} from '../../../lib/background/first-run';
import { analyzeDocument } from '../../../lib/core/analyze';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import type { Report } from '../../../lib/core/report';
import { kindTitle } from '../../../lib/ui/labels';
import { fileDocument } from '../../support/load-html';
import { cleanup, mount, unnamedControls } from './render';

afterEach(cleanup);

// The sample the welcome page analyses (entrypoints/welcome/main.tsx), analysed here the way the CLI reads files.
const sample: Report = analyzeDocument(
  fileDocument('examples/demo-article.html'),
  'https://pedal-ledger.example/news/cargo-bike-subsidy/',
);

describe('explainKinds', () => {
  it('lists every registry kind in registry order, titled and described as the popup and options page do', () => {
    const kinds = explainKinds(sample);
    expect(kinds.map((k) => k.id)).toEqual(DETECTORS.map((d) => d.id));
    for (const [i, kind] of kinds.entries()) {
      expect(kind.title).toBe(kindTitle(DETECTORS[i].id));
      expect(kind.description).toBe(DETECTORS[i].description);
    }
  });

  it('takes each example from a real flag of that kind on the sample, so every kind has one', () => {
    for (const kind of explainKinds(sample)) {
      const flags = sample.flags.filter((f) => f.kind === kind.id);
      expect(kind.example, kind.id).not.toBeNull();
      expect(flags.map((f) => f.message)).toContain(kind.example!.message);
      expect(kind.example!.passage.length).toBeGreaterThan(0);
    }
  });

  it('still lists every kind, without examples, when the sample could not be analysed', () => {
    const kinds = explainKinds(null);
    expect(kinds).toHaveLength(DETECTORS.length);
    expect(kinds.every((k) => k.example === null)).toBe(true);
  });
});

describe('FirstRun', () => {
  it('shows each kind with its example, the ways to act on a flag, and that nothing leaves the machine', async () => {
    const { container } = await mount(<FirstRun kinds={explainKinds(sample)} />);
    const cards = [...container.querySelectorAll('.kind')];
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual(DETECTORS.map((d) => kindTitle(d.id)));
    const first = explainKinds(sample)[0];
    expect(cards[0].querySelector('blockquote')?.textContent).toBe(first.example!.passage);
    expect(cards[0].querySelector('figcaption')?.textContent).toBe(first.example!.message);
    const text = container.textContent ?? '';
    expect(text).toContain('Not an issue');
    expect(text).toContain('Assess');
    expect(text).toContain('Highlight with Footnote');
    expect(text).toMatch(/makes no network request/);
  });

  it('shows the reader’s own shortcut keys, and says when a command has none', async () => {
    const { container } = await mount(
      <FirstRun kinds={explainKinds(null)} shortcuts={{ highlight: 'Ctrl+Shift+Y', note: null }} />,
    );
    const keys = [...container.querySelectorAll('.keys')].map((k) =>
      [...k.querySelectorAll('kbd')].map((kbd) => kbd.textContent).join('+'),
    );
    expect(keys).toEqual(['Ctrl+Shift+Y']);
    expect(container.querySelector('.no-keys')?.textContent).toBe('a key you choose (none is set yet)');
    expect(DEFAULT_SHORTCUTS).toEqual({ highlight: 'Alt+Shift+H', note: 'Alt+Shift+M' });
  });

  it('is one main landmark with a heading outline and no unnamed controls', async () => {
    const { container } = await mount(<FirstRun kinds={explainKinds(sample)} />);
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const levels = [...container.querySelectorAll('h1, h2, h3')].map((h) => Number(h.tagName[1]));
    // No level skipped on the way down.
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    expect(unnamedControls(container)).toEqual([]);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/options.html');
  });
});

describe('onFirstRun', () => {
  function fakeBrowser() {
    let listener: ((details: { reason: string }) => void) | undefined;
    const create = vi.fn(async () => ({}));
    const local: Record<string, unknown> = {};
    const apis: FirstRunApis = {
      runtime: {
        onInstalled: { addListener: (l) => void (listener = l) },
        getURL: (path) => `chrome-extension://abc${path}`,
      },
      tabs: { create },
      storage: {
        local: {
          get: async (key) => (key in local ? { [key]: local[key] } : {}),
          set: async (items) => void Object.assign(local, items),
        },
      },
    };
    const fire = async (reason: string) => {
      listener?.({ reason });
      await new Promise((r) => setTimeout(r, 0));
    };
    return { apis, create, local, fire };
  }

  it('opens the welcome page on install, not on an update', async () => {
    const { apis, create, local, fire } = fakeBrowser();
    onFirstRun(apis);
    await fire('update');
    await fire('browser_update');
    expect(create).not.toHaveBeenCalled();
    await fire('install');
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: `chrome-extension://abc${WELCOME_PATH}` });
    expect(typeof local[FIRST_RUN_KEY]).toBe('number');
  });

  it('opens it once per profile, even when the browser says "install" again', async () => {
    const { apis, create, fire } = fakeBrowser();
    onFirstRun(apis);
    await fire('install');
    await fire('install');
    expect(create).toHaveBeenCalledTimes(1);
    expect(await openWelcomeOnce(apis)).toBe(false);
  });

  it('does not throw when the tab cannot be opened', async () => {
    const { apis, fire } = fakeBrowser();
    apis.tabs.create = vi.fn(async () => Promise.reject(new Error('no tabs')));
    onFirstRun(apis);
    await expect(fire('install')).resolves.toBeUndefined();
    expect(apis.tabs.create).toHaveBeenCalledTimes(1);
  });
});
