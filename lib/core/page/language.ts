/**
 * The language a page is written in: detected from the article's own text (franc-min, trigram profiles of the
 * languages with a million speakers or more) when there is enough of it and the detector is sure, else what the
 * page declares (`<html lang>`, Content-Language, og:locale). Declarations are often wrong (templates left at
 * "en", CMSs that stamp the site's default on every page), so the text wins when it can speak.
 *
 * Known to get wrong: languages franc-min lacks (Danish, Finnish, Norwegian, Slovak, Catalan, Baltic) are read as
 * their nearest neighbour when the page declares nothing; pinyin or romanised lyrics are read as whatever Latin-
 * script language they resemble.
 */
import { francAll } from 'franc-min';
import type { Block } from './page-model';

export interface PageLanguage {
  /** ISO 639-1 primary subtag, '' when unknown. */
  language: string;
  from: 'text' | 'declared' | 'none';
  /** Short reason, for the profile's evidence. */
  evidence: string;
}

/**
 * The detector reads at most this many characters. franc's cost grows with the text (about 2 ms here for 400
 * characters under Node); 400 characters of prose already agree with a detector reading 2,000 on all but a
 * handful of the corpus pages, and those are the ambiguous ones the confidence check sends to the declaration.
 */
const SAMPLE_CHARS = 400;
/** Below this many letters trigram statistics are noise; the declaration is then a better guess. */
const MIN_LETTERS = 120;
/** Blocks shorter than this are mostly menus, buttons and captions, often in another language than the prose. */
const MIN_BLOCK_CHARS = 40;
/** When the runner-up language scores this close to the best, the text does not decide between them. */
const UNSURE_RATIO = 0.985;

/**
 * The page's language from its article blocks and its declarations (first usable one wins: pass Readability's
 * `lang`, `<html lang>`, Content-Language, og:locale in that order).
 */
export function pageLanguage(
  declarations: readonly (string | null | undefined)[],
  blocks: readonly Block[],
): PageLanguage {
  const declared = declaredLanguage(declarations);
  const detected = detectLanguage(languageSample(blocks));
  const known = declared !== '' && DETECTABLE.has(declared);
  if (detected.language && (!declared || (known && !detected.unsure) || detected.language === declared)) {
    const against = declared && declared !== detected.language ? ` (declared ${declared})` : '';
    return { language: detected.language, from: 'text', evidence: `text reads as ${detected.language}${against}` };
  }
  if (declared) {
    const why = !detected.language ? '' : !known ? ', which the detector does not know' : ', text unsure';
    return { language: declared, from: 'declared', evidence: `declared ${declared}${why}` };
  }
  return { language: '', from: 'none', evidence: 'language unknown' };
}

const PARENTHESES = /\([^()]*\)/g;
/** Addresses are Latin letters whatever the page's language ("原文：https://towardsdatascience.com/..."). */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+/g;

/** Prose to detect on: blocks of some length in page order (short ones only when there is little else). */
export function languageSample(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const minChars of [MIN_BLOCK_CHARS, 1]) {
    for (const b of blocks) {
      if (length >= SAMPLE_CHARS) break;
      // (Without what parentheses hold: an encyclopedia's lead gives the thing's names in other languages there.)
      const t = b.text.replace(PARENTHESES, ' ').replace(ADDRESSES, ' ').replace(/\s+/g, ' ').trim();
      if (t.length < minChars || (minChars === 1 && t.length >= MIN_BLOCK_CHARS)) continue;
      parts.push(t);
      length += t.length + 1;
    }
    if (length >= MIN_LETTERS * 2) break;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

/** ISO 639-1 code the text is written in ('' when too short), and whether a second language scored as well. */
export function detectLanguage(text: string): { language: string; unsure: boolean } {
  const cjk = cjkProse(text);
  // (A Han character says about what a Latin word does: a third as many letters are as much to go on.)
  const minLetters = cjk ? MIN_LETTERS / 3 : MIN_LETTERS;
  if (cjk) text = text.replace(LATIN_RUNS, ' ');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < minLetters) return { language: '', unsure: true };
  // (A language whose alphabet lacks letters the text uses is out, whatever its trigrams score.)
  const ranked = francAll(text, { minLength: minLetters }).filter(([code]) => !LETTERS_NOT_USED[code]?.test(text));
  const [best, second] = ranked;
  const language = best && best[0] !== 'und' ? (ISO_639_3_TO_1[best[0]] ?? '') : '';
  return { language, unsure: !!second && second[1] >= UNSURE_RATIO * best[1] };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN_RUNS = /[\p{Script=Latin}\d]+/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Whether the text is Chinese, Japanese or Korean prose, English captions, names and terms in it or not: CJK
 * characters hold at least a quarter of its letters. franc reads the script with the most characters, and a Han
 * character carries about as much as a Latin word, so a page that was mostly Chinese was read as English (round
 * 31); the Latin runs are left out of such a text.
 */
function cjkProse(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 && cjk * 3 >= (text.match(LATIN)?.length ?? 0);
}

/**
 * Letters a language's alphabet does not have, for the languages trigram profiles confuse: a Russian library index
 * read as Bulgarian had "ы" and "э" all through it, which Bulgarian does not write; Ukrainian writes "і", "ї", "є"
 * and "ґ" and Russian none of them.
 */
const LETTERS_NOT_USED: Record<string, RegExp> = {
  bul: /[ыэё]/i,
  rus: /[іїєґў]/i,
  ukr: /[ыэёў]/i,
  bel: /[иъщії]/i,
};

/** The first declaration that names a language, as a lower-case primary subtag ('pt-BR' and 'pt_BR' give 'pt'). */
export function declaredLanguage(declarations: readonly (string | null | undefined)[]): string {
  for (const c of declarations) {
    const primary =
      (c ?? '')
        .trim()
        .toLowerCase()
        .split(/[-_,;\s]/)[0] ?? '';
    if (/^[a-z]{2}$/.test(primary)) return primary;
  }
  return '';
}

/**
 * franc answers in ISO 639-3; the report speaks 639-1. These are the languages franc-min knows (those with a
 * million speakers or more, less some it leaves out); the ones without a two-letter code map to ''.
 */
const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  swe: 'sv',
  pol: 'pl',
  ces: 'cs',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  hun: 'hu',
  ron: 'ro',
  bul: 'bg',
  ell: 'el',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  tur: 'tr',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  ben: 'bn',
  mar: 'mr',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  npi: 'ne',
  sin: 'si',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  swh: 'sw',
  amh: 'am',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  mya: 'my',
  kin: 'rw',
  nya: 'ny',
  mad: '',
  run: 'rn',
  plt: 'mg',
  skr: '',
  ceb: '',
  ilo: '',
  jav: 'jv',
  sun: 'su',
  ckb: 'ku',
  lin: 'ln',
  pbu: 'ps',
};

/**
 * Languages the detector can name. A declaration of any other (Danish, Finnish, Norwegian, Slovak, Catalan...)
 * stands: the detector would only answer with its nearest neighbour.
 */
const DETECTABLE = new Set(Object.values(ISO_639_3_TO_1).filter(Boolean));
