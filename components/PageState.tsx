/**
 * What the popup says when there is no report to show: analysing, idle, not an article, quiet, too large, error,
 * unavailable.
 */
import type { PageStatus } from '../lib/model';
import { Spinner } from './Spinner';

export type Props = {
  /** The page's status, or null when no content script answers for the tab (browser pages, store pages...). */
  status: Exclude<PageStatus, { state: 'done' }> | null;
  site: string;
  onAnalyse: () => void;
  onOpenOptions?: () => void;
};

export function PageState({ status, site, onAnalyse, onOpenOptions }: Props) {
  if (status === null) {
    return (
      <div class="page-state">
        <p>Footnote can't read this page. It works on web pages (http and https), not on browser or store pages.</p>
      </div>
    );
  }
  switch (status.state) {
    case 'analysing':
      return (
        <div class="page-state" aria-busy="true">
          <Spinner label="Analysing the article…" />
        </div>
      );
    case 'idle':
      return (
        <div class="page-state">
          <p>Automatic analysis is off.</p>
          <button type="button" class="primary-button" onClick={onAnalyse}>
            Analyse this page
          </button>
        </div>
      );
    case 'not-article':
      return (
        <div class="page-state">
          <p>This page doesn't look like an article; Footnote left it alone.</p>
          <button type="button" class="primary-button" onClick={onAnalyse}>
            Analyse anyway
          </button>
        </div>
      );
    case 'quiet':
      return (
        <div class="page-state">
          <p>Footnote stays quiet on {site || 'this site'}, as you asked.</p>
          {onOpenOptions && (
            <button type="button" class="quiet-button" onClick={onOpenOptions}>
              Change quiet sites
            </button>
          )}
        </div>
      );
    case 'too-large':
      // A plain fact, not an error: nothing to retry (the limits are in lib/core/page/limits.ts).
      return (
        <div class="page-state" role="status">
          <p>{status.reason}.</p>
          <p class="page-scope">Footnote declines pages this large so that they never slow down.</p>
        </div>
      );
    case 'error':
      return (
        <div class="page-state is-error" role="alert">
          <p>The analysis failed: {status.message}</p>
          <button type="button" class="primary-button" onClick={onAnalyse}>
            Try again
          </button>
        </div>
      );
  }
}
