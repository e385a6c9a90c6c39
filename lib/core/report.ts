/**
 * The Report: what the analysis engine says about one page. This is a public contract: the CLI prints it as
 * JSON, the extension stores and shows it, and ../shared/tools read its field names. Documented in docs/report.md.
 */
import type { Selector } from './anchoring/selectors';
import type { PageProfile } from './page/page-kind';
import type { DetectorId } from './detectors/registry';

export const REPORT_VERSION = 1;

/** How much a flag should worry the reader; the badge colour follows the most serious one. */
export type Severity = 'info' | 'caution' | 'warning';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, caution: 1, warning: 2 };

/** A flag's kind: the id of the detector that raised it, derived from the registry. */
export type { DetectorId };

/** A W3C Web Annotation specific resource: the page and where on it. */
export interface Target {
  source: string;
  selector: Selector[];
}

export interface Flag {
  /** Stable while the passage's text stays the same: kind, rule and a hash of the passage (dismissals use it). */
  id: string;
  kind: DetectorId;
  severity: Severity;
  /** Which rule of the detector fired, e.g. `amazon`, `empty-heading`, `anonymous-source`. */
  rule: string;
  /** One sentence a reader understands. */
  message: string;
  /**
   * How likely a careful reader agrees, 0 to 1: the share of flags like this one judged right on read pages.
   * Only flags at or above the detector's sensitivity threshold are in the report (0.9 at the default).
   */
  confidence: number;
  target: Target;
  /** Other passages of the same finding, drawn with it and counted once: an affiliate link's other text links. */
  repeats?: Target[];
  /** Detector-specific facts: an affiliate link's network and merchant, a quote's speaker... */
  data?: Record<string, unknown>;
}

export type Attribution = 'named' | 'anonymous' | 'none';

export interface Quote {
  text: string;
  /** Words naming who said it, resolved through pronouns and follow-on quotes; null when nobody is named. */
  speaker: string | null;
  attribution: Attribution;
  target: Target;
}

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  wordCount: number;
  /** `readability` when Readability found an article; `body` when the whole body was analysed instead. */
  extractedFrom: 'readability' | 'body';
  /** Readability's quick guess whether this is an article at all (isProbablyReaderable). */
  readerable: boolean;
}

export interface Timings {
  parseMs: number;
  extractMs: number;
  detectMs: number;
  totalMs: number;
  detectors: Partial<Record<DetectorId, number>>;
}

/** A detector that was not run on this page, and why: the page's kind or language is not one it reads. */
export interface SkippedDetector {
  detector: DetectorId;
  because: 'kind' | 'language';
  /** Set when only these rules of the detector did not run (the rest did): its narrower rules' language. */
  rules?: string[];
}

/** What the page was taken for before any detector judged it, and which detectors therefore stayed silent. */
export interface PageReport extends PageProfile {
  skipped: SkippedDetector[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  url: string;
  article: ArticleMeta;
  page: PageReport;
  flags: Flag[];
  quotes: Quote[];
  counts: { total: number; byKind: Partial<Record<DetectorId, number>>; bySeverity: Partial<Record<Severity, number>> };
  timings: Timings;
}
