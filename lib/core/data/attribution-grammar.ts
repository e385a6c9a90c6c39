/**
 * The word classes of the small grammar `vague-attribution` uses to find claims pinned on nobody: who (group nouns,
 * quantifiers), how they speak (reporting verbs, evaluation participles) and how often (frequency adverbs). English
 * only. Closed classes (quantifiers, auxiliaries, adverbs) are the grammar's; the open ones (group nouns, reporting
 * verbs) started from the reporting verbs of English grammars and were checked against the words that fill those
 * slots in the train half of the CoNLL-2010 weasel sentences (even pages of ../shared/corpus/weasel-dev; list them
 * with `npx tsx scripts/score-weasel.ts --learn`). Words that mostly name or describe rather than attribute
 * ("is known as", "is called", "is often seen on") are left out on purpose. The reporting verbs after an unnamed
 * group are widened with the cues learned from PolNeAR's annotated news (./learned-cues.ts): data the weasel
 * sentences never saw, so the slot does not fit the tuning sentences.
 */
import { LEARNED_CUE_FORMS } from './learned-cues';

/** Words for the forms of a verb: `say says said`. */
const forms = (list: string) => list.trim().split(/\s+/);

/**
 * Verbs that report what someone said or thinks, in every finite form: "critics argue", "many have claimed",
 * "most commentators praised". Used after an unnamed group.
 */
export const REPORTING_VERBS = forms(`
  say says said claim claims claimed argue argues argued believe believes believed suggest suggests suggested
  contend contends contended maintain maintains maintained insist insists insisted assert asserts asserted
  allege alleges alleged speculate speculates speculated theorize theorizes theorized theorise theorises theorised
  hypothesize hypothesized posit posits posited think thinks thought feel feels felt consider considers considered
  regard regards regarded view views viewed dispute disputes disputed question questions questioned doubt doubts
  doubted deny denies denied reject rejects rejected agree agrees agreed disagree disagrees disagreed note notes
  noted warn warns warned fear fears feared predict predicts predicted estimate estimates estimated report reports
  reported stated conclude concludes concluded praise praises praised criticize criticizes criticized
  criticise criticises criticised condemn condemns condemned describe describes described dismiss dismisses
  dismissed attribute attributes attributed credit credits credited accuse accuses accused blame blames blamed
  hail hails hailed laud lauds lauded applaud applauds applauded complain complains complained worry worries
  worried wonder wonders wondered suspect suspects suspected reply replies replied respond responds responded
  counter counters countered object objects objected acknowledge acknowledges acknowledged concede concedes
  conceded caution cautions cautioned emphasize emphasizes emphasized emphasise emphasises emphasised
  attack attacks attacked rank ranks ranked label labels labelled labeled state states
  point_out points_out pointed_out
`).map((v) => v.replace('_', ' '));

/**
 * Learned cue forms (PolNeAR) that do something other than report when a plural group is their subject ("many
 * fans called", "some researchers found", "most users read", "several critics asked"), or that commit rather than
 * claim ("vowed", "promised"): left out of the group's verb slot.
 */
const NOT_REPORTING_AFTER_A_GROUP = new Set(
  forms(`
  asked asks avoided called calls continued continues declined discussed finds found hopes invoked lists offered read
  reads referred refused released ruled seeks sees showed shows sought sounded talked thanked retweeted tweeted
  chanted quoted reminded assured promised vowed added pointed
`),
);

/**
 * Reporting verbs learned from PolNeAR's 22,000 annotated attributions (news, 2015-16) and not in the list above:
 * "many critics denounced", "some analysts warned", "most experts acknowledged", "several scholars explained".
 * Taken in the slot after a quantified group of people only, where nothing else can fill it.
 */
export const LEARNED_REPORTING_VERBS = LEARNED_CUE_FORMS.filter(
  (form) => /^[a-z]+$/.test(form) && !NOT_REPORTING_AFTER_A_GROUP.has(form) && !REPORTING_VERBS.includes(form),
);

/**
 * Reporting verbs that take a clause and cannot be read as anything else after a bare quantifier: "some argue",
 * "others claim", "many believe" (not "some saw", "many found", "most held", nor the nouns "some question",
 * "some note", "some fear", "some doubt").
 */
export const CLAUSE_VERBS = forms(`
  say says said claim claims claimed argue argues argued believe believes believed suggest suggests suggested
  contend contends contended maintain maintains maintained insist insists insisted assert asserts asserted
  allege alleges alleged speculate speculates speculated theorize theorizes theorized theorise theorised
  hypothesize hypothesized posit posited think thinks feel feels consider considers dispute disputes disputed
  doubted disagree disagrees disagreed agree agrees agreed feared predict predicted suspect suspected worried
  wonder noted criticize criticized criticise criticised questioned
`);

