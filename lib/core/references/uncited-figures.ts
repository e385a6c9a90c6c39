/**
 * Rule `uncited-figures` (English): a sentence where an organisation ("Customs and Border Protection", "the CDC")
 * or "a study / survey / report" reports figures ("40%", "record numbers", "doubled") while nothing points to it:
 * neither its paragraph nor the paragraph before links anywhere, no citation marker ([1], a superscript,
 * "(Smith 2020)"), and the source is not named next to a link elsewhere in the article or in its References.
 * Left alone: the writer's own figures ("our survey found"), and an organisation the story is about (named in the
 * title), whose numbers are news it gave, not a document to link.
 */
import type { Block } from '../page/page-model';
import { ruleReadsLanguage } from '../detectors/catalog';
import type { DetectorContext, FlagDraft } from '../detectors/detector';
import { ACTING_BODY_WORDS, ORGANISATION_ACRONYMS, ORGANISATION_WORDS } from '../data/organisations';
import { DOUBLE_QUOTE_MARK, pairQuoteMarks, type QuoteSpan } from '../quotes/quote-marks';
import { splitSentences } from '../text/sentences';
import { blocksWithLinks } from './blocks';
import { referenceSectionAt } from './reference-sections';
import { blockLinksOut, outsideSourceLinks } from './source-links';
import { hostOf, registrableDomain } from '../site/site';

/** Named organisations reporting figures, unlinked: judged right 41/44 (train), 8/9 (dev), 5/5 (web pages). */
const NAMED_SOURCE_CONFIDENCE = 0.9;
/**
 * "A study found...": judged right as often on political news (12 of 13), but every one of those was a poll;
 * elsewhere "a study" is more often the writer's paraphrase of a piece linked further away, so kept under 0.9.
 */
const UNNAMED_STUDY_CONFIDENCE = 0.85;

const MESSAGE = 'Figures attributed to an organisation or study, with no link or citation to check them against.';

/** Cheap test for a block: a reporting word and a figure-like word somewhere in it. */
const REPORTING_HINT =
  /\b(?:report|found|find|show|estimat|data|figures|statistic|according|survey|study|count|record)/i;
/**
 * Figures: amounts, percentages, large or decimal numbers, records. A bare number after "a"/"an" is a label, not a
 * count ("a 911 call", "an 83-year-old"); so is one that names a document or a form ("File No. 001-33500",
 * "Form 10-Q", "COVID-19").
 */
const FIGURE =
  /\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|trillion\b|thousand\b)|[$€£¥]\s?\d|\b\d{1,3}(?:,\d{3})+\b|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\b(?:[Aa]n?)\s|\b(?:No|Nos|Number|Form|File|Docket|Case|Rule|Section|Chapter|Article|Page|pp?)\.?\s|[A-Za-z]-|\b0\d*-)\b(?!(?:1[89]|20)\d\d\b)\d{2,}\b(?![:/]\d|st\b|nd\b|rd\b|th\b|-[A-Za-z])|\b\d+(?:\.\d+)\b|\brecord\s+(?:numbers?|highs?|lows?|levels?)\b|\b(?:historic|all-time|record)\s+(?:levels?|highs?|lows?)\b|\b(?:doubled|tripled|quadrupled|halved)\b|\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b|\b(?:one|two|three)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters|a\s+majority)\s+of\b/i;
/** Verbs that put figures on a source. "said" is left out: agencies "say" many things that are not data. */
const REPORTING_VERB =
  /\b(?:reports?|reported|reporting|found|finds|shows?|showed|shown|estimates?|estimated|counted|recorded|revealed|indicates?|indicated|concluded|tallied|documented|registered|logged|data\s+(?:shows?|showed|suggests?|indicates?)|figures\s+(?:show|showed|suggest))\b/i;
/** Capitalised names, joined by small words: "Centers for Disease Control and Prevention", "Bureau of Labor Statistics". */
const CAPITALISED_NAME =
  /[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’&.-]*(?:\s+(?:(?:of|and|for|on|the|&|de|du|des|der|für)\s+)*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’&.-]*)*/g;
