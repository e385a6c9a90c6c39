/**
 * The background's API for a tab's page: the content script sends a snapshot to be analysed and publishes what it
 * found, the popup reads it. Part of BackgroundApi (protocol.ts).
 */
import type { Sensitivity } from '../core/detectors/detector';
import type { DetectorId, Report } from '../core/report';
import type { PageStatus, TabState } from '../model';

/** Which analysis of which page a status belongs to: a newer run of the same page makes older ones stale. */
export interface RunId {
  /** Random, one per content script (one per document). */
  page: string;
  /** Counts up with each analysis in that document. */
  run: number;
}

/** The background's answer to a snapshot: a report, a refusal for size or time, or "a newer request came". */
export type AnalysisOutcome =
  { state: 'done'; report: Report } | { state: 'too-large'; reason: string } | { state: 'stale' };

export interface TabApi {
  /**
   * Content script -> background: analyse this snapshot of the page (its serialised HTML) with the reader's
   * detector settings. The report's selectors point into the snapshot's text, which is the page's text as it was.
   */
  analysePage(params: {
    url: string;
    html: string;
    run: RunId;
    enabled: Partial<Record<DetectorId, boolean>>;
    sensitivity: Partial<Record<DetectorId, Sensitivity>>;
  }): AnalysisOutcome;
  /** Content script -> background: the page's status changed (the badge follows). Tab from the sender. */
  publishStatus(params: { url: string; canonicalUrl?: string; status: PageStatus; run?: RunId }): void;
  /** Popup -> background: what the content script of that tab last published. */
  getTabState(params: { tabId: number }): TabState | null;
}
