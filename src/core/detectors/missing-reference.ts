/**
 * `missing-reference`: an article that points at sources it does not give. Three rules:
 * - `empty-heading` (caution): a References / Sources / Bibliography / Notes... heading (en, de, fr, es, it, pt)
 *   in or right after the article with nothing under it: no link and no citation-like item before the next
 *   heading of the same or a higher level, within the heading's own container.
 * - `uncited-figures` (caution): a sentence where an organisation ("Customs and Border Protection", "the CDC") or
 *   "a study / survey / report" reports figures ("40%", "record numbers", "doubled") while neither the sentence's
 *   paragraph links anywhere nor carries a citation marker ([1], a superscript, "(Smith 2020)").
 * - `no-sources` (info): a Readability article of 300 words or more with no link to another site in it (share
 *   buttons, shops, affiliate redirects, link shorteners, the author's bio links and same-site links do not
 *   count). One flag, on the article's first heading or first sentence.
 *
 * Known to get wrong: organisations are recognised by words like "Bureau" or "Institute" and a list of acronyms,
 * so a company or person reporting figures passes ("Acme reported a 40% rise") and an unlisted acronym too; a
 * link in the paragraph clears every claim in it, even a link to something else; the registrable domain is
 * guessed without the public suffix list (`example.co.uk` right, `user.github.io` counts as `github.io`);
 * `empty-heading` needs real heading elements (or a paragraph that is only bold text), so a references section
 * titled by a styled div is not seen; fiction and essays that cite nothing by nature still get `no-sources`.
 */
import type { Block, Link } from '../page/page-model';
import { splitSentences } from '../text/sentences';
import {
  NON_SOURCE_DOMAINS,
  NOTES_HEADINGS,
  ORGANISATION_ACRONYMS,
  ORGANISATION_WORDS,
  REFERENCE_HEADINGS,
  SECOND_LEVEL_LABELS,
} from '../data/organisations';
import type { Detector, DetectorContext, FlagDraft } from './detector';

const MIN_WORDS_FOR_NO_SOURCES = 300;
/** Headings this many blocks past the article's last block still count as "right after the article". */
const BLOCKS_AFTER_ARTICLE = 3;
/** A heading longer than this (trimmed; twice this with the markup's white space) is a title, not "References". */
const MAX_HEADING_CHARS = 60;
/** The level given to a bold paragraph standing as a heading: any real heading ends its section. */
const PSEUDO_HEADING_LEVEL = 7;

const MESSAGES = {
  emptyHeading: 'This heading promises references, but nothing is listed under it: no links and no citations.',
  uncitedFigures: 'Figures attributed to an organisation or study, with no link or citation to check them against.',
  noSources: 'This article links to no outside source at all: none of its claims can be checked from here.',
};

// --- empty-heading -------------------------------------------------------------------------------------------

/** "2. References:", "IV) Sources —", "References[edit]" become "references", "sources". */
const HEADING_NUMBER = /^\s*(?:(?:\d+(?:\.\d+)*|[IVXivx]+)[.)]\s*|\d+\s+)?/;
const HEADING_TAIL = /\s*\[\s*(?:edit|bearbeiten|modifier|editar|modifica)[^\]]*\]\s*$|[\s:.\-–—]+$/giu;
/** A paragraph or list item that reads like a citation: a year in brackets, a DOI, "pp. 4", a URL, a title in quotes. */
const CITATION_LIKE =
  /\((?:1[5-9]|20)\d\d[a-z]?\)|\bdoi\b|\bisbn\b|\bpp?\.\s*\d|\bvol\.\s*\d|\bretrieved\b|\babgerufen\b|\bconsulté\b|\bet al\b|https?:\/\/|\bwww\.|^\s*\[?\d{1,3}[\].)]\s|\bjournal\b|[“"«„][^”"»“]{8,}[”"»“]|\b(?:1[5-9]|20)\d\d\b[^.]*\.\s*\p{Lu}/iu;
/** Under a Notes heading, any text is a note except an invitation to comment or subscribe. */
const NOT_A_NOTE = /\b(?:comment|subscribe|newsletter|share|let us know|we'd love|we’d love|thoughts)\b/i;

// --- uncited-figures -----------------------------------------------------------------------------------------

/** Cheap test for a block: a reporting word and a figure-like word somewhere in it. */
const REPORTING_HINT =
  /\b(?:report|found|find|show|estimat|data|figures|statistic|according|survey|study|count|record)/i;
const FIGURE =
  /\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|trillion\b|thousand\b)|[$€£¥]\s?\d|\b\d{1,3}(?:,\d{3})+\b|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)\b(?!(?:1[89]|20)\d\d\b)\d{2,}\b(?![:/]\d|st\b|nd\b|rd\b|th\b)|\b\d+(?:\.\d+)\b|\brecord\s+(?:numbers?|highs?|lows?|levels?)\b|\b(?:historic|all-time|record)\s+(?:levels?|highs?|lows?)\b|\b(?:doubled|tripled|quadrupled|halved)\b|\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b|\b(?:one|two|three)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters|a\s+majority)\s+of\b/i;
