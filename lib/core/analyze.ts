/**
 * The analysis engine: a Document and its URL in, a Report out. Pure: no browser API, no network, no clock
 * but the one passed in; the content script, the CLI and the tests all call this.
 */
import { describeTextRange } from './anchoring/selectors';
import {
  CONFIDENCE_THRESHOLD,
  whyNotApplicable,
  type Detector,
  type DetectorContext,
  type Sensitivity,
} from './detectors/detector';
import { ruleScopeReads } from './detectors/catalog';
import { DETECTORS } from './detectors/registry';
import { readPage } from './page/read-page';
import { profilePage } from './page/page-kind';
import { extractQuotes } from './quotes/extract-quotes';
import {
  REPORT_VERSION,
  SEVERITY_RANK,
  type DetectorId,
  type Flag,
  type Report,
  type SkippedDetector,
  type Target,
  type Timings,
} from './report';
import { TextIndex } from './text/text-index';

export interface AnalyzeOptions {
  /** Detectors switched off are not run. Default: all on. */
  enabled?: Partial<Record<DetectorId, boolean>>;
  sensitivity?: Partial<Record<DetectorId, Sensitivity>>;
  /** Milliseconds the caller spent parsing the HTML (the CLI); 0 in a browser, where the page is parsed. */
  parseMs?: number;
  /** A monotonic clock in ms; `performance.now` by default. */
  now?: () => number;
  /** The detectors to run; the registry by default (tests pass their own). */
  detectors?: readonly Detector[];
  /**
   * The text of `doc.body` to analyse, when the caller keeps it: the content script draws highlights from the same
   * index the flags' offsets refer to, instead of walking the page a second time.
   */
  text?: TextIndex;
}

/** Analyses a page in one go. */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): Report {
  const steps = analysisSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same analysis, handing control back (`pause`) between phases so a page's main thread stays responsive. */
export async function analyzeDocumentInSteps(
  doc: Document,
  url: string,
  options: AnalyzeOptions,
  pause: () => Promise<void>,
): Promise<Report> {
  const steps = analysisSteps(doc, url, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The analysis as a sequence of phases; it yields between them. */
export function* analysisSteps(doc: Document, url: string, options: AnalyzeOptions = {}): Generator<string, Report> {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const { meta, page } = readPage(doc, url, options.text);
  const text = page.text;
  const profile = profilePage({ doc, url, meta, page });
  const t1 = now();
  yield 'extracted';

  const memo = new Map<string, unknown>();
  const baseContext = {
    page,
    meta,
    profile,
    lang: profile.language,
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  const timings: Timings = {
    parseMs: options.parseMs ?? 0,
    extractMs: t1 - t0,
    detectMs: 0,
    totalMs: 0,
    detectors: {},
  };
  const flags: Flag[] = [];
  // A detector's span, kept inside the text.
  const clamp = (span: { start: number; end: number }) => {
    const start = Math.max(0, Math.min(span.start, text.text.length));
    return { start, end: Math.max(start, Math.min(span.end, text.text.length)) };
  };
  const targetOf = (span: { start: number; end: number }): Target => {
    const { start, end } = clamp(span);
    return { source: url, selector: describeTextRange(text.text, start, end) };
  };
  const idCounts = new Map<string, number>();
  const skipped: SkippedDetector[] = [];
  for (const detector of options.detectors ?? DETECTORS) {
    if (options.enabled?.[detector.id] === false) continue;
    const because = whyNotApplicable(detector, profile);
    if (because) {
      skipped.push({ detector: detector.id, because });
      continue;
    }
    for (const scope of detector.narrowerRules ?? [])
      if (!ruleScopeReads(scope, profile.language))
        skipped.push({ detector: detector.id, because: 'language', rules: [...scope.rules] });
    const sensitivity = options.sensitivity?.[detector.id] ?? 'normal';
    const ctx: DetectorContext = { ...baseContext, sensitivity };
    const started = now();
    for (const draft of detector.detect(ctx)) {
      const confidence = draft.confidence ?? detector.confidence ?? 1;
      if (confidence < CONFIDENCE_THRESHOLD[sensitivity]) continue;
      const { start, end } = clamp(draft);
      const exact = text.text.slice(start, end);
      const baseId = `${detector.id}:${draft.rule}:${hashText(exact.replace(/\s+/g, ' ').trim())}`;
      // Repeats of the same passage get #2, #3... so ids stay unique and stable when the page shifts.
      const seen = (idCounts.get(baseId) ?? 0) + 1;
      idCounts.set(baseId, seen);
      flags.push({
        id: seen === 1 ? baseId : `${baseId}#${seen}`,
        kind: detector.id,
        severity: draft.severity ?? detector.severity,
        rule: draft.rule,
        message: draft.message,
        confidence,
        target: targetOf(draft),
        ...(draft.repeats?.length ? { repeats: draft.repeats.map(targetOf) } : {}),
        ...(draft.data ? { data: draft.data } : {}),
      });
    }
    timings.detectors[detector.id] = now() - started;
    yield detector.id;
  }
  const quotesStarted = now();
  // A novel's dialogue is not quotation to check: fiction lists none (most of its analysis time went to them).
  const drafts = profile.kind === 'fiction' ? [] : extractQuotes({ ...baseContext, sensitivity: 'normal' });
  const quotes = drafts.map((q) => ({
    // The words as read, in one line (the page's own line breaks and indentation are kept in the selector).
    text: q.text.replace(/\s+/g, ' ').trim(),
    speaker: q.speaker,
    attribution: q.attribution,
    target: { source: url, selector: describeTextRange(text.text, q.start, q.end) },
  }));
  const detectEnd = now();
  timings.detectMs = Object.values(timings.detectors).reduce((a, b) => a + (b ?? 0), 0) + (detectEnd - quotesStarted);
  timings.totalMs = timings.parseMs + (detectEnd - t0);

  flags.sort((a, b) => positionOf(a) - positionOf(b) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const byKind: Report['counts']['byKind'] = {};
  const bySeverity: Report['counts']['bySeverity'] = {};
  for (const f of flags) {
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  }
  return {
    version: REPORT_VERSION,
    url,
    article: meta,
    page: { ...profile, skipped },
    flags,
    quotes,
    counts: { total: flags.length, byKind, bySeverity },
    timings,
  };
}

/** FNV-1a, 32 bits, base 36: a short stable id for a passage (not for security). */
function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function positionOf(flag: Flag): number {
  const pos = flag.target.selector.find((s) => s.type === 'TextPositionSelector');
  return pos && pos.type === 'TextPositionSelector' ? pos.start : 0;
}
