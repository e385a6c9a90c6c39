/**
 * What each tab's content script last published, kept by the background in memory and mirrored to
 * `storage.session` where the browser has it: an MV3 service worker is stopped when idle and loses its memory,
 * while session storage lives as long as the browser session (and never touches the disk).
 */
import type { TabState } from '../model';

/** The parts of `browser.storage.session` used here (absent on older Firefox). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const KEY_PREFIX = 'tab:';

export class TabStates {
  private readonly memory = new Map<number, TabState>();
  private sessionRead = false;

  constructor(private readonly session: SessionArea | undefined) {}

  async get(tabId: number): Promise<TabState | null> {
    const known = this.memory.get(tabId);
    if (known) return known;
    if (!this.session) return null;
    const key = KEY_PREFIX + tabId;
    const stored = (await this.session.get(key))[key] as TabState | undefined;
    if (stored) this.memory.set(tabId, stored);
    return stored ?? null;
  }

  async set(state: TabState): Promise<void> {
    this.memory.set(state.tabId, state);
    // Session storage has a quota (10 MB in Chrome): past it, memory alone must do until the worker restarts.
    await this.session?.set({ [KEY_PREFIX + state.tabId]: state }).catch(() => undefined);
  }

  async delete(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.session?.remove(KEY_PREFIX + tabId);
  }

  /**
   * Every known tab (memory and session), e.g. to find the tabs showing one page. Session storage is read once per
   * worker start: after that this object writes both and memory is complete (an import of 10,000 pages asks
   * 10,000 times).
   */
  async all(): Promise<TabState[]> {
    if (this.session && !this.sessionRead) {
      this.sessionRead = true;
      for (const [key, value] of Object.entries(await this.session.get(null))) {
        if (!key.startsWith(KEY_PREFIX)) continue;
        const state = value as TabState;
        if (!this.memory.has(state.tabId)) this.memory.set(state.tabId, state);
      }
    }
    return [...this.memory.values()];
  }
}
