/**
 * A lossless filter for approximate search over a whole page: an index of the page's 4-grams, built once per page,
 * and for each quote the few regions where a match with at most k errors can be. By the q-gram lemma a match of a
 * pattern of length L with at most k edits keeps at least L - q + 1 - k*q of the pattern's q-grams, all on
 * diagonals (text offset - pattern offset) within k of the match's start; regions whose diagonals collect fewer
 * votes cannot hold a match, so only the rest are handed to the (exact, slower) approximate matcher.
 */

const Q = 4;
const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

function gramCode(text: string, at: number): number {
  return (
    (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 +
      text.charCodeAt(at + 3)) &
    HASH_MASK
  );
}

export class QGramIndex {
  /** Positions of the text's 4-grams grouped by hash: bucket h is positions[bucketStart[h] .. bucketStart[h+1]). */
  private readonly bucketStart: Int32Array;
  private readonly positions: Int32Array;

  constructor(readonly text: string) {
    const grams = Math.max(0, text.length - Q + 1);
    const codes = new Uint16Array(grams);
    const counts = new Int32Array(HASH_MASK + 2);
    // Rolling: each character is read once (the hash is the same as gramCode's).
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let c = text.charCodeAt(2);
    for (let i = 0; i < grams; i++) {
      const d = text.charCodeAt(i + 3);
      const code = (((a * 31 + b) * 31 + c) * 31 + d) & HASH_MASK;
      codes[i] = code;
      counts[code + 1]++;
      a = b;
      b = c;
      c = d;
    }
    for (let h = 1; h < counts.length; h++) counts[h] += counts[h - 1];
    this.bucketStart = counts.slice();
    const fill = counts;
    this.positions = new Int32Array(grams);
    for (let i = 0; i < grams; i++) this.positions[fill[codes[i]]++] = i;
  }

  /**
   * Text regions [start, end) that may hold a match of `pattern` with at most `maxErrors` edits, merged and in
   * order; null when the filter cannot help (a pattern too short for the lemma, or candidates everywhere).
   */
  candidateRegions(pattern: string, maxErrors: number): { start: number; end: number }[] | null {
    const L = pattern.length;
    const needed = L - Q + 1 - maxErrors * Q;
    if (needed < 2) return null;
    // Bins at least as wide as the diagonal band 2k+1, so a match's votes fall in two neighbouring bins.
    let width = 32;
    while (width < 2 * maxErrors + 1) width *= 2;
    const bins = new Int32Array(Math.ceil((this.text.length + L) / width) + 2);
    const { bucketStart, positions } = this;
    for (let i = 0; i + Q <= L; i++) {
      const code = gramCode(pattern, i);
      for (let p = bucketStart[code], end = bucketStart[code + 1]; p < end; p++) {
        bins[((positions[p] - i + L) / width) | 0]++;
      }
    }
    const regions: { start: number; end: number }[] = [];
    let covered = 0;
    for (let b = 0; b + 1 < bins.length; b++) {
      if (bins[b] + bins[b + 1] < needed) continue;
      // Diagonals of bins b and b+1, widened by the errors on both sides and by the pattern itself.
      const start = Math.max(0, b * width - L - maxErrors);
      const end = Math.min(this.text.length, (b + 2) * width + 2 * maxErrors);
      const last = regions[regions.length - 1];
      if (last && start <= last.end) {
        covered += Math.max(0, end - last.end);
        last.end = Math.max(last.end, end);
      } else {
        regions.push({ start, end });
        covered += end - start;
      }
    }
    // Candidates over much of the page: one plain scan is cheaper than many small ones.
    return covered > this.text.length / 4 ? null : regions;
  }
}
