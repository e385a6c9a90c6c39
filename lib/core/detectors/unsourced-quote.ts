/**
 * `unsourced-quote`: quotations in the article that nobody on the record stands behind. Reads the quotations
 * `extractQuotes` found (lib/core/quotes/) and flags two kinds, the flag covering the quoted words:
 * - `anonymous-source`: the only attribution is to unnamed people ("officials said", "a source close to", "experts",
 *   "one New Hampshire Democrat"), or a named person's words reach the reader only through them ("Trump was quoted
 *   ..., according to former defense officials").
 * - `no-speaker`: no speaker can be found at all: no speech verb near the quote, no quote just before it to
 *   continue, no one reported as speaking in the sentence or paragraph before. Only for quotes that read as
 *   statements (a capital, five words or more) on pages in a language Footnote reads (English, German, French,
 *   Spanish, or unlabelled).
 * A quotation that links to its source or carries a footnote marker ("...”[12]") is not flagged; titles, citations
 * and reference-list entries are not quotations (extract-quotes.ts).
 * Each flag carries a confidence, the share of such flags a careful reader is expected to agree with: high for a
 * plainly anonymous source ("officials", "sources", "according to people familiar"), lower for an unnamed person in
 * a scene ("a woman", "one supporter"), and low for `no-speaker`, which readers judged right only 4% of the time
 * on ordinary web pages (somewhat higher for a long statement in a paragraph that names nobody and reports no one).
 *
 * Not flagged: quoted words that read as a name (a title keeping the sentence's comma, a phrase modifying the noun
 * after it), imagined or example speech ("as if to say", "ask yourself"), code, and a spokesperson of a named or
 * named-by-kind body ("a company spokesperson", "a spokesman for the agency"), who speaks on that body's record.
 *
 * Known to get wrong: a page without a lang attribute is taken for English; slogans, mottos, signs ("reads one"),
 * song titles and dialogue transcribed from a video ("an officer shouts") come out `no-speaker` or as an unnamed
 * person (low confidence); a quote introduced only by a preceding sentence without a speech verb ("Her message is
 * simple.") has no speaker; an official named elsewhere but described here only by role counts as anonymous; a
 * named person introduced by an indefinite description first ("a moderate Democrat who...") can be taken for
 * anonymous; a plain "a spokesperson" whose body is only implied by the story stays anonymous.
 */
import { extractQuotes, type QuoteDraft } from '../quotes/extract-quotes';
import { hasPersonName, hasSpeechVerb } from '../quotes/attribution';
import { readsSpeakersIn } from '../quotes/foreign-attribution';
import { ALWAYS_ANONYMOUS_HEADS } from '../data/speech-verbs';
import type { Block } from '../page/page-model';
import type { Link } from '../page/page-model';
import { countWords } from '../text/words';
import { defineDetector, type FlagDraft } from './detector';

