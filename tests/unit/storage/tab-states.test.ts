import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/model';
import { TabStates, type SessionArea } from '../../../lib/storage/tab-states';

/** An in-memory stand-in for `browser.storage.session`, with the same copy-on-write semantics. */
function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

const state = (tabId: number, url = `https://a.example/${tabId}`): TabState => ({
  tabId,
  url,
  status: { state: 'not-article' },
});

describe('TabStates', () => {
  it('survives the background being restarted when session storage exists', async () => {
    const session = fakeSession();
    const before = new TabStates(session);
    await before.set(state(1));
    await before.set(state(2));
    const afterRestart = new TabStates(session);
    expect(await afterRestart.get(1)).toEqual(state(1));
    expect((await afterRestart.all()).map((s) => s.tabId).sort()).toEqual([1, 2]);
    await afterRestart.delete(1);
    expect(await new TabStates(session).get(1)).toBeNull();
  });

  it('keeps a state in memory when session storage refuses it (quota)', async () => {
    const session = fakeSession();
    session.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const states = new TabStates(session);
    await states.set(state(3));
    expect(await states.get(3)).toEqual(state(3));
  });

  it('works from memory alone where the browser has no session storage', async () => {
    const states = new TabStates(undefined);
    await states.set(state(7));
    expect(await states.get(7)).toEqual(state(7));
    expect(await states.get(8)).toBeNull();
    expect(await new TabStates(undefined).get(7)).toBeNull();
  });
});
