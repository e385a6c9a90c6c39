/**
 * String similarity for anchoring: how much of a saved quote, prefix or suffix survives in the page's text.
 * All inputs are short (a context is at most CONTEXT_CHARS long; quotes go through approx-string-match instead),
 * so a plain dynamic programme is fast enough.
 */

/**
 * Edits needed to turn `saved` into a string that starts `window` (the window's tail is free): how well the text
 * after a candidate keeps the saved suffix, an inserted word costing its length once rather than shifting the rest.
 */
export function leadingEditDistance(saved: string, window: string): number {
  const m = saved.length;
  const n = window.length;
  if (m === 0) return 0;
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    const c = saved.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1] + (window.charCodeAt(j - 1) === c ? 0 : 1);
      row[j] = Math.min(substitute, prev[j] + 1, row[j - 1] + 1);
    }
    [prev, row] = [row, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/** Same as `leadingEditDistance`, aligned at the end: how well the text before a candidate keeps the saved prefix. */
export function trailingEditDistance(saved: string, window: string): number {
  return leadingEditDistance(reverse(saved), reverse(window));
}

/**
 * 0..1: how much a context survives. Unrelated English text still aligns about half its characters, so
 * similarity below one half counts as none, and the scale is stretched above it.
 */
export function contextEvidence(saved: string, distance: number): number {
  if (!saved.length) return 0;
  const similarity = 1 - distance / saved.length;
  return Math.max(0, (similarity - 0.5) / 0.5);
}
