/**
 * The cues `vague-attribution` looks for, each a precompiled case-insensitive regex with the rule it raises and
 * how often a careful reader agrees with a flag it raises (`confidence`). English only. Literal phrases are kept
 * for the fixed idioms of unnamed sourcing ("sources familiar with", "on condition of anonymity"); everything else
 * is built from the small grammar in ./attribution-grammar.ts (quantifier + group + reporting verb, "it is" +
 * participle + "that", passive "is widely regarded"). The detector then drops matches a name qualifies.
 *
 * Confidence: measured, cue by cue, as the share of flags labelled weasel on the train half of
 * ../shared/corpus/weasel-dev (`npx tsx scripts/score-weasel.ts` prints it per cue), lowered where reading the flags
 * on news and open-web pages found more wrong ones. Cues under 0.9 are shown at "high" sensitivity only. Forms that
 * the labels call weasel but that attribute nothing (hedges such as "may", vague quantities such as "many other
 * countries", peacock words) are left out on purpose.
 */
import {
  BARE_GROUP_NOUNS,
  CLAUSE_VERBS,
  EVALUATION_PARTICIPLES,
  GROUP_NOUNS,
  IMPERSONAL_PARTICIPLES,
  IMPERSONAL_TO_PARTICIPLES,
  JUDGE_NOUNS,
  JUDGING_AS_VERBS,
  JUDGING_TO_BE_VERBS,
  JUDGING_PARTICIPLES,
  LEARNED_REPORTING_VERBS,
  OPINION_NOUNS,
  PERFECT_CLAUSE_PARTICIPLES,
  QUANTIFIERS,
  REPORTING_VERBS,
  ASIDES,
  SPREAD_ADJECTIVES,
  STRICT_CLAUSE_VERBS,
  SPREAD_ADVERBS,
  STANCE_GROUPS,
  VERB_FILLERS,
  VERDICT_PARTICIPLES,
  PERFECT_JUDGEMENTS,
  TALK_NOUNS,
  TALK_ARISES,
  EVIDENCE_AMOUNTS,
  MENTAL_VERBS,
  RELATIVE_CLAUSE_VERBS,
} from './attribution-grammar';

export type VagueRule = 'unnamed-source' | 'unnamed-group' | 'passive-attribution' | 'hedge';

export interface VagueCue {
  rule: VagueRule;
  /** What kind of match this is, for the report's data and for scoring per kind. */
  kind: string;
  /** The share of such flags a careful reader agrees with (0..1). */
  confidence: number;
  /**
   * Whether the words just before the match can name the speaker ("Harvard experts say", "the researchers
   * found"): true when the match opens with the group itself, false when it opens with a quantifier or a verb.
   */
  groupFirst: boolean;
  /**
   * The share on journalism pages that declare themselves articles (news, opinion, blogs with a byline, a date or an
   * article type), where read flags showed the form right far less often than on encyclopedia sentences; unset where
   * the ledger (tests/ledger/judged-flags.jsonl) gave no reason to differ.
   */
  journalismConfidence?: number;
  /**
   * The share on pages taken for an encyclopedia: the form's precision on the labelled train sentences of the
   * CoNLL-2010 Wikipedia weasel data (even pages of ../shared/corpus/weasel-dev), where that is under `confidence`;
   * unset where it is not.
   */
  referenceConfidence?: number;
  re: RegExp;
}

const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
const QUANT = alt(QUANTIFIERS);
const GROUP = alt(GROUP_NOUNS);
/** A second unnamed group joined to the first: "some critics and readers of the magazine have believed". */
const GROUP_AND_GROUP = `(?: (?:and|or) (?:other )?(?:[a-z-]+ )?${GROUP}(?: of (?:the |this |that )?[a-z-]+)?)?`;
/**
 * What may stand between a group and its verb ("some, however, claim", "some, controversially, have claimed");
 * patterns put it right after the group, with no space.
 */
const FILLER = `(?:, (?:${alt(ASIDES)}|[a-z]+ly),)? (?:${alt(VERB_FILLERS)} ){0,2}(?:[a-z]+ly )?`;
const ADVERB = alt(SPREAD_ADVERBS);
const BE = '(?:is|are|was|were|be|been|being|has been|have been|had been)';
/** After a plural subject the verb has no -s: "some fears", "most worries" and "experts claims" are nouns. */
const PLURAL_VERB = (verbs: readonly string[]) => alt(verbs.filter((v) => !/[^s]s$/.test(v)));

/**
 * Officials of no named body: "officials said", "federal officials said", "U.S. intelligence officials believe";
 * "Con Edison officials", "the officials" are let off (a body named, or officials named before).
 */
const UNNAMED_OFFICIALS = [
  String.raw`officials (?:say|said|says|told|indicated|suggested|confirmed|acknowledged|warned|believe|believed)`,
];

