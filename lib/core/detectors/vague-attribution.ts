/**
 * `vague-attribution`: claims pinned on nobody in particular. Flags the sentence of an article paragraph that
 * rests a claim on unnamed sources ("sources familiar with the discussions indicate", "according to recent
 * revelations"), on an unnamed group with any reporting verb ("experts say", "some scholars contend", "many have
 * claimed", "many have rightly argued", "critics of the plan argue", "advocates and practitioners of X claim", "it is
 * widely believed that", "it's been said that", "it is believed neither received", "research has shown", "what some
 * have viewed as", "which some thought", "opposition from some quarters", "some consider him to be", "there are
 * scholars who believe", "some have observed that", "some note that", "legend has it"), on unnamed
 * judges doing anything ("some historians trace it to", "some writers trace", "detected by other observers", "viewed
 * by the scientific community as"), on a judgement in the passive or a noun with no judge ("is widely regarded as",
 * "has long been claimed", "is considered the father of", "is considered one of the best", "has drawn widespread
 * criticism", "criticism of X has come from all directions", "a common belief", "it is questioned whether"), on
 * hearsay about a past event ("is said to have fought", "allegedly": right 9 times in 10 on encyclopedia sentences)
 * or, at high sensitivity, on a hedge ("is said to be", "reportedly": right 60% of the time there, "reportedly" under
 * 40%), a bare "is considered" ("is considered very important": 8 in 10), "is thought to be" (8 in 10), an agentless
 * perfect passive ("has been criticised for", "have been described as", "was heralded as": 2 in 3), talk or evidence
 * with no source ("speculation later arose", "there is some evidence suggesting") or a hearsay adjective ("his
 * alleged practice"). The verbs after a quantified group include those learned from PolNeAR's
 * annotated news ("many critics denounced", "several economists urged"). The cues are a small grammar
 * (../data/attribution-grammar.ts, ../data/vague-phrases.ts), each with a confidence: cues under 0.9 (hedges, "is
 * regarded as" with no "widely", agentless "has been criticized") show only at "high". It reads English pages of
 * journalism kinds and encyclopedias. On a page that declares itself an article (byline, date, schema.org or og:type
 * article), where readers judged them background framing or the law's caution, passive judgements, hearsay and
 * "some/others + verb" keep a lower confidence, and so does a page taken for news from the shape of its text alone:
 * on 40 flags read on plain news pages (polnear-train, no byline or date) the encyclopedia's confidences were right
 * 25 times in 40 (wrong: the law's "allegedly used", "generally accepted accounting rules"), the news ones 20 in 23.
 *
 * A sentence is let off when it names its source: a link or citation marker in the sentence (or a link in brackets
 * right after it, as digests cite the story they sum up), "according to the WHO", a named speaker ("..., Dr Ortiz
 * said"), a name qualifying the group ("... but Harvard experts say", "some Gore supporters", "Ward and other experts";
 * not the outlet the sources told, which names none of them: "sources told The Post"), a definite reference to a group
 * the article already named ("the researchers found", "Sanders's most ardent fans"), or a named judge after a passive
 * ("is widely recognized by the National Heritage Board", "criticism from their employees"). A group of people is also
 * let off when the next sentence gives it a voice: a named quotation ("“...,” Danin said"), or a quotation, however
 * many sentences long, by a person the article names there for the first time ("“...” said Thomas Ricks, a senior
 * fellow at ..."; not the person the story was already about). On news pages, people with no expertise telling what
 * happened to them ("many users reported being logged out", "many people said repatriation was their only option") are
 * the reporter's account of the scene, not a claim pinned on nobody. A negated passive ("is not widely recognized") and
 * a quoted term after one ("is said to be “split”") are not judgements. Phrases inside quotation marks are someone
 * else's words and are skipped, and so are sentences that carry a quotation (unless it is the unnamed group's own
 * words, right after its phrase: "described by other critics as “...”"): whether that quotation is sourced is
 * `unsourced-quote`'s call.
 *
 * Known to get wrong: it reads English only; a name elsewhere in the paragraph does not clear a sentence ("A
 * Gallup poll ... . Most said ..."), so poll follow-ups ("Most said ...") are flagged;
 * any capitalised word modifying the group is taken for a name, so "Western experts say" passes, while at the start
 * of a sentence a name cannot be told from an ordinary capital, so "Harvard experts say ..." opening a sentence is
 * flagged; a sentence naming anyone as speaker clears every phrase in it; a pronoun speaker ("she said") counts as
 * named; "officials said" is flagged (for "high") unless a capitalised body or "the", "agency" stands before it,
 * so officials named a sentence earlier and then called "U.S. officials" are flagged, "Pentagon officials" let off;
 * any "by"/"from" agent after a passive clears it, named or not ("widely praised by readers"); noun forms take
 * no subject into account ("Millennials have reached a broad consensus" is flagged); quotations marked with two
 * apostrophes ('' ... '') are not seen as quotations; a sentence carrying any other quotation of four words or more
 * is skipped, unless it reads as a title (title case, no clause ending inside the marks), so a quoted title in lower
 * case ("the paper “why it matters for us all”") still silences its sentence; on news, blog and opinion
 * pages passive judgements, "some/others + verb" and a group's state of mind ("scientists have suspected") are kept
 * for "high" (the judged flags there: none right), which also hides the ones a reader would question; a group is
 * cleared by a named quotation in the next sentence even when the speaker is not one of the group; "would"
 * after a group is a hypothetical on news pages but a school's view elsewhere ("many formalists would say"). Against
 * Wikipedia weasel labels it finds about one weasel sentence in five to eight at the default (tuned on / held out,
 * behind the page-kind gate: R 0.169 / 0.114, P 0.963 / 0.924): the rest are hedges ("may", "probably"), peacock words and vague quantities
 * ("some species", "while others", "many other countries"), which are not attribution. Only about 0.32 of the
 * train weasel sentences hold any word of attribution at all ("considered", "critics", "said", "widely"...), at a
 * share weasel of 0.51, so recall against these labels is capped well under that.
 */
