/**
 * Every quotation in the article with who said it: pairs the quotation marks of each article paragraph
 * (quote-marks.ts), drops marks around names, titles and scare-quoted phrases, reads the speaker from the words
 * around each quote (attribution.ts), resolves pronouns to the person named before (people.ts), and lets a quote
 * with no cue of its own continue the speaker of the quote just before it (a follow-on quote). Titles of works are
 * left out (work-titles.ts); the pieces of a quotation run over several paragraphs are listed as one (quote-runs.ts).
 */
import type { Attribution } from '../report';
import type { DetectorContext } from '../detectors/detector';
import type { Block } from '../page/page-model';
import { splitSentences } from '../text/sentences';
import {
  findSpeakerCue,
  hasPersonName,
  hasSpeechVerb,
  isAnonymous,
  reportedSpeakers,
  SPEECH_ACT_NOUNS,
  HEARD_BEFORE,
  unreadSubjectAfter,
  type ReportedSpeaker,
  type SpeakerCue,
  IRREGULAR_PAST,
} from './attribution';
import { BODY_HEADS, GENERIC_PRONOUN, NON_PERSON_WORDS, TITLE_WORDS } from '../data/speech-verbs';
import { FOREIGN_SPEECH } from '../data/foreign-speech';
import {
  findForeignSpeakerCue,
  isForeignAnonymous,
  isForeignQuoteLanguage,
  PERSON_PRONOUN_AFTER_QUOTE,
  readsSpeakersIn,
} from './foreign-attribution';
import { isOnePersonDescribed } from './anonymous-source';
import { blankNicknames, isNickname } from './nicknames';
import { isKnownFirstName, isNameParticle } from '../data/first-names';
import { countWords } from '../text/words';
import { AGE_EPITHET, isWriter, PeopleIndex } from './people';
import {
  carriedOver,
  DOUBLE_QUOTE_MARK,
  LETTER_OR_DIGIT,
  opensWithQuote,
  pairQuoteMarks,
  type QuoteSpan,
} from './quote-marks';
import { joinRuns } from './quote-runs';
import { describedSubject, epithetFor } from './described-subject';
import { postSignature, signatureLine } from './signatures';
import { isBylined, isWorkTitle, SMALL_WORDS, WORDS } from './work-titles';
import { rx } from '../text/script-letters';

export interface QuoteDraft {
  /** Offsets of the quoted words (without the marks) in the page text. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  attribution: Attribution;
  /** The unnamed source an `anonymous` quote is relayed through ("former defense officials"), when there is one. */
  via?: string | null;
  /**
   * Quoted words that read as a name rather than a statement: a title kept with the sentence's comma ("Once Upon A
   * Time in Hollywood,") or a phrase modifying the noun after it (a "direction discrimination" task). Listed, since
   * the marks may still quote someone, but never flagged as unsourced.
   */
  nameLike?: boolean;
}

/** What the extractor needs of a block: its text and where it starts in the page text. */
export interface Paragraph {
  text: string;
  start: number;
  /** A paragraph of a <blockquote>: quoted by the page's layout, with or without marks. */
  blockQuote?: boolean;
}

export function extractQuotes(ctx: DetectorContext): QuoteDraft[] {
  return ctx.memo('quotes', () => {
    // Code is never speech: string literals and docstrings in <pre> blocks are left out before reading. Nor is a
    // reference list: its quoted words are titles, and its authors are not the article's speakers (and on an
    // encyclopedia page it holds most of the quotation marks).
    const sources = referenceListItems(ctx.page.articleBlocks);
    // Nor is a paragraph that is all one link: a pointer to another story, whose headline names its people.
    const teasers = linkOnlyBlocks(ctx);
    // Nor is a photo caption that quotes no one: read as a paragraph, it broke a quotation running across it and
    // lent the next one its subject ("Kostas Thoctarides and his dive team found the wreck").
    const prose = ctx.page.articleBlocks.filter(
      (b) => !sources.has(b) && !teasers.has(b) && !withinTag(b.el, PRE) && !isPlainCaption(b),
    );
    const paragraphs = prose.map((b) =>
      withinTag(b.el, BLOCKQUOTE) ? { text: b.text, start: b.start, blockQuote: true } : b,
    );
    const quotes = findQuotes(paragraphs, ctx.lang).filter(
      (q) => !isCitation(q, ctx.page.articleBlocks, ctx) && !inCode(q, ctx),
    );
    // In a language whose reporting verbs Footnote does not know, English cues find names in any capitalised words
    // ("Jag är hos Larssönerna" went to "Larssons Jag"): its quotations are listed, with no speaker.
    return readsSpeakersIn(ctx.lang)
      ? quotes
      : quotes.map((q) => ({ ...q, speaker: null, attribution: 'none' as const, via: null }));
  });
}

/** Article paragraphs whose text is one link's text ("Colorado doctor who called ... resigns"). */
function linkOnlyBlocks(ctx: DetectorContext): Set<Block> {
  const found = new Set<Block>();
  if (ctx.page.articleLinks.length === 0) return found;
  // Blocks and links in text order, walked together once (a page can hold thousands of links).
  const links = [...ctx.page.articleLinks].sort((x, y) => x.start - y.start);
  let l = 0;
  for (const b of ctx.page.articleBlocks) {
    const length = b.text.trim().length;
    const blockEnd = b.start + b.text.length;
    while (l < links.length && links[l].start < b.start) l++;
    if (b.kind !== 'paragraph' || length === 0) continue;
    for (let k = l; k < links.length && links[k].start < blockEnd; k++)
      if (links[k].end <= blockEnd && links[k].text.trim().length >= length * 0.9) {
        found.add(b);
        break;
      }
  }
  return found;
}

/** Whether a quote lies in inline code (`alert("Oops!")` in a <code> inside a paragraph). */
function inCode(q: QuoteDraft, ctx: DetectorContext): boolean {
  return withinTag(ctx.page.text.locate(q.start)?.node?.parentElement ?? null, CODE);
}

const PRE = new Set(['pre']);
const BLOCKQUOTE = new Set(['blockquote']);
const CODE = new Set(['code', 'kbd', 'samp', 'pre']);

/**
 * Whether an element is, or lies inside, an element with one of these tag names. A walk up comparing tag names:
 * `closest(selector)` matches a CSS selector at every ancestor, which is slow in linkedom.
 */
function withinTag(el: Element | null, tags: ReadonlySet<string>): boolean {
  return closestTag(el, tags) !== null;
}

/** A caption block (a <figcaption>, or inside an element whose class says caption) with no quotation mark in it. */
function isPlainCaption(b: Block): boolean {
  if (DOUBLE_QUOTE_MARK.test(b.text) || b.text.includes('‘')) return false;
  if (b.kind === 'caption') return true;
  for (let e: Element | null = b.el, depth = 0; e && depth < 3; e = e.parentElement, depth++)
    if (e.localName === 'figcaption' || CAPTION_CLASS.test(e.getAttribute('class') ?? '')) return true;
  return false;
}
const CAPTION_CLASS = /(?:^|[\s_-])caption(?:$|[\s_-])/i;

/**
 * The element itself or its nearest ancestor with one of these names (lower case, as `localName` has them in an
 * HTML document; `tagName` is upper-cased on every read, a cost on every block and quote), or null.
 */
function closestTag(el: Element | null, tags: ReadonlySet<string>): Element | null {
  for (let e = el; e; e = e.parentElement) if (tags.has(e.localName)) return e;
  return null;
}

/** A heading over a list of sources: its items' quoted words are titles of works, not quotations. */
const REFERENCE_HEADING =
  /^\s*(?:references?|bibliography|notes|sources|citations|works\s+cited|further\s+reading|footnotes|literature)\b/i;
/** Elements whose quoted text is a title or a cited work, not someone's words. */
const TITLE_ELEMENTS: ReadonlySet<string> = new Set(['cite', 'a', 'i', 'em']);

/** The list items under a References / Bibliography / Notes heading (up to the next heading). */
function referenceListItems(blocks: readonly Block[]): Set<Block> {
  const items = new Set<Block>();
  let underSources = false;
  for (const block of blocks) {
    if (block.kind === 'heading') underSources = REFERENCE_HEADING.test(block.text);
    else if (underSources && block.kind === 'list-item') items.add(block);
  }
  return items;
}

/**
 * Whether quoted words are a title or a citation rather than a quotation: inside a <cite>, a link's text or
 * italics (the whole quote). Reference lists are left out before reading (referenceListItems).
 */
function isCitation(q: QuoteDraft, blocks: readonly Block[], ctx: DetectorContext): boolean {
  const block = blocks.find((b) => b.start <= q.start && q.start < b.end);
  if (!block) return false;
  const node = ctx.page.text.locate(q.start)?.node;
  const el = closestTag(node?.parentElement ?? null, TITLE_ELEMENTS);
  if (!el || !block.el.contains(el) || el === block.el) return false;
  const span = ctx.page.text.spanOf(el);
  if (span.start > q.start + 1 || span.end < q.end - 1) return false;
  // An italic paragraph that also holds its narration ("<i>“So far, the numbers …,” he said.</i>") is a styled
  // paragraph, not a title: italics mark a title when they hold the quoted words alone (marks and a comma aside).
  if (!ITALICS.has(el.tagName.toUpperCase())) return true;
  if (span.end - span.start > q.end - q.start + ITALIC_SLACK) return false;
  // Some papers set every quotation in italics (Le Monde: <em>"Même si la note ... pour le Portugal"</em>, souligne
  // Moody's): a long statement a named person is said to make is their words, not a title.
  return !(q.attribution === 'named' && isStyledStatement(q.text));
}

/** Long enough, or of more than one sentence, and not in title case: a statement, where a title is a name. */
function isStyledStatement(quoted: string): boolean {
  const words = quoted.match(WORDS) ?? [];
  const sentences = /[.!?]\s+\p{Lu}/u.test(quoted);
  return (words.length >= STYLED_STATEMENT_WORDS || sentences) && !capitalisation(words).titleCase;
}
/**
 * Words from which an italic quotation with a named speaker reads as a statement (Le Monde: "«A ce stade, on émet
 * beaucoup de réserves», a-t-il convenu").
 */