/** "a study", "a new survey", "one recent report", "a 2023 analysis". */
const STUDY =
  /\b(?:a|an|one|new|recent|latest|another)\s+(?:(?:new|recent|latest|major|large|small|national|federal|global|international|annual|government|independent|peer-reviewed|(?:1[89]|20)\d\d|[a-z]+-(?:year|long|based|wide))\s+)*(?:study|survey|report|poll|analysis|review|paper|census|audit|investigation|trial|meta-analysis)\b/gi;
/**
 * "according to the Bureau", "data from the CDC": the organisation as source, before its name. "Data from" is a
 * source where it opens a clause or follows a preposition ("Data from the CDC show", "according to data from"), not as
 * a verb's object ("stealing data from the State Department").
 */
const SOURCE_BEFORE =
  /(?:\baccording\s+to|(?:^|[,;(—–]\s*|\b(?:and|but|to|on|in|by|with|using|per|from)\s+)(?:(?:new|recent|latest|preliminary|provisional|official|annual|updated|fresh)\s+){0,2}(?:data|figures|statistics|numbers|estimates)\s+from|\ba\s+(?:(?:new|recent|latest|preliminary|annual)\s+)?report\s+(?:by|from)|\ba\s+(?:(?:new|recent|latest|preliminary|annual)\s+)?(?:study|survey)\s+(?:by|from)|\b(?:been|were|was)\s+(?:\w+\s+){0,2}?(?:reported|recorded|confirmed|counted|tallied)\s+by)\s+(?:the\s+)?$/i;
/** What follows "a study" when a body named next did it: "by the", "released by", "from". */
const BY_NAMED_BODY =
  /^\s+(?:(?:released|published|issued|conducted|commissioned|carried\s+out|produced)\s+)?(?:by|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ]/;
/** The same, anywhere in a sentence: a cheap test before looking for names. */
const SOURCE_HINT =
  /\b(?:according\s+to|(?:data|figures|statistics|numbers|estimates)\s+from|(?:report|study|survey)\s+(?:by|from))\s/i;
const VERB_WINDOW = 48;
/**
 * A body after a preposition, as in an appositive that a comma then closes ("Colin Clarke, a political scientist at
 * the Rand Corporation, cited reports"): a person's affiliation, not the subject of the verb after the comma.
 */
const AFFILIATION = /\b(?:at|of|for|with|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** [1], [12, 13], (Smith 2020), (Smith and Jones, 2019). */
const CITATION_MARKER =
  /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+)?,?\s+(?:1[89]|20)\d\d[a-z]?\s*\)/;
/** Studies a newsroom does itself; "of" after one, with no "by" or "from", means nobody else is named. */
const OWN_WORK = /\b(?:analysis|review|investigation|audit)$/i;
const OWN_WORK_OF = /^\s+of\b(?![^,;]*\b(?:by|from)\b)/i;
/** The writer's own numbers: "our survey", "we found", "I counted". */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b/;
/** Words of a name that say what kind of body it is, or where: not enough to tell one body from another. */
const GENERIC_NAME_WORDS = new Set([
  'the', 'of', 'and', 'for', 'on', '&', 'state', 'states', 'national', 'federal', 'united', 'american', 'u.s.', 'us',
  'international', 'world', 'global', 'european', 'new', 'city', 'county', 'public', 'general', 'research',
]); // prettier-ignore

export interface ReportedFigures {
  /** The organisation's name or the "a study" phrase, as written. */
  source: string;
  named: boolean;
}

