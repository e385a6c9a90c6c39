/**
 * Findings that concern the same words, as one passage. `report.flags` keeps every finding (the scoring tools count
 * them by kind); what the reader sees — the popup's list and counts, the badge, the CLI's text — is one entry per
 * passage, saying every finding on it. Pure: flags in, passages out.
 */
import { findSelector } from './anchoring/selectors';
import { DETECTOR_IDS } from './detectors/catalog';
import { SEVERITY_RANK, type Flag, type Severity } from './report';

export interface Passage {
  /** Every finding on these words: the most serious first, then in catalog order. Never empty. */
  flags: Flag[];
  /** The finding that leads (names the passage's kind in lists): `flags[0]`. */
  lead: Flag;
  /** The most serious severity among the findings. */
  severity: Severity;
}

/** Where a flag sits in the page's text, or null when it carries no position. */
function rangeOf(flag: Flag): { start: number; end: number } | null {
  const at = findSelector(flag.target.selector, 'TextPositionSelector');
  return at && at.end > at.start ? { start: at.start, end: at.end } : null;
}

/** The quote with its context: the same words at the same place, for flags without a position. */
function quoteKey(flag: Flag): string | null {
  const quote = findSelector(flag.target.selector, 'TextQuoteSelector');
  return quote ? JSON.stringify([quote.exact, quote.prefix, quote.suffix]) : null;
}

function byConcern(a: Flag, b: Flag): number {
  const rank = SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
  if (rank) return rank;
  const order = (f: Flag) => {
    const i = DETECTOR_IDS.indexOf(f.kind);
    return i < 0 ? DETECTOR_IDS.length : i;
  };
  return order(a) - order(b);
}

function passageOf(flags: Flag[]): Passage {
  const sorted = [...flags].sort(byConcern);
  return { flags: sorted, lead: sorted[0], severity: sorted[0].severity };
}

/**
 * The flags as passages, in the page's order: flags whose positions overlap (transitively) are one passage, and so
 * are flags with the same quote, prefix and suffix. Flags with neither position nor quote stay alone, at the end.
 */
export function groupByPassage(flags: readonly Flag[]): Passage[] {
  // Union-find over the flags' indices: overlap and same-quote both join.
  const parent = flags.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const positioned = flags
    .map((flag, i) => ({ i, range: rangeOf(flag) }))
    .filter((p): p is { i: number; range: { start: number; end: number } } => p.range !== null)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  // A sweep: each flag joins the run it overlaps (the run's furthest end so far decides).
  let runHead = -1;
  let runEnd = -Infinity;
  for (const { i, range } of positioned) {
    if (range.start < runEnd) join(runHead, i);
    else runHead = i;
    runEnd = Math.max(runEnd, range.end);
  }

  const byQuote = new Map<string, number>();
  flags.forEach((flag, i) => {
    const key = quoteKey(flag);
    if (key === null) return;
    const seen = byQuote.get(key);
    if (seen === undefined) byQuote.set(key, i);
    else join(seen, i);
  });

  const groups = new Map<number, Flag[]>();
  flags.forEach((flag, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(flag);
    else groups.set(root, [flag]);
  });
  const startOf = (list: Flag[]) => Math.min(...list.map((f) => rangeOf(f)?.start ?? Infinity));
  return [...groups.entries()]
    .sort(([ra, a], [rb, b]) => startOf(a) - startOf(b) || ra - rb)
    .map(([, list]) => passageOf(list));
}

/** How many passages the flags mark: what the badge and the popup count. */
export function countPassages(flags: readonly Flag[]): number {
  return groupByPassage(flags).length;
}