/**
 * The verbs a quantifier can take in a relative clause, where "thought" and "felt" can only be verbs: "which some
 * thought would fail", "what many believed".
 */
export const RELATIVE_CLAUSE_VERBS = forms(`
  say says said claim claims claimed argue argues argued believe believes believed think thinks thought feel feels
  felt consider considers considered fear fears feared suspect suspects suspected regard regards regarded
`);

/** The reporting verbs that stay reporting after any plural noun: "some Muslims believe", "many fans claimed". */
export const STRICT_CLAUSE_VERBS = forms(`
  say said claim claimed argue argued believe believed contend contended maintain maintained insist insisted
  assert asserted allege alleged speculate speculated theorize theorized theorise theorised
`);

/** Groups defined by a stance, whose "of" phrase says what they oppose, not who they are: "critics of the plan". */
export const STANCE_GROUPS = forms(`
  critics opponents supporters proponents advocates skeptics sceptics detractors defenders
`);

/** People that stand for a body of opinion when nobody in it is named: "some scholars", "critics", "many fans". */
export const GROUP_NOUNS = forms(`
  experts scientists researchers analysts observers economists commentators critics historians scholars academics
  theologians linguists philosophers theorists psychologists sociologists archaeologists anthropologists biologists
  physicists scientists doctors physicians specialists authorities pundits journalists reviewers writers authors
  people fans supporters opponents proponents advocates skeptics sceptics detractors believers residents locals
  users members observers insiders sources musicologists economists educators activists conservatives liberals
  environmentalists investors traders bankers lawyers engineers parents teachers students voters listeners readers
  viewers players veterans
`);

/**
 * The groups whose trade is judging or explaining, so that whatever an unnamed few of them do is a claim: "some
 * historians trace it back to", "most scholars date the gospel to", "some critics received the show coolly".
 */
export const JUDGE_NOUNS = forms(`
  critics reviewers commentators observers historians scholars pundits analysts experts theorists theologians
  academics philosophers economists writers authors thinkers biographers
`);

/** The professional groups whose bare plural can open a claim on its own: "Critics argue", "experts say". */
export const BARE_GROUP_NOUNS = forms(`
  experts scientists researchers analysts observers economists doctors commentators critics historians scholars
  academics theologians theorists pundits skeptics sceptics detractors proponents opponents advocates
`);

/** Determiners and quantifiers that leave a group unnamed: "some", "many", "a number of", "the majority of". */
export const QUANTIFIERS = [
  'some',
  'many',
  'most',
  'several',
  'numerous',
  'various',
  'certain',
  'other',
  'a few',
  'a number of',
  'a (?:large |growing |small )?(?:number|majority|minority) of',
  'the (?:vast |broad |overwhelming )?majority of',
  'a lot of',
  'countless',
  'an increasing number of',
  'a growing number of',
];

/** Words that may sit between the group and its verb: "many have argued", "most researchers now believe". */
export const VERB_FILLERS = forms(`
  have has had also now still even generally often long would will might may do did usually increasingly tend_to
  continue_to seem_to appear_to therefore however though rightly wrongly openly
`).map((w) => w.replace('_', ' '));

/** An aside between a group and its verb: "Some observers, however, claim", "Critics, though, argue". */
export const ASIDES = forms(`however though therefore meanwhile instead too also in_turn for_their_part`).map((w) =>
  w.replace(/_/g, ' '),
);

/** How often or how widely a judgement is held, said of nobody: "widely", "generally", "often". */
export const SPREAD_ADVERBS = forms(`
  widely generally often commonly frequently popularly broadly universally largely sometimes usually increasingly
  traditionally long much highly variously repeatedly
`);

/**
 * Participles that pass a judgement on to unnamed people in the passive: "is widely regarded", "has been often
 * described as". Not the naming verbs ("known as", "called", "referred to as"), which name rather than judge.
 */
export const EVALUATION_PARTICIPLES = forms(`
  regarded considered believed thought accepted acknowledged recognized recognised deemed perceived viewed
  hailed touted praised acclaimed criticized criticised lauded credited reported rumored rumoured said claimed
  suggested condemned blamed disputed questioned reputed
`);

/**
 * Active verbs that pass a judgement when "as" follows: "some describe it as engaging", "what many have viewed as
 * theatrical", "others dismiss them as propaganda". Without "as" most of them only report or see.
 */
export const JUDGING_AS_VERBS = forms(`
  view views viewed see sees saw seen describe describes described regard regards regarded consider considers
  considered dismiss dismisses dismissed denounce denounces denounced hail hails hailed praise praises praised
  criticize criticizes criticized criticise criticises criticised characterize characterizes characterized
  characterise characterises characterised portray portrays portrayed label labels labelled labeled brand brands
  branded interpret interprets interpreted perceive perceives perceived decry decries decried
`);