import type { Block } from '../page/page-model';
import { splitSentences } from '../text/sentences';
import { GROUP_NOUNS, REPORTING_VERBS, VERB_FILLERS } from '../data/attribution-grammar';
import { CUE_TRIGGERS, TRIGGER, VAGUE_CUES, type VagueCue, type VagueRule } from '../data/vague-phrases';
import { JOURNALISM_KINDS } from '../page/page-kind';
import { extractQuotes, isTitleLike } from '../quotes/extract-quotes';
import { pairQuoteMarks } from '../quotes/quote-marks';
import { reportingSource } from '../references/uncited-figures';
import { countWords } from '../text/words';
import { escapeRegExp, rx } from '../text/script-letters';
import { defineDetector, type DetectorContext, type FlagDraft, type Sensitivity } from './detector';

/** Flags under this confidence are for "high" sensitivity only (the extension's threshold at "normal"). */
const SHOWN_AT_NORMAL = 0.9;

/** The cues each sensitivity looks for: "low" only unnamed sources, "normal" the confident ones, "high" all. */
const CUES_BY_SENSITIVITY: Record<Sensitivity, readonly VagueCue[]> = {
  low: VAGUE_CUES.filter((c) => c.rule === 'unnamed-source'),
  normal: VAGUE_CUES.filter((c) => c.confidence >= SHOWN_AT_NORMAL),
  high: VAGUE_CUES,
};

const MESSAGES: Record<VagueRule, string> = {
  'unnamed-source':
    'This claim rests on unnamed sources: the article does not say who they are or link to what they said.',
  'unnamed-group':
    'This claim is pinned on an unnamed group (which experts? which studies?), with no name, link or citation.',
  'passive-attribution':
    'This presents a judgement as widely held ("is widely regarded as", "a common belief") without saying by whom.',
  hedge: 'This is hedged as hearsay ("reportedly", "allegedly") without saying who reported it.',
};

/**
 * Where a form says more than its rule's message: "it is thought to have fluctuated" names no group to ask about
 * (round 25, The Atlantic: "which experts?" read oddly there).
 */
const CUE_MESSAGES: Readonly<Record<string, string>> = {
  impersonal:
    'This rests a claim on what "is believed" or "is said" (or on talk and rumour) without saying who believes or says it.',
};

/** Block kinds that hold the article's own prose (block quotes are someone else's words). */
const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'list-item', 'other']);

/** [1], [12, 13], (Smith 2020), (Smith and Jones, 2019), (Lee et al. 2021: 4). */
const CITATION_MARKER =
  /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\s*\p{Lu}[\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:1[89]|20)\d\d[a-z]?(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?\s*\)/u;
/** "according to the WHO", "according to Maria Ortiz". */
const ACCORDING_TO_NAME = /\baccording\s+to\s+(?:the\s+)?(?:\p{Lu}|\d)/gu;
/** "said Maria Ortiz", "told The Times". */
const VERB_THEN_NAME =
  /\b(?:said|says|told|wrote|writes|stated|explained|noted|argued|added|confirmed)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*)/gu;
