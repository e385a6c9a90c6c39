/** What every detector is: an id, words for the options page, and a pure function from the page to flags. */
import type { ArticleMeta, DetectorId, Severity } from '../report';
import type { PageModel } from '../page/page-model';

/** How eagerly a detector flags, where it has a choice (the options page shows it when `sensitivity` is set). */
export type Sensitivity = 'low' | 'normal' | 'high';

export interface DetectorContext {
  page: PageModel;
  meta: ArticleMeta;
  /** The page's language, lower-case primary subtag ('en', 'de'...), or '' when unknown. */
  lang: string;
  sensitivity: Sensitivity;
  /** Shared work between detectors (e.g. affiliate links, quotations), computed once per analysis. */
  memo<T>(key: string, compute: () => T): T;
}

/** A flag before it is anchored: offsets into `page.text.text`. */
export interface FlagDraft {
  rule: string;
  severity?: Severity;
  message: string;
  start: number;
  end: number;
  /**
   * How likely a careful reader agrees with this flag, 0 to 1: the share of such flags judged right on read pages.
   * Flags under the sensitivity's threshold are not shown. Unset: the detector's `confidence`.
   */
  confidence?: number;
  data?: Record<string, unknown>;
}

export interface Detector {
  id: DetectorId;
  /** Short name shown in the popup and on the options page. */
  label: string;
  /** One sentence for the options page: what it flags. */
  description: string;
  severity: Severity;
  /** Whether the detector reads `ctx.sensitivity`. */
  hasSensitivity: boolean;
  detect(ctx: DetectorContext): FlagDraft[];
}
