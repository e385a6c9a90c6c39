import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { kindTitle } from '../../../lib/ui/labels';
import { OptionsPage } from '../../../components/OptionsPage';
import { defaultSettings, type Settings } from '../../../lib/settings/settings';
import type { SettingsClient } from '../../../lib/ui/client';
import { button, cleanup, click, mount, settle, submit, type, unnamedControls } from './render';

// settings.ts defines its storage item at import; the page itself only gets a SettingsClient, so no storage here.
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));

afterEach(cleanup);

function fakeSettings(initial: Settings = defaultSettings(), save?: (s: Settings) => Promise<void>) {
  let stored = structuredClone(initial);
  return {
    load: vi.fn(async () => structuredClone(stored)),
    save: vi.fn(
      save ??
        (async (s: Settings) => {
          stored = structuredClone(s);
        }),
    ),
  } satisfies SettingsClient;
}

const switches = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
const labelOf = (input: Element) =>
  input.ownerDocument.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim();
const lastSaved = (client: ReturnType<typeof fakeSettings>) => client.save.mock.calls.at(-1)![0];

describe('OptionsPage', () => {
  it('renders one switch per registry detector, named by its plural title and described from the registry', async () => {
    const { container } = await mount(<OptionsPage client={fakeSettings()} />);
    const detectorSwitches = switches(container.querySelector('.detector-list')!);
    expect(detectorSwitches.map(labelOf)).toEqual(DETECTORS.map((d) => kindTitle(d.id)));
    for (const [i, input] of detectorSwitches.entries()) {
      expect(input.checked).toBe(true);
      const description = document.getElementById(input.getAttribute('aria-describedby')!);
      expect(description?.textContent).toBe(DETECTORS[i].description);
    }
    const selects = container.querySelectorAll('.detector-list select');
    expect(selects.length).toBe(DETECTORS.length);
  });

  it('shows stored values, not defaults', async () => {
    const stored = defaultSettings();
    const off = DETECTORS[1].id;
    stored.detectors[off].enabled = false;
    stored.highlights = false;
    stored.analysis = 'click';
    stored.quietSites = ['example.org'];
    const { container } = await mount(<OptionsPage client={fakeSettings(stored)} />);
    expect(switches(container.querySelector('.detector-list')!).map((s) => s.checked)).toEqual(
      DETECTORS.map((d) => d.id !== off),
    );
    const highlights = switches(container).find((s) => labelOf(s)?.startsWith('Highlight'))!;
    expect(highlights.checked).toBe(false);
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[name="analysis"]')];
    expect(radios.map((r) => r.checked)).toEqual([false, true]);
    expect(container.textContent).toContain('example.org');
  });

  it('toggling a detector saves at once and says "Saved"', async () => {
    const client = fakeSettings();
    const { container } = await mount(<OptionsPage client={client} />);
    const target = DETECTORS[DETECTORS.length - 1];
    const input = switches(container.querySelector('.detector-list')!)[DETECTORS.length - 1];
    await click(input);
    expect(client.save).toHaveBeenCalledTimes(1);
    const saved = lastSaved(client);
    expect(saved.detectors[target.id].enabled).toBe(false);
    for (const other of DETECTORS.filter((d) => d.id !== target.id))
      expect(saved.detectors[other.id].enabled).toBe(true);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  it('saves highlights and the analysis mode', async () => {
    const client = fakeSettings();
    const { container } = await mount(<OptionsPage client={client} />);
    await click(switches(container).find((s) => labelOf(s)?.startsWith('Highlight'))!);
    expect(lastSaved(client).highlights).toBe(false);
    await click(container.querySelectorAll('input[name="analysis"]')[1]);
    expect(lastSaved(client)).toMatchObject({ analysis: 'click', highlights: false });
  });

  it('adds a quiet site (normalised), rejects a bad one with a message, removes one', async () => {
    const client = fakeSettings();
    const { container } = await mount(<OptionsPage client={client} />);
    const input = container.querySelector<HTMLInputElement>('.quiet-sites input')!;
    const form = container.querySelector('.quiet-sites form');

    await type(input, 'not a host');
    await submit(form);
    expect(client.save).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.quiet-sites [role="alert"]')?.textContent).toMatch(/isn't a site name/);

    await type(input, 'https://www.Shop.Example.com/deals?x=1');
    await submit(form);
    expect(lastSaved(client).quietSites).toEqual(['shop.example.com']);
    expect(input.value).toBe('');
    expect(container.querySelector('.quiet-sites [role="alert"]')).toBeNull();

    await type(input, 'shop.example.com');
    await submit(form);
    expect(client.save).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.quiet-sites [role="alert"]')?.textContent).toMatch(/already on the list/);

    await click(button(container, 'Remove shop.example.com'));
    expect(lastSaved(client).quietSites).toEqual([]);
  });

  it('shows a failed save', async () => {
    const client = fakeSettings(defaultSettings(), () => Promise.reject(new Error('storage quota')));
    const { container } = await mount(<OptionsPage client={client} />);
    await click(switches(container)[0]);
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Not saved: storage quota');
  });

  it("changes a detector's sensitivity", async () => {
    const withSensitivity = DETECTORS[0];
    const client = fakeSettings();
    const { container } = await mount(<OptionsPage client={client} />);
    const select = container.querySelector<HTMLSelectElement>('.detector-list select')!;
    select.value = 'high';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(lastSaved(client).detectors[withSensitivity.id].sensitivity).toBe('high');
  });

  it('names every control and uses headings', async () => {
    const { container } = await mount(
      <OptionsPage client={fakeSettings({ ...defaultSettings(), quietSites: ['a.example'] })} />,
    );
    expect(unnamedControls(container)).toEqual([]);
    expect(container.querySelectorAll('h1').length).toBe(1);
    expect(container.querySelectorAll('h2').length).toBe(3);
    expect(container.querySelector('fieldset legend')?.textContent).toBe('When to analyse');
  });
});