const STYLED_STATEMENT_WORDS = 5;

const ITALICS: ReadonlySet<string> = new Set(['I', 'EM']);
/** Characters an italic title may hold beyond the quoted words: its marks, a comma, a space. */
const ITALIC_SLACK = 6;

/** Reads the speaker cue around one quote: `before` its sentence up to the opening mark, `after` from the closing. */
type CueFinder = (
  before: string,
  after: string,
  endsSentence?: boolean,
  endsClause?: boolean,
  followsQuote?: boolean,
) => SpeakerCue | null;

/** The cue reader for a page language: de/fr/es have their own (foreign-attribution.ts); English otherwise. */
function cueFinderFor(lang: string): CueFinder {
  return isForeignQuoteLanguage(lang)
    ? (before, after, endsSentence) => findForeignSpeakerCue(lang, before, after, endsSentence)
    : findSpeakerCue;
}

/** A quoted term inside narration ("the CNN “reporter,”"): a few words, no sentence of their own. */
function isQuotedTerm(text: string, span: QuoteSpan): boolean {
  const quoted = text.slice(span.start, span.end).trim();
  return quoted.split(/\s+/).length <= 4 && !/[.!?…]/.test(quoted);
}

/**
 * Where the narration before candidate `c` starts for its speaker cue: after the previous quotation in its
 * paragraph, or at its sentence's start. Quoted terms earlier in the sentence are part of its narration ("Kerpen
 * needled the CNN “reporter,” saying, “Q”" is Kerpen's).
 */
function cueWindowStart(candidates: readonly Candidate[], c: number, text: string, sentenceStart: number): number {
  const { para } = candidates[c];
  let k = c - 1;
  while (k >= 0 && candidates[k].para === para && candidates[k].span.markStart >= sentenceStart) {
    if (!isQuotedTerm(text, candidates[k].span)) return candidates[k].span.markEnd;
    k--;
  }
  return k >= 0 && candidates[k].para === para ? Math.max(candidates[k].span.markEnd, sentenceStart) : sentenceStart;
}

interface Candidate {
  para: number;
  span: QuoteSpan;
  /** Pieces of one multi-paragraph quote share a run. */
  run: number;
}

/** How far back (in paragraphs) a follow-on quote may look for the quote it continues. */
const FOLLOW_ON_REACH = 1;
/** How many paragraphs without quotation, name or speaker (captions, embeds) a follow-on quote may look across. */
const FOLLOW_ON_MAX_GAP = 2;

/**
 * The quotations in a sequence of paragraphs (the article's blocks, in reading order), on a page in `lang` (an
 * empty or unknown language is read as English).
 */
