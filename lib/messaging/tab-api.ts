/**
 * The background's API for a tab's page status: the content script publishes what it found, the popup reads it.
 * Part of BackgroundApi (protocol.ts).
 */
import type { PageStatus, TabState } from '../model';

export interface TabApi {
  /** Content script -> background: the page's status changed (the badge follows). Tab from the sender. */
  publishStatus(params: { url: string; canonicalUrl?: string; status: PageStatus }): void;
  /** Popup -> background: what the content script of that tab last published. */
  getTabState(params: { tabId: number }): TabState | null;
}