export function uncitedFigures(ctx: DetectorContext): FlagDraft[] {
  if (!ruleReadsLanguage('missing-reference', 'uncited-figures', ctx.lang)) return [];
  const linkedBlocks = blocksWithLinks(ctx);
  let citedText: string | null = null;
  const title = (ctx.meta.title ?? '').toLowerCase();
  const publisher = publisherKeys(ctx);
  const flags: FlagDraft[] = [];
  let previous: Block | null = null;
  for (const block of ctx.page.articleBlocks) {
    const before = previous;
    if (block.kind !== 'heading') previous = block;
    if (block.kind === 'heading' || block.kind === 'cell' || linkedBlocks.has(block.index)) continue;
    if (!REPORTING_HINT.test(block.text) || !FIGURE.test(block.text) || hasCitationMarker(block)) continue;
    // A link in the paragraph before usually is the source the next paragraph goes on to quote figures from.
    if (before && blockLinksOut(ctx, before.index)) continue;
    let quoted: QuoteSpan[] | null = null;
    for (const sentence of splitSentences(block.text)) {
      const text = block.text.slice(sentence.start, sentence.end);
      const found = reportingSource(text);
      if (!found) continue;
      // Figures a speaker cites inside a quotation ("“According to the Pew Hispanic Center, in 2050, …”") are the
      // speaker's citation: whether the speaker is sourced is the quotation's question, not a missing link here.
      const at = sentence.start + text.indexOf(found.source);
      quoted ??= DOUBLE_QUOTE_MARK.test(block.text) ? pairQuoteMarks(block.text).spans : [];
      if (quoted.some((q) => q.start <= at && at < q.end)) continue;
      if (found.named) {
        citedText ??= citedContextText(ctx);
        if (isSubject(found.source, title) || namedNearSource(found.source, citedText)) continue;
        if (publisher.length && publishersOwn(text, found.source, publisher)) continue;
      }
      flags.push({
        rule: 'uncited-figures',
        message: MESSAGE,
        confidence: found.named ? NAMED_SOURCE_CONFIDENCE : UNNAMED_STUDY_CONFIDENCE,
        start: block.start + sentence.start,
        end: block.start + sentence.end,
        data: { source: found.source },
      });
    }
  }
  return flags;
}

/** The text of the blocks that link out to a source and of References sections, lower-case. */
function citedContextText(ctx: DetectorContext): string {
  const { blocks } = ctx.page;
  const sourceBlocks = new Set(outsideSourceLinks(ctx).flatMap((l) => (l.block ? [l.block.index] : [])));
  const parts = [...sourceBlocks].map((i) => blocks[i].text);
  for (let i = 0; i < blocks.length; i++) {
    // Only blocks short enough to be a heading are worth the section lookup.
    if (blocks[i].text.length > 120) continue;
    const section = referenceSectionAt(blocks, i);
    if (section) for (const b of section.body()) parts.push(b.text);
  }
  return parts.join('\n').toLowerCase();
}

/** The words that tell this body from others: "Indiana" in "Indiana State Police", "CDC" in "the CDC". */
function distinctiveWords(source: string): string[] {
  return source
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[’']s$|[^\p{L}\p{N}.&-]/gu, '').replace(/\.$/, ''))
    .filter((w) => w && !GENERIC_NAME_WORDS.has(w) && !ORGANISATION_WORDS.has(w));
}

const containsWord = (text: string, word: string) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u').test(
    text,
  );

/** The story is about the body (its distinctive words are all in the title): its figures are its news. */
function isSubject(source: string, title: string): boolean {
  const words = distinctiveWords(source);
  return words.length > 0 && words.every((w) => containsWord(title, w));
}

/** Letters and digits only, lower-case: "USA TODAY" and "usatoday.com"'s "usatoday" compare equal. */
const squashed = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page's publisher, as a source would name it: its site name without "the" ("New York Times") and its domain's
 * first label ("usatoday"), squashed; names shorter than four letters would match inside other words.
 */
function publisherKeys(ctx: DetectorContext): string[] {
  const keys: string[] = [];
  const site = ctx.meta.siteName?.replace(/^the\s+/i, '');
  if (site) keys.push(squashed(site));
  // A page without a web address (a saved file) has no domain to compare.
  const host = hostOf(ctx.page.url);
  if (host) keys.push(squashed(registrableDomain(host).split('.')[0]));
  return keys.filter((k) => k.length >= 4);
}