export function findQuotes(paragraphs: readonly Paragraph[], lang = 'en'): QuoteDraft[] {
  const cueAround = cueFinderFor(lang);
  /** Whether a speaker phrase hides who speaks, in the page's language. */
  const anonymous = isForeignQuoteLanguage(lang) ? (phrase: string) => isForeignAnonymous(lang, phrase) : isAnonymous;
  const candidates: Candidate[] = [];
  /** Spans quoted by a <blockquote> rather than by marks. */
  const byLayout = new Set<QuoteSpan>();
  // A foreign page's prepositions and conjunctions open sentences in capitals but never a name ("Chez Brut, ...").
  const openers = isForeignQuoteLanguage(lang)
    ? new Set([...FOREIGN_SPEECH[lang].phraseStops, ...Object.keys(FOREIGN_SPEECH[lang].pronouns)])
    : undefined;
  const people = new PeopleIndex(
    openers,
    lang === 'de',
    lang === 'de' ? new Set(['so', ...FOREIGN_SPEECH.de.verbs.filter((v) => !v.includes(' '))]) : undefined,
    isForeignQuoteLanguage(lang) ? (PERSON_PRONOUN_AFTER_QUOTE[lang] ?? null) : null,
  );
  /** A capitalised run opening a sentence, without such a word before it ("Pour David Dufresne" -> the name). */
  const withoutOpener = (run: string | undefined): string | undefined => {
    if (!run || !openers) return run;
    const space = run.search(/\s/);
    const first = space < 0 ? run : run.slice(0, space);
    if (openers.has(first.toLowerCase()) && !isNameParticle(first.toLowerCase()))
      run = space < 0 ? undefined : run.slice(space).trimStart();
    // German capitalises every noun: a run opening a sentence names a person only when it starts with a given name
    // or ends with a surname the article names someone by ("Regelmäßige Bewegung", "Hatten Sie" are no one).
    if (run && lang === 'de') {
      const words = run.split(/\s+/);
      if (!isKnownFirstName(words[0]) && people.fullName(words[words.length - 1]) === null) return undefined;
    }
    return run;
  };
  /** Each paragraph with its quotations blanked out: what the narration says, for names and reported speech. */
  const blanked: string[] = [];
  let run = 0;
  let previousLeftOpen = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p].text;
    const paired = pairQuoteMarks(text);
    // Juan “Chico” Manriquez: a nickname inside a name is nobody's words, and the name around it is one person's.
    const nicknames = paired.spans.filter((s) => isNickname(text, s));
    let spans = nicknames.length ? paired.spans.filter((s) => !nicknames.includes(s)) : paired.spans;
    // "« Previous Story … Next Story »": on a page in a language that spaces no words inside its marks, spaced
    // guillemets are arrows around links (round 28, the Los Angeles Times).
    if (lang && !SPACED_GUILLEMETS_LANGS.has(lang)) spans = spans.filter((s) => !arrowsAround(text, s));
    let leftOpen = paired.leftOpen;
    let continues = previousLeftOpen && opensWithQuote(text);
    // A quotation left open above that this paragraph closes without reopening it: its first piece continues it.
    const carried = previousLeftOpen && !continues ? carriedOver(text) : null;
    if (carried) {
      const after = pairQuoteMarks(text.slice(carried.markEnd));
      const shift = (s: QuoteSpan): QuoteSpan => ({
        ...s,
        markStart: s.markStart + carried.markEnd,
        markEnd: s.markEnd + carried.markEnd,
        start: s.start + carried.markEnd,
        end: s.end + carried.markEnd,
      });
      spans = [carried, ...after.spans.map(shift)];
      leftOpen = after.leftOpen;
      continues = true;
    }
    // "Qcells CEO Justin Lee said:" then a block quote with no marks: the layout quotes it (read only with that
    // lead-in's speaker, below). Marks inside it that do not hold it all are quotations within the quotation
    // ("Jerry Holkins of Penny Arcade writes:" then a block quote saying "the wholly valid “not buying it” choice").
    const laidOut = blockQuoteSpan(paragraphs, p);
    if (laidOut && !spans.some((s) => s.markStart <= laidOut.markStart + 1 && s.markEnd >= laidOut.markEnd - 1)) {
      spans = [laidOut];
      byLayout.add(laidOut);
    }
    spans.forEach((span, k) => {
      candidates.push({ para: p, span, run: k === 0 && continues ? run : ++run });
    });
    previousLeftOpen = leftOpen;
    blanked.push(blankOut(nicknames.length ? blankNicknames(text, nicknames) : text, spans));
  }
  // No quotation marks at all: nothing to attribute, so no need to index the people.
  if (candidates.length === 0) return [];
  const initials = turnInitials(paragraphs);
  for (let p = 0; p < paragraphs.length; p++) {
    // (A turn's initials are no part of a name: "OW Fitz." is Oprah Winfrey saying "Fitz".)
    const label = initials[p];
    // (A photo credit standing alone, "Craig McDean/GQ", names no one in the story.)
    // (Nor does a photo caption: "... la photo de Frédéric Roy, 35 ans ... © E.B" names who is pictured, not who
    // speaks in the story around it.)
    if (CREDIT_LINE.test(blanked[p]) || isCaption(blanked[p])) continue;
    people.scan(label ? blanked[p].replace(label, ' '.repeat(label.length)) : blanked[p], paragraphs[p].start);
  }
  people.finish();
  /** The person whose turn each paragraph of a Q&A interview is, or null. */
  const turnOf = paragraphs.map((para, p) => {
    const label = initials[p];
    return label ? people.byInitials(label) : namedTurn(para.text, people);
  });

  const reportedCache = new Map<number, ReportedSpeaker[]>();
  /** The speakers a paragraph's narration reports, computed once per paragraph. */
  const reportedIn = (p: number) => {
    let found = reportedCache.get(p);
    if (!found) reportedCache.set(p, (found = reportedSpeakers(blanked[p])));
    return found;
  };
  const endsWithNameCache = new Map<number, boolean>();
  /** Whether a paragraph ends with a capitalised word, computed once per paragraph. */
  const endsWithName = (p: number) => {
    let ends = endsWithNameCache.get(p);
    if (ends === undefined) endsWithNameCache.set(p, (ends = endsWithCapitalisedWord(paragraphs[p].text)));
    return ends;
  };
  const quoteParas = new Set(candidates.map((c) => c.para));
  /**
   * Whether a quote in paragraph `to` may continue the speaker of a quote in paragraph `from`: the next paragraph,
   * or across paragraphs in between that hold no quotation, name no person and report no one speaking (a photo
   * caption, a "More from" box, an embed).
   */
  const followOnReaches = (from: number, to: number) => {
    if (to - from <= FOLLOW_ON_REACH) return true;
    if (to - from > FOLLOW_ON_MAX_GAP + 1) return false;
    for (let p = from + 1; p < to; p++) {
      if (quoteParas.has(p) || reportedIn(p).length > 0) return false;
      if (people.lastIn(paragraphs[p].start, paragraphs[p].start + paragraphs[p].text.length)) return false;
      // A name the index does not know as a person still names someone ("Manager Ange Postecoglou"); a photo
      // credit in brackets does not.
      if (hasPersonName(paragraphs[p].text.replace(/\([^()]*\)\s*$/, '').split(/\s+/))) return false;
    }
    return true;
  };
  /** "Stated Stone:" / "Tottenham said in a statement:" as a paragraph of its own, introducing the quote below. */
  const leadInCue = (p: number, span: QuoteSpan): SpeakerCue | null => {
    if (p === 0 || quoteParas.has(p - 1) || span.markStart !== paragraphs[p].text.search(/\S/)) return null;
    const above = paragraphs[p - 1].text;
    return /:\s*$/.test(above) ? cueAround(above.slice(-240), '') : null;
  };
  /** "— Maria Lopez, 34, Miami" as the short paragraph under a quote that ends its own: the quote's signature. */
  const signedBelow = (p: number): SpeakerCue | null => {
    const below = p + 1 < paragraphs.length ? paragraphs[p + 1].text : null;
    const signed =
      below === null
        ? null
        : (signatureLine(below, (surname) => people.fullName(surname)) ??
          (paragraphs[p].blockQuote ? postSignature(below) : null));
    return signed ? { phrase: signed, pronoun: false, relayedBy: null } : null;
  };
  const quotes: QuoteDraft[] = [];
  /** The run of each quote kept: pieces of one multi-paragraph quotation are joined into one at the end. */
  const runOf: number[] = [];
  /** Where a run's later piece has a cue of its own, the group its pieces are joined in from there on. */
  const pieceGroup = new Map<number, number>();
  /** Runs whose first piece follows narration in its paragraph: each piece is listed as its own quote. */
  const unjoined = new Set<number>();
  const cueOfRun = new Map<number, SpeakerCue>();
  /** Each paragraph's sentences, split when first asked for. */
  const sentenceSpans: { start: number; end: number }[][] = [];
  const spansOf = (p: number) => (sentenceSpans[p] ??= splitSentences(paragraphs[p].text));
  /** The sentences before offset `sentenceAt` of paragraph `p`, nearest first: this paragraph's, then the one before's. */
  function* sentencesBack(p: number, sentenceAt: number): Generator<string> {
    const own = spansOf(p).filter((s) => s.end <= sentenceAt);
    for (let i = own.length - 1; i >= 0; i--) yield paragraphs[p].text.slice(own[i].start, own[i].end);
    if (p === 0) return;
    const above = spansOf(p - 1);
    for (let i = above.length - 1; i >= 0; i--) yield paragraphs[p - 1].text.slice(above[i].start, above[i].end);
  }
  /** The article's text up to offset `to` of paragraph `p`. */
  const textBefore = (p: number, to: number): string =>
    paragraphs
      .slice(0, p)
      .map((q) => q.text)
      .join('\n') + `\n${paragraphs[p].text.slice(0, to)}`;
  let previous = null as { para: number; at: number; speaker: string | null; attribution: Attribution } | null;
  /** The paragraph of the candidate at hand: its sentences, and whether it is a teaser or a photo caption. */
  let sentencesOf: { para: number; spans: { start: number; end: number }[]; skipped: boolean } | null = null;
  for (let c = 0; c < candidates.length; c++) {
    const { para, span, run: r } = candidates[c];
    const { text, start: base } = paragraphs[para];
    const quoted = text.slice(span.start, span.end);
    const prevInPara = c > 0 && candidates[c - 1].para === para ? candidates[c - 1].span.markEnd : 0;
    const nextInPara =
      c + 1 < candidates.length && candidates[c + 1].para === para ? candidates[c + 1].span.markStart : text.length;
    if (!sentencesOf || sentencesOf.para !== para)
      sentencesOf = { para, spans: spansOf(para), skipped: TEASER.test(text) || isCaption(text) };
    const sentenceStart =
      sentencesOf.spans.find((s) => s.start <= span.markStart && span.markStart < s.end)?.start ?? 0;
    const before = text.slice(cueWindowStart(candidates, c, text, sentenceStart), span.markStart);
    const after = text.slice(span.markEnd, nextInPara);
    // The narration after the quote read past the titles in it ("Hannity, the host of “Hannity” and the author of
    // “Live Free Or Die,” told"): the speaker's cue may lie beyond them.
    const afterTitles = text.slice(span.markEnd, pastTitles(candidates, c, text, sentencesOf.spans));

    // (A block quote laid out as one is a whole paragraph by nature: no subheading.)
    if (sentencesOf.skipped || (!byLayout.has(span) && isSubheading(text, span, quoted))) continue;
    // A block quote without marks is a quotation only under a lead-in that names its speaker.
    const layoutCue = byLayout.has(span) ? (leadInCue(para, span) ?? signedBelow(para)) : undefined;
    if (layoutCue === null) continue;
    // Marks around no words at all ("« <button>Continuer</button> »" with the button's text left out) quote nothing.
    if (!LETTER_OR_DIGIT.test(quoted)) continue;
    // "as if to say “...”", "ask yourself: “...”", "you might say “...”": words nobody said.
    if (HYPOTHETICAL_FRAME.test(tail(before, 60)) || SUPPOSED_SPEECH.test(tail(before, 90))) continue;
    // "often translated as “land of the long white cloud”": a gloss, a translation nobody said.
    if (GLOSS_FRAME.test(tail(before, 60))) continue;
    // A book's, a film's or a show's title ("on ABC’s “This Week.”") is nobody's words (issue 7: titles never quote).
    if (isWorkTitle(quoted, text.slice(sentenceStart, span.markStart)) || isBylined(after)) continue;

    const partOfRun =
      (c > 0 && candidates[c - 1].run === r) || (c + 1 < candidates.length && candidates[c + 1].run === r);
    // “Q1,” Lee said. “Q2.”: a quote opening the sentence after another quote's in its paragraph.
    const followsQuote =
      prevInPara > 0 && quotes.at(-1)?.speaker != null && closesSentence(text, prevInPara, span.markStart);
    const closesClause = /[,!?—–]["'”’»」』]*\s*$/u.test(quoted);
    const ownCue = cueAround(before, afterTitles, /[.!?…]["'”’»」』]*\s*$/u.test(quoted), closesClause, followsQuote);
    const cue = ownCue ?? cueOfRun.get(r) ?? (partOfRun ? runCueAhead(candidates, c, paragraphs, cueAround) : null);
    // Pieces are joined only when the quotation opens its paragraph (a block of quoted paragraphs); a later piece
    // with a speaker cue of its own (“...,” he said) is read as a quotation of its own, not joined on.
    const firstPiece = c === 0 || candidates[c - 1].run !== r;
    if (firstPiece && span.markStart !== text.search(/\S/)) unjoined.add(r);
    if (!firstPiece && (ownCue || unjoined.has(r))) pieceGroup.set(r, ++run);
    if (cue) cueOfRun.set(r, cue);
    const possessor = POSSESSIVE.exec(before)?.[1];
    const personPossessor = possessor ? people.fullName(possessor) : null;
    const characterised = CHARACTERISED.test(before) || personPossessor !== null;
    // A word or two said on its own (“Absolutely,” he said) or chanted (chants of “Feel the Bern!”) is speech,
    // however short or capitalised.
    const spokenAlone = ownCue !== null && before.trim() === '' && /[,!?]["'”’»]*\s*$/u.test(quoted);
    const chanted = CHANTED.test(tail(before, 50));
    if (!partOfRun && !spokenAlone && !chanted && !isQuotation(quoted, span, cue, characterised)) continue;

    const at = base + span.markStart;
    // A Q&A turn is its speaker's: no quote in it continues the speaker of a quote in the turn before.
    const turn = turnOf[para];
    if (turn && previous && previous.para !== para) previous = null;
    /** The last person reported as speaking before the quote, in this paragraph or the one before. */
    const reportedBefore = () => {
      const here = reportedIn(para)
        .filter((r) => r.verbEnd <= span.markStart)
        .at(-1);
      if (here) return { cue: here.cue, at: base + here.at, verbEnd: base + here.verbEnd };
      // (A speaker reported in the turn before is not the one answering in this one.)
      const above = para > 0 && !turn ? reportedIn(para - 1).at(-1) : undefined;
      const aboveBase = para > 0 ? paragraphs[para - 1].start : 0;
      return above ? { cue: above.cue, at: aboveBase + above.at, verbEnd: aboveBase + above.verbEnd } : null;
    };
    let speaker: string | null = null;
    let attribution: Attribution = 'none';
    let found =
      cue ??
      (c === 0 || candidates[c - 1].para !== para ? (layoutCue ?? leadInCue(para, span)) : null) ??
      (nextInPara === text.length && text.slice(span.markEnd).trim() === '' ? signedBelow(para) : null);
    // « Des requins qui se mangent entre eux, affirme Bernard Séret. La règle, c’est … »: French, Spanish and German
    // set the attribution inside the marks, between commas; its speaker is the quote's.
    found ??= isForeignQuoteLanguage(lang) ? inciseCue(quoted, cueAround) : null;
    let inherited = false;
    let unread: string | null = null;
    let described: string | null = null;
    // "he or she would reply": anyone of a kind ("a customer"), no one the article names.
    // ("One could argue that …": the generic "one", anybody at all.)
    const generic =
      found?.phrase === GENERIC_PRONOUN || (/^one$/i.test(found?.phrase ?? '') && GENERIC_ONE.test(before));
    if (found?.pronoun && !generic) {
      // "He said the plan... “Q,” he said": the pronoun continues the last reported speaker of that gender.
      const pronoun = found.phrase.toLowerCase();
      const reported = reportedBefore();
      const single = reported && !reported.cue.pronoun && !/\band\b/.test(reported.cue.phrase);
      const reportedPerson = reported && single ? personIn(reported.cue.phrase, people) : null;
      // A person introduced as a subject after that report, in this paragraph, is who the pronoun stands for: any
      // subject after a report in the paragraph above, or in a sentence after the report's own in this one.
      const introducedSince = !reported
        ? null
        : reported.at < base
          ? people.subjectAgreeingIn(
              nextSentenceAt(paragraphs[para - 1].text, reported.verbEnd - paragraphs[para - 1].start) +
                paragraphs[para - 1].start,
              at,
              pronoun,
            )
          : people.subjectAgreeingIn(nextSentenceAt(text, reported.verbEnd - base) + base, at, pronoun);
      // ("Gordon Brown's spokesman condemned the tape. “Q,” he added.": a person described, whom names don't show.)
      const describedBefore = introducedSince ? null : describedSubject(sentencesBack(para, sentenceStart), pronoun);
      // ("… a source from the department told the Standard. “Q,” they said.": the singular "they" of an unnamed
      // source, round 29.)
      const theSource =
        pronoun === 'they' && !introducedSince && reported && !reported.cue.pronoun && anonymous(reported.cue.phrase)
          ? reported.cue.phrase
          : null;
      if (introducedSince) speaker = introducedSince;
      else if (theSource) [speaker, described] = [theSource, theSource];
      else if (describedBefore) {
        // An epithet stands for a person named before; any other description is the speaker itself.
        const epithetOf = epithetFor(describedBefore, people, at, pronoun, () => textBefore(para, span.markStart));
        speaker = epithetOf ?? describedBefore.description;
        described = epithetOf ? null : describedBefore.description;
      } else if (reported && reportedPerson && compatible(people.genderOf(reportedPerson), pronoun)) {
        speaker = resolveSpeaker(reported.cue, reported.at, people);
      } else if (reported?.cue.pronoun && reported.cue.phrase === pronoun) {
        speaker = people.resolve(reported.at, pronoun);
      }
    } else if (!found && turn) {
      // Words quoted in an interview answer with no one else named are the answerer's, said or relayed ("I kept
      // saying to them, “...”"), or those of someone the answerer names by kinship ("my father was saying, “...”").
      const kin = KIN_SAYING.exec(tail(before, 120))?.[1];
      speaker = kin ? `${turn}'s ${kin}` : turn;
      attribution = 'named';
    } else if (!found && characterised && NAMED_PASSIVELY.test(tail(before, 80))) {
      // "described as “heartbreaking” by the conservation department": the agent, when one follows, speaks; else
      // nobody does (not the thing named, nor the last speaker).
      const agent = passiveAgent(text.slice(span.markEnd, span.markEnd + 80));
      if (agent) found = { phrase: agent, pronoun: false, relayedBy: null };
    } else if (!found && characterised) {
      // "The premier called the allegation “false”": the sentence's subject, or the possessor in "Lee’s “...”".
      const sentenceAt = base + Math.max(prevInPara, sentenceStart);
      const opening = withoutOpener(
        rx(String.raw`^\s*((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)`, 'u').exec(
          text.slice(sentenceAt - base, span.markStart),
        )?.[1],
      );
      // "Trump went after Bush, calling him “a total stiff”": a participle's subject is the sentence's topic.
      const participle = CHARACTERISING_PARTICIPLE.test(tail(before, 60));
      // "Film critic Leonard Maltin at first gave it 3.5 stars, calling it “…”": the opening word modifies a role
      // before a full name, which is the subject (not after a verb: "Obama told Leonard Maltin …" is Obama's).
      const opened = opening ? text.slice(sentenceAt - base).indexOf(opening) + opening.length : -1;
      const roleName =
        opening && !opening.includes(' ') ? ROLE_THEN_FULL_NAME.exec(text.slice(sentenceAt - base + opened)) : null;
      const named =
        roleName &&
        !/(?:ed|s)$/.test(roleName[1]) &&
        !PAST_VERBS.has(roleName[1]) &&
        hasPersonName(roleName[2].split(/\s+/))
          ? roleName[2]
          : null;
      const who =
        personPossessor ??
        (participle ? people.topicIn(sentenceAt, at) : null) ??
        people.subjectIn(sentenceAt, at) ??
        named ??
        (opening && !SENTENCE_OPENERS.test(opening) && !/^(?:The|A|An)$/.test(opening) ? opening : null) ??
        // "For its part, the National Cybersecurity Agency (ANSSI) defines a cyberattack as “…”": a body's proper
        // name as the subject after a fronted phrase.
        BODY_BEFORE_VERB.exec(text.slice(sentenceAt - base, span.markStart))?.[1] ??
        null;
      if (who) found = { phrase: who.replace(/\.$/, ''), pronoun: false, relayedBy: null };
    } else if (
      !found &&
      (SPEECH_ACT_SUBJECT.test(text.slice(Math.max(prevInPara, sentenceStart), span.markStart)) ||
        (closesClause && SPEECH_ACT_SUBJECT.test(afterTitles)))
    ) {
      // "A common question often asked … is “Q”", "“Q,” one Twitter response began": the sentence is about the
      // words, not about who said them; they are no one's we can name (not the last speaker's).
    } else if (!found && HEARD_BEFORE.test(tail(before, 160))) {
      // "In one briefing note she was warned that “Q”": the subject heard the words, and nobody is named saying them.
    } else if (!found && closesClause && (unread = unreadSubjectAfter(afterTitles))) {
      // "“Q,” everyone says.", "“Q,” my father said.": an attribution of its own whose subject names no one we
      // read as a speaker; the words are that subject's, never the speaker of the quote before.
      const kin = WRITERS_KIN.exec(unread);
      if (GROUP_SUBJECT.test(unread)) [speaker, attribution] = [unread, 'anonymous'];
      else if (kin) [speaker, attribution] = [kin[0], 'named'];
    } else if (!found) {
      const sentenceAt = base + Math.max(prevInPara, sentenceStart);
      const previousAt = previous && followOnReaches(previous.para, para) ? previous.at : -1;
      const prevSentence = sentencesOf.spans.findLast((s) => s.end <= sentenceStart + 1 && s.start >= prevInPara);
      const introduced = /:\s*$/.test(before)
        ? (speakerLabel(before, people) ?? people.subjectIn(sentenceAt, at))
        : null;
      // "Sullivan forwards an article that included the line “...”": a quote inside a sentence with no cue of its
      // own belongs to that sentence's subject.
      const ownSubject =
        !introduced && sentenceStart >= prevInPara && (before.match(WORDS) ?? []).length >= 3
          ? (people.subjectIn(sentenceAt, at) ?? openingName(before, withoutOpener))
          : null;
      const reported = reportedBefore();
      const midSentence =
        sentenceStart >= prevInPara &&
        (before.match(WORDS) ?? []).length >= 3 &&
        !hasSpeechVerb(before) &&
        !SUBJECT_PRONOUN.test(before);
      // ("The conference has participants exploring “The Future of Human Kind.”": a term in the writer's own
      // sentence, not the words of the person the sentence before was about.)
      const lastSubject = prevSentence && !midSentence ? people.subjectIn(base + prevSentence.start, sentenceAt) : null;
      // (Not a signature line, "Shelim, East London": it signs the pull quote above it, not the quote below.)
      const nameAbove =
        para > 0 && endsWithName(para - 1) && !SIGNATURE_SHAPED.test(paragraphs[para - 1].text.trim())
          ? people.lastIn(paragraphs[para - 1].start, base)
          : null;
      // "The charter opens with a line: “...”": a sentence that introduces the quote without naming anyone.
      const introducedByNobody =
        /:\s*$/.test(before) &&
        !introduced &&
        before.split(rx(String.raw`[^\p{L}]+`, 'u')).some((w) => SOURCE_NOUNS.has(w.toLowerCase()));
      if (introduced ?? ownSubject ?? lastSubject) speaker = introduced ?? ownSubject ?? lastSubject;
      else if (introducedByNobody) speaker = null;
      // A quote set inside the writer's own sentence, with no speech verb or pronoun subject before it ("an argument
      // between “X” and “Y”"), is a position or a term, not the words of someone the paragraph above reported.
      else if (reported && reported.at > previousAt && !(reported.at < base && midSentence)) found = reported.cue;
      else if (previous && previousAt >= 0) {
        speaker = previous.speaker;
        attribution = previous.attribution;
        inherited = true;
      } else if (nameAbove) speaker = nameAbove;
      if (speaker && !inherited) attribution = 'named';
    }
    if (found) {
      // Failing all else, the quote before continues, unless its speaker is of the other gender than the pronoun.
      const continued =
        previous?.speaker &&
        (!found.pronoun ||
          (compatible(people.genderOf(previous.speaker), found.phrase.toLowerCase()) &&
            !isWriter(previous.speaker) &&
            // "she" is never a group or an acronym ("Massachusetts DFER") that spoke before.
            (!/^(?:he|she)$/i.test(found.phrase) || people.canBeOnePerson(previous.speaker)) &&
            // ("They chanted" is a group, never the one person quoted before.)
            !(/^they$/i.test(found.phrase) && people.canBeOnePerson(previous.speaker))))
          ? previous.speaker
          : null;
      // "“Q,” a Meta spokesperson told BuzzFeed. / “Q2,” they continued.": the singular "they" of the one person the
      // quote just before was given to by a description (round 35; a body named since would be "it").
      const singularThey =
        /^they$/i.test(found.phrase) &&
        previous?.speaker &&
        previous.para >= para - 1 &&
        isOnePersonDescribed(previous.speaker)
          ? previous.speaker
          : null;
      if (!generic) speaker ??= singularThey ?? resolveSpeaker(found, at, people) ?? continued;
      // (An epithet that found whom it stands for names them.)
      const epithetNamed = speaker !== null && speaker !== found.phrase && isEpithet(found.phrase);
      attribution =
        speaker === null
          ? 'none'
          : found.relayedBy || (!epithetNamed && anonymous(described ?? found.phrase))
            ? 'anonymous'
            : 'named';
      if (speaker && found.pronoun) people.learnGender(speaker, found.phrase.toLowerCase());
    }
    // "Although Stitcher says ...", "Initially revealed in 2021, ...", "Last year, ...": a word that opens a sentence
    // in capitals is no part of a name (round 33).
    if (speaker && !isForeignQuoteLanguage(lang)) {
      const named = withoutOpeningWord(speaker);
      if (named !== speaker) [speaker, attribution] = named ? [named, attribution] : [null, 'none'];
    }
    // "advierte el portavoz de la SEMG" after "Lorenzo Armenteros, portavoz de la Sociedad Española de Médicos
    // Generales y de Familia (SEMG)": a role at a body the article gave a named holder is that person (round 34).
    if (speaker && attribution !== 'none' && !found?.relayedBy) {
      const holder = namedHolderOf(speaker, () => textBefore(para, span.markStart));
      if (holder) [speaker, attribution] = [holder, 'named'];
    }
    // "“Q,” it said": words of a body, never of the person the paragraph named last.
    if (speaker && IT_SAYS.test(after) && people.isKnownPerson(speaker)) [speaker, attribution] = [null, 'none'];
    if (speaker && attribution === 'named') people.addSpeaker(at, speaker);
    const via = found?.relayedBy ?? (attribution === 'anonymous' && found ? (described ?? found.phrase) : null);
    const nameLike = modifiesNoun(quoted, before, after) || (!cue && isCommaTitle(quoted));
    // French and other typography spaces the words inside their marks (« Non »): the quote is the words alone.
    const words = quoted.trim();
    const lead = words ? quoted.length - quoted.trimStart().length : 0;
    const trail = words ? quoted.length - quoted.trimEnd().length : 0;
    quotes.push({
      start: base + span.start + lead,
      end: base + span.end - trail,
      text: words || quoted,
      speaker,
      attribution,
      via,
      nameLike,
    });
    runOf.push(pieceGroup.get(r) ?? r);
    previous = { para, at, speaker, attribution };
  }
  return withEchoedSpeakers(joinRuns(quotes, runOf), paragraphs);
}

/** A short quotation every word of which is capitalised: a show, a book, a nickname ("Hannity", "Meet the Press"). */
const CAPITALISED_WORDS = rx(String.raw`^\s*(?:\p{Lu}[\p{L}’'&.-]*[,.]?\s*){1,4}$`, 'u');

/**
 * Where the narration after candidate `c` ends for its cue: at the next quotation in its paragraph, unless that one,
 * and any after it in the same sentence, names a work.
 */
function pastTitles(
  candidates: readonly Candidate[],
  c: number,
  text: string,
  sentences: readonly { start: number; end: number }[],
): number {
  const { para, span } = candidates[c];
  const sentence = sentences.find((s) => s.start <= span.markEnd && span.markEnd <= s.end);
  let k = c + 1;
  for (; k < candidates.length && candidates[k].para === para; k++) {
    const next = candidates[k].span;
    if (!sentence || next.markStart >= sentence.end) break;
    const inner = text.slice(next.start, next.end);
    if (!CAPITALISED_WORDS.test(inner) && !isWorkTitle(inner, text.slice(sentence.start, next.markStart))) break;
  }
  return k < candidates.length && candidates[k].para === para ? candidates[k].span.markStart : text.length;
}

/** The fewest words a quotation given to no one needs before a named one saying them again is taken for its source. */
const ECHO_MIN_WORDS = 6;

/** What may stand around a quotation alone on its line: its marks, a stop. */
const AROUND_ALONE = /^[\s"“”„«»‘’'.,!?]*$/u;

/** Lower case, words only: how a quote's words are compared with another's. */
const wordsOf = (s: string) => s.toLowerCase().replace(NOT_WORDS, ' ').trim();
const NOT_WORDS = rx(String.raw`[^\p{L}\p{N}]+`, 'gu');

/**
 * A quotation standing alone as its paragraph or a line of one (a crosshead, a pull quote: "‘Pointless and counterproductive’") whose
 * words a quotation in the body says again is that speaker's ("... what he's just done is pointless and
 * counterproductive," said Charlie O'Connor), not the subject of the paragraph under it. So is a sentence or more
 * that a summary gives to nobody or to an unnamed "official" and the body to a named person ("“… the light at the
 * end of the tunnel," says official.", then "“Now very much these will be …,” he said", Coates).
 */
function withEchoedSpeakers(quotes: QuoteDraft[], paragraphs: readonly Paragraph[]): QuoteDraft[] {
  let p = 0;
  const standalone = quotes.map((q) => {
    while (p + 1 < paragraphs.length && paragraphs[p + 1].start <= q.start) p++;
    const para = paragraphs[p];
    if (!para) return false;
    // (A line of its own: a crosshead can share a block with the paragraph under it, a line break between. Only
    // marks and spaces may stand around the quote on its line.)
    const from = para.text.lastIndexOf('\n', q.start - para.start) + 1;
    const lineEnd = para.text.indexOf('\n', q.end - para.start);
    const to = lineEnd < 0 ? para.text.length : lineEnd;
    return (
      q.start - para.start - from <= 2 &&
      to - (q.end - para.start) <= 3 &&
      AROUND_ALONE.test(para.text.slice(from, q.start - para.start) + para.text.slice(q.end - para.start, to)) &&
      q.text.trim().includes(' ')
    );
  });
  const texts = quotes.map((q) => wordsOf(q.text));
  const unnamed = quotes.map(
    (q, i) => (q.attribution === 'anonymous' || !q.speaker) && texts[i].split(' ').length >= ECHO_MIN_WORDS,
  );
  if (!standalone.includes(true) && !unnamed.includes(true)) return quotes;
  const body = quotes.map((r, k) => (!standalone[k] && r.speaker ? texts[k] : ''));
  return quotes.map((q, i) => {
    if (!standalone[i] && !unnamed[i]) return q;
    const words = texts[i];
    const echo = standalone[i]
      ? quotes.find((_, k) => body[k].includes(words))
      : quotes.find((r, k) => k !== i && r.attribution === 'named' && body[k].includes(words));
    return echo ? { ...q, speaker: echo.speaker, attribution: echo.attribution, via: echo.via } : q;
  });
}

/**
 * The name a cue stands for: a pronoun or an epithet ("the affable proprietor", "the lanky, bespectacled
 * professor") resolves to the person named before; a surname to the full name; anything else is kept as written.
 * A bare role ("the judge", "the moderator", "the crowd") is kept too: it as often brings a new person into the
 * scene as it stands for one already there, while a noun given adjectives is the writer's variation on a name.
 */
function resolveSpeaker(cue: SpeakerCue, at: number, people: PeopleIndex): string | null {
  if (cue.pronoun) return people.resolve(at, cue.phrase.toLowerCase());
  // "Ellen Mwamulima, 34, ... the 34-year-old said": the person the article gave that age.
  const age = AGE_EPITHET.exec(cue.phrase);
  if (age) return people.personAged(Number(age[1])) ?? cue.phrase;
  const words = cue.phrase.split(/\s+/);
  const head = headNoun(words);
  if (
    /^[Tt]he\s+(?!\p{Lu})/u.test(cue.phrase) &&
    words.length >= 3 &&
    !hasPersonName(words) &&
    !isAnonymous(cue.phrase) &&
    !BODY_HEADS.has(head) &&
    // "the progressive heavyweights wrote": a plural stands for a group, never for the one person named before.
    !/(?:[^s]s|men|people|children)$/.test(head) &&
    // "the senior Cruz adviser", "the ad’s narrator": someone described by their tie to a person or a thing the
    // story names is someone else.
    !words.some((w) => (/^\p{Lu}/u.test(w) && people.fullName(w) !== null) || /[’']s$/.test(w))
  ) {
    return people.resolve(at, '') ?? cue.phrase;
  }
  // "Rep. Joey Salceda ... The lawmaker said": an office or a calling with "the" and nothing else is an epithet for
  // the person the story is about, named more than once (not a source's noun: "the official" may be anyone).
  // (Only for those read as unnamed: "the president", "the senator" are named by their office already.)
  if (isEpithet(cue.phrase) && isAnonymous(cue.phrase)) {
    const salient = people.resolve(at, '');
    if (salient && people.timesNamed(salient, at) >= 2) return salient;
  }
  // "Ellen Mwamulima, a widow, fled ... “Q,” the Malawian told Al Jazeera": a nationality taken as a noun names
  // someone already in the scene, as an epithet does (a newcomer would be "a Malawian").
  if (DEMONYM.test(cue.phrase) && !NON_PERSON_WORDS.has(words[1].toLowerCase()))
    return people.resolve(at, '') ?? cue.phrase;
  const known = people.fullName(cue.phrase);
  if (known) return known;
  // "Der Innenminister Herbert Reul": the full name the article knows, without the description before it (German
  // capitalises its nouns, so the run of capitals would take the office in too).
  const named = people.fullName(words[words.length - 1]);
  if (named?.includes(' ') && cue.phrase.endsWith(` ${named}`) && people.isKnownPerson(named)) return named;
  return hasPersonName(words) ? nameIn(cue.phrase) : cue.phrase;
}

/** "The lawmaker": "the" and an office or calling, that a story calls its subject by once it has named them. */
function isEpithet(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length === 2 && /^[Tt]he$/.test(words[0]) && EPITHET_NOUNS.has(words[1].toLowerCase());
}

/** Offices and callings a story calls its subject by once it has named them ("the lawmaker", "the candidate"). */
const EPITHET_NOUNS = new Set(
  `lawmaker senator congressman congresswoman legislator candidate nominee governor mayor president chairman
  chairwoman minister premier chancellor billionaire businessman businesswoman actor actress singer rapper comedian
  coach founder`.split(/\s+/),
);

/**
 * "the Malawian", "the Texan", "the Korean", "the Israeli": one capitalised noun of nationality. (Not "-ese" or "-ish":
 * "the Chinese", "the British" are a people or its government; nor "-ican": "the Vatican" is a body.)
 */
const DEMONYM = /^[Tt]he\s+\p{Lu}\p{Ll}+(?:ian|ean|[^ic]an|i)$/u;

/** The person a reported subject names: a known surname, or a capitalised last word that is no organisation's. */
function personIn(phrase: string, people: PeopleIndex): string | null {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const known = people.fullName(last);
  if (known) return known;
  if (!/^\p{Lu}\p{Ll}/u.test(last) || NON_PERSON_WORDS.has(last.toLowerCase()) || BODY_HEADS.has(last.toLowerCase()))
    return null;
  // ("the freedoms Hong Kong was promised": a place the article writes "in Hong Kong" is nobody.)
  const name = nameIn(phrase);
  return people.isPlaceName(name) ? null : name;
}

/** The name at the end of a phrase, without the titles before it ("Prime Minister Ada Okafor" -> "Ada Okafor"). */
function nameIn(phrase: string): string {
  const words = phrase.split(/\s+/);
  let k = words.length;
  // (A title before the name is not part of it: "CTO Yoav Landman".)
  const notName = (w: string) => NON_PERSON_WORDS.has(w) || TITLE_WORDS.has(w);
  const capital = (w: string | undefined) =>
    w !== undefined && /^\p{Lu}/u.test(w) && !notName(w.toLowerCase().replace(/\.$/, ''));
  while (k > 0 && capital(words[k - 1])) k--;
  // A particle after a given name is inside the name: "María del Mar Tomás", "Ursula von der Leyen".
  for (let p = 1; p <= 2 && k - p - 1 >= 0 && isNameParticle(words[k - p]); p++)
    if (isKnownFirstName(words[k - p - 1]) && capital(words[k - p - 1])) {
      k -= p + 1;
      while (k > 0 && capital(words[k - 1])) k--;
      break;
    }
  // (A capitalised word that is no title is part of the name: "the New Orleans Daily Picayune" keeps its "New".)
  if (words.length - k < 2) return phrase;
  const cutAtTitle =
    k === 0 ||
    !/^\p{Lu}/u.test(words[k - 1]) ||
    TITLE_WORDS.has(words[k - 1].toLowerCase().replace(/\.$/, '')) ||
    isKnownFirstName(words[k]);
  return cutAtTitle ? words.slice(k).join(' ') : phrase;
}

/** Whether a person of gender `g` can be "he" or "she". */
function compatible(g: 'm' | 'f' | null, pronoun: string): boolean {
  return !g || (pronoun === 'he' ? g === 'm' : pronoun === 'she' ? g === 'f' : true);
}

/** The head noun of a description: the word before its first preposition ("the founder of X" -> founder). */
function headNoun(words: string[]): string {
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|with|in|from)$/i.test(w));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]).toLowerCase().replace(/[’']s$/, '');
}

/** A multi-paragraph quote is often attributed only in its last piece: look ahead along the run. */
function runCueAhead(
  candidates: Candidate[],
  c: number,
  paragraphs: readonly Paragraph[],
  cueAround: CueFinder,
): SpeakerCue | null {
  const r = candidates[c].run;
  for (let k = c + 1; k < candidates.length && candidates[k].run === r; k++) {
    const { para, span } = candidates[k];
    const text = paragraphs[para].text;
    const nextInPara =
      k + 1 < candidates.length && candidates[k + 1].para === para ? candidates[k + 1].span.markStart : text.length;
    const cue = cueAround('', text.slice(span.markEnd, nextInPara));
    if (cue) return cue;
  }
  return null;
}

const NAME_AT_END = rx(String.raw`\p{Lu}[\p{L}’'-]+\s*$`, 'u');
const LETTER_OR_SPACE = rx(String.raw`[\p{L}’'\s-]`, 'u');

/**
 * Whether a text ends with a capitalised word (NAME_AT_END). A match can only lie after the last character that
 * is neither a letter nor a space, so only that tail is searched: an end-anchored pattern would otherwise be tried
 * at every position of a long paragraph. Surrogate halves are stepped over, so the tail starts on a whole character.
 */
function endsWithCapitalisedWord(text: string): boolean {
  let from = text.length;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if ((c < 0xd800 || c > 0xdfff) && !LETTER_OR_SPACE.test(text[from - 1])) break;
    from--;
  }
  return NAME_AT_END.test(from > 0 ? text.slice(from) : text);
}

/** Capitalised words that open a sentence without being its subject. */
const SENTENCE_OPENERS =
  /^(?:In|On|At|For|With|By|From|To|After|Before|During|When|While|As|If|But|And|So|Yet|Still|Now|Then|This|That|These|Those|It|There|What|Who|Why|How|Where|Which|Although|Though|Once|Unless|Whether|Since|Because|Even|Despite|However|Meanwhile|Instead)\b/;

/** "el portavoz de la SEMG", "the spokeswoman for the ministry": a definite role at a named body. */
const DEFINITE_ROLE_AT = rx(
  String.raw`^(?:el|la|le|der|die|the)\s+(\p{Ll}[\p{Ll}-]{3,})\s+(?:de|del|du|des|der|for|of|at)\s+(?:(?:la|el|le|l[’']|the|dem|den)\s*)?(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,5})$`,
  'iu',
);

/**
 * The person the article named as holding the role at that body before ("Lorenzo Armenteros, portavoz de la ...
 * (SEMG)"), for a definite role phrase; null when it named none. The body may be given by its acronym later.
 */
function namedHolderOf(phrase: string, textBefore: () => string): string | null {
  const m = DEFINITE_ROLE_AT.exec(phrase);
  if (!m) return null;
  const [, role, body] = m;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const holder = rx(
    String.raw`((?:\p{Lu}[\p{L}’'-]+\s+(?:(?:del|de|la|van|von|da|di|dos|das)\s+)*){1,2}\p{Lu}[\p{L}’'-]+),\s+(?:\p{Ll}+\s+){0,2}?${esc(role)}\b[^.;]{0,160}?\b${esc(body)}\b`,
    'gu',
  );
  const found = [...textBefore().matchAll(holder)];
  return found.length ? found[found.length - 1][1] : null;
}

/** Words that open a sentence in capitals and never a name: subordinators, time words, sentence adverbs. */
const OPENING_WORD =
  /^(?:Although|Though|While|Whereas|Because|Since|Unless|Until|Once|If|When|Whenever|After|Before|As|Last|Next|Initially|Originally|Ultimately|Eventually|Finally|Previously|Recently|Currently|Earlier|Later|Meanwhile|However|Still|Yet|Also|Then|Now|Today|Yesterday|Overall)\b\s*/;

/** The speaker without a sentence's opening word glued to it ("Although Stitcher" -> "Stitcher"); '' if that was all. */
function withoutOpeningWord(speaker: string): string {
  return speaker.replace(OPENING_WORD, '');
}

/** Where the sentence after the one holding offset `from` starts (the text's end when there is none). */
function nextSentenceAt(text: string, from: number): number {
  const m = /[.!?]["”’]?\s+/u.exec(text.slice(from));
  return m ? from + m.index + m[0].length : text.length;
}

/**
 * The name that opens a sentence as its subject ("Ada Okafor forwards ...", "Jo Lee, herself a supporter, ..."):
 * a person's name (two capitalised words, no organisation word) followed by a lower-case word or a comma.
 */
function openingName(sentence: string, withoutOpener: (run: string) => string | undefined): string | null {
  const m = rx(String.raw`^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?=\s+\p{Ll}|,)`, 'u').exec(sentence);
  if (!m || SENTENCE_OPENERS.test(m[1]) || /^(?:The|A|An)\b/.test(m[1])) return null;
  const run = withoutOpener(m[1]);
  // One capitalised word opening a sentence is as often an ordinary word ("Signs", "Eight") as a name: a single
  // name is only taken when the people index knows it (people.subjectIn), so here only a person's full name.
  return run && hasPersonName(run.split(/\s+/)) ? run : null;
}

/** The fewest characters of quotation before an attribution set inside the marks. */
const MIN_BEFORE_INCISE = 12;

/** A speaker cue set inside a quotation after a comma (« …, affirme X, … », « …, précise-t-il. »), or null. */
function inciseCue(quoted: string, cueAround: CueFinder): SpeakerCue | null {
  for (const m of quoted.matchAll(/,\s+/g)) {
    if (m.index < MIN_BEFORE_INCISE) continue;
    const cue = cueAround('', quoted.slice(m.index), false, true);
    if (cue) return cue;
  }
  return null;
}

/** Languages whose guillemets stand a space away from the words they quote (« Non »). */
const SPACED_GUILLEMETS_LANGS = new Set(['fr']);
/** Whether a span is held by "« " and " »", each spaced from the words: arrows, outside French. */
function arrowsAround(text: string, span: QuoteSpan): boolean {
  // (French typesetting puts a no-break space there, "«\u00a0Non\u00a0»", whatever the page says its language is.)
  const plainSpace = (c: string | undefined) => c !== undefined && /[ \t\n\r]/.test(c);
  return (
    text[span.markStart] === '«' &&
    plainSpace(text[span.markStart + 1]) &&
    text[span.markEnd - 1] === '»' &&
    plainSpace(text[span.markEnd - 2])
  );
}

/** The generic "one" with a modal: "One could argue", "one might say". */
const GENERIC_ONE = /\bone\s+(?:could|might|would|should|may|must|can)\b/i;

/** A name standing as a label before a colon, after a dash or at the start: "- Carl Bialik: “...”". */
const LABEL = rx(
  String.raw`(?:^|\s[-–—]\s|[.!?]\s+)((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+(?:\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)?)\s*:\s*$`,
  'u',
);

/** Two or three capitals opening a paragraph before its text: "OW I did it every time.", "AD (Laughs.) So...". */
const INITIALS_TURN = /^\s*(\p{Lu}{2,3})\s+(?=[\p{Lu}(“"‘])/u;
/** "JON SIEBEN: I think", "Ava DuVernay: We ...": a transcript's label, opening its paragraph. */
const NAME_TURN = rx(String.raw`^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)\s*:\s`, 'u');
/** "it" saying, right after a quote: `, it said.`, `, it added in a statement`. */
const IT_SAYS = rx(
  String.raw`^\s*,?\s*it\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|stated|states|wrote|writes|told)\b`,
  'u',
);
/** A sentence whose subject is something said: "A common question …", "The answer …", "One response …". */
const SPEECH_ACT_SUBJECT = rx(
  String.raw`^\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...SPEECH_ACT_NOUNS].join('|')})\b`,
  'u',
);

/** Subjects that stand for an unnamed group of people: "everyone", "most people", "a lot of voters", "nobody". */
const GROUP_SUBJECT = /^(?:everyone|everybody|nobody|no\s+one|most|many|all|none|a\s+lot|lots|plenty)\b/;
/** A relative of the writer's: "my father" (often said), "our daughter". */
const WRITERS_KIN = /^(?:my|our)\s+\p{Ll}+/u;
/** Someone the speaker names by kinship, saying what follows: "my father was saying,", "My mom would just say,". */
const KIN_SAYING =
  /\b(?:[Mm]y|[Oo]ur)\s+((?:grand)?(?:father|mother|dad|mom|mum|brother|sister|son|daughter|husband|wife|parents|grandma|grandpa|uncle|aunt))\s+(?:\p{Ll}+\s+){0,3}?(?:said|says|say|saying|told|tells|asked|asks|yelled|shouted)\b[^.!?]*$/u;

/**
 * Each paragraph's Q&A turn label, when initials open it and open another paragraph too: an interview gives each
 * speaker several turns, while "US officials said ..." opens a paragraph by chance.
 */
function turnInitials(paragraphs: readonly Paragraph[]): (string | null)[] {
  const labels = paragraphs.map((p) => INITIALS_TURN.exec(p.text)?.[1] ?? null);
  const count = new Map<string, number>();
  for (const label of labels) if (label) count.set(label, (count.get(label) ?? 0) + 1);
  return labels.map((label) => (label && (count.get(label) ?? 0) >= 2 ? label : null));
}

/** The person a transcript label opening a paragraph names ("JON SIEBEN: ..."), when it reads as a person's name. */
function namedTurn(text: string, people: PeopleIndex): string | null {
  const label = NAME_TURN.exec(text)?.[1];
  if (!label) return null;
  const words = label.split(/\s+/).map((w) => (/^\p{Lu}+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  const known = people.fullName(words[words.length - 1]);
  if (known) return known;
  // ("FED TALK:", "THE DAY IN ASIA:": a wire story's section labels are no one.)
  return words.length > 1 && isKnownFirstName(words[0]) && hasPersonName(words) ? words.join(' ') : null;
}

/** The person a label names ("Carl Bialik:", "Blumenthal and Cohen:"), when it reads as a person's name. */
function speakerLabel(before: string, people: PeopleIndex): string | null {
  const name = LABEL.exec(tail(before, 120))?.[1];
  if (!name) return null;
  const first = name.split(/\s+and\s+/)[0];
  // Initials do not break a name: "Jeffrey M. Jones".
  const words = first.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (hasPersonName(words)) return name;
  return words.length === 1 ? people.fullName(first) : null;
}

/** The last `max` characters of a text (the frames below only look at the words just before a quote). */
const tail = (text: string, max: number) => (text.length > max ? text.slice(-max) : text);

/**
 * Words before a quote that make it imagined, hypothetical or an example rather than something said: "as if to
 * say", "ask yourself", "you might say", "you might hear that as", "something like", "for example".
 */
const HYPOTHETICAL_FRAME =
  /\b(?:as\s+(?:if|though)\s+(?:to\s+)?(?:say|saying|ask|asking)|ask(?:ing)?\s+(?:yourself|yourselves|themselves|ourselves)|(?:you|we|one|someone|somebody)\s+(?:might|could|would|may|should)\s+(?:say|ask|think|wonder)|(?:you|we|one|they|people)\s+(?:might|could|would|may|will)\s+(?:hear|read|take|understand)\s+(?:that|it|this|them)\s+as|imagine\s+(?:saying|asking|hearing)|(?:without|instead\s+of)\s+(?:saying|asking)|something\s+(?:like|along\s+the\s+lines\s+of)|for\s+(?:example|instance)|e\.g\.|such\s+as)\s*[,:]?\s*$/i;

/**
 * Speech that is supposed, not reported: a condition ("If crypto people say “Q”"; not "If it fails, he says, “Q”",
 * whose condition ends at the comma), the generic second person in the present ("you walk into the SEC’s office and
 * say “Q”"), anyone at all in the present ("Someone comes in and says “Q”"), anyone of a kind ("When a normal person
 * reads it, he thinks “Q”"). No sentence end between.
 */
const SUPPOSED_SPEECH =
  /(?:(?:^|[.!?;]\s+|,\s+(?:and\s+|but\s+)?)(?:if|suppose|supposing|imagine)\s+(?:[^.!?;,"“”]|,\s+(?:and|or)\s)*?\b(?:say|says|ask|asks|tell|tells)|\byou\s+(?:[^\s.!?,;:"“”]+\s+){0,8}?(?:say|ask)|\b(?:someone|somebody|anyone|anybody)\s+(?:[^\s.!?,;:"“”]+\s+){0,6}?(?:says|asks)|\b(?:when|whenever|once|if)\s+(?:a|an|any|every|each)\s+[^.!?;,"“”]{1,50},\s+(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:thinks|says|asks|goes|wonders|think|say|ask|go|wonder))\s*[,:]?\s*$/i;

/** Words before a quote that make it a translation or a gloss of a word: "translated as", "meaning", "literally". */
const GLOSS_FRAME = rx(
  String.raw`\b(?:(?:translated|translates|translating|glossed|rendered)(?:\s+(?:in)?to\s+\p{L}+)?\s+as|(?:which\s+|that\s+)?means|meaning|literally|lit\.)\s*[,:]?\s*$`,
  'iu',
);

/**
 * Whether text[from, to) is empty or ends a sentence (spaces aside): what lies between two quotes when the second
 * opens a sentence. Read back from `to`, so a long stretch of narration costs nothing.
 */
function closesSentence(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && /\s/.test(text[k - 1])) k--;
  return k === from || '.!?'.includes(text[k - 1]);
}

/** A pronoun that can be a sentence's subject: "he", "she", "they" stand for someone reported before. */
const SUBJECT_PRONOUN = /\b(?:he|she|they)\b/i;

/**
 * A determiner before the opening mark, perhaps with a hyphenated modifier between ("a single-payer “Medicare for
 * all” plan"): the quoted words begin a noun phrase.
 */
const DETERMINER_BEFORE = rx(
  String.raw`(?:^|\s)(?:a|an|the|this|that|these|those|such|their|its|our|your|my|his|her)\s+(?:\p{L}+-[\p{L}-]+\s+)?$`,
  'iu',
);
/** A lower-case word right after the closing mark: the noun the quoted words modify ("task", "moments"). */
const NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
/** Words after a quoted phrase that continue the sentence rather than complete a noun phrase. */
const NOT_A_HEAD_NOUN = new Set(
  `that which who whom whose for of to and or but in on at by from with as is was are were be been has had have will
  would can could should may might than he she they it we i you said says told added then when while if because so`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether a short quoted phrase modifies the noun after it (a "direction discrimination" task, those "eureka!"
 * moments): a scare-quoted name for something, not a quotation.
 */
function modifiesNoun(quoted: string, before: string, after: string): boolean {
  // A clause's comma or full stop inside the marks ends the phrase there ("a “fundamental mistake,” made by").
  if (/[,.;:]["'”’»]*\s*$/u.test(quoted) || !DETERMINER_BEFORE.test(before)) return false;
  const next = NOUN_AFTER.exec(after)?.[1];
  if (!next || NOT_A_HEAD_NOUN.has(next)) return false;
  return (quoted.match(WORDS) ?? []).length <= 4;
}

/** Title-case words that keep the sentence's comma inside the marks: “Once Upon A Time in Hollywood,”. */
function isCommaTitle(quoted: string): boolean {
  if (!/,["'”’»]*\s*$/u.test(quoted)) return false;
  const words = quoted.match(WORDS) ?? [];
  return words.length >= 2 && capitalisation(words).titleCase;
}

/** Words right before a quote that say it was chanted, shouted, held up or tweeted: what follows is what was said. */
const CHANTED =
  /\b(?:chant(?:s|ed|ing)?(?:\s+of)?|calls\s+of|cries\s+of|shout(?:s|ed|ing)?(?:\s+of)?|yell(?:s|ed|ing)?|(?:sign|banner|placard)s?[\s,—–-]*(?:(?:that|which)\s+)?(?:read|reads|said|saying)|(?:sign|banner|placard|message|post|tweet|shirt|hat)s?\b[^.!?“”"]{0,30}\breading|tweet(?:s|ed|ing)?)\s*[,:—–-]?\s*$/i;

/** A photo caption ends with its credit: "(Evan Vucci/Associated Press)". */
const PHOTO_CREDIT = /\([^()]{2,60}\/[^()]{2,60}\)\s*$/;
/** A caption's closing copyright credit: "... le 1er décembre à Bordeaux. © E.B", "© Reuters". */
const COPYRIGHT_CREDIT = rx(String.raw`(?:^|[.!?)]\s*|\s)©\s*[\p{L}\p{N}][^©\n]{0,50}$`, 'u');
/** A photo caption: text that ends with its photo credit. */
const isCaption = (text: string) => PHOTO_CREDIT.test(text) || COPYRIGHT_CREDIT.test(text);
/**
 * A paragraph that is only a credit: "Craig McDean/GQ", "AP Photo/Evan Vucci", "Getty Images", "Illustration by Mark
 * Matcho", "Photographs by Jo Lee and Ann Ruiz".
 */
const CREDIT_LINE = rx(
  String.raw`^\s*(?:(?:(?:Photo(?:graph)?|Image|Credit)s?:\s*)?(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s*\/\s*(?:\p{Lu}[\p{L}.&’'-]*\s*){1,4}|Getty\s+Images|Reuters|AFP|AP)|(?:Illustration|Photo(?:graph)?|Image|Video|Graphic|Artwork|Drawing|Animation|Map)s?\s+(?:by|:)\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+|,\s*|\s+(?:and|&)\s+)?){1,6})\s*$`,
  'u',
);

/** After a sentence's opening word: a lower-case role noun and a full name ("(Film) critic Leonard Maltin"). */
const ROLE_THEN_FULL_NAME = rx(
  String.raw`^\s+(\p{Ll}[\p{L}-]+)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,2}\p{Lu}[\p{L}’'-]+)\b`,
  'u',
);
/** Verbs in the past tense that end in neither -ed nor -s: a name after them is their object. */
const PAST_VERBS: ReadonlySet<string> = new Set([...IRREGULAR_PAST, 'met', 'sent']);

/** A line of capitalised words with a comma and no verb: a name and a place signing a pull quote. */
const SIGNATURE_SHAPED = rx(
  String.raw`^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*,(?:\s+[\p{Lu}\d][\p{L}\d.’'-]*)+$`,
  'u',
);

/** Things, not people, that a sentence can introduce a quote from ("the charter opens with a line: “...”"). */
const SOURCE_NOUNS = new Set([
  ...BODY_HEADS,
  'charter',
  'line',
  'motto',
  'slogan',
  'sign',
  'banner',
  'caption',
  'headline',
]);

/** A link teaser inside the article ("READ MORE: ‘Still in shock’: ..."): a headline, not the article's quote. */
const TEASER = /^\s*(?:READ MORE|WATCH|RELATED|LISTEN|MORE|SEE ALSO|ALSO READ|READ ALSO|RECOMMENDED)\b[^:]{0,20}:/i;

/** A paragraph that is nothing but a short quoted phrase without a full stop: a subheading in quotation marks. */
function isSubheading(text: string, span: QuoteSpan, quoted: string): boolean {
  return (
    span.markStart === text.search(/\S/) &&
    text.slice(span.markEnd).trim() === '' &&
    !SPOKEN_END.test(quoted) &&
    countWords(quoted) <= SUBHEADING_WORDS
  );
}
/**
 * A subheading is short; a whole paragraph quoted with no stop inside its marks is a speech whose attribution
 * follows in a paragraph of its own (Hungarian news: "“…támogatása mellett”" then "– fogalmazott Orbán Viktor.").
 */
const SUBHEADING_WORDS = 15;

/**
 * A short phrase someone is said to have used: "called the allegation “false”", "expressed “deep concern”",
 * "describing the scene as “chaos all around”". (Not "so-called “rizzing”", the label of a term: round 35.)
 */
const CHARACTERISED = rx(
  String.raw`(?:(?<![\p{L}-])(?:called|calls|calling|expressed|voiced|dubbed|termed|branded|labell?ed)\s+(?:[\p{L}’'-]+\s+){0,2}|(?<![\p{L}-])(?:described|describing|describes|characteri[sz]ed|called|calling|defines|regards|views|sees)(?:\s+[\p{L}’'-]+){0,3}\s+as\s+(?:an?\s+)?|\b\p{L}+(?:ed|ing)(?:\s+[\p{L}’'-]+){0,3}\s+as\s+)$`,
  'u',
);
/**
 * A characterising verb in the passive, its subject what is named: "These devices are sometimes called “Part 15
 * devices”", "Although called a “cancer vaccine,” the treatment ...". Nobody is said to speak (unless by an agent,
 * which the speaker cues read).
 */
const NAMED_PASSIVELY = rx(
  String.raw`(?:(?:^|[—–(]|\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|although|though|while|when|if|once|unless|whether|often|also|sometimes|now|still|widely|commonly|popularly|informally|officially|colloquially|so)\b)\s*)(?:called|dubbed|termed|branded|labell?ed|nicknamed|known\s+as|described\s+as|characteri[sz]ed\s+as)\s+(?:[\p{L}’'-]+\s+){0,2}$`,
  'iu',
);
/** "by Democrats", "by the conservation department" right after the quote: a passive's agent. */
const AGENT_AFTER = rx(
  String.raw`^\s*by\s+((?:the\s+)?(?:(?:\p{L}\.)+|[\p{L}’'-]+)(?:\s+(?:(?:\p{L}\.)+|[\p{L}’'-]+)){0,4}?)\s*(?=[.,;:!?)—–]|\s+(?:in|on|at|for|during|after|since|with|and|who|which|because|as|over)\b|$)`,
  'u',
);

/** The agent after a passive's quote, when it names a person, an organisation or a group; else null. */
function passiveAgent(after: string): string | null {
  const agent = AGENT_AFTER.exec(after)?.[1];
  if (!agent) return null;
  const words = agent.split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  return /^\p{Lu}/u.test(agent) || BODY_HEADS.has(head) || isAnonymous(agent) ? agent : null;
}

/** After a comma, a proper name (with "of", "for", "and" inside, an acronym after) and a characterising verb. */
const BODY_BEFORE_VERB = rx(
  String.raw`,\s+((?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+(?:of|for|and|on)?\s*\p{Lu}[\p{L}’'&-]*){1,7})(?:\s+\(\p{Lu}{2,}\))?\s+(?:\p{Ll}+ly\s+)?(?:defines|describes|calls|regards|views|sees|called|described|defined)\b`,
  'u',
);

/** A participle that characterises: its subject is the sentence's, not the last name before it. */
const CHARACTERISING_PARTICIPLE =
  /\b(?:calling|describing|dubbing|labell?ing|branding|terming|characteri[sz]ing)\b[^.!?]*$/;
/** "Lee’s “production hell”": a phrase credited to a person by a possessive. */
const POSSESSIVE = rx(String.raw`(\p{Lu}[\p{L}-]+)[’']s\s+$`, 'u');

/** Punctuation just inside the closing mark that shows a spoken sentence or clause ("...," she said). */
const SPOKEN_END = /[.,!?…:;—–-]["'”’»」』]*\s*$/u;
/** A clause's or a sentence's end just inside the closing mark. */
const CLAUSE_END = /[.,!?]["'”’»]*\s*$/u;

/**
 * Whether quoted words are a quotation rather than a name, a title or a scare-quoted phrase ("Remain in Mexico",
 * Joaquín "El Chapo" Guzmán): a quotation ends in speech punctuation, is long enough to be said, or has a speaker.
 */
export function isQuotation(quoted: string, span: QuoteSpan, cue: SpeakerCue | null, characterised = false): boolean {
  const words = quoted.match(WORDS) ?? [];
  if (words.length === 0) return false;
  // A scare-quoted phrase keeps the sentence's comma or full stop inside: “people’s house,”. Three words that end a
  // clause inside the marks ("an absolute disgrace,") are as often a clause someone said: only two are a label.
  const scareMax = CLAUSE_END.test(quoted) ? 2 : 3;
  if (words.length <= scareMax && /^\p{Ll}/u.test(quoted.trimStart()) && !cue && !characterised) return false;
  if (SPOKEN_END.test(quoted) && (words.length >= 2 || /[!?]/.test(quoted)))
    return words.length >= 4 || !capitalisation(words).titleCase;
  if (!span.closed) return words.length >= 3;
  const { titleCase, capitalised } = capitalisation(words);
  // (Mostly capitals but a verb in lower case, with a speaker named, is a sentence: German capitalises its nouns and
  // a speech names people, „Das ist eine Sauerei, Herr Laschet“, meinte Kutschaty.)
  const sentence =
    cue !== null && words.length >= 5 && words.filter((w) => /^\p{Ll}/u.test(w) && !SMALL_WORDS.has(w)).length >= 2;
  if (titleCase || (words.length <= 6 && capitalised * 2 > words.length && !sentence)) return false;
  if (words.length >= 5) return true;
  return (cue !== null && words.length >= 2) || characterised;
}

/**
 * Whether quoted words read as a name or a title, not speech: every content word capitalised and no clause ending
 * inside the marks (“Youth of the Nation”, “Remain in Mexico”).
 */
export function isTitleLike(quoted: string): boolean {
  const words = quoted.match(WORDS) ?? [];
  return !SPOKEN_END.test(quoted) && capitalisation(words).titleCase;
}

/**
 * How many of a quote's content words (the first word, and any word a title would capitalise) are capitalised, and
 * whether all of them are (title case, "Remain in Mexico"). Only worked out when a decision needs it.
 */
function capitalisation(words: string[]): { capitalised: number; titleCase: boolean } {
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()) || w === words[0]);
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return { capitalised, titleCase: words.length > 1 && capitalised === content.length };
}

/** The paragraph with its quoted spans replaced by spaces (same length, so offsets hold). */
/**
 * The whole of a block-quote paragraph as a quote span, when it opens its block quote (the paragraph before is not
 * one) right under a paragraph ending in a colon; else null.
 */
function blockQuoteSpan(paragraphs: readonly Paragraph[], p: number): QuoteSpan | null {
  const { text, blockQuote } = paragraphs[p];
  if (!blockQuote) return null;
  const leadIn = p > 0 && !paragraphs[p - 1].blockQuote && /:\s*$/.test(paragraphs[p - 1].text);
  // An embedded post: its text, then its signature line in the same block quote.
  const signed = p + 1 < paragraphs.length && paragraphs[p + 1].blockQuote && postSignature(paragraphs[p + 1].text);
  if (!leadIn && !signed) return null;
  const start = text.search(/\S/);
  const end = text.trimEnd().length;
  return start >= 0 && end > start ? { markStart: start, markEnd: end, start, end, closed: true } : null;
}

function blankOut(text: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
    from = s.end;
  }
  return out + text.slice(from);
}