/** A footnote marker right after the closing mark ("...,”[12]"): the quote cites its source. */
const FOOTNOTE_AFTER = /^["'”’»」』]?\s*[.,;:]?\s*\[\s*(?:\d+|[a-z])\s*\]/;
/** A quotation worth a `no-speaker` flag reads as a statement: it starts with a capital and has a few words. */
const STATEMENT = /^\s*[\p{Lu}\p{N}]/u;
const MIN_STATEMENT_WORDS = 5;

/**
 * Confidence of an `anonymous-source` flag whose source is plainly unnamed: a relay ("according to former
 * officials") or a head that never names anyone ("officials", "sources", "people familiar with").
 */
const CLEARLY_ANONYMOUS = 0.9;
/** ...of one whose source is a single unnamed role ("a spokesman", "an aide"): a body may stand behind it. */
const UNNAMED_ROLE = 0.6;
/**
 * ...and of an unnamed person in a scene ("a woman", "one supporter", "an officer shouts"): often a vox pop or a
 * transcribed video, which readers judged wrong far more often than right, so hidden at the default sensitivity.
 */
const UNNAMED_PERSON = 0.35;
/** Heads of an unnamed person in a scene rather than a source speaking for a body. */
const SCENE_PEOPLE = new Set(
  `man woman men women officer officers witness witnesses resident residents fan fans viewer viewers reader readers
  user users onlooker supporter supporters voter voters protester protesters attendee attendees neighbor neighbour
  one another some many others student students worker workers volunteer volunteers friend friends relative member
  members veteran veterans delegate delegates everyone everybody nobody most all lot lots`
    .split(/\s+/)
    .filter(Boolean),
);
/** Confidence of a `no-speaker` flag: right 4% of the time on ordinary pages. */
const NO_SPEAKER = 0.05;
/** ...and of a long statement in a paragraph that names nobody and reports no one speaking. */
const NO_SPEAKER_LONG_UNNAMED = 0.3;
const LONG_STATEMENT_WORDS = 12;

/**
 * A quoted fragment this short is a term or a label ("top secret", "Swiss cheese", plans to "actively support"), not
 * testimony: on plain news, none of three such flags was judged right, nor a nickname on an unseen page (round 25,
 * residents deriding mansions as "poppy palaces"): 0 of 4, so under even the "high" threshold.
 */
const FRAGMENT_WORDS = 2;
const FRAGMENT = 0.3;
/** "one person tweeted", "another user posted": a stranger on social media, quoted as colour. */
const SOCIAL_POSTER = /^(?:one|another|a|someone)(?:\s+(?:person|user|commenter|poster))?$/i;
const SOCIAL_VERB =
  /\b(?:tweet(?:ed|s)?|retweet(?:ed|s)?|posted|posts|commented)\b|\bon (?:Twitter|Facebook|Instagram|TikTok|Reddit|X)\b/;

/** A word that can follow a head noun ("an official in the ministry", "an official who"), not one it modifies. */
const AFTER_HEAD = /^(?:in|at|for|from|with|of|on|who|close|familiar|involved|speaking|said|says)$/;

/** How plainly anonymous a source phrase is: a relay or an anonymous head, a single role, or a person in a scene. */
function anonymousConfidence(q: QuoteDraft, text: string): number {
  if (countWords(q.text) <= FRAGMENT_WORDS) return FRAGMENT;
  const source = (q.via ?? q.speaker ?? '').trim();
  if (SOCIAL_POSTER.test(source)) {
    const around = text.slice(Math.max(0, q.start - 80), q.start) + ' ' + text.slice(q.end, q.end + 80);
    if (SOCIAL_VERB.test(around)) return UNNAMED_PERSON;
  }
  if (q.speaker && q.via && q.speaker !== q.via) return CLEARLY_ANONYMOUS;
  const words = source
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[,.’']+$/, ''));
  // Bare "others" ("Others shouted, “Stop the coverup!”") is a crowd in a scene, not a source kept unnamed.
  if (words.length === 1 && words[0] === 'others') return UNNAMED_PERSON;
  // ("His official spokesman": an adjective before its noun, the spokesman of someone named, round 28.)
  const adjective = (w: string, i: number) =>
    w === 'official' && i + 1 < words.length && !AFTER_HEAD.test(words[i + 1]);
  if (words.some((w, i) => ALWAYS_ANONYMOUS_HEADS.has(w) && !adjective(w, i))) return CLEARLY_ANONYMOUS;
  return words.some((w) => SCENE_PEOPLE.has(w)) ? UNNAMED_PERSON : UNNAMED_ROLE;
}

/** How likely a reader agrees nobody is named: only a long statement whose paragraph names and reports nobody. */
function noSpeakerConfidence(q: QuoteDraft, blocks: readonly Block[]): number {
  if (countWords(q.text) < LONG_STATEMENT_WORDS) return NO_SPEAKER;
  const block = blocks.find((b) => b.start <= q.start && q.start < b.end);
  if (!block) return NO_SPEAKER;
  const narration = block.text.slice(0, q.start - block.start) + ' ' + block.text.slice(q.end - block.start);
  return hasPersonName(narration.split(/\s+/)) || hasSpeechVerb(narration) ? NO_SPEAKER : NO_SPEAKER_LONG_UNNAMED;
}

/** A source phrase inside a sentence: "One council official" → "one council official"; names keep their capitals. */
function asPhrase(source: string): string {
  return /^(?:One|A|An|The|Some|Several|Two|Three|Many|Other|Another|Senior|Top)\b/.test(source)
    ? source[0].toLowerCase() + source.slice(1)
    : source;
}

/** Whether the quote links to its source or carries a footnote: then nobody needs to be named in the text. */
function citesSource(q: QuoteDraft, text: string, links: readonly Link[]): boolean {
  if (FOOTNOTE_AFTER.test(text.slice(q.end, q.end + 12))) return true;
  return links.some((l) => l.start < q.end + 3 && l.end > q.start - 1);
}

export const unsourcedQuote = defineDetector('unsourced-quote', {
  detect(ctx) {
    const flags: FlagDraft[] = [];
    const text = ctx.page.text.text;
    // Attribution is read in these languages only: elsewhere a missing speaker says more about us than the page.
    const readable = readsSpeakersIn(ctx.lang);
    for (const q of extractQuotes(ctx)) {
      if (q.attribution === 'named' || q.nameLike || citesSource(q, text, ctx.page.articleLinks)) continue;
      if (q.attribution === 'anonymous') {
        // A relay is someone other than the speaker ("Trump told aides, a source said"); when the source phrase is
        // the speaker itself ("one council official"), it is named once, as the unnamed source.
        const relayed = q.speaker && q.via && q.speaker !== q.via;
        const source = q.via ?? q.speaker;
        flags.push({
          rule: 'anonymous-source',
          message: relayed
            ? `These words are attributed to ${q.speaker}, but only through unnamed sources (${asPhrase(q.via!)}): nobody on the record vouches for them.`
            : `This quotation comes from an unnamed source${source ? ` (${asPhrase(source)})` : ''}: nobody on the record stands behind it.`,
          start: q.start,
          end: q.end,
          confidence: anonymousConfidence(q, text),
          data: { speaker: q.speaker, via: q.via ?? null },
        });
      } else if (readable && STATEMENT.test(q.text) && countWords(q.text) >= MIN_STATEMENT_WORDS) {
        flags.push({
          rule: 'no-speaker',
          severity: 'info',
          message: 'The article does not say who said these words.',
          start: q.start,
          end: q.end,
          confidence: noSpeakerConfidence(q, ctx.page.articleBlocks),
          data: { speaker: null },
        });
      }
    }
    return flags;
  },
});
