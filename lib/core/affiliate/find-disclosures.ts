/**
 * Finds affiliate and sponsorship disclosures anywhere on the page (every block, not only the article: templates
 * put them above the post or in the footer) using the per-language phrase tables in `data/disclosure-phrases`,
 * and says whom each one is written for: this article (it speaks of "this post", or stands in or beside the
 * article) or the whole site (a header bar or footer template). Returns the disclosing sentences only: a block's
 * text is cut at sentence ends and where its elements' texts meet without a space ("786 purchased by readersG/O
 * Media may get a commission"), so a price line, podcast title or copyright notice beside them stays out.
 */
import { DISCLOSURE_PHRASES, type DisclosurePhrases, type DisclosureRule } from '../data/disclosure-phrases';
import type { Block, PageModel } from '../page/page-model';
import { splitSentences, trimSpan, type Span } from '../text/sentences';
import { countWords } from '../text/words';
import { attachedToArticle } from './article-container';

/**
 * Whom a disclosure is written for: `article` when its words speak of this content ("links in this post"),
 * `attached` when generic words stand in or beside the article (its own footer), `site` for a template around it.
 */
export type DisclosureScope = 'article' | 'attached' | 'site';

export interface Disclosure {
  /** Offsets into `page.text.text`. */
  start: number;
  end: number;
  rule: DisclosureRule;
  /** The phrase table that matched. */
  lang: string;
  block: Block;
  scope: DisclosureScope;
}

/** A block up to this many words is a note of its own (a disclosure bar); longer ones (legalese) are cut to sentences. */
const SHORT_BLOCK_WORDS = 60;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Tables in a script of their own, read only on pages in their language (orderedTables). */
const OWN_SCRIPT_LANGS = new Set(['ja']);
const LATIN_TABLES = DISCLOSURE_PHRASES.filter((t) => !OWN_SCRIPT_LANGS.has(t.lang));
const OWN_SCRIPT_TABLES = DISCLOSURE_PHRASES.filter((t) => OWN_SCRIPT_LANGS.has(t.lang));
/**
 * Every language's first test in one regex: most blocks of a page fail it at once. It only says whether a block
 * holds any trigger, so a plain word that contains another ("affiliate" holds "affili") is left out: one regex
 * with fewer alternatives scans a long page a third faster and accepts exactly the same blocks.
 */
const ANY_TRIGGER = new RegExp(
  withoutRedundantWords(LATIN_TABLES.flatMap((t) => topLevelAlternatives(t.trigger))),
  'i',
);
/** The same for a page in a language written in its own script (Japanese), whose tables are read on it alone. */
const TRIGGER_BY_LANG = new Map(
  OWN_SCRIPT_TABLES.map((t) => [
    t.lang,
    new RegExp(withoutRedundantWords([...LATIN_TABLES, t].flatMap((x) => topLevelAlternatives(x.trigger))), 'i'),
  ]),
);
/** Texts of two elements meeting without a space, a word's end against a capital: two lines on screen. */
const GLUED_BEFORE = /[\p{Ll}\p{N}]/u;
const GLUED_AFTER = /\p{Lu}/u;
const SENTENCE_END = /[.!?…]/;
const LOWER = /\p{Ll}/u;

export function findDisclosures(page: PageModel, lang: string): Disclosure[] {
  const tables = orderedTables(lang);
  const anyTrigger = TRIGGER_BY_LANG.get(lang) ?? ANY_TRIGGER;
  const found: Disclosure[] = [];
  for (const block of page.blocks) {
    if (!anyTrigger.test(block.text)) continue;
    const candidates = tables.filter((t) => t.trigger.test(block.text));
    if (!candidates.length) continue;
    const hits: { start: number; end: number; rule: DisclosureRule; lang: string }[] = [];
    for (const span of splitSentences(block.text)) {
      const start = block.start + span.start;
      const end = block.start + span.end;
      const sentence = page.text.text.slice(start, end);
      // Each table's phrases hold its trigger: a long paragraph that says "partner" once reads one sentence, not all.
      const ready = candidates.filter((t) => t.trigger.test(sentence));
      if (!ready.length) continue;
      const match = matchSentence(normalize(sentence), ready);
      if (match) hits.push({ ...narrowToMatch(page, start, end, match.re), rule: match.rule, lang: match.lang });
    }
    if (!hits.length || isHiddenOrQuoted(block.el)) continue;
    const scope = scopeOf(page, block);
    if (countWords(block.text) <= SHORT_BLOCK_WORDS) {
      // A short note reads as one statement: from the start of its line to its last disclosing sentence.
      for (const piece of piecesOf(page, block.start, block.end)) {
        const inPiece = hits.filter((h) => h.start >= piece.start && h.start < piece.end);
        if (!inPiece.length) continue;
        const span = trimSpan(page.text.text, piece.start, Math.max(...inPiece.map((h) => h.end)));
        found.push({ ...span, rule: inPiece[0].rule, lang: inPiece[0].lang, block, scope });
      }
      continue;
    }
    // Neighbouring disclosing sentences make one passage ("Some posts may contain affiliate links. We are a participant...").
    let run = { ...hits[0] };
    for (const hit of hits.slice(1)) {
      const between = page.text.text.slice(run.end, hit.start);
      if (!between.trim()) run.end = hit.end;
      else {
        found.push({ ...run, block, scope });
        run = { ...hit };
      }
    }
    found.push({ ...run, block, scope });
  }
  return found;
}

