/**
 * The phrases `vague-attribution` looks for: claims pinned on unnamed groups ("experts say", "sources familiar
 * with the discussions"), graded by how strongly they hide who is speaking. English only. Each tier is one
 * precompiled case-insensitive regex; the detector then drops matches a name qualifies ("Harvard experts say",
 * "the researchers said" after the study was named).
 */

/** Strongest: unnamed sources and insiders. Flagged at every sensitivity. */
const UNNAMED_SOURCES = [
  String.raw`(?:(?:anonymous|unnamed|unidentified|several|multiple|two|three|some|other) )?sources? (?:familiar with|close to|with knowledge of|briefed on|inside|within) (?:the |this |these |his |her |their )?[a-z]+`,
  String.raw`(?:(?:anonymous|unnamed|unidentified|several|multiple|some) )?sources (?:say|said|says|told|indicate|indicated|suggest|suggested|claim|claimed|report|reported|confirm|confirmed|reveal|revealed)`,
  String.raw`(?:anonymous|unnamed) (?:sources?|officials?|insiders?)`,
  String.raw`(?:people|persons|someone|those|officials|insiders) (?:familiar with|close to|with knowledge of|briefed on) (?:the |this |these |his |her |their )?[a-z]+`,
  String.raw`insiders? (?:say|said|says|claim|claimed|told|suggest|suggested)`,
  String.raw`(?:who|which) (?:asked|spoke|requested|declined) (?:not to be (?:named|identified)|on (?:the )?condition of anonymity)`,
  String.raw`on (?:the )?condition of anonymity`,
  String.raw`according to (?:recent |new |unconfirmed |some |media |press |several |multiple )*(?:revelations|reports|sources|insiders|rumou?rs|leaks)`,
];

/** Generic groups and impersonal claims: flagged at `normal` and `high`. */
const UNNAMED_GROUPS = [
  String.raw`(?:experts|scientists|researchers|analysts|observers|economists|doctors|commentators|critics|historians|scholars) (?:say|said|says|believe|believed|agree|agreed|argue|argued|warn|warned|claim|claimed|suggest|suggested|note|noted|fear|feared|estimate|estimated|predict|predicted|maintain|contend|insist|emphasi[sz]e|caution)`,
  String.raw`(?:according to|say|says|said) (?:some|many|most|other|leading) (?:experts|scientists|researchers|analysts|observers|critics|reports|people)`,
  String.raw`it (?:is|was|has been|had been) (?:widely |generally |commonly |often |now )?(?:believed|reported|said|thought|claimed|rumou?red|suggested|alleged|understood|known|accepted) that`,
  String.raw`it is widely (?:believed|known|accepted|reported|thought)`,
  String.raw`(?:(?:some|much|recent|new|scientific) )?(?:research|studies|evidence|science) (?:has |have )?(?:shown|show|shows|proven|proves|suggests?|suggested|indicates?|confirms?|found|finds)`,
  String.raw`(?:many|some|most) (?:people|observers|commentators|americans) (?:say|said|believe|believed|think|argue|claim|feel)`,
  String.raw`(?:some|many|others) (?:say|argue|claim|believe|contend|suggest)(?: that)?`,
  String.raw`there (?:are|have been) (?:reports|rumou?rs|claims|suggestions) that`,
  String.raw`(?:reports|rumou?rs) (?:suggest|say|indicate|claim|have emerged)`,
];

/** Hedges that distance the writer without naming anyone: flagged only at `high`. */
const HEDGES = [
  String.raw`reportedly`,
  String.raw`allegedly`,
  String.raw`purportedly`,
  String.raw`supposedly`,
  String.raw`rumou?red(?: to)?`,
  String.raw`(?:is|are|was|were) (?:said|believed|thought|understood|reported) to`,
  String.raw`according to (?:reports|media reports|press reports|accounts)`,
];

// ASCII word edges and no `u` flag: the phrases are English, and a case-insensitive Unicode regex this size
// costs V8 tens of milliseconds to compile on first use.
const tier = (phrases: string[], flags: string) =>
  new RegExp(String.raw`(?<![A-Za-z0-9])(?:${phrases.join('|').replace(/ /g, String.raw`\s+`)})(?![A-Za-z0-9])`, flags);

export type VagueTier = 'unnamed-source' | 'unnamed-group' | 'hedge';

/** The tiers in the order they are tried; the first that matches a sentence names the rule. */
export const VAGUE_TIERS: readonly { rule: VagueTier; re: RegExp }[] = [
  { rule: 'unnamed-source', re: tier(UNNAMED_SOURCES, 'gi') },
  { rule: 'unnamed-group', re: tier(UNNAMED_GROUPS, 'gi') },
  { rule: 'hedge', re: tier(HEDGES, 'gi') },
];