/** Unnamed sources and insiders. */
const UNNAMED_SOURCES = [
  String.raw`(?:(?:anonymous|unnamed|unidentified|several|multiple|two|three|some|other) )?sources? (?:familiar with|close to|with knowledge of|briefed on|inside|within) (?:the |this |these |his |her |their )?[a-z]+`,
  String.raw`(?:(?:anonymous|unnamed|unidentified|several|multiple|some) )?sources (?:say|said|says|told|indicate|indicated|suggest|suggested|claim|claimed|report|reported|confirm|confirmed|reveal|revealed)`,
  String.raw`(?:anonymous|unnamed) (?:sources?|officials?|insiders?)`,
  // "sources in Gaza said": the place is not who they are.
  String.raw`sources (?:in|at|from|inside|within) (?:the )?[a-z-]+(?: [a-z-]+)? (?:say|said|says|told)`,
  // One unnamed source speaking: "A source added that", "a senior government source told the paper".
  String.raw`(?:a|one|another) (?:[a-z-]+ ){0,2}?source (?:say|said|says|told|tells|added|adds|claimed|claims|revealed|reveals|confirmed|confirms|explained|insisted|reported|alleged|suggested)`,
  String.raw`(?:people|persons|someone|those|others|officials|insiders) (?:familiar with|close to|with knowledge of|briefed on) (?:the |this |these |his |her |their )?[a-z]+`,
  // "said executives aware of the matter" (round 31, Economic Times): aware of what a story is about, not of a risk.
  String.raw`(?:people|persons|sources|officials|insiders|executives|bankers) aware of (?:the |these |this )?(?:matter|matters|development|developments|plans?|talks|discussions|deliberations|negotiations|deal|decision|process|situation)`,
  String.raw`insiders? (?:say|said|says|claim|claimed|told|suggest|suggested)`,
  String.raw`(?:who|which) (?:asked|spoke|requested|declined) (?:not to be (?:named|identified)|to be (?:named|identified)|on (?:the )?condition of anonymity)`,
  String.raw`on (?:the )?condition of anonymity`,
  String.raw`according to (?:recent |new |unconfirmed |some |media |press |news |local |several |multiple )*(?:revelations|reports|reporting|sources|insiders|rumou?rs|leaks)`,
  // "according to Turkish sources", "according to intelligence sources" (round 28): who they are is still unsaid
  // (not "according to some Roman sources": a historian's texts, read as before).
  String.raw`according to (?!(?:some|many|most|other|certain|several) )(?:[a-z-]+ ){1,2}sources`,
  // One source, unnamed: "according to one source they control many types of growth" (round 26).
  String.raw`according to (?:a|one|another) (?:(?:single|senior|government|police|industry|party|company|family|unnamed|anonymous) )?(?:source|insider)\b`,
];

/**
 * A word between a quantifier and a group that is itself what is counted: "no matter how many times people told
 * him" counts times, not people.
 */
const NOT_A_COUNTED_NOUN = String.raw`(?!(?:times|years|months|weeks|days|hours|decades|ways)\b)`;
/**
 * "some scholars contend", "most commentators praised", "a number of critics have argued", "many analysts warned"
 * (the verbs: the grammar's reporting verbs and those learned from PolNeAR's annotated news).
 */
const QUANTIFIED_GROUP = `${QUANT} (?:${NOT_A_COUNTED_NOUN}[a-z-]+ ){0,2}?${GROUP}${GROUP_AND_GROUP}${FILLER}${PLURAL_VERB([...REPORTING_VERBS, ...LEARNED_REPORTING_VERBS])}`;
/** "some Muslims believe", "many fans claimed": any plural after a quantifier, with an unambiguous verb. */
const QUANTIFIED_PLURAL = `(?:some|many|most|several|numerous|various) (?:[a-z-]+ )?[a-z]+s${FILLER}${PLURAL_VERB(STRICT_CLAUSE_VERBS)}`;
/** Words after a group that start a phrase rather than the group's verb: "some critics of", "many scholars who". */
const NOT_A_VERB = `(?:of|and|or|nor|in|at|on|for|with|who|whom|whose|that|which|from|to|as|is|are|was|were|be|the|a|an|this|these|those|their|his|her|its|such|like|including|among|but|than|if|when|while|because|say|said|says|claim|claimed|argue|argued|believe|believed)`;
/**
 * "some historians trace it back to", "most Christian scholars date it": judges doing anything make a claim (not as the
 * object of "of": "caught the eyes of so many analysts shows").
 */
const JUDGES_ACT = `(?<!\\bof (?:so |too |the )?)${QUANT} (?:[a-z-]+ ){0,2}?${alt(JUDGE_NOUNS)}${FILLER}(?!${NOT_A_VERB}\\b)[a-z]+`;
/** "Critics of this interpretation argue", "supporters of the plan say". */
const GROUP_OF = `${alt(STANCE_GROUPS)}(?: and (?:[a-z-]+ )?[a-z]+s)? of (?:the |this |that |these )?(?:[a-z-]+ )?[a-z-]+${FILLER}${PLURAL_VERB(REPORTING_VERBS)}`;
/** "most often described as", "would most certainly disagree": "most" making an adverb superlative, not a group of people. */
const NOT_A_SUPERLATIVE = String.raw`(?! (?:often|[a-z]+ly)\b)`;
/** "some argue", "others have claimed", "many believe" (not the superlative "a composer most noted for"). */
const BARE_QUANTIFIER = `(?:some|many|others|most${NOT_A_SUPERLATIVE}|a number)${FILLER}${PLURAL_VERB(CLAUSE_VERBS)}(?! for\\b)`;
/** "many are questioning", "some have been asking whether": the progressive, which only a verb can fill. */
const PROGRESSIVE_QUANTIFIER = `(?:some|many|others|more and more people) (?:are|were|have been|had been) (?:now |also |still |increasingly )?(?:questioning|asking|wondering|claiming|saying|arguing|suggesting|speculating)(?! (?:for|about|around)\\b)`;
/**
 * "which some thought would", "what many believe": a quantifier as the subject of a relative clause, whose verb can
 * only report ("some thought" alone is as often a noun: "gave it some thought").
 */