/** Written for this content when any of the block's sentences says so in any table's words; else by where it stands. */
function scopeOf(page: PageModel, block: Block): DisclosureScope {
  const text = normalize(block.text);
  if (DISCLOSURE_PHRASES.some((t) => t.thisContent.test(text))) return 'article';
  return attachedToArticle(page, block) ? 'attached' : 'site';
}

/**
 * The part of a matched sentence to flag: the pieces (cut where element texts meet at a visible break) that hold
 * the pattern's own words. The sentence as a whole decided the match (a price line beside "may get a commission"
 * supplies the purchase); the flag covers the statement.
 */
function narrowToMatch(page: PageModel, start: number, end: number, re: RegExp): Span {
  const pieces = piecesOf(page, start, end);
  if (pieces.length < 2) return trimSpan(page.text.text, start, end);
  for (let size = 1; size <= pieces.length; size++) {
    for (let i = 0; i + size <= pieces.length; i++) {
      const from = pieces[i].start;
      const to = pieces[i + size - 1].end;
      if (re.test(normalize(page.text.text.slice(from, to)))) return trimSpan(page.text.text, from, to);
    }
  }
  return trimSpan(page.text.text, start, end);
}

/** A sentence's text cut where one text node ends and the next begins a new line or sentence on screen. */
function piecesOf(page: PageModel, start: number, end: number): Span[] {
  const { text, starts } = page.text;
  const pieces: Span[] = [];
  let from = start;
  for (let i = firstNodeAfter(starts, start); i < starts.length && starts[i] < end; i++) {
    const at = starts[i];
    if (at > from && isVisibleBreak(text, from, at, end)) {
      if (text.slice(from, at).trim()) pieces.push({ start: from, end: at });
      from = at;
    }
  }
  if (text.slice(from, end).trim()) pieces.push({ start: from, end });
  return pieces;
}

/**
 * Whether two texts meeting at `at` read apart: glued words ("readersG/O", "FolgenLinks") are two lines the page
 * lays out, and a full stop before a new element ("sites. <b>©2019...</b>") ends a sentence whatever follows it.
 */
function isVisibleBreak(text: string, from: number, at: number, end: number): boolean {
  const before = text[at - 1];
  const after = text[at];
  if (GLUED_BEFORE.test(before) && GLUED_AFTER.test(after)) return true;
  let i = at - 1;
  while (i >= from && /\s/.test(text[i])) i--;
  let j = at;
  while (j < end && /\s/.test(text[j])) j++;
  return i >= from && j < end && SENTENCE_END.test(text[i]) && !LOWER.test(text[j]);
}

/** Index of the first text node starting after `offset` (binary search: `starts` is sorted). */
function firstNodeAfter(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first pattern a sentence matches, in the given tables. */
export function matchSentence(
  sentence: string,
  tables: readonly DisclosurePhrases[],
): { rule: DisclosureRule; lang: string; re: RegExp } | null {
  for (const table of tables) {
    for (const p of table.patterns) {
      if (p.re.test(sentence) && (!p.also || p.also.every((re) => re.test(sentence))))
        return { rule: p.rule, lang: table.lang, re: p.re };
    }
  }
  return null;
}

/** Whether `text` (any length) holds a disclosure in any language: for tests and quick checks. */
export function isDisclosureText(text: string, lang = ''): boolean {
  const tables = orderedTables(lang).filter((t) => t.trigger.test(text));
  return splitSentences(text).some((s) => matchSentence(normalize(text.slice(s.start, s.end)), tables) !== null);
}

/**
 * The page language's table first, then the other Latin-script ones, since pages mix languages (German posts with
 * "Affiliate-Links"). A table in a script of its own (Japanese) is read only on a page in its language: elsewhere it would
 * only slow the first test of every block.
 */
function orderedTables(lang: string): DisclosurePhrases[] {
  const own = DISCLOSURE_PHRASES.filter((t) => t.lang === lang);
  return [...own, ...LATIN_TABLES.filter((t) => t.lang !== lang)];
}

/** What the phrase tables are written against: lower case, straight apostrophes, single spaces. */
export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
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

/** A regex's top-level alternatives (`a|b(?:c|d)` gives `a`, `b(?:c|d)`), each a regex source of its own. */
export function topLevelAlternatives(re: RegExp): string[] {
  const src = re.source;
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(src.slice(from));
  return parts;
}

/**
 * One alternation equivalent to the given alternatives for `test` (does any match somewhere?): a plain word or
 * phrase that contains another plain one matches only where that one does too, so it is dropped.
 */
export function withoutRedundantWords(alternatives: readonly string[]): string {
  const unique = [...new Set(alternatives)];
  const plain = (a: string) => /^[\p{L} #]+$/u.test(a);
  const kept = unique.filter((a) => !(plain(a) && unique.some((b) => b !== a && plain(b) && a.includes(b))));
  return kept.map((a) => `(?:${a})`).join('|');
}