/** The publisher's own poll or survey ("A USA TODAY/Suffolk University poll found"): the article is its report. */
function publishersOwn(sentence: string, source: string, publisher: readonly string[]): boolean {
  // The source with what qualifies it in its noun phrase: "A USA TODAY/" before "Suffolk University".
  const at = sentence.indexOf(source);
  const lead = at > 0 ? sentence.slice(Math.max(0, at - 40), at) : '';
  const name = squashed(lead.slice(Math.max(...[',', ';', ':', '('].map((c) => lead.lastIndexOf(c))) + 1) + source);
  return publisher.some((key) => name.includes(key));
}

/** The body is named in a paragraph that links out, or in a References section: the reader can find it there. */
function namedNearSource(source: string, citedText: string): boolean {
  const words = distinctiveWords(source);
  return words.length > 0 && words.every((w) => containsWord(citedText, w));
}

/** The organisation or study a sentence reports figures from, when it does; null otherwise. */
export function reportingSource(sentence: string): ReportedFigures | null {
  if (!FIGURE.test(sentence) || !(REPORTING_VERB.test(sentence) || SOURCE_HINT.test(sentence))) return null;
  for (const candidate of sourceCandidates(sentence)) {
    const end = candidate.index + candidate.text.length;
    const before = sentence.slice(Math.max(0, candidate.index - 40), candidate.index);
    const after = sentence.slice(end, end + VERB_WINDOW);
    const reportsAfter = REPORTING_VERB.exec(after);
    const figureAfter = FIGURE.test(sentence.slice(end));
    const isSource =
      (SOURCE_BEFORE.test(before) && FIGURE.test(sentence.replace(candidate.text, ' '))) ||
      (reportsAfter &&
        !/[.;:!?]/.test(after.slice(0, reportsAfter.index)) &&
        !(AFFILIATION.test(before) && /^\s*,/.test(after)) &&
        figureAfter);
    if (!isSource) continue;
    // "a study by the Pew Research Center found": the body named next is the source, and is tried next.
    if (!candidate.named && BY_NAMED_BODY.test(sentence.slice(end))) continue;
    // "our survey found", "a study we ran shows": the writer's own numbers, nothing to link to.
    if (!candidate.named && FIRST_PERSON.test(before.slice(-12) + after.slice(0, reportsAfter?.index ?? 16))) continue;
    // "a review of Fox transcripts", "an analysis of her calendar": with no one named, the newsroom's own work.
    if (!candidate.named && OWN_WORK.test(candidate.text) && OWN_WORK_OF.test(after)) continue;
    const source = candidate.text
      .replace(/\s+/g, ' ')
      .replace(/[.,;:]+$/, '')
      .replace(/[’']s$/, '');
    return { source, named: candidate.named };
  }
  return null;
}

/** Organisation names and "a study"-like phrases in a sentence, in order. */
function sourceCandidates(sentence: string): { text: string; index: number; named: boolean }[] {
  const found: { text: string; index: number; named: boolean }[] = [];
  CAPITALISED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_NAME.exec(sentence))) {
    const name = m[0].replace(/^(?:The|A|An)\s+/, '');
    const words = name.split(/\s+/);
    const lower = words.map((w) => w.toLowerCase().replace(/[.’']s?$/, ''));
    const isOrg =
      ((words.length >= 2 && lower.some((w) => ORGANISATION_WORDS.has(w))) ||
        words.some((w) => ORGANISATION_ACRONYMS.has(w.replace(/[’']s$|[.,]$/g, '')))) &&
      !lower.some((w) => ACTING_BODY_WORDS.has(w));
    if (isOrg) found.push({ text: m[0], index: m.index, named: true });
  }
  STUDY.lastIndex = 0;
  while ((m = STUDY.exec(sentence))) found.push({ text: m[0], index: m.index, named: false });
  return found.sort((a, b) => a.index - b.index);
}

/** [1], "(Smith 2020)" or a superscript footnote number in the block. */
function hasCitationMarker(block: Block): boolean {
  if (CITATION_MARKER.test(block.text)) return true;
  for (const sup of Array.from(block.el.querySelectorAll('sup'))) {
    if (/^\s*\[?[\d*†‡,–-]+\]?\s*$/.test(sup.textContent ?? '')) return true;
  }
  return false;
}
