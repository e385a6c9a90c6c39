/**
 * Re-anchoring saved selectors in a page's current text, honestly: a note lands on the passage it was written
 * about, or is reported orphaned. Unlike anchoring that always returns its best guess, every candidate here is
 * scored (quote similarity, prefix, suffix, position) and nothing under MIN_SCORE is pinned.
 *
 * Order of attempts, cheapest first:
 *  1. the TextPositionSelector still holds the quote exactly -> 'anchored';
 *  2. the quote occurs exactly (white space runs count as one space), repeats told apart by context and
 *     distance -> 'moved';
 *  3. approximate matches (approx-string-match, error budget proportional to the quote), first in a window
 *     around the old position, then in the whole text -> 'changed';
 *  4. otherwise 'orphaned' (start = end = -1).
 * `PageAnchorer` keeps the per-page work (the white-space-normalised text) for many notes.
 */
import search from 'approx-string-match';
import { normaliseText, normaliseWhiteSpace, toNormalised, toOriginal, type NormalisedText } from './normalise';
import { QGramIndex } from './qgram-filter';
import { findSelector, type Selector } from './selectors';
import { contextEvidence, leadingEditDistance, trailingEditDistance } from './similarity';

export type AnchorStatus = 'anchored' | 'moved' | 'changed' | 'orphaned';

export interface AnchorResult {
  status: AnchorStatus;
  /** Offsets in the page text; -1 when orphaned. */
  start: number;
  end: number;
  /** 0..1: 1 for an exact hit with its context; for an orphan, the best score that was turned down. */
  score: number;
}

/**
 * Below this a note is orphaned. Chosen with tests/unit/anchoring on the seed article: a 140-character passage
 * moved far away with no context left scores 0.51 (kept, 'moved'); the same passage with two words changed and a
 * sentence inserted before it 0.61 ('changed'); after deleting it, a copy with one word changed elsewhere on the
 * page 0.39, a two-word quote found elsewhere without its context 0.14 (both orphaned).
 */
export const MIN_SCORE = 0.45;
/** An exact hit scoring this well is taken without looking for approximate ones. */
const CONFIDENT_SCORE = 0.8;
/** Errors allowed per quote character in approximate matching (20%: a changed word or two per sentence). */
const MAX_ERROR_RATE = 0.2;
/** Quotes shorter than this (normalised) are never matched approximately: a short word with typos is anything. */
const MIN_FUZZY_QUOTE = 12;
/** A quote's weight grows with its length up to this many characters; each context counts its own length. */
const QUOTE_WEIGHT_CAP = 64;
const POSITION_WEIGHT = 8;
/** Distance (characters) at which the position stops counting. */
const POSITION_SCALE = 2000;
/** Exact occurrences scored cheaply; the most promising get the full (edit-distance) score. */
const MAX_EXACT_OCCURRENCES = 5000;
const FULLY_SCORED = 12;
const MAX_FUZZY_CANDIDATES = 20;
/** Half-width of the window searched first around the old position, beyond the quote itself. */
const WINDOW_PAD = 2000;

interface SavedNote {
  quote: string;
  prefix: string;
  suffix: string;
  /** The old start, in the original and normalised text; -1 when unknown. */
  position: number;
  positionNormalised: number;
}

interface Candidate {
  start: number; // normalised offsets
  end: number;
  quoteEvidence: number; // 0..1
}

const ORPHAN: AnchorResult = { status: 'orphaned', start: -1, end: -1, score: 0 };

export class PageAnchorer {
  private normalised: NormalisedText | null = null;
  private qgrams: QGramIndex | null = null;

  constructor(readonly text: string) {}

  /** Built on the first note that needs searching: notes whose position still holds never pay for it. */
  private get norm(): NormalisedText {
    return (this.normalised ??= normaliseText(this.text));
  }