/** Verbs that pass a judgement on an object followed by "to be": "some consider him to be", "many found it to be". */
export const JUDGING_TO_BE_VERBS = forms(`
  consider considers considered believe believes believed think thinks thought deem deems deemed judge judges judged
  find finds found reckon reckons reckoned
`);

/**
 * Participles that report a claim after "some have ... that" though not listed as reporting verbs (whose perfect
 * forms the group cues already take): "some have observed that", "many have proposed that".
 */
export const PERFECT_CLAUSE_PARTICIPLES = forms(`
  observed remarked proposed hypothesised noticed recognized recognised charged alleged asserted speculated
  theorized theorised claimed argued suggested contended maintained
`);

/** Participles that take a clause in "it is ... to": "it is said to", "it was reported to" (not "supposed to"). */
export const IMPERSONAL_TO_PARTICIPLES = forms(`said reported believed thought rumored rumoured alleged claimed`);

/** The judging participles that "by some" completes: "considered by some", "dismissed by many". */
export const JUDGING_PARTICIPLES = forms(`
  regarded considered believed thought deemed perceived viewed described criticized criticised praised hailed
  dismissed rejected disputed questioned accused blamed credited condemned acclaimed lauded touted reputed said claimed
  ridiculed derided mocked panned attacked dubbed labelled labeled branded
`);

/** Participles for "it is ... that": "it is believed that", "it has been widely suggested that". */
export const IMPERSONAL_PARTICIPLES = forms(`
  believed reported said thought claimed rumored rumoured suggested alleged understood accepted argued assumed
  agreed speculated held felt feared hoped recognized recognised acknowledged posited theorized theorised
  presumed supposed maintained contended estimated proposed hypothesized hypothesised conjectured postulated surmised
  noted observed asserted
`);

/** Nouns of an opinion with no holder: "a common view", "widespread criticism". */
export const OPINION_NOUNS = forms(`
  view belief perception opinion consensus misconception notion assumption wisdom criticism praise acclaim
  speculation condemnation scepticism skepticism
`);

/** Adjectives that spread an opinion over unnamed people: "widespread", "common", "widely held". */
export const SPREAD_ADJECTIVES = [
  'widespread',
  'common',
  'popular',
  'prevailing',
  'conventional',
  'general',
  'widely[- ]held',
  'widely[- ]shared',
  'considerable',
  'growing',
  'broad',
  'universal',
];

/** Evaluations done to a subject by nobody named: "has been widely criticized", "was heavily praised". */
export const VERDICT_PARTICIPLES = forms(`
  criticized criticised praised acclaimed condemned lauded hailed heralded disputed attacked derided ridiculed panned
`);

/**
 * Participles of a judgement or a conjecture in an agentless perfect passive, with what they take: "has been criticised
 * for", "have been described as", "has been accused of", "has been likened to", "dates as late as 140 have been
 * suggested". The perfect says the judging went on over time, by people the sentence leaves out.
 */
export const PERFECT_JUDGEMENTS = [
  ...VERDICT_PARTICIPLES,
  'questioned',
  'challenged',
  'accused of',
  'credited (?:with|as)',
  'blamed for',
  '(?:described|characteri[sz]ed|portrayed|labell?ed|branded|dubbed) as',
  'likened to',
  'suggested',
  'proposed',
  'speculated',
  'theori[sz]ed',
  'hypothesi[sz]ed',
  'posited',
];

/**
 * The reporting verbs that report a state of mind, not a claim made: "most Americans felt that", "many feared that".
 * After an unnamed group on encyclopedia sentences they describe what a people thought (history), where the verbs
 * of speech ("some note that", "some followers suggest that") pin a claim on nobody.
 */
export const MENTAL_VERBS = forms(`
  believe believes believed think thinks thought feel feels felt fear fears feared worry worries worried wonder
  wonders wondered suspect suspects suspected doubt doubts doubted hope hopes hoped
`);

/** Nouns of talk that can "arise" with nobody behind them: "speculation later arose", "criticism grew". */
export const TALK_NOUNS = forms(`
  speculation criticism rumours rumors rumour rumor controversy suspicion suspicions allegations doubts
`);

/** What such talk does on its own: "arose", "has grown", "began to circulate". */
export const TALK_ARISES = forms(`arose arisen arises grew grown emerged mounted surfaced circulated persisted spread`);

/** How much or what kind of evidence, said of no study in particular: "there is some evidence", "anecdotal". */
export const EVIDENCE_AMOUNTS = forms(`some growing increasing mounting anecdotal considerable strong circumstantial`);