/** Verbs that put figures on a source. "said" is left out: agencies "say" many things that are not data. */
const REPORTING_VERB =
  /\b(?:reports?|reported|reporting|found|finds|shows?|showed|shown|estimates?|estimated|counted|recorded|revealed|indicates?|indicated|concluded|tallied|documented|registered|logged|data\s+(?:shows?|showed|suggests?|indicates?)|figures\s+(?:show|showed|suggest))\b/i;
/** Capitalised names, joined by small words: "Centers for Disease Control and Prevention", "Bureau of Labor Statistics". */
const CAPITALISED_NAME =
  /[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’&.-]*(?:\s+(?:(?:of|and|for|on|the|&|de|du|des|der|für)\s+)*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’&.-]*)*/g;
/** "a study", "a new survey", "one recent report", "a 2023 analysis". */
const STUDY =
  /\b(?:a|an|one|new|recent|latest|another)\s+(?:(?:new|recent|latest|major|large|small|national|federal|global|international|annual|government|independent|peer-reviewed|(?:1[89]|20)\d\d|[a-z]+-(?:year|long|based|wide))\s+)*(?:study|survey|report|poll|analysis|review|paper|census|audit|investigation|trial|meta-analysis)\b/gi;
/** "according to the Bureau", "data from the CDC": the organisation as source, before its name. */
const SOURCE_BEFORE =
  /\b(?:according\s+to|data\s+from|figures\s+from|statistics\s+from|numbers\s+from|estimates\s+from|a\s+report\s+(?:by|from)|a\s+(?:study|survey)\s+(?:by|from))\s+(?:the\s+)?$/i;
/** The same, anywhere in a sentence: a cheap test before looking for names. */
const SOURCE_HINT =
  /\b(?:according\s+to|(?:data|figures|statistics|numbers|estimates)\s+from|(?:report|study|survey)\s+(?:by|from))\s/i;
const VERB_WINDOW = 48;
/** [1], [12, 13], (Smith 2020), (Smith and Jones, 2019). */
const CITATION_MARKER =
  /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\(\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+)?,?\s+(?:1[89]|20)\d\d[a-z]?\s*\)/;

// --- no-sources ----------------------------------------------------------------------------------------------

/** Ancestors whose links are about the author or the site, not sources: author boxes, share bars, comments. */
const NOT_SOURCE_CONTAINER =
  /(?:^|[\s_-])(?:author|bio|byline|share|sharing|sharedaddy|social|comments?|newsletter|subscribe)(?:$|[\s_-])/i;
/** Author boxes sit close to their links; a layout wrapper further up must not decide for the whole article. */
const MAX_ANCESTOR_STEPS = 6;

export const missingReference: Detector = {
  id: 'missing-reference',
  label: 'Missing references',
  description:
    'Empty References sections, figures from an agency or study with no link or citation, and articles citing no outside source.',
  severity: 'caution',
  hasSensitivity: false,
  detect(ctx) {
    const flags = [...emptyHeadings(ctx), ...uncitedFigures(ctx)];
    const none = noSources(ctx);
    if (none) flags.push(none);
    return flags;
  },
};

