/**
 * White-space-insensitive view of a page's text for anchoring: every run of white space becomes one space, with
 * a map back to offsets in the original text. A re-flowed paragraph (new line breaks, doubled spaces) still
 * matches its saved quote exactly in this view.
 *
 * The map records only the runs that changed (anything but a lone ' '), so building it costs one native regex
 * pass, and offsets between two recorded runs differ by a constant.
 */

/** White space that normalising rewrites: runs of two or more, or one character other than ' '. */
const REWRITTEN_WHITE_SPACE = /\s{2,}|[^\S ]/g;

export interface NormalisedText {
  /** The text with each run of white space collapsed to a single ' '. */
  readonly text: string;
  /** For each rewritten run k: the offset of its ' ' in `text`, and its start and end in the original. */
  readonly runAt: Int32Array;
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  readonly originalLength: number;
}

export function normaliseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function normaliseText(text: string): NormalisedText {
  const at: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let removed = 0;
  const normalised = text.replace(REWRITTEN_WHITE_SPACE, (run: string, offset: number) => {
    at.push(offset - removed);
    starts.push(offset);
    ends.push(offset + run.length);
    removed += run.length - 1;
    return ' ';
  });
  return {
    text: normalised,
    runAt: Int32Array.from(at),
    runStart: Int32Array.from(starts),
    runEnd: Int32Array.from(ends),
    originalLength: text.length,
  };
}

/** Index of the last rewritten run at or before normalised offset `offset`, or -1. */
function runBefore(norm: NormalisedText, offset: number): number {
  const { runAt } = norm;
  let lo = 0;
  let hi = runAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runAt[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Original offset where normalised character `offset` begins. */
function originalStart(norm: NormalisedText, offset: number): number {
  const k = runBefore(norm, offset);
  if (k < 0) return offset;
  if (norm.runAt[k] === offset) return norm.runStart[k];
  return norm.runEnd[k] + (offset - norm.runAt[k] - 1);
}

/** Original offset just after normalised character `offset`. */
function originalEnd(norm: NormalisedText, offset: number): number {
  const k = runBefore(norm, offset);
  if (k < 0) return offset + 1;
  if (norm.runAt[k] === offset) return norm.runEnd[k];
  return norm.runEnd[k] + (offset - norm.runAt[k]);
}

/** The original span of normalised span [start, end). */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const length = norm.text.length;
  const s = start < length ? originalStart(norm, start) : norm.originalLength;
  const e = end > start ? originalEnd(norm, Math.min(end, length) - 1) : s;
  return { start: s, end: Math.max(s, e) };
}

/** The normalised offset of an original offset (inside a run: the run's space). */
export function toNormalised(norm: NormalisedText, offset: number): number {
  const { runStart } = norm;
  let lo = 0;
  let hi = runStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runStart[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0) return offset;
  if (offset < norm.runEnd[k]) return norm.runAt[k];
  return norm.runAt[k] + 1 + (offset - norm.runEnd[k]);
}