const RELATIVE_QUANTIFIER = `(?:which|what|whom) (?:some|many|others|most)(?: (?:[a-z-]+ )?${GROUP})?${FILLER}${alt(RELATIVE_CLAUSE_VERBS)}`;
/** "Critics argue", "experts say", "historians have long suggested". */
const BARE_GROUP = `${alt(BARE_GROUP_NOUNS)}${FILLER}${PLURAL_VERB(REPORTING_VERBS)}`;
/** A plural after "some"/"many" that could be the speakers: "some critics", "many of the senators", not "many of us". */
const SOME_PLURAL = `(?: (?:[a-z-]+ ){0,2}?(?!(?:us|its|this|thus|ours|yours|theirs|hers|his|has|was|is)\\b)[a-z]+s)?`;
/** "some describe it as", "what many have viewed as", "others dismiss the claims as": a judgement by nobody named. */
const QUANTIFIER_AS = `(?:some|many|others|most${NOT_A_SUPERLATIVE})(?: (?:[a-z-]+ )?${GROUP})?${FILLER}${alt(JUDGING_AS_VERBS)} (?:(?:it|him|her|them|this|that|these|those|(?:the|his|her|its|their) (?:[a-z-]+ )?[a-z-]+) )?as`;
/** "Some consider Lemieux to be", "many critics believe it to have been": a judgement with its object before "to be". */
const QUANTIFIER_TO_BE = `(?:some|many|others|most)(?: (?:[a-z-]+ )?${GROUP})?${FILLER}${alt(JUDGING_TO_BE_VERBS)} (?:[a-z'’-]+ ){1,3}?to (?:be|have been)`;
/** "there are scholars who believe", "there were many who argued". */
const THERE_ARE_WHO = `there (?:are|were|have been) (?:also |still )?(?:some|many|those|others|(?:(?:some|many) )?(?:[a-z-]+ )?${GROUP}) who${FILLER}${PLURAL_VERB(REPORTING_VERBS)}`;
/** "some note that", "many observers have stated that": any reporting verb is a claim when a clause follows. */
const QUANTIFIER_THAT = `(?:some|many|others|most)${SOME_PLURAL}${FILLER}${alt(REPORTING_VERBS.filter((v) => !MENTAL_VERBS.includes(v)))} that`;
/** "most Americans felt that", "many feared that": what a group thought, the history of an opinion more than a claim. */
const QUANTIFIER_THOUGHT_THAT = `(?:some|many|others|most)${SOME_PLURAL}${FILLER}${alt(MENTAL_VERBS)} that`;
/** "some have observed that", "many critics have long remarked that": a perfect tense taking a clause. */
const QUANTIFIER_HAVE_THAT = `(?:some|many|others|most)${SOME_PLURAL} (?:have|has|had) (?:(?:long|often|also|repeatedly|even) )?${alt(PERFECT_CLAUSE_PARTICIPLES)} that`;
/** "Legend has it that", "local tradition holds", "according to folklore": lore standing in for a source. */
const LORE = `(?:(?:local|popular|oral|family|folk) )?(?:legend|tradition|folklore|lore|folk tales?) (?:has it|holds?|says|claims?|tells?)|according to (?:(?:local|popular|oral|family) )?(?:legend|tradition|folklore)`;
/** "according to some experts", "according to many". */
const ACCORDING_TO_GROUP = `according to (?:some|many|most|other|certain|several)(?: ${GROUP})?`;
/** "considered by some to be", "is regarded by many as", "criticized by fans", "claimed by those opposing it". */
const BY_UNNAMED = `${alt(JUDGING_PARTICIPLES)} (?:in )?(?:${ADVERB} )?by (?:(?:some|many|most|others|several|a few|various|certain)(?= to | as | that |[,.;]| and | who)|those(?= who | opposed | opposing | critical )|the (?:[a-z-]+ ){0,2}community|${GROUP}|(?:${QUANT} (?:[a-z-]+ )?${GROUP}))(?! (?:of|at|from|in|such as|including|like) )`;
/**
 * "detected by other observers", "promoted by many nutrition experts": any act of unnamed judges, in the passive.
 * The participle is checked by a look-behind from "by": a pattern opening on `[a-z]+` is tried at every word.
 */
const BY_JUDGES = `by(?<=[a-z](?:ed|en)\\s+by) ${QUANT} (?:[a-z-]+ ){0,2}?${alt(JUDGE_NOUNS)}(?! (?:of|at|from|in|such as|including|like) )`;
/** "opposition from some quarters", "is regarded in many quarters as": people, unnamed, by the only word for them. */
// (Only after a word of opinion: "conquered countries by advancing from various quarters" is directions, round 28.)
const UNNAMED_QUARTERS = `(?:criticism|criticized|criticised|backlash|anger|outrage|complaints?|opposition|opposed|support|praise|praised|pressure|calls|concerns?|objections?|resistance|scepticism|skepticism|doubts|condemnation|condemned|questions|questioned|suspicion|welcomed|hostility|demands)(?: [a-z-]+){0,3} (?:in|from|by) (?:some|many|certain|several|various|other|most) quarters`;
/** "seen by many as", "used by some to imply": literal verbs made judgements by "to"/"as". */
const SEEN_BY = `(?:seen|used|known) by (?:some|many|most|others)(?: people)?(?= to | as )`;
/** "leaving many to wonder", "led some people to think". */
const LED_TO_THINK = `(?:led|leads|leading|leaving|leaves|left|prompted|prompting|causing|caused) (?:some|many|most|others|several)(?: people| observers| critics| fans| commentators)? to (?:speculate|believe|think|wonder|question|suspect|conclude|argue|claim|suggest|assume)`;
/**
 * The subject that opens a clause when "that" is left out: "it is believed neither received", "it is said the town
 * was". Closed words only: after "it is said" a preposition ("in the Bible") or an adverb starts no clause.
 */