  anchor(selectors: readonly Selector[]): AnchorResult {
    const { text } = this;
    const quote = findSelector(selectors, 'TextQuoteSelector');
    const position = findSelector(selectors, 'TextPositionSelector');
    const positionValid =
      !!position && position.start >= 0 && position.start <= position.end && position.end <= text.length;
    if (!quote?.exact) {
      // Nothing to check the position against: trust it while it fits the page.
      return positionValid ? { status: 'anchored', start: position.start, end: position.end, score: 1 } : ORPHAN;
    }
    if (positionValid && text.slice(position.start, position.end) === quote.exact) {
      // A short quote (a word or two) can sit at its old offset by chance after an edit: its context must agree.
      if (quote.exact.length >= MIN_FUZZY_QUOTE || contextAgrees(text, position.start, position.end, quote)) {
        return { status: 'anchored', start: position.start, end: position.end, score: 1 };
      }
    }
    const norm = this.norm;
    const saved: SavedNote = {
      quote: normaliseWhiteSpace(quote.exact),
      prefix: normaliseWhiteSpace(quote.prefix ?? ''),
      suffix: normaliseWhiteSpace(quote.suffix ?? ''),
      position: position ? Math.min(Math.max(0, position.start), text.length) : -1,
      positionNormalised: -1,
    };
    if (!saved.quote.trim()) return ORPHAN;
    if (saved.position >= 0) saved.positionNormalised = toNormalised(norm, saved.position);

    let best = this.bestExact(saved);
    if (best && best.score >= CONFIDENT_SCORE) return this.result('moved', best);
    if (saved.quote.length >= MIN_FUZZY_QUOTE) {
      const approximate = this.bestApproximate(saved);
      if (approximate && (!best || approximate.score > best.score)) best = approximate;
    }
    if (!best || best.score < MIN_SCORE) return { ...ORPHAN, score: round(best?.score ?? 0) };
    // A match without errors is the quote itself (white space aside): the passage moved rather than changed.
    return this.result(best.candidate.quoteEvidence === 1 ? 'moved' : 'changed', best);
  }

  private result(status: AnchorStatus, best: Scored): AnchorResult {
    const { start, end } = toOriginal(this.norm, best.candidate.start, best.candidate.end);
    return { status, start, end, score: round(best.score) };
  }

  /** Every exact occurrence gets a cheap context score; the best few (and the nearest few) a full one. */
  private bestExact(saved: SavedNote): Scored | null {
    const normText = this.norm.text;
    const occurrences: { at: number; cheap: number; distance: number }[] = [];
    const length = saved.quote.length;
    for (let at = normText.indexOf(saved.quote); at >= 0 && occurrences.length < MAX_EXACT_OCCURRENCES;) {
      const cheap =
        commonSuffixLength(normText, at, saved.prefix) + commonPrefixLength(normText, at + length, saved.suffix);
      const distance = saved.positionNormalised >= 0 ? Math.abs(at - saved.positionNormalised) : 0;
      occurrences.push({ at, cheap, distance });
      at = normText.indexOf(saved.quote, at + 1);
    }
    if (!occurrences.length) return null;
    let shortlist = occurrences;
    if (occurrences.length > FULLY_SCORED) {
      const byContext = [...occurrences].sort((a, b) => b.cheap - a.cheap || a.distance - b.distance);
      const byDistance = [...occurrences].sort((a, b) => a.distance - b.distance);
      shortlist = [...new Set([...byContext.slice(0, FULLY_SCORED / 2), ...byDistance.slice(0, FULLY_SCORED / 2)])];
    }
    return this.pick(
      saved,
      shortlist.map((o) => ({ start: o.at, end: o.at + length, quoteEvidence: 1 })),
    );
  }

  /** Approximate matches near the old position first; the whole text only when the window has none good enough. */
  private bestApproximate(saved: SavedNote): Scored | null {
    const normText = this.norm.text;
    const maxErrors = Math.floor(saved.quote.length * MAX_ERROR_RATE);
    let windowStart = 0;
    let windowEnd = normText.length;
    if (saved.positionNormalised >= 0) {
      windowStart = Math.max(0, saved.positionNormalised - WINDOW_PAD - saved.quote.length);
      windowEnd = Math.min(normText.length, saved.positionNormalised + 2 * saved.quote.length + WINDOW_PAD);
      const inWindow = this.approximate(saved, windowStart, windowEnd, maxErrors);
      if ((inWindow && inWindow.score >= MIN_SCORE) || (windowStart === 0 && windowEnd === normText.length)) {
        return inWindow;
      }
    }
    // The whole page, through the q-gram filter (its index is built once, for the first note that needs it).
    this.qgrams ??= new QGramIndex(normText);
    const regions = this.qgrams.candidateRegions(saved.quote, maxErrors);
    if (!regions) return this.approximate(saved, 0, normText.length, maxErrors);
    let best: Scored | null = null;
    for (const region of regions) {
      const found = this.approximate(saved, region.start, region.end, maxErrors);
      if (found && (!best || found.score > best.score)) best = found;
    }
    return best;
  }

