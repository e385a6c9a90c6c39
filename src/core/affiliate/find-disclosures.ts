/**
 * Finds affiliate and sponsorship disclosures anywhere on the page (every block, not only the article: templates
 * put them above the post or in the footer) using the per-language phrase tables in `data/disclosure-phrases`.
 * Returns the passage to flag: a short block whole, or the disclosing sentences of a long one.
 */
import { DISCLOSURE_PHRASES, type DisclosurePhrases, type DisclosureRule } from '../data/disclosure-phrases';
import type { Block, PageModel } from '../page/page-model';
import { splitSentences, trimSpan } from '../text/sentences';

export interface Disclosure {
  /** Offsets into `page.text.text`. */
  start: number;
  end: number;
  rule: DisclosureRule;
  /** The phrase table that matched. */
  lang: string;
  block: Block;
}

/** A block up to this many words is flagged whole; longer ones (a footer of legalese) only by sentence. */
const WHOLE_BLOCK_MAX_WORDS = 60;
const WORD = /[\p{L}\p{N}]+/gu;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Every language's first test in one regex: most blocks of a page fail it at once. */
const ANY_TRIGGER = new RegExp(DISCLOSURE_PHRASES.map((t) => `(?:${t.trigger.source})`).join('|'), 'i');

export function findDisclosures(page: PageModel, lang: string): Disclosure[] {
  const tables = orderedTables(lang);
  const found: Disclosure[] = [];
  for (const block of page.blocks) {
    if (!ANY_TRIGGER.test(block.text)) continue;
    const candidates = tables.filter((t) => t.trigger.test(block.text));
    if (!candidates.length) continue;
    const hits: { start: number; end: number; rule: DisclosureRule; lang: string }[] = [];
    for (const span of splitSentences(block.text)) {
      const sentence = normalize(block.text.slice(span.start, span.end));
      const match = matchSentence(sentence, candidates);
      if (match) hits.push({ start: block.start + span.start, end: block.start + span.end, ...match });
    }
    if (!hits.length || isHiddenOrQuoted(block.el)) continue;
    if (countWords(block.text) <= WHOLE_BLOCK_MAX_WORDS) {
      const whole = trimSpan(page.text.text, block.start, block.end);
      found.push({ ...whole, rule: hits[0].rule, lang: hits[0].lang, block });
      continue;
    }
    // Neighbouring disclosing sentences make one passage ("Some posts may contain affiliate links. We are a participant...").
    let run = { ...hits[0] };
    for (const hit of hits.slice(1)) {
      const between = page.text.text.slice(run.end, hit.start);
      if (!between.trim()) run.end = hit.end;
      else {
        found.push({ ...run, block });
        run = { ...hit };
      }
    }
    found.push({ ...run, block });
  }
  return found;
}

/** The first pattern a sentence matches, in the given tables. */
export function matchSentence(
  sentence: string,
  tables: readonly DisclosurePhrases[],
): { rule: DisclosureRule; lang: string } | null {
  for (const table of tables) {
    for (const p of table.patterns) {
      if (p.re.test(sentence) && (!p.also || p.also.every((re) => re.test(sentence))))
        return { rule: p.rule, lang: table.lang };
    }
  }
  return null;
}

/** Whether `text` (any length) holds a disclosure in any language: for tests and quick checks. */
export function isDisclosureText(text: string, lang = ''): boolean {
  const tables = orderedTables(lang).filter((t) => t.trigger.test(text));
  return splitSentences(text).some((s) => matchSentence(normalize(text.slice(s.start, s.end)), tables) !== null);
}

/** The page's language first; every other table too, since pages mix languages (German posts with "Affiliate-Links"). */
function orderedTables(lang: string): DisclosurePhrases[] {
  const own = DISCLOSURE_PHRASES.filter((t) => t.lang === lang);
  return [...own, ...DISCLOSURE_PHRASES.filter((t) => t.lang !== lang)];
}

/** What the phrase tables are written against: lower case, straight apostrophes, single spaces. */
export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  return n;
}

/**
 * Hidden by the markup itself (hidden attribute, aria-hidden, inline display:none): a reader never sees it. Or
 * inside a blockquote: an embedded post or a quoted blogger speaks for itself, not for this page.
 */
function isHiddenOrQuoted(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.tagName.toUpperCase() === 'BLOCKQUOTE') return true;
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = cur.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return false;
}