const CLAUSE_SUBJECT = `(?= (?:neither|none|either|both|he|she|they|we|this|these|those|the|his|her|their|its|there) )`;
/** Not "it is alleged he raped": with "that" left out, it is mostly the law's caution in a report (ledger). */
const CAUTION_FREE_PARTICIPLES = IMPERSONAL_TO_PARTICIPLES.filter((p) => p !== 'alleged');
/** "It is believed that", "it has been widely suggested that", "it was reported to", "it is said the". */
// (Not "let it be said that": the writer's own declaration, nobody's hearsay; nor "it has said that", a body named
// before speaking in the active: round 35, the Guardian.)
const IMPERSONAL = `(?<!let )it(?:'s(?: been)?| ${BE}| has (?:now|once|also|long) been)(?: (?:now|once|also|long))?(?: ${ADVERB})? (?:${alt(IMPERSONAL_PARTICIPLES)} that|${alt(IMPERSONAL_TO_PARTICIPLES)} to|${alt(CAUTION_FREE_PARTICIPLES)}${CLAUSE_SUBJECT}|(?:questioned|debated|disputed|contested) whether)`;
/** "a rumour was circulated that", "rumours have spread that": hearsay with no teller. */
const RUMOUR_SPREAD = `(?:a )?rumou?rs? (?:was|were|has been|have been|had been|had|has|have)? ?(?:circulated|spread|started|circulating) that`;
const RESEARCH_NOUN = '(?:research|studies|evidence|science|experiments|surveys)';
const RESEARCH_VERB =
  '(?:has |have )?(?:shown|show|shows|proven|proves|suggests?|suggested|indicates?|confirms?|found|finds)';
/**
 * "several studies have shown", "research suggests": research that nobody named did, with a quantifier or on its own
 * (the look-behind: no word just before the noun).
 */
const RESEARCH_SHOWS = String.raw`(?:(?:some|much|recent|new|scientific|previous|several|many|other|numerous|various) ${RESEARCH_NOUN}|(?<![a-z][,;]?\s)${RESEARCH_NOUN}) ${RESEARCH_VERB}`;
/** "laboratory studies show", "that studies show": a noun before the research narrows it, or it is a clause's subject. */
const RESEARCH_SHOWS_AFTER_A_WORD = `${RESEARCH_NOUN} ${RESEARCH_VERB}`;
/** "is widely regarded as", "was generally considered", "has often been described as". */
const SPREAD_PASSIVE = `(?:${BE}(?: ${ADVERB}){1,2}|(?:has|have|had) ${ADVERB} been(?: ${ADVERB})?) (?:${alt(EVALUATION_PARTICIPLES)}|(?:seen|viewed|described|portrayed|characteri[sz]ed) as)`;
/** "widely held", "widely regarded", before a noun or in a relative clause. */
const WIDELY = `(?:widely held|(?:widely|generally|commonly|universally|popularly) (?:shared|accepted|believed|regarded|considered|acknowledged|recognized|recognised|praised|acclaimed|criticized|criticised|condemned|thought|perceived|hailed))`;
/** "a common belief", "widespread criticism", "the conventional wisdom", "the prevailing view is that". */
const OPINION_NOUN = `(?:the |a )?${alt(SPREAD_ADJECTIVES)} (?:${alt(OPINION_NOUNS.filter((n) => n !== 'view' && n !== 'opinion'))}|(?:view|opinion) (?:is |was |has been )?that)`;
/** "there is widespread belief that", "there has been speculation that". */
const THERE_IS = `(?:there (?:is|was|has been|have been|are|were|remains)|exists?|existed) (?:a |the |some |much |widespread |general |growing |considerable |ongoing )?(?:belief|feeling|perception|impression|sense|consensus|speculation|agreement|suspicion|reports|rumou?rs|claims|suggestions|controversy|debate|disagreement) (?:that|among|as to|over whether|about whether)`;
/** "has drawn criticism", "sparked much controversy", "came under fire". */
const DREW_CRITICISM = `(?:drawn|drew|draws|attracted|attracts|received|receives|faced|faces|sparked|sparks|generated|provoked|come under|came under|comes under|(?:come|came|comes) in for) (?:much |some |widespread |considerable |heavy |harsh |strong |significant |wide |broad |critical |universal )?(?:criticism|praise|acclaim|controversy|scrutiny|fire|condemnation|ridicule)`;
/** "Criticism of the method has come from all directions": the noun of a verdict, with no one behind it. */
const VERDICT_NOUN_CAME = `(?:criticism|condemnation|praise|opposition|objections?) (?:of|to) (?:[a-z-]+ ){1,4}?(?:has|have|had) (?:come|arisen|mounted|grown)`;
/** "is considered one of the best", "was regarded as the finest": a superlative judgement with no judge. */
const PASSIVE_SUPERLATIVE = `(?:is|are|was|were|been|be|being|and)(?: now| also| still| widely| generally)? (?:regarded|considered|deemed|seen|viewed|thought of|perceived|hailed|recognized|recognised|acknowledged) (?:as |to be |to have been )?(?:one of|(?:among )?the (?:most|best|finest|greatest|leading|foremost|worst))`;
/**
 * "is considered the father of", "Alonso Berruguete, then considered the finest sculptor": a passive (or an
 * appositive participle) that makes its subject "the" one of a kind, judged by nobody named. Active "they
 * considered the offer" has no auxiliary or comma before the verb.
 */