/** Rule `empty-heading`. */
export function emptyHeadings(ctx: DetectorContext): FlagDraft[] {
  const { blocks, articleBlocks } = ctx.page;
  if (articleBlocks.length === 0) return [];
  const lastArticle = articleBlocks[articleBlocks.length - 1].index;
  const linkedBlocks = blocksWithLinks(ctx);
  const flags: FlagDraft[] = [];
  for (let i = articleBlocks[0].index; i < blocks.length && i <= lastArticle + BLOCKS_AFTER_ARTICLE; i++) {
    const heading = blocks[i];
    // The name first (string work on short blocks), the heading test (DOM work) only for References and the like.
    if ((heading.kind !== 'heading' && heading.kind !== 'paragraph') || heading.text.length > MAX_HEADING_CHARS * 2)
      continue;
    const name = heading.text.replace(HEADING_NUMBER, '').replace(HEADING_TAIL, '').replace(/\s+/g, ' ').toLowerCase();
    if (!REFERENCE_HEADINGS.has(name)) continue;
    const level = headingLevel(heading);
    if (level === null) continue;
    const section = sectionContainer(heading, blocks[i + 1]);
    const isNotes = NOTES_HEADINGS.has(name);
    let filled = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j];
      if (section && !section.contains(b.el)) break;
      const l = headingLevel(b);
      if (l !== null && l <= level) break;
      if (b.kind === 'heading') continue;
      if (linkedBlocks.has(b.index) || b.kind === 'list-item' || CITATION_LIKE.test(b.text)) {
        filled = true;
        break;
      }
      if (isNotes && b.text.trim().length >= 20 && !NOT_A_NOTE.test(b.text)) {
        filled = true;
        break;
      }
    }
    if (filled) continue;
    const trimmed = trimmedSpan(heading);
    flags.push({
      rule: 'empty-heading',
      message: MESSAGES.emptyHeading,
      start: trimmed.start,
      end: trimmed.end,
      data: { heading: name },
    });
  }
  return flags;
}

/** A heading's level; a short paragraph that is all bold text counts as the lowest heading. */
function headingLevel(b: Block): number | null {
  if (b.kind === 'heading') return b.level ?? 6;
  if (b.kind !== 'paragraph' || b.text.trim().length > MAX_HEADING_CHARS) return null;
  const only = b.el.children.length === 1 ? b.el.children[0] : null;
  if (!only || !/^(?:STRONG|B)$/i.test(only.tagName) || (only.textContent ?? '').trim() !== b.text.trim()) return null;
  return PSEUDO_HEADING_LEVEL;
}

/**
 * The element whose descendants make up the heading's section: its parent, or higher while the parent holds
 * nothing after the heading (`<div class="mw-heading"><h2>References</h2></div>`). Null at the top.
 */
function sectionContainer(heading: Block, next: Block | undefined): Element | null {
  let container = heading.el.parentElement;
  // Asking whether the next block is inside costs a walk up from it; reading the container's text would cost
  // the whole container (a Wikipedia article) per heading.
  for (let steps = 0; container && next && steps < 3 && !container.contains(next.el); steps++)
    container = container.parentElement;
  return container && container.tagName.toUpperCase() !== 'BODY' ? container : null;
}

/** Rule `uncited-figures`. */
export function uncitedFigures(ctx: DetectorContext): FlagDraft[] {
  if (ctx.lang && ctx.lang !== 'en') return [];
  const linkedBlocks = blocksWithLinks(ctx);
  const flags: FlagDraft[] = [];
  for (const block of ctx.page.articleBlocks) {
    if (block.kind === 'heading' || block.kind === 'cell' || linkedBlocks.has(block.index)) continue;
    if (!REPORTING_HINT.test(block.text) || !FIGURE.test(block.text) || hasCitationMarker(block)) continue;
    for (const sentence of splitSentences(block.text)) {
      const text = block.text.slice(sentence.start, sentence.end);
      const source = reportingSource(text);
      if (!source) continue;
      flags.push({
        rule: 'uncited-figures',
        message: MESSAGES.uncitedFigures,
        start: block.start + sentence.start,
        end: block.start + sentence.end,
        data: { source },
      });
    }
  }
  return flags;
}

