/**
 * What each kind of flag is called, in one form everywhere (popup, badge title, options page, CLI text): a noun
 * with its singular and plural, counted as "1 unsourced quote", "11 affiliate links".
 */
import { catalogEntry, type KindNoun } from '../core/detectors/catalog';

export type { KindNoun };

/** The kind's noun (each detector's catalog entry); a kind the catalog no longer has is named by its id. */
export function kindNoun(kind: string): KindNoun {
  return catalogEntry(kind)?.noun ?? { one: kind, other: kind };
}

const plural = new Intl.PluralRules('en');

/** "1 unsourced quote", "11 affiliate links". */
export function countKind(kind: string, count: number): string {
  const noun = kindNoun(kind);
  return `${count.toLocaleString('en')} ${plural.select(count) === 'one' ? noun.one : noun.other}`;
}

/** The kind as a heading or a switch's name: its plural, capitalised ("Affiliate links"). */
export function kindTitle(kind: string): string {
  const { other } = kindNoun(kind);
  return other.charAt(0).toUpperCase() + other.slice(1);
}

/** "1 flagged passage", "12 flagged passages". */
export function countPassagesText(count: number): string {
  return `${count.toLocaleString('en')} flagged passage${plural.select(count) === 'one' ? '' : 's'}`;
}

/** The kinds of a passage's findings, as a list in words: "undisclosed affiliate link and affiliate link". */
export function kindsText(kinds: readonly string[]): string {
  const nouns = [...new Set(kinds)].map((k) => kindNoun(k).one);
  if (nouns.length <= 1) return nouns[0] ?? '';
  return `${nouns.slice(0, -1).join(', ')} and ${nouns[nouns.length - 1]}`;
}