const IDENTITY_VERB = '(?:regarded|considered|deemed|hailed|acclaimed|reckoned)';
const IDENTITY_ADVERB = '(?:then|now|often|widely|generally|once)';
// The comma is checked by a look-behind placed after the participle, so that it runs only where one matched: a
// look-behind at the start would be tried at every position of a long run of white space.
const PASSIVE_IDENTITY = `(?:(?:is|are|was|were|been|be|being)(?: now| also| still| often| widely| generally| once| then| usually| commonly| traditionally)? ${IDENTITY_VERB}|(?:${IDENTITY_ADVERB} )?${IDENTITY_VERB}(?<=,\\s*(?:${IDENTITY_ADVERB}\\s+)?${IDENTITY_VERB})) (?:as |to be )?the`;
/** "some are of the opinion that", "by common consent". */
const OF_THE_OPINION = `(?:some|many|others|most) (?:are|were) of the (?:opinion|view|belief)|by (?:common|general|popular|universal) (?:consent|agreement|acclaim)`;
/** "It is a well-known fact that". */
const WELL_KNOWN = `(?:a|the) (?:well[- ]known|widely[- ]known|commonly[- ]known) fact`;
/** "has been criticized", "were heavily praised" with nobody doing it (a named agent clears it). */
/**
 * An agent a few words on, or after a second participle, clears a verdict as it clears any passive: "being attacked
 * and dragged underwater by a shark" (a physical attack, by a named agent).
 */
const NO_AGENT_AFTER = '(?!(?: and [a-z]+)?(?: [a-z]+){0,2} by\\b)';
const VERDICT = `${BE} (?:(?:heavily|severely|harshly|strongly|roundly|frequently|repeatedly) )?${alt(VERDICT_PARTICIPLES)}${NO_AGENT_AFTER}`;
/** "were suggested as causing", "is proposed as the origin": a conjecture in the passive, its author left out. */
const CONJECTURED_AS = `(?:is|are|was|were) (?:[a-z]+ly )?(?:suggested|proposed|posited) as(?! by)`;
/**
 * "considered" and "deemed" also define: in a free relative ("what is now considered old age": what counts as) and
 * in a rule with its condition ("two entries are considered a duplicate if", "is deemed inactive when"). "Seen as"
 * and "regarded as" judge there too ("over what is seen as an unusually sympathetic view").
 */
const NOT_AFTER_WHAT = `(?<!\\bwhat )`;
const NO_CONDITION_AFTER = `(?!(?: [\\w-]+){1,4},? (?:if|unless|once|when|provided)\\b)`;
const PASSIVE_ADVERB = '(?:(?:also|now|still|often|generally|sometimes|usually|commonly) )?';
/** "is considered one of", "was regarded as", "is seen as", "is considered a": a judgement, no judge, no "widely". */
const PLAIN_PASSIVE = `(?:(?:is|are|was|were|been) ${PASSIVE_ADVERB}(?:regarded|perceived|hailed|touted|seen|viewed) (?:as|to be|to have|one of|among)|${NOT_AFTER_WHAT}(?:is|are|was|were|been) ${PASSIVE_ADVERB}(?:(?:considered|deemed) (?:as|to be|to have|one of|among)|considered an?)${NO_CONDITION_AFTER})`;
/**
 * "is considered very important", "are considered part of": a present judgement by nobody named, whatever follows
 * (not "was considered": a past deliberation as often as a judgement; not "can be considered", "likely to be
 * considered": hypotheticals and definitions on the open web, "can be considered way above the acceptable value";
 * not "considered by", "considered for", "considered whether"; not a definition).
 */
