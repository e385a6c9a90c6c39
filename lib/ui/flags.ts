/**
 * How the popup reads a Report's flags: one entry per passage (findings on the same words together), grouped by
 * the leading finding's kind in catalog order; their passage and quote facts.
 */
import { CATALOG } from '../core/detectors/catalog';
import { findSelector, type Selector } from '../core/anchoring/selectors';
import { groupByPassage, type Passage } from '../core/passages';
import type { Attribution, DetectorId, Flag, Report } from '../core/report';
import { kindTitle } from './labels';

export interface FlagGroup {
  kind: DetectorId;
  /** The kind's title ("Affiliate links"). */
  label: string;
  /** The passages whose leading finding is of this kind, in the page's order. */
  passages: Passage[];
}

/** The passages of the flags not dismissed: a passage goes when every finding on it is dismissed. */
export function visiblePassages(flags: readonly Flag[], dismissed: ReadonlySet<string>): Passage[] {
  return groupByPassage(flags.filter((f) => !dismissed.has(f.id)));
}

/** Passages by their leading kind in catalog order (unknown kinds last), dismissed findings left out. */
export function groupFlags(flags: readonly Flag[], dismissed: ReadonlySet<string>): FlagGroup[] {
  const byKind = new Map<DetectorId, Passage[]>();
  for (const passage of visiblePassages(flags, dismissed)) {
    const kind = passage.lead.kind;
    const list = byKind.get(kind);
    if (list) list.push(passage);
    else byKind.set(kind, [passage]);
  }
  const order = new Map<string, number>(CATALOG.map((d, i) => [d.id, i]));
  return [...byKind.entries()]
    .sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
    .map(([kind, passages]) => ({ kind, label: kindTitle(kind), passages }));
}

/** A stable key for a passage in lists: its leading finding's id. */
export const passageKey = (passage: Passage) => passage.lead.id;

/** The flagged passage as the page has it (the TextQuoteSelector's exact). */
export function passageOf(selectors: readonly Selector[]): string {
  return findSelector(selectors, 'TextQuoteSelector')?.exact ?? '';
}

export interface QuoteFacts {
  speaker: string | null;
  attribution: Attribution;
}

const ATTRIBUTIONS: readonly Attribution[] = ['named', 'anonymous', 'none'];

/**
 * Who said the flagged quote and how it is attributed: from the flag's own data when the detector put it there,
 * else from the report's quote at the same place. Null when the flag is not about a quote.
 */
export function quoteFactsOf(flag: Flag, report: Report): QuoteFacts | null {
  const data = flag.data ?? {};
  const attribution = data.attribution;
  if (typeof attribution === 'string' && (ATTRIBUTIONS as readonly string[]).includes(attribution)) {
    const speaker = typeof data.speaker === 'string' && data.speaker ? data.speaker : null;
    return { speaker, attribution: attribution as Attribution };
  }
  const at = findSelector(flag.target.selector, 'TextPositionSelector');
  const exact = passageOf(flag.target.selector);
  const quote = report.quotes.find((q) => {
    const pos = findSelector(q.target.selector, 'TextPositionSelector');
    // The flag may cover the quote and its attribution, or only part of the quote: any overlap is the same quote.
    if (at && pos) return pos.start < at.end && at.start < pos.end;
    return exact !== '' && passageOf(q.target.selector) === exact;
  });
  return quote ? { speaker: quote.speaker, attribution: quote.attribution } : null;
}

/** Plain words for an attribution. */
export function attributionText(attribution: Attribution): string {
  switch (attribution) {
    case 'named':
      return 'named source';
    case 'anonymous':
      return 'anonymous source';
    default:
      return 'no source given';
  }
}
