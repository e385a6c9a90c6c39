/**
 * The text normalisation of ../shared/tools/report.py, so that the TypeScript corpus tests score exactly as the
 * shared Python scorers do.
 */

/** report.py's `norm`: NFKC, quotation marks folded, white space folded (lower-cased here for comparisons). */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** report.py's `tokens`: the lower-cased word characters (Python's `\w`) of `norm(s)`. */
export function tokens(s: string | null | undefined): string[] {
  return norm(s).match(/[\p{L}\p{N}_]+/gu) ?? [];
}