const CONSIDERED = `${NOT_AFTER_WHAT}(?:is|are|been|being) (?:(?:also|now|still|often|generally|sometimes|usually|commonly|today|widely|traditionally|largely|increasingly) )?considered(?! (?:by|for|in|at|with|whether|how|when|that|under|during)\\b)${NO_CONDITION_AFTER}`;
/** ("was reported to the sheriff's department": to whom it was reported, no hearsay.) */
const SAID_TO = `(?:is|are|was|were) (?:said|believed|thought|understood|reported|rumou?red|alleged|claimed) to(?! (?:the|a|an|his|her|their|its|our|police|authorities)\\b)`;
/** "is thought to be", "were believed to have": a belief held by nobody named (not "is said to be": often a definition). */
const THOUGHT_TO = `(?:is|are|was|were) (?:(?:now|also|still|once|generally|widely|commonly|often|long) )?(?:thought|believed) to (?:be|have)`;
/** "has been criticised for", "have been described as", "has also been accused of": judged over time, by nobody named. */
const PERFECT_VERDICT = `(?:has|have|had) (?:(?:also|often|long|frequently|repeatedly|since|even|variously|sometimes) )?been (?:[a-z]+ly )?${alt(PERFECT_JUDGEMENTS)}(?! by)`;
/** "speculation later arose", "rumours circulated", "there is some evidence suggesting": talk or evidence with no source. */
const TALK_AROSE = `${alt(TALK_NOUNS)} (?:(?:later|soon|then|also|quickly|soon) )?(?:(?:has|have|had) )?${alt(TALK_ARISES)}|there (?:is|was|has been|exists) (?:also )?(?:${alt(EVIDENCE_AMOUNTS)} )?evidence (?:that|suggesting|to suggest|indicating|of)`;
/** "his alleged practice of", "their supposed tenures": the hearsay words of HEDGE_WORD before a noun. */
/** What a person is charged with or as: after "alleged", the law's caution rather than hearsay. */
const CHARGES =
  `dealer dealers killer killers murderer murderers gunman gunmen attacker attackers shooter shooters thief thieves
  rapist rapists abuser abusers perpetrator perpetrators accomplice accomplices ringleader mastermind smuggler smugglers
  trafficker traffickers bomber bombers hacker hackers assailant assailants offender offenders victim victims
  murder murders rape rapes theft thefts assault assaults attack attacks abuse fraud bribery bribe bribes crime crimes
  offence offences offense offenses plot plots hijacker hijackers kidnapper kidnappers kidnapping extortion
  embezzlement misconduct violation violations`.split(/\s+/);
/**
 * "the alleged hoax", "its supposed benefits". Not the law's "alleged" before a charge or the person charged ("an
 * alleged drug dealer", "the alleged attack"): a court's caution, not a rumour (round 30, BuzzFeed: he had pled guilty).
 */
const HEARSAY_ADJECTIVE = `(?:his|her|its|their|the|an?) (?:alleged|supposed|purported) (?!to\\b|that\\b|by\\b|(?:[a-z-]+ )?${alt(CHARGES)}\\b)[a-z-]+`;
/**
 * "is said to have fought", "are believed to have feasted", "was alleged to have kicked": hearsay about a past
 * event, the perfect infinitive of a report whose reporter is left out (not "is reputed to have a third of").
 */
const SAID_TO_HAVE_DONE = `(?:is|are|was|were) (?:[a-z]+ly )?(?:said|believed|thought|reported|rumou?red|alleged|claimed|reputed|understood) to have (?:[a-z]+ly )?(?:been|[a-z]+ed|[a-z]+en|done|made|had|held|built|fought|left|brought|sent|won|lost|met|led|taught|told|sold|spent|stood|run|begun|come|gone|become|drunk|slain|worn|borne|struck|hung|sung|written|ridden|thrown|killed|sought|bought|caught|kept|slept|wept|dwelt|knelt|fled|fed|bred|bled|shot|lit|quit)`;
/** "allegedly", "supposedly": hearsay with nobody named, unless a modal makes it a hypothetical ("would supposedly"). */
const HEDGE_WORD = '(?:allegedly|purportedly|supposedly|reputedly)';
const HEDGE_ADVERB = `${HEDGE_WORD}(?<!(?:would|could|might|may|will|should|can)\\s+${HEDGE_WORD})`;

// ASCII word edges and no `u` flag: the phrases are English, and a case-insensitive Unicode regex this size
// costs V8 tens of milliseconds to compile on first use. Every phrase opens with a letter, so a leading `\b` is the
// look-behind's edge (but after "_") and lets V8 skip ahead to where a match can start: a fifth faster on long pages.
const compile = (phrases: string[]) =>
  new RegExp(String.raw`\b(?:${phrases.join('|').replace(/ /g, String.raw`\s+`)})(?![A-Za-z0-9])`, 'gi');

/** Where a cue's precision on a kind of page differs from its `confidence` (see `VagueCue`). */
interface PageKindConfidence {
  journalism?: number;
  reference?: number;
}

const cue = (
  rule: VagueRule,
  kind: string,
  confidence: number,
  groupFirst: boolean,
  phrases: string[],
  byKind: PageKindConfidence = {},
): VagueCue => ({
  rule,
  kind,
  confidence,
  groupFirst,
  journalismConfidence: byKind.journalism,
  referenceConfidence: byKind.reference,
  re: compile(phrases),
});

/**
 * On journalism pages, from the judged news, blog and opinion flags: passive judgements 0 right, 4 arguable, 1 wrong
 * (background framing: "has faced criticism", "is widely believed"); "some/others + verb" 0 right, 3 arguable, 4 wrong
 * (rhetorical hooks, vox-pop self-reports, the writer's own hypotheticals). Kept at the floor of "high".
 */
const JOURNALISM_FRAMING = 0.5;

