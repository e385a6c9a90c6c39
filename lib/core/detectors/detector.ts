/**
 * What every detector is: its catalog entry (id, words for the options page, where it applies: catalog.ts) joined
 * to a pure function to flags, which its own file defines.
 */
import type { ArticleMeta, Severity } from '../report';
import { catalogEntry, type DetectorId, type RuleScope } from './catalog';
import type { PageModel } from '../page/page-model';
import type { PageKind, PageProfile } from '../page/page-kind';

/** How eagerly a detector flags: which flags are shown, by their confidence. */
export type Sensitivity = 'low' | 'normal' | 'high';

/**
 * The least confidence a flag needs to be shown at each sensitivity. `normal` (the default) shows what readers
 * judged right at least 90% of the time; `high` shows more, at the cost of more flags a reader would not raise.
 */
export const CONFIDENCE_THRESHOLD: Record<Sensitivity, number> = { low: 0.95, normal: 0.9, high: 0.5 };

/** Where a detector's judgement means something: the kinds of page and the languages it reads. */
export interface Applicability {
  kinds: readonly PageKind[] | 'any';
  /** ISO 639-1 codes; 'any' for detectors that read no prose (links, markup). */
  languages: readonly string[] | 'any';
}

export interface DetectorContext {
  page: PageModel;
  meta: ArticleMeta;
  /** What the page was taken for and its language (detected from the text where it can be). */
  profile: PageProfile;
  /** The page's language, lower-case primary subtag ('en', 'de'...), or '' when unknown: `profile.language`. */
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
  /** Other passages of the same finding (a link's repeats): drawn with it, counted once. */
  repeats?: Array<{ start: number; end: number }>;
  /**
   * How likely a careful reader agrees with this flag, 0 to 1: the share of such flags judged right on read pages.
   * Flags under the sensitivity's threshold are not shown. Unset: the detector's `confidence`.
   */
  confidence?: number;
  data?: Record<string, unknown>;
}

/** A detector; `Id` is its own id while it is defined, any registered id once it is in the registry. */
export interface Detector<Id extends string = DetectorId> {
  /** The detector's file name: `lib/core/detectors/<id>.ts`. */
  id: Id;
  /** Short name of the detector (catalog.ts). */
  label: string;
  /** One sentence for the options page: what it flags (catalog.ts). */
  description: string;
  severity: Severity;
  /** Where it applies; elsewhere it is not run and the report says so. Default: every page, every language. */
  appliesTo?: Applicability;
  /** Rules that read fewer languages than the detector (catalog.ts). */
  narrowerRules?: readonly RuleScope[];
  /** The confidence of a draft that sets none. Default 1. */
  confidence?: number;
  detect(ctx: DetectorContext): FlagDraft[];
}

/** What a detector's file writes: the analysis. Its names, severity and scope are its catalog entry's. */
export type DetectorImplementation = Pick<Detector, 'confidence' | 'detect'>;

/**
 * Defines the detector of catalog entry `id` (its file name), keeping the id as a literal type: the registry
 * checks that the detectors it lists are exactly the catalog's.
 */
export function defineDetector<const Id extends DetectorId>(
  id: Id,
  implementation: DetectorImplementation,
): Detector<Id> {
  const info = catalogEntry(id);
  if (!info) throw new Error(`No catalog entry for the detector ${id} (lib/core/detectors/catalog.ts).`);
  return { ...info, ...implementation, id };
}

/** Why a detector does not apply to a page, or null when it does. */
export function whyNotApplicable(detector: Detector, profile: PageProfile): 'kind' | 'language' | null {
  const where = detector.appliesTo;
  if (!where) return null;
  if (where.kinds !== 'any' && !where.kinds.includes(profile.kind)) return 'kind';
  if (where.languages !== 'any' && !where.languages.includes(profile.language)) return 'language';
  return null;
}