/** "Maria Ortiz said", "the WHO says", "she said". */
const NAME_THEN_VERB =
  /(\p{Lu}[\p{L}'’.-]*|\b(?:he|she)\b),?\s+(?:said|says|told|wrote|writes|stated|explained|noted|argued|added|confirmed)\b/gu;
/** Capitalised words that are not names (sentence openers and the vague groups themselves). */
const NOT_A_NAME = new Set(
  (
    'a an the it its this that these those there they their them we our you your i he she his her some many most ' +
    'several other others one two three sources source experts officials critics analysts observers insiders people ' +
    'researchers scientists studies research reports report however but and or so yet still also meanwhile while ' +
    'when if as in on at for with by from according'
  ).split(' '),
);
/** The group nouns, which stand for nobody when capitalised at the start of a sentence ("Fans and other ..."). */
const GROUP_WORDS = new Set(GROUP_NOUNS);
/** A word right before an unnamed group that points back to a group already named ("the researchers found"). */
const DEFINITE = new Set('the these those its their his her our both such said'.split(' '));
/** What may follow the phrase and name its source: "reports by Bloomberg", "research from Stanford". */
const NAMED_AFTER =
  /^\s*,?\s*(?:by|from|at|published\s+(?:in|by)|reported\s+(?:in|by)|led\s+by|in\s+the\s+journal)\s+(?:the\s+)?(?:\p{Lu}|\d)/u;
const NAME_NEXT = /^\s+(?:the\s+)?\p{Lu}/u;
/** A person's full name in apposition right after the phrase: "according to one source, Dr Jane Roe of the museum,". */
const NAMED_APPOSITION =
  /^\s*,\s+(?!(?:The|A|An|This|That|These|Those)\s)(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/u;
/** The words that can follow a group in a cue: its verb and what may stand before the verb. */
const VERB_WORDS = new Set([...REPORTING_VERBS, ...VERB_FILLERS].flatMap((w) => w.split(' ')));
/** A quoted term right after a passive: "is said to be “split”", "is often described as the ‘Australasian robins’". */
const NAMED_TERM = /^\s*(?:as|to\s+be|be)?\s*(?:(?:the|an?)\s+)?[“"‘`'«]/u;
/**
 * Verbs that judge even a quoted term: "are sometimes regarded as the ‘green Orange Order’" compares, where "is
 * described as the ‘Australasian robins’" names.
 */
const JUDGED_AS = /\b(?:regarded|viewed|seen|perceived|hailed|acclaimed)(?:\s+as)?$/i;
/** The first word of an agent that leaves the judge unnamed: "by some", "by many critics". */
const UNNAMED_AGENT =
  /^(?:some|many|most|others|several|various|certain|numerous|all|both|everyone|everybody|a|critics|experts|scholars|historians|fans|people|observers|commentators)$/i;
/** Named members of the group right after it: "critics such as Ortiz", "scholars, including Lee,". */
const NAMED_EXAMPLE = /^\s*,?\s*(?:such\s+as|like|including|notably|among\s+them)\s+(?:the\s+)?\p{Lu}/u;
const CLAUSE_BREAKS = [',', ';', ':', '.', '(', ')', '"', '“', '”', '—', '–'];
/** Any mark that can open a quotation: a cheap test before pairing them. */
const QUOTE_CHARS = /[“„«»"‘‚]|''/;

export const vagueAttribution = defineDetector('vague-attribution', {
  detect(ctx) {
    if (ctx.lang && ctx.lang !== 'en') return [];
    const cues = CUES_BY_SENSITIVITY[ctx.sensitivity];
    const threshold = ctx.sensitivity === 'high' ? 0 : SHOWN_AT_NORMAL;
    const journalism = JOURNALISM_KINDS.has(ctx.profile.kind);
    const reference = ctx.profile.kind === 'encyclopedia';
    const confidenceOf = (hit: VagueHit) => confidenceOn(hit, journalism, reference);
    const linkStarts = articleLinkOffsets(ctx);
    const flags: FlagDraft[] = [];
    const blocks = ctx.page.articleBlocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (!PROSE_KINDS.has(block.kind)) continue;
      // One pass of each cue's regex over the block; sentences are cut only where a phrase was found.
      const hits = vaguePhrases(block.text, cues);
      // (A selector walk up the tree costs more than the regexes: only blocks with a phrase ask it.)
      if (hits.length === 0 || inCitation(block)) continue;
      const quoted = [...(QUOTE_CHARS.test(block.text) ? quotedSpans(block.text) : []), ...qElementSpans(ctx, block)];
      // A standfirst summarises the body, which names the sources (only unnamed sources stay unnamed there too).
      const summary = journalism && isStandfirst(block, ctx.meta.excerpt, blocks[b - 1]);
      const sentences = splitSentences(block.text);
      let h = 0;
      for (let s = 0; s < sentences.length; s++) {
        const sentence = sentences[s];
        while (h < hits.length && hits[h].index < sentence.start) h++;
        let inSentence: VagueHit[] = [];
        for (let k = h; k < hits.length && hits[k].index < sentence.end; k++) inSentence.push(hits[k]);
        if (inSentence.length === 0) continue;
        if (carriesQuotation(block.text, quoted, sentence.start, sentence.end)) {
          inSentence = inSentence.filter((x) => quotesTheGroup(block.text, quoted, sentence.start, sentence.end, x));
          if (inSentence.length === 0) continue;
        }
        const text = block.text.slice(sentence.start, sentence.end);
        // A question asserts nothing, so it rests nothing on anyone ("Funny how anonymous sources are okay ...?").
        if (/\?[\s”"’')\]]*$/.test(text)) continue;
        // Looked for only when a group cue needs it, and then once (the next block's sentences are split for it).
        let next: string | undefined;
        // Where the next sentence ends in the page text (this block's next sentence, or the next block's first).
        const nextSentenceEnd = () =>
          s + 1 < sentences.length
            ? block.start + sentences[s + 1].end
            : blocks[b + 1]
              ? blocks[b + 1].start + firstSentenceOf(blocks[b + 1]).length
              : block.start + block.text.length;
        const nextSentence = () =>
          (next ??=
            s + 1 < sentences.length
              ? block.text.slice(sentences[s + 1].start, sentences[s + 1].end)
              : firstSentenceOf(blocks[b + 1]));
        const hit = inSentence
          .sort((x, y) => x.order - y.order || x.index - y.index)
          .find(
            (x) =>
              confidenceOf(x) >= threshold &&
              !(summary && x.cue.rule !== 'unnamed-source') &&
              !inside(quoted, x.index) &&
              !qualifiedByName(text, x.index - sentence.start, x.phrase, x.cue, ctx.page.text.text) &&
              !notAnAttribution(text, x.index - sentence.start, x, journalism) &&
              !(
                PEOPLE_CUES.has(x.cue.kind) &&
                (namedQuoteIn(nextSentence()) ||
                  namesMemberIn(nextSentence(), x.phrase) ||
                  newVoiceQuotedAfter(ctx, block.start + sentence.start, block.start + sentence.end, nextSentenceEnd()))
              ) &&
              !(
                x.cue.kind === 'unnamed-officials' &&
                namedQuoteIn(nextSentence()) &&
                OFFICE_HELD.test(nextSentence())
              ) &&
              !(
                RESEARCH_CUES.has(x.cue.kind) &&
                (reportingSource(text)?.named || studyNamedAfter(blocks, b, sentences, s, linkStarts))
              ),
          );
        if (!hit) continue;
        const absStart = block.start + sentence.start;
        const absEnd = block.start + sentence.end;
        const phraseStart = hit.index - sentence.start;
        if (
          hasLinkBetween(linkStarts, absStart, absEnd) ||
          linkedAfter(block.text, sentence.end, linkStarts, block.start) ||
          namesSource(text, phraseStart, phraseStart + hit.phrase.length)
        )
          continue;
        // "reports The Information [linked]. ... Apple is said to be preparing": on a news page, a hedge after the
        // article has cited a report with a link passes that report on; the reader was told whose it is.
        if (journalism && hit.cue.rule === 'hedge' && citedReportBefore(ctx) < absStart) continue;
        // "Google now uses it as a ranking signal [linked]. It's allegedly a minor bump": a hedge on what the sentence
        // before linked to, whose source the reader has at hand.
        if (
          hit.cue.rule === 'hedge' &&
          s > 0 &&
          hasLinkBetween(linkStarts, block.start + sentences[s - 1].start, absStart)
        )
          continue;
        if (hasSuperscriptBetween(ctx, block, absStart, absEnd)) continue;
        flags.push({
          rule: hit.cue.rule,
          message: CUE_MESSAGES[hit.cue.kind] ?? MESSAGES[hit.cue.rule],
          start: absStart,
          end: absEnd,
          confidence: confidenceOf(hit),
          data: { phrase: hit.phrase, cue: hit.cue.kind },
        });
      }
    }
    return flags;
  },
});

/**
 * Whether a link in brackets follows the sentence: "… a really bad idea, experts say. [CFO Brew]" — a newsletter's or
 * a digest's citation of the story the sentence sums up, which names the experts.
 */
function linkedAfter(text: string, end: number, linkStarts: number[], base: number): boolean {
  const m = BRACKETED_AFTER.exec(text.slice(end, end + BRACKETED_WINDOW));
  return m !== null && hasLinkBetween(linkStarts, base + end, base + end + m[0].length);
}
const BRACKETED_AFTER = /^\s*[[(][^\])]{1,80}[\])]/;
const BRACKETED_WINDOW = 90;

/** Verbs of a state of mind: "scientists have suspected", "many developers think", "some senators worry". */
const MENTAL_STATE_VERB =
  /\b(?:suspect(?:s|ed)?|think|thinks|thought|believe[sd]?|feel|feels|felt|fear(?:s|ed)?|worr(?:y|ies|ied)|wonder(?:s|ed)?|hope[sd]?|doubt(?:s|ed)?)$/i;
/** An unnamed group's mind, reported on a news page: background framing there (the judged flags: none right). */
const JOURNALISM_MENTAL_STATE = 0.5;

/**
 * How sure a flag from this hit is on this kind of page (`journalism`: a page taken for news, opinion or a blog;
 * `reference`: a page taken for an encyclopedia).
 */
function confidenceOn(hit: VagueHit, journalism: boolean, reference: boolean): number {
  if (reference) return hit.cue.referenceConfidence ?? hit.cue.confidence;
  if (!journalism) return hit.cue.confidence;
  if (hit.cue.journalismConfidence !== undefined) return hit.cue.journalismConfidence;
  if (hit.cue.rule === 'unnamed-group' && MENTAL_STATE_VERB.test(hit.phrase.replace(/\s+that$/i, '')))
    return Math.min(hit.cue.confidence, JOURNALISM_MENTAL_STATE);
  return hit.cue.confidence;
}

/**
 * A phrase that has the form of attribution but attributes no claim: a hypothetical ("others might argue"), a debate
 * with no side taken ("experts have argued over why"), or, on news pages, people speaking of themselves ("some
 * said they felt dejected": vox-pop, not a claim about the world). "Would" is the writer's own hypothetical on news
 * pages ("some would say the deal is dead"), but on reference pages it states what a school holds ("many
 * formalists would say that"), which is attribution.
 */
function notAnAttribution(sentence: string, index: number, hit: VagueHit, journalism: boolean): boolean {
  if (hit.cue.rule !== 'unnamed-group') return false;
  if (/\b(?:might|could|may)\b/i.test(hit.phrase)) return true;
  if (journalism && /\bwould\b/i.test(hit.phrase)) return true;
  // A schema with placeholders ("someone really did say X, even though X is insane and all other experts
  // disagree"): an example of how claims go, no claim.
  if ((sentence.match(PLACEHOLDER) ?? []).length >= 2) return true;
  const after = sentence.slice(index + hit.phrase.length, index + hit.phrase.length + 80);
  const debates = /\b(?:argue[sd]?|disagree[sd]?|differ(?:ed)?|debated?)$/i.test(hit.phrase);
  if (debates && /^\s+(?:over|about|among|whether|why|how)\b/i.test(after)) return true;
  // Advice or requests to the writer ("a lot of people have suggested I should host it myself"): the writer's own
  // story, not a claim about the world pinned on nobody.
  if (
    /^\s+(?:that\s+)?(?:I|we)\s+(?:should|could|must|might|ought|need|try|use|move|switch|stop|start|write|host|do)\b/.test(
      after,
    )
  )
    return true;
  if (!journalism) return false;
  if (/^\s+(?:that\s+)?(?:they|we)\b/i.test(after)) return true;
  // People telling what happened to them ("many users reported being logged out", "many people said repatriation
  // was their only option"): a reporter's account of the scene, not a claim about the world pinned on nobody.
  return LAY_GROUP.test(hit.phrase) && SELF_REPORT.test(after);
}

/** A lone capital X, Y or Z standing for any claim or thing (not an initial: "X." and "Malcolm X" aside). */
const PLACEHOLDER = /(?<!\b\p{Lu}\p{Ll}+\s)\b[XYZ]\b(?!\.)/gu;

/** Groups of people with no expertise to claim: what they report is their own experience. */
const LAY_GROUP =
  /\b(?:people|users|customers|residents|locals|fans|voters|parents|students|listeners|readers|viewers|players|passengers|shoppers|workers|patients|families|migrants|refugees)\b/i;
/**
 * What follows the verb is the speakers' own lot: a gerund ("reported being"), or "their", "them", "our" in its
 * first words ("repatriation was their only option"; not "the company had sold their data").
 */
const SELF_REPORT = /^\s+(?:that\s+)?(?:\p{Ll}+ing\b|(?:[^\s.;]+\s+){0,2}(?:their|them|themselves|our|us)\b)/u;

/**
 * Cues whose group is people, one of whom a named quotation right after can be ("a number of analysts say"; at a
 * vigil, "others said grief crossed political boundaries. “We have all become one,” said Asmat Rafiq").
 */
const PEOPLE_CUES = new Set([
  'quantified-group',
  'bare-group',
  'group-of',
  'quantified-plural',
  'bare-quantifier',
  'quantifier-that',
  'quantifier-thought-that',
  // ("Still, some analysts view the partnership as problematic. “...,” said Oren Etzioni, CEO of ...": round 33.)
  'quantifier-as',
  'judges-act',
]);
/**
 * "But officials say the rescue has been hampered ... “There is so much mud ...,” said Lee Gyeong-og, vice-minister of
 * security" (round 31, BBC): one of the officials, named with an office, says it next (not "said Haines", the man the
 * officials spoke to).
 */
const OFFICE_HELD =
  /\b(?:official|minister|mayor|spokes(?:man|woman|person)|secretary|chief|director|commissioner|governor|administrator|officer|superintendent|sheriff|chairman|chairwoman)\b/i;
/**
 * Research the sentence goes on to name ("previous studies have suggested — a report by the Brookings Institution
 * estimated"): named, so whether it is linked is `missing-reference`'s call.
 */
const RESEARCH_CUES = new Set(['research', 'research-after-a-word']);

/** A quotation with a named speaker: "“Both sides ...,” Danin said." backs the sentence before it. */
function namedQuoteIn(sentence: string): boolean {
  if (!QUOTE_CHARS.test(sentence)) return false;
  const quoted = quotedSpans(sentence);
  if (!quoted.some(([qs, qe]) => countWords(sentence.slice(qs, qe)) >= 4)) return false;
  for (const re of [VERB_THEN_NAME, NAME_THEN_VERB]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      if (inside(quoted, m.index)) continue;
      if (m[1] !== undefined && !NOT_A_NAME.has(m[1].toLowerCase())) return true;
    }
  }
  return false;
}

/** A person's full name as the extractor gives a speaker: "Thomas Ricks", "Hamish Telford". */
const FULL_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Lu}[\p{L}’'-]+$/u;

/**
 * A quotation opening in the next sentence (`from` to `to`) whose speaker is a person the article names there for
 * the first time: one of the group, given a voice ("Military observers questioned ... . “They are a second land army
 * ... What could be more American?” said Thomas Ricks, a senior fellow at ..."). Not a person the story was already
 * about ("many Democrats say ... . “It doesn't make me nervous,” the cautious candidate said"). The extracted
 * quotes are read because the sentence splitter cuts a quotation of several sentences apart.
 */
function newVoiceQuotedAfter(ctx: DetectorContext, sentenceStart: number, from: number, to: number): boolean {
  const text = ctx.page.text.text;
  return extractQuotes(ctx).some((q) => {
    if (q.start < from || q.start > to || q.attribution !== 'named' || !q.speaker || !FULL_NAME.test(q.speaker))
      return false;
    const surname = q.speaker.slice(q.speaker.lastIndexOf(' ') + 1);
    // (First named at or after the group's sentence: its first mention in the page text comes no earlier.)
    const first = text.indexOf(surname);
    return countWords(q.text) >= 4 && (first < 0 || first >= sentenceStart);
  });
}

/** The spans of `<q>` elements in a block, whose quotation marks CSS draws: quotations all the same. */
function qElementSpans(ctx: DetectorContext, block: Block): [number, number][] {
  const spans: [number, number][] = [];
  for (const q of Array.from(block.el.getElementsByTagName('q'))) {
    const span = ctx.page.text.spanOf(q);
    if (span.end > span.start) spans.push([span.start - block.start - 1, span.end - block.start + 1]);
  }
  return spans;
}

/**
 * Where a page cites rather than writes: a `<cite>`, a `<q>` (a source's words, marked by CSS), a `<blockquote>`
 * around paragraphs (an embedded tweet: "Public health experts have emphasised risks are negligible. — Scottish
 * Government (@scotgov)"), a reference list.
 */
const CITATION_TAGS = new Set(['CITE', 'Q', 'BLOCKQUOTE']);
const CITATION_CLASS = /(?:^|\s)(?:references|reflist)(?:\s|$)/;
const CITATION_ROLES = new Set(['doc-endnotes', 'doc-bibliography']);

/**
 * A block inside a citation or a reference list: the source's own words, not the article's claim. A plain walk up
 * the ancestors: `closest()` with a selector list cost linkedom three times the detector's own work.
 */
function inCitation(block: Block): boolean {
  for (let el: Element | null = block.el; el; el = el.parentElement) {
    if (CITATION_TAGS.has(el.tagName.toUpperCase())) return true;
    if (CITATION_CLASS.test(el.getAttribute('class') ?? '')) return true;
    if (CITATION_ROLES.has(el.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/** A study named where it is found: "a study Monday in Nature Climate Change", "a paper by the RAND Corporation". */
const STUDY_NAMED =
  /\b(?:study|studies|paper|report|survey|research|findings|analysis)\b[^.;]{0,80}?\b(?:in|by|from|at)\s+(?:the\s+)?(?:journal\s+)?\p{Lu}/u;
/** What "the research" may point at: a study word with a link or a name in the same sentence. */
const STUDY_WORD = /\b(?:study|studies|paper|report|survey|research|findings|analysis|journal)\b/i;

/**
 * Whether one of the two sentences after a research cue identifies the study: "New research suggests why women may
 * lose out. [...] according to a study Monday in Nature Climate Change" (a lede that the story goes on to source).
 */
function studyNamedAfter(
  blocks: readonly Block[],
  b: number,
  sentences: readonly { start: number; end: number }[],
  s: number,
  linkStarts: number[],
): boolean {
  const after: { block: Block; start: number; end: number }[] = [];
  for (let k = s + 1; k < sentences.length && after.length < 2; k++) after.push({ block: blocks[b], ...sentences[k] });
  const next = blocks[b + 1];
  if (after.length < 2 && next && PROSE_KINDS.has(next.kind))
    for (const span of splitSentences(next.text).slice(0, 2 - after.length)) after.push({ block: next, ...span });
  return after.some(({ block, start, end }) => {
    const sentence = block.text.slice(start, end);
    if (!STUDY_WORD.test(sentence)) return false;
    return (
      STUDY_NAMED.test(sentence) ||
      !!reportingSource(sentence)?.named ||
      hasLinkBetween(linkStarts, block.start + start, block.start + end)
    );
  });
}

function firstSentenceOf(block: Block | undefined): string {
  if (!block || !PROSE_KINDS.has(block.kind)) return '';
  const first = splitSentences(block.text)[0];
  return first ? block.text.slice(first.start, first.end) : '';
}

/** A heading or paragraph that only announces a summary. */
const SUMMARY_LABEL = /^\s*(?:abstract|summary|in brief|at a glance|key points|tl;?dr)\s*[.:]?\s*$/i;

/** A summary under the headline: the page's own description, or a block marked as one. */
function isStandfirst(block: Block, excerpt: string | null, before: Block | undefined): boolean {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (excerpt && norm(excerpt).length > 40 && norm(block.text) === norm(excerpt)) return true;
  // Under a label of its own: "ABSTRACT." or "Summary:" in a heading or a paragraph of its own.
  if (before && SUMMARY_LABEL.test(before.text)) return true;
  const marks = `${block.el.getAttribute('id') ?? ''} ${block.el.getAttribute('class') ?? ''}`;
  return /\b(?:article-)?(?:summary|standfirst|dek|subhead(?:line)?|deck)\b/i.test(marks);
}

interface VagueHit {
  cue: VagueCue;
  /** Position of the cue in VAGUE_CUES: lower is stronger. */
  order: number;
  phrase: string;
  /** Offset in the block's text. */
  index: number;
}

/**
 * Every phrase of the active cues in a block, in text order. The cues are tried only on the sentences that hold a
 * trigger word (one cheap pass over the block): trying every cue over all prose cost ten times as much.
 */
function vaguePhrases(text: string, cues: readonly VagueCue[]): VagueHit[] {
  const hits: VagueHit[] = [];
  TRIGGER.lastIndex = 0;
  let trigger = TRIGGER.exec(text);
  if (!trigger) return hits;
  for (const sentence of splitSentences(text)) {
    while (trigger && trigger.index < sentence.start) trigger = TRIGGER.exec(text);
    if (!trigger) break;
    if (trigger.index >= sentence.end) continue;
    // The sentence's trigger words: only the cues that spell one of them out can match here.
    const words: string[] = [];
    for (; trigger && trigger.index < sentence.end; trigger = TRIGGER.exec(text)) words.push(trigger[0].toLowerCase());
    const part = text.slice(sentence.start, sentence.end);
    cues.forEach((cue, order) => {
      const needs = CUE_TRIGGERS.get(cue);
      if (needs && needs.size > 0 && !words.some((w) => needs.has(w))) return;
      const re = cue.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(part))) hits.push({ cue, order, phrase: m[0], index: sentence.start + m.index });
    });
  }
  return hits.length > 1 ? hits.sort((a, b) => a.index - b.index) : hits;
}

/**
 * "Harvard experts say", "the researchers found", "some Gore supporters contend",
 * "reports by Bloomberg", "criticized by scholars such as Ortiz".
 */
function qualifiedByName(sentence: string, index: number, phrase: string, cue: VagueCue, page: string): boolean {
  if (cue.groupFirst && qualifiedBefore(sentence, index, cue, page)) return true;
  const before = sentence.slice(Math.max(0, index - 60), index);
  // "Sanders's most ardent fans", "his many critics", "Edwards and others said": a group already named.
  if (cue.rule === 'unnamed-group' && /(?:[’']s|\b(?:the|his|her|their|its|our))\s+$/i.test(before)) return true;
  // "Edwards and others said", "Ward and other security experts say": a named member leads the group.
  const joined = /([\p{L}'’.-]+)\s+and\s+$/u.exec(before);
  if (/^(?:others?|many\s+more|some\s+other)\b/i.test(phrase) && joined && !GROUP_WORDS.has(joined[1].toLowerCase()))
    return true;
  // "what he and many union members see as", "Trump and some advisers argue": a named person shares the view.
  const person = PERSON_AND.exec(before);
  if (cue.rule === 'unnamed-group' && person && namesAPerson(person[1])) return true;
  // ("Fans and other hockey players": a group noun opening the sentence is no name.)
  const leader = /(\p{Lu}[\p{L}'’.-]*)\s+and\s+others?\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(before);
  if (leader && !GROUP_WORDS.has(leader[1].toLowerCase())) return true;
  // "is not widely recognized", "had not come under fire": nothing is being attributed.
  if (/\b(?:not|never|no longer)\s+$/i.test(before)) return true;
  // A capitalised word modifying the group inside the match: "some Harvard experts say", "many Gore supporters"
  // (but not the group itself: "some Muslims believe").
  const words = phrase.split(/\s+/);
  const modifies = (i: number) => i + 1 < words.length && !VERB_WORDS.has(words[i + 1].toLowerCase());
  // Not in a passive judgement's own words: "criticism of EM has come" names what is judged, not the judge.
  // (Nor "according to Turkish sources": the sources' country names none of them.)
  const judgeInPhrase = cue.rule !== 'passive-attribution' && !/\bsources$/i.test(phrase);
  if (
    judgeInPhrase &&
    words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !NOT_A_NAME.has(w.toLowerCase()) && modifies(i))
  )
    return true;
  const after = sentence.slice(index + phrase.length, index + phrase.length + 60);
  if (NAMED_AFTER.test(after) || NAMED_EXAMPLE.test(after) || NAMED_APPOSITION.test(after)) return true;
  // "according to some Roman sources": the quantifier qualifies a name.
  if (/\b(?:some|many|most|other|certain|several)$/i.test(phrase) && NAME_NEXT.test(after)) return true;
  if (cue.rule === 'passive-attribution' || cue.rule === 'hedge') {
    // "is said to be “split”", "is often described as ‘Australasian robins’": a term being named, not a judgement.
    if (NAMED_TERM.test(after) && !JUDGED_AS.test(phrase)) return true;
    // "is widely recognized by international law as": the judge is named right after the judgement (a "by" further
    // on belongs to another verb: "according to popular misconception the sound is caused by the paper").
    // After an infinitive ("was alleged to have kicked two from 50 yards", "are said to come from Africa") a "by" or
    // "from" belongs to the infinitive's verb: the reporter would have stood before "to".
    const clause = after.split(/[,;:.()]/)[0];
    const agent = /\bto\b/i.test(phrase) ? null : /^\s*(?:[\p{L}-]+\s+){0,3}?(?:by|from)\s+(\S+)/u.exec(clause);
    if (agent && !UNNAMED_AGENT.test(agent[1])) return true;
  }
  return false;
}

/**
 * A person opening the subject, joined to the group: "what he and", "Trump and", "Mr. Trump and" (not the end of a
 * longer name: "a treaty with the Soviet Union and some have suggested").
 */
const PERSON_AND =
  /(?:^|[,;:(—–]\s*|\b(?:what|that|as|which|when|while|because|but|so)\s+)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(he|she|\p{Lu}[\p{L}'’.-]*)\s+and\s+$/u;

/** "he", "she" or a capitalised word that is not a sentence opener or a group ("Trump", "Sanders's"). */
function namesAPerson(word: string): boolean {
  if (/^(?:he|she)$/i.test(word)) return true;
  return /^\p{Lu}/u.test(word) && !NOT_A_NAME.has(word.toLowerCase()) && !GROUP_WORDS.has(word.toLowerCase());
}

/**
 * The sentence after a group's claim names one of the group: "... a wide array of economists say, limited the
 * recovery. One of those economists is former Federal Reserve chairman Ben Bernanke".
 */
function namesMemberIn(next: string, phrase: string): boolean {
  if (!/\b(?:of\s+(?:them|those|these)|among\s+them|those|these)\b/i.test(next)) return false;
  const group = phrase
    .toLowerCase()
    .split(/\s+/)
    .find((w) => GROUP_WORDS.has(w));
  const pointsBack = new RegExp(
    String.raw`\b(?:(?:one|two|three|some|several|many|most|each|all)\s+of\s+(?:them|those|these)|among\s+them|(?:those|these)\s+${group ?? '[a-z]+s'})\b`,
    'i',
  );
  return pointsBack.test(next) && /.\b\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+/u.test(next);
}

/** The words just before a group that names it ("Harvard experts say") or points back to it ("the researchers"). */
function qualifiedBefore(sentence: string, index: number, cue: VagueCue, page: string): boolean {
  // ("Labour sources said", "Hamas sources in Gaza said": the party is named, the people speaking for it are not.)
  if (cue.kind === 'unnamed-source' && /^sources\b/i.test(sentence.slice(index))) return false;
  // Officials: "the officials", "Con Edison officials", "NASA officials" are of someone named; "U.S.", "federal",
  // "American" officials are of no one in particular.
  if (cue.kind === 'unnamed-officials') return officialsOfSomeone(sentence, index, page);
  // The words just before the phrase, back to the last punctuation: "the health", "that Pentagon", "most".
  const group = cue.rule === 'unnamed-group';
  for (const { word, opensSentence } of wordsBefore(sentence, index, 40, group ? 3 : 1)) {
    if (/^\p{Lu}/u.test(word) && !opensSentence && !NOT_A_NAME.has(word.toLowerCase())) return true;
    if (group && DEFINITE.has(word.toLowerCase())) return true;
  }
  return false;
}

/**
 * The last `count` words within `reach` characters before `index`, back to the last punctuation, without a
 * possessive "'s", each with whether it opens the sentence (where a capital says nothing of a name).
 */
function wordsBefore(
  sentence: string,
  index: number,
  reach: number,
  count: number,
): { word: string; raw: string; opensSentence: boolean }[] {
  const lead = sentence.slice(Math.max(0, index - reach), index);
  const clause = lead.slice(Math.max(...CLAUSE_BREAKS.map((c) => lead.lastIndexOf(c))) + 1);
  const all = clause.split(/\s+/).filter(Boolean);
  const words = all.slice(-count);
  const opensClause = index - clause.length <= 0 && words.length === all.length;
  return words.map((raw, i) => ({ word: raw.replace(/[’']s$/, ''), raw, opensSentence: i === 0 && opensClause }));
}

/** A body the story has named, taken up by its kind: "agency officials", "company officials". */
const OWN_BODY = new Set(
  'agency department ministry company campaign city county school district university hospital police party club court'.split(
    ' ',
  ),
);
/** Words for a country or its people, which name no body: "U.S. officials", "American officials". */
const NATIONAL = /^(?:U\.?S\.?|US|UK|U\.K\.|EU|UN|Western|\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch))$/u;

/** Whether the officials before `index` belong to a body or a group the sentence or article names. */
function officialsOfSomeone(sentence: string, index: number, text: string): boolean {
  const words = wordsBefore(sentence, index, 60, 4);
  const last = words.at(-1)?.raw.toLowerCase() ?? '';
  // "agency officials said" after "the department …": the body the story is about.
  if (DEFINITE.has(last) || OWN_BODY.has(last)) return true;
  return words.some(({ word, opensSentence }) => {
    // (Opening the sentence, a capital names a body when it is an acronym, "NASA officials said", or the article
    // capitalises the word mid-sentence too, "… at Facebook".)
    const named =
      !opensSentence ||
      /^\p{Lu}{2,}$/u.test(word) ||
      rx(String.raw`[\p{L},;]\s+${escapeRegExp(word)}\b`, 'u').test(text);
    return /^\p{Lu}/u.test(word) && named && !NATIONAL.test(word) && !NOT_A_NAME.has(word.toLowerCase());
  });
}

/** A name standing as source anywhere in the sentence, outside the vague phrase itself. */
function namesSource(sentence: string, phraseStart: number, phraseEnd: number): boolean {
  if (CITATION_MARKER.test(sentence)) return true;
  const outside = (m: RegExpExecArray) => m.index + m[0].length <= phraseStart || m.index >= phraseEnd;
  for (const re of [ACCORDING_TO_NAME, VERB_THEN_NAME, NAME_THEN_VERB]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      if (!outside(m)) continue;
      const name = m[1];
      if (name === undefined || !NOT_A_NAME.has(name.toLowerCase()) || /^(?:he|she)$/i.test(name)) return true;
    }
  }
  return false;
}

/** Start offsets of article links, sorted, so a sentence asks "any link here?" with one binary search. */
/** Words that cite a report right around a link to it: "reports The Information", "according to Reuters". */
const CITES_REPORT = /\b(?:reports?|reported|reporting|according\s+to|citing|first\s+reported\s+by)\b/i;
/** How far around a link the citing words may stand. */
const CITE_WINDOW = 40;

/** Where the article first cites a report with a link to it (Infinity when it never does). */
function citedReportBefore(ctx: DetectorContext): number {
  return ctx.memo('vague-attribution:cited-report', () => {
    const text = ctx.page.text.text;
    let first = Infinity;
    for (const l of ctx.page.articleLinks)
      if (l.start < first && CITES_REPORT.test(text.slice(Math.max(0, l.start - CITE_WINDOW), l.end + CITE_WINDOW / 2)))
        first = l.start;
    return first;
  });
}

function articleLinkOffsets(ctx: DetectorContext): number[] {
  return ctx.memo('vague-attribution:article-link-starts', () =>
    ctx.page.articleLinks.map((l) => l.start).sort((a, b) => a - b),
  );
}

function hasLinkBetween(sorted: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < end;
}

/** A superscript footnote marker (`<sup>3</sup>`) inside the sentence. Only asked of sentences about to be flagged. */
function hasSuperscriptBetween(ctx: DetectorContext, block: Block, start: number, end: number): boolean {
  for (const sup of Array.from(block.el.querySelectorAll('sup'))) {
    const span = ctx.page.text.spanOf(sup);
    if (span.start >= start && span.start < end && /^\s*\[?[\d*†‡,–-]+\]?\s*$/.test(sup.textContent ?? '')) return true;
  }
  return false;
}

/** The quotations of a text, marks included, paired as the quote extractor pairs them. */
export function quotedSpans(text: string): [number, number][] {
  return pairQuoteMarks(text).spans.map((s) => [s.markStart, s.markEnd]);
}

/**
 * Whether a quotation of four words or more overlaps the sentence: then the quote's sourcing is the question. A
 * title in the sentence (“Youth of the Nation”) is no one's words and leaves the question to the sentence.
 */
function carriesQuotation(text: string, quoted: [number, number][], start: number, end: number): boolean {
  return quoted.some(([qs, qe]) => {
    if (qs >= end || qe <= start) return false;
    const inner = text.slice(qs, qe);
    return countWords(inner) >= 4 && !isTitleLike(inner.slice(1, -1));
  });
}

/**
 * Whether every quotation of four words or more in the sentence is the unnamed group's own words, opening right
 * after its phrase: "was described by other critics as “characterized by ...”", "some critics claimed that “...”".
 * The group is then the only speaker, and the sentence names nobody.
 */
function quotesTheGroup(text: string, quoted: [number, number][], start: number, end: number, hit: VagueHit): boolean {
  if (hit.cue.rule !== 'unnamed-group') return false;
  const phraseEnd = hit.index + hit.phrase.length;
  return quoted.every(
    ([qs, qe]) =>
      qs >= end ||
      qe <= start ||
      countWords(text.slice(qs, qe)) < 4 ||
      (qs >= phraseEnd && /^\s*[,:]?\s*(?:that|as|to\s+be)?\s*[,:]?\s*$/i.test(text.slice(phraseEnd, qs))),
  );
}

function inside(spans: [number, number][], offset: number): boolean {
  return spans.some(([s, e]) => offset > s && offset < e);
}