/** The cues, strongest first: when several match one sentence, the first that is not cleared names the flag. */
export const VAGUE_CUES: readonly VagueCue[] = [
  cue('unnamed-source', 'unnamed-source', 0.95, true, UNNAMED_SOURCES),
  // Read in their articles (31 on polnear-train): 13 right, 17 arguable (officials of a body the story names, a
  // named official speaking beside them, routine procedure), 1 wrong; so for "high", though PolNeAR's annotators
  // marked 86 of 91 such sources anonymous.
  cue('unnamed-source', 'unnamed-officials', 0.6, true, UNNAMED_OFFICIALS),
  cue('unnamed-group', 'quantified-group', 0.95, false, [QUANTIFIED_GROUP, ACCORDING_TO_GROUP]),
  cue('unnamed-group', 'group-of', 0.9, true, [GROUP_OF]),
  cue('unnamed-group', 'quantified-plural', 0.9, false, [QUANTIFIED_PLURAL]),
  cue('unnamed-group', 'impersonal', 0.95, false, [IMPERSONAL, THERE_IS, RUMOUR_SPREAD]),
  // Train precision on encyclopedia sentences 21/21 (A 9/9, B 12/12) with "from some quarters", "believed in by some that".
  cue('unnamed-group', 'by-unnamed', 0.93, false, [BY_UNNAMED, SEEN_BY, BY_JUDGES, UNNAMED_QUARTERS]),
  cue('unnamed-group', 'led-to-think', 0.92, false, [LED_TO_THINK]),
  cue(
    'unnamed-group',
    'bare-quantifier',
    0.92,
    false,
    [BARE_QUANTIFIER, PROGRESSIVE_QUANTIFIER, RELATIVE_QUANTIFIER, OF_THE_OPINION],
    {
      journalism: JOURNALISM_FRAMING,
    },
  ),
  cue('unnamed-group', 'quantifier-as', 0.9, false, [QUANTIFIER_AS, QUANTIFIER_TO_BE]),
  // "some historians trace it to": on news pages as much a rhetorical aside as "some/others + verb" ("what most movie
  // critics realize at some point"), so kept for "high" there.
  cue('unnamed-group', 'judges-act', 0.9, false, [JUDGES_ACT], { journalism: JOURNALISM_FRAMING }),
  cue('unnamed-group', 'there-are-who', 0.9, false, [THERE_ARE_WHO]),
  // Train precision on encyclopedia sentences: verbs of speech 4/4 (both halves), a state of mind 0/1 ("most
  // Americans felt that"): the second kept for "high" there.
  cue('unnamed-group', 'quantifier-that', 0.9, false, [QUANTIFIER_THAT, QUANTIFIER_HAVE_THAT], {
    journalism: JOURNALISM_FRAMING,
  }),
  cue('unnamed-group', 'quantifier-thought-that', 0.9, false, [QUANTIFIER_THOUGHT_THAT], {
    journalism: JOURNALISM_FRAMING,
    reference: 0.8,
  }),
  // On news and blogs folklore is colour ("where, according to legend, it freezes flames", round 28); Wikipedia's
  // editors tag it as weasel wording (2 of 2 on weasel-dev).
  cue('unnamed-group', 'lore', 0.9, false, [LORE], { journalism: JOURNALISM_FRAMING }),
  // On news the ledger's judged flags ("industry analysts say", "studies have shown": right) hold them at 0.9; on
  // encyclopedia pages their train precision (bare group 4/7, research 3/4) keeps them for "high".
  cue('unnamed-group', 'bare-group', 0.9, true, [BARE_GROUP], { reference: 0.55 }),
  // On encyclopedia sentences: quantified or bare research 3/3 (both halves), a noun before it 0/1 ("laboratory
  // studies show"), kept for "high" there.
  cue('unnamed-group', 'research', 0.9, true, [RESEARCH_SHOWS]),
  cue('unnamed-group', 'research-after-a-word', 0.9, true, [RESEARCH_SHOWS_AFTER_A_WORD], { reference: 0.75 }),
  cue('passive-attribution', 'spread-passive', 0.9, false, [SPREAD_PASSIVE, WIDELY], {
    journalism: JOURNALISM_FRAMING,
  }),
  // Train precision 6/6 (A 3/3, B 3/3) once "much" (an amount, not a spread of opinion: "much praise of X centred
  // on") left the spread adjectives.
  cue('passive-attribution', 'opinion-noun', 0.9, false, [OPINION_NOUN, WELL_KNOWN], {
    journalism: JOURNALISM_FRAMING,
  }),
  cue('passive-attribution', 'drew-criticism', 0.9, false, [DREW_CRITICISM, VERDICT_NOUN_CAME], {
    journalism: JOURNALISM_FRAMING,
    reference: 0.8,
  }),
  cue('passive-attribution', 'passive-superlative', 0.9, false, [PASSIVE_SUPERLATIVE, PASSIVE_IDENTITY], {
    journalism: JOURNALISM_FRAMING,
  }),
  // Train precision 3/3, all on half A: too thin for the default.
  cue('passive-attribution', 'talk-arose', 0.75, false, [TALK_AROSE], { journalism: JOURNALISM_FRAMING }),
  cue('passive-attribution', 'verdict', 0.65, false, [VERDICT, PERFECT_VERDICT, CONJECTURED_AS], {
    journalism: JOURNALISM_FRAMING,
  }),
  // Tried before the plain passive, so that "is considered a" counts here: train precision 13/16 (half A 7/7, half B
  // 6/9): "high" only.
  cue('passive-attribution', 'considered', 0.8, false, [CONSIDERED], { journalism: JOURNALISM_FRAMING }),
  // "is regarded as", "is seen as", "was considered a": train precision 3/11 once "is considered" went to the cue above
  // (encyclopedia prose defines with them: "his art is regarded as a transitional style"): the floor of "high".
  cue('passive-attribution', 'plain-passive', 0.5, false, [PLAIN_PASSIVE], { journalism: JOURNALISM_FRAMING }),
  // Train precision on encyclopedia sentences: "is said to have done" 9/10 and allegedly / supposedly / reputedly
  // (not after a modal) 9/10 earn the default there; on journalism pages they stay hedges for "high" ("allegedly" is
  // the law's caution on news). "reportedly" 3/8 (often says only that the article's own source reported it; kept
  // at the floor of "high", where news readers expect it) and "is said to" in general 9/16 do not.
  cue('hedge', 'said-to-have', 0.9, false, [SAID_TO_HAVE_DONE], { journalism: 0.65 }),
  // "his alleged practice": train precision 2/2, half A only; on news the law's caution ("the alleged attacker").
  cue('hedge', 'hearsay-adjective', 0.75, false, [HEARSAY_ADJECTIVE], { journalism: JOURNALISM_FRAMING }),
  // "is thought to be", split from "is said to": train precision 4/5 (A 2/3, B 2/2) against "is said to" 4/9.
  cue('passive-attribution', 'thought-to', 0.8, false, [THOUGHT_TO], { journalism: JOURNALISM_FRAMING }),
  cue('hedge', 'said-to', 0.65, false, [SAID_TO]),
  cue('hedge', 'hedge-adverb', 0.9, false, [HEDGE_ADVERB], { journalism: 0.75 }),
  cue('hedge', 'reportedly', 0.5, false, [
    String.raw`reportedly`,
    String.raw`according to (?:reports|media reports|press reports|accounts)`,
  ]),
];