/** The organisation or study a sentence reports figures from, when it does; null otherwise. */
export function reportingSource(sentence: string): string | null {
  if (!FIGURE.test(sentence) || !(REPORTING_VERB.test(sentence) || SOURCE_HINT.test(sentence))) return null;
  for (const candidate of sourceCandidates(sentence)) {
    const before = sentence.slice(Math.max(0, candidate.index - 40), candidate.index);
    const after = sentence.slice(
      candidate.index + candidate.text.length,
      candidate.index + candidate.text.length + VERB_WINDOW,
    );
    const reportsAfter = REPORTING_VERB.exec(after);
    const figureAfter = FIGURE.test(sentence.slice(candidate.index + candidate.text.length));
    if (SOURCE_BEFORE.test(before) && FIGURE.test(sentence.replace(candidate.text, ' '))) return candidate.text;
    if (reportsAfter && !/[.;:!?]/.test(after.slice(0, reportsAfter.index)) && figureAfter) return candidate.text;
  }
  return null;
}

/** Organisation names and "a study"-like phrases in a sentence, in order. */
function* sourceCandidates(sentence: string): Generator<{ text: string; index: number }> {
  const found: { text: string; index: number }[] = [];
  CAPITALISED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED_NAME.exec(sentence))) {
    const name = m[0].replace(/^(?:The|A|An)\s+/, '');
    const words = name.split(/\s+/);
    const isOrg =
      (words.length >= 2 && words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/[.’']s?$/, '')))) ||
      words.some((w) => ORGANISATION_ACRONYMS.has(w.replace(/[’']s$|[.,]$/g, '')));
    if (isOrg) found.push({ text: m[0], index: m.index });
  }
  STUDY.lastIndex = 0;
  while ((m = STUDY.exec(sentence))) found.push({ text: m[0], index: m.index });
  found.sort((a, b) => a.index - b.index);
  yield* found;
}

/** [1], "(Smith 2020)" or a superscript footnote number in the block. */
function hasCitationMarker(block: Block): boolean {
  if (CITATION_MARKER.test(block.text)) return true;
  for (const sup of Array.from(block.el.querySelectorAll('sup'))) {
    if (/^\s*\[?[\d*†‡,–-]+\]?\s*$/.test(sup.textContent ?? '')) return true;
  }
  return false;
}

/** Rule `no-sources`. */
export function noSources(ctx: DetectorContext): FlagDraft | null {
  const { meta, page } = ctx;
  if (meta.extractedFrom !== 'readability' || meta.wordCount < MIN_WORDS_FOR_NO_SOURCES) return null;
  const home = registrableDomain(safeHost(page.url));
  if (page.articleLinks.some((l) => isOutsideSource(l, home))) return null;
  const anchor = page.articleBlocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (!anchor) return null;
  let { start, end } = trimmedSpan(anchor);
  if (anchor.kind === 'paragraph') {
    const first = splitSentences(anchor.text)[0];
    if (first) ({ start, end } = { start: anchor.start + first.start, end: anchor.start + first.end });
  }
  return { rule: 'no-sources', severity: 'info', message: MESSAGES.noSources, start, end };
}

function isOutsideSource(link: Link, home: string): boolean {
  const url = link.url;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  const domain = registrableDomain(url.hostname);
  if (!domain || domain === home || NON_SOURCE_DOMAINS.has(domain)) return false;
  return !inNonSourceContainer(link.el);
}

function inNonSourceContainer(el: Element): boolean {
  let cur: Element | null = el.parentElement;
  for (let steps = 0; cur && steps < MAX_ANCESTOR_STEPS; steps++) {
    const tag = cur.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return false;
    if (tag === 'FOOTER' || tag === 'ASIDE' || tag === 'NAV') return true;
    const label = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''} ${cur.getAttribute('rel') ?? ''}`;
    if (label.trim() && NOT_SOURCE_CONTAINER.test(label)) return true;
    cur = cur.parentElement;
  }
  return false;
}

/** "news.example.co.uk" -> "example.co.uk"; a guess without the public suffix list. */
export function registrableDomain(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '')
    .split('.')
    .filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const keep = labels[labels.length - 1].length === 2 && SECOND_LEVEL_LABELS.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Block indices holding a link's text, computed once per analysis. */
function blocksWithLinks(ctx: DetectorContext): Set<number> {
  return ctx.memo('missing-reference:blocks-with-links', () => {
    const set = new Set<number>();
    for (const l of ctx.page.links) if (l.block) set.add(l.block.index);
    return set;
  });
}

function trimmedSpan(b: Block): { start: number; end: number } {
  const lead = b.text.length - b.text.trimStart().length;
  const trail = b.text.length - b.text.trimEnd().length;
  return { start: b.start + lead, end: b.end - trail };
}
