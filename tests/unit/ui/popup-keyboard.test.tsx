import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/Popup';
import type { Flag } from '../../../lib/core/report';
import { cleanup, mount, press, pressTab, tabOrder } from './render';
import { defaultFlags, fakeClient, makeFlag, makeNote, makeReport } from './fixtures';

afterEach(cleanup);

const name = (el: Element | null) =>
  (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Eleven flags, as many as the seed article has (33 Tab presses to "Add note" before issue 10). */
function elevenFlags(): Flag[] {
  const passages = [
    'Best headphones of 2025.',
    'Buy the',
    'Sony WH-1000 at Amazon',
    'It is the quietest we tested',
    'said Ana Ruiz',
    '"Nobody beats it,"',
    'one insider said',
    'Studies show noise harms sleep.',
    'Prices went up',
    'critics say',
    'Bose QC at Walmart',
  ];
  return passages.map((p, i) => makeFlag('vague-attribution', p, `Reason ${i}`, { id: `flag-${i}` }));
}

async function openPopup(flags = elevenFlags()) {
  const client = fakeClient({
    states: [{ state: 'done', report: makeReport(flags) }],
    notes: [makeNote({ body: 'My first note' })],
  });
  const rendered = await mount(<Popup client={client} />);
  return { ...rendered, client };
}

describe('Popup keyboard', () => {
  it('reaches "Add note" within 3 key presses of opening, however many flags there are', async () => {
    const { container } = await openPopup();
    expect(container.querySelectorAll('li.flag').length).toBe(11);
    // Opening the popup puts focus on the selected tab.
    expect(document.activeElement?.getAttribute('role')).toBe('tab');
    expect(name(document.activeElement)).toBe('Flags (11)');
    const presses: string[] = [];
    await press('ArrowRight');
    presses.push('ArrowRight');
    expect(name(document.activeElement)).toBe('Notes (1)');
    // The notes are showing: the note is on screen, the flags are hidden.
    expect(container.querySelector('#panel-notes')!.hasAttribute('hidden')).toBe(false);
    expect(container.querySelector('#panel-flags')!.hasAttribute('hidden')).toBe(true);
    await pressTab(container);
    presses.push('Tab');
    expect(name(document.activeElement)).toBe('Add note');
    expect(presses.length).toBeLessThanOrEqual(3);
    // One more Tab reaches the first note's actions.
    await pressTab(container);
    expect(document.activeElement?.closest('.note')?.textContent).toContain('My first note');
  });

  it("makes the whole flag list one Tab stop: arrows move, Tab goes to the current flag's actions, then out", async () => {
    const { container } = await openPopup();
    await pressTab(container);
    expect(name(document.activeElement)).toBe('Show in page: Best headphones of 2025.');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(name(document.activeElement)).toBe('Show in page: Sony WH-1000 at Amazon');
    await press('End');
    expect(name(document.activeElement)).toBe('Show in page: Bose QC at Walmart');
    await press('ArrowDown'); // stays on the last
    expect(name(document.activeElement)).toBe('Show in page: Bose QC at Walmart');
    await press('Home');
    await press('ArrowDown');
    expect(name(document.activeElement)).toBe('Show in page: Buy the');
    await pressTab(container);
    expect(name(document.activeElement)).toBe('Assess: Buy the');
    await pressTab(container);
    expect(name(document.activeElement)).toBe('Not an issue: Buy the');
    // Eleven flags, yet the panel has three stops: the current flag and its two actions; then the popup ends.
    const stops = tabOrder(container.querySelector('#panel-flags')!);
    expect(stops.map(name)).toEqual(['Show in page: Buy the', 'Assess: Buy the', 'Not an issue: Buy the']);
    expect(await pressTab(container)).toBeNull();
    // Shift+Tab comes back to the flag the reader was on, then to the tabs.
    await pressTab(container, { shift: true });
    await pressTab(container, { shift: true });
    expect(name(document.activeElement)).toBe('Show in page: Buy the');
    await pressTab(container, { shift: true });
    expect(name(document.activeElement)).toBe('Flags (11)');
  });

  it('shows one flag for an affiliate link flagged twice, saying both, and dismisses both findings', async () => {
    const twice = [
      makeFlag('affiliate-link', 'Sony WH-1000 at Amazon', 'An Amazon affiliate link.'),
      makeFlag('undisclosed-affiliate', 'Sony WH-1000 at Amazon', 'Nothing on the page discloses it.', {
        severity: 'warning',
      }),
    ];
    const { container, client } = await openPopup([...twice, ...defaultFlags().slice(0, 2)]);
    const items = [...container.querySelectorAll('li.flag')];
    expect(items.length).toBe(3);
    expect(name(container.querySelector('#tab-flags'))).toBe('Flags (3)');
    const item = items.find((li) => li.textContent?.includes('Sony WH-1000'))!;
    const reasons = [...item.querySelectorAll('.flag-reason')].map(name);
    expect(reasons).toEqual([
      'Undisclosed affiliate link: Nothing on the page discloses it.',
      'Affiliate link: An Amazon affiliate link.',
    ]);
    // It sits under the more serious kind, and the counts count passages.
    expect(item.closest('.flag-group')?.querySelector('h3')?.id).toBe('group-undisclosed-affiliate');
    const counts = [...container.querySelectorAll('.kind-count')].map(name);
    expect(counts).toEqual(['1 undisclosed affiliate link', '1 unsourced quote', '1 missing reference']);
    // Focus the flag, then its "Not an issue": both findings are dismissed.
    (item.querySelector('.flag-body') as HTMLElement).focus();
    (item.querySelector('button[aria-label^="Not an issue"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    const calls = client.background.setDismissed.mock.calls.map((c) => c[0].flagId).sort();
    expect(calls).toEqual(twice.map((f) => f.id).sort());
  });
});