/**
 * Words at least one of which every cue above contains (its verb, participle or noun). The detector looks for
 * these first, in one pass, and tries the cues only on the sentences that have one: most prose has none.
 */
const TRIGGER_WORDS = [
  ...REPORTING_VERBS,
  ...LEARNED_REPORTING_VERBS,
  ...CLAUSE_VERBS,
  ...STRICT_CLAUSE_VERBS,
  ...JUDGING_AS_VERBS,
  ...PERFECT_CLAUSE_PARTICIPLES,
  ...IMPERSONAL_PARTICIPLES,
  ...IMPERSONAL_TO_PARTICIPLES,
  ...JUDGING_PARTICIPLES,
  ...EVALUATION_PARTICIPLES,
  ...VERDICT_PARTICIPLES,
  ...OPINION_NOUNS,
  ...`sources source anonymous unnamed familiar close knowledge briefed insider insiders anonymity named identified
    according shown show shows proven proves suggest suggests suggested indicate indicates confirm confirms found
    finds seen viewed described portrayed characterized characterised held shared perceived hailed deemed touted
    belief consensus speculation agreement suspicion reports rumors rumours claims suggestions controversy debate
    disagreement criticism praise acclaim scrutiny fire condemnation ridicule fact opinion view consent reportedly
    questioned debated contested rumour rumor rumours rumors
    allegedly purportedly supposedly reputedly used known speculate wonder assume feeling perception impression
    sense opposition objection objections legend tradition folklore lore tales experiments surveys reckoned quarters
    questioning asking wondering claiming saying arguing suggesting speculating`.split(/\s+/),
  ...JUDGE_NOUNS,
  ...JUDGING_TO_BE_VERBS,
  ...TALK_NOUNS,
  ...MENTAL_VERBS,
  ...`evidence alleged supposed purported dubbed labelled labeled branded accused credited blamed likened challenged proposed posited theorized theorised hypothesized hypothesised`.split(
    ' ',
  ),
].flatMap((w) => w.split(' '));
export const TRIGGER = new RegExp(
  String.raw`\b(?:${[...new Set(TRIGGER_WORDS.map((w) => w.toLowerCase()))].join('|')})(?![A-Za-z0-9])`,
  'gi',
);

/**
 * The trigger words each cue's own pattern spells out: a sentence none of whose trigger words is among them cannot
 * match that cue, so it is not tried there (most sentences with a trigger word have "said", which few cues hold).
 * Read off each pattern's source with its escapes (`\s`, `\b`) blanked and its spelling variants spelled out
 * ("rumou?red": rumored, rumoured; "theori[sz]ed": theorised, theorized).
 */
export const CUE_TRIGGERS: ReadonlyMap<VagueCue, ReadonlySet<string>> = new Map(
  VAGUE_CUES.map((cue) => {
    const spelled = new Set<string>();
    for (const token of cue.re.source
      .replace(/\\[A-Za-z]/g, ' ')
      .toLowerCase()
      .match(/(?:[a-z]|\[[a-z]+\])(?:[a-z?]|\[[a-z]+\])*/g) ?? [])
      for (const word of spellings(token)) spelled.add(word);
    const triggers = new Set<string>();
    for (const word of TRIGGER_WORDS) if (spelled.has(word.toLowerCase())) triggers.add(word.toLowerCase());
    return [cue, triggers];
  }),
);

/** The words a token of a pattern can spell: "rumou?red" -> rumored, rumoured; "[sz]" -> s, z. */
function spellings(token: string): string[] {
  const m = /([a-z])\?|\[([a-z]+)\]/.exec(token);
  if (!m) return [token.replace(/[?[\]]/g, '')];
  const head = token.slice(0, m.index);
  const rest = spellings(token.slice(m.index + m[0].length));
  const options = m[1] ? ['', m[1]] : [...m[2]];
  return options.flatMap((o) => rest.map((r) => head + o + r));
}
