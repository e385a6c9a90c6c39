import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageChange, TabState } from '../../../lib/model';

/** Every message the background sends to a tab: [tabId, method, params]. */
const sent: [number, string, unknown][] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      sendMessage: async (tabId: number, request: { method: string; params: unknown }) => {
        sent.push([tabId, request.method, request.params]);
        // Tab 3 has no content script (a page still loading): no answer.
        return tabId === 3 ? undefined : { ok: true, value: null };
      },
    },
  },
}));

const { pagePush } = await import('../../../lib/background/page-push');

const ARTICLE = 'https://news.example/article';
const state = (tabId: number, canonicalUrl?: string): TabState => ({
  tabId,
  url: canonicalUrl ?? 'https://other.example/',
  status: { state: 'idle' },
  ...(canonicalUrl ? { canonicalUrl } : {}),
});

describe('pushing a change to the open tabs of its page', () => {
  const tabs = [state(1, ARTICLE), state(2, 'https://news.example/other'), state(3, ARTICLE), state(4)];
  const redrawn: number[] = [];
  const push = pagePush({ all: async () => tabs } as never, async (s) => void redrawn.push(s.tabId));

  beforeEach(() => {
    sent.length = 0;
    redrawn.length = 0;
  });

  it('sends the change itself once to each tab of that page, and redraws their badges', async () => {
    const change: PageChange = { canonicalUrl: ARTICLE, deletedNoteIds: ['n1'], dismissed: ['f1'] };
    await push(change);
    expect(sent).toEqual([
      [1, 'applyPageChange', change],
      [3, 'applyPageChange', change],
    ]);
    expect(redrawn.sort()).toEqual([1, 3]);
  });

  it('asks the tabs to read everything again when only the page is known', async () => {
    await push(ARTICLE);
    expect(sent).toEqual([
      [1, 'refreshAnnotations', {}],
      [3, 'refreshAnnotations', {}],
    ]);
  });

  it('tells no tab of another page', async () => {
    await push({ canonicalUrl: 'https://news.example/none', savedNotes: [] });
    expect(sent).toEqual([]);
    expect(redrawn).toEqual([]);
  });
});