  private approximate(saved: SavedNote, from: number, to: number, maxErrors: number): Scored | null {
    const matches = search(this.norm.text.slice(from, to), saved.quote, maxErrors);
    if (!matches.length) return null;
    const near = saved.positionNormalised >= 0 ? saved.positionNormalised - from : 0;
    matches.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
    return this.pick(
      saved,
      matches.slice(0, MAX_FUZZY_CANDIDATES).map((m) => ({
        start: m.start + from,
        end: m.end + from,
        quoteEvidence: cubeAboveHalf(1 - m.errors / saved.quote.length),
      })),
    );
  }

  private pick(saved: SavedNote, candidates: Candidate[]): Scored | null {
    let best: Scored | null = null;
    for (const candidate of candidates) {
      const scored = this.score(saved, candidate);
      if (!best || scored.score > best.score || (scored.score === best.score && scored.distance < best.distance)) {
        best = scored;
      }
    }
    return best;
  }

  private score(saved: SavedNote, candidate: Candidate): Scored {
    const normText = this.norm.text;
    const { prefix, suffix } = saved;
    const slack = 8;
    const before = normText.slice(Math.max(0, candidate.start - prefix.length - slack), candidate.start);
    const after = normText.slice(candidate.end, candidate.end + suffix.length + slack);
    // Intact contexts (the common case) skip the edit distance.
    const prefixEvidence =
      commonSuffixLength(normText, candidate.start, prefix) === prefix.length
        ? 1
        : contextEvidence(prefix, trailingEditDistance(prefix, before));
    const suffixEvidence =
      commonPrefixLength(normText, candidate.end, suffix) === suffix.length
        ? 1
        : contextEvidence(suffix, leadingEditDistance(suffix, after));
    const quoteWeight = Math.min(saved.quote.length, QUOTE_WEIGHT_CAP);
    let distance = 0;
    let positionWeight = 0;
    let positionEvidence = 0;
    if (saved.position >= 0) {
      distance = Math.abs(toOriginal(this.norm, candidate.start, candidate.start).start - saved.position);
      positionWeight = POSITION_WEIGHT;
      positionEvidence = Math.max(0, 1 - distance / POSITION_SCALE);
    }
    const score =
      (quoteWeight * candidate.quoteEvidence +
        prefix.length * prefixEvidence +
        suffix.length * suffixEvidence +
        positionWeight * positionEvidence) /
      (quoteWeight + prefix.length + suffix.length + positionWeight);
    return { candidate, score, distance };
  }
}

interface Scored {
  candidate: Candidate;
  score: number;
  distance: number;
}

/** One note on a page. */
export function anchorNote(text: string, selectors: readonly Selector[]): AnchorResult {
  return new PageAnchorer(text).anchor(selectors);
}

/** Many notes on one page, sharing the page's normalised text. Results in the order of `notes`. */
export function anchorNotes(text: string, notes: readonly (readonly Selector[])[]): AnchorResult[] {
  const anchorer = new PageAnchorer(text);
  return notes.map((selectors) => anchorer.anchor(selectors));
}

/** 0..1 evidence from a similarity: nothing at one half (unrelated text aligns about that much), steep above. */
function cubeAboveHalf(similarity: number): number {
  const x = Math.max(0, (similarity - 0.5) / 0.5);
  return x * x * x;
}

/** Whether some of the saved context (4 characters, or all of a shorter one) still borders [start, end). */
function contextAgrees(text: string, start: number, end: number, quote: { prefix?: string; suffix?: string }): boolean {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  if (!prefix && !suffix) return true;
  const prefixKept = prefix.length > 0 && commonSuffixLength(text, start, prefix) >= Math.min(4, prefix.length);
  const suffixKept = suffix.length > 0 && commonPrefixLength(text, end, suffix) >= Math.min(4, suffix.length);
  return prefixKept || suffixKept;
}

function commonSuffixLength(text: string, end: number, saved: string): number {
  let n = 0;
  while (
    n < saved.length &&
    end - n - 1 >= 0 &&
    text.charCodeAt(end - n - 1) === saved.charCodeAt(saved.length - n - 1)
  )
    n++;
  return n;
}

function commonPrefixLength(text: string, start: number, saved: string): number {
  let n = 0;
  while (n < saved.length && start + n < text.length && text.charCodeAt(start + n) === saved.charCodeAt(n)) n++;
  return n;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
