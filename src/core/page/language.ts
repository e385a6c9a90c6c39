/**
 * The language a page is written in: detected from the article's own text (franc-min, trigram profiles of the
 * most spoken languages) when there is enough of it and the detector is sure, else what the page declares
 * (`<html lang>`, Content-Language, og:locale). Declarations are often wrong (templates left at "en", CMSs that
 * stamp the site's default on every page), so the text wins when it can speak.
 */
import { franc } from 'franc-min';
import type { ArticleMeta } from '../report';
import type { Block } from './page-model';

export interface PageLanguage {
  /** ISO 639-1 primary subtag, '' when unknown. */
  language: string;
  from: 'text' | 'declared' | 'none';
  /** Short reason, for the profile's evidence. */
  evidence: string;
}

/** The detector reads at most this many characters: enough for a sure answer, cheap on long pages. */
const SAMPLE_CHARS = 2000;
/** Below this many letters trigram statistics are noise; the declaration is then a better guess. */
const MIN_LETTERS = 120;
/** Blocks shorter than this are mostly menus, buttons and captions, often in another language than the prose. */
const MIN_BLOCK_CHARS = 40;

/** The page's language from its article blocks (all blocks when the article is empty) and its declarations. */
export function pageLanguage(doc: Document, meta: ArticleMeta, blocks: readonly Block[]): PageLanguage {
  const declared = declaredLanguage(doc, meta);
  const detected = detectLanguage(languageSample(blocks));
  if (detected) return { language: detected, from: 'text', evidence: `text reads as ${detected}` };
  if (declared) return { language: declared, from: 'declared', evidence: `declared ${declared}` };
  return { language: '', from: 'none', evidence: 'language unknown' };
}

/** Prose to detect on: the longer blocks first in page order, up to SAMPLE_CHARS. */
export function languageSample(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const pass of [MIN_BLOCK_CHARS, 1]) {
    for (const b of blocks) {
      if (length >= SAMPLE_CHARS) break;
      const t = b.text.replace(/\s+/g, ' ').trim();
      if (t.length < pass || (pass === 1 && t.length >= MIN_BLOCK_CHARS)) continue;
      parts.push(t);
      length += t.length + 1;
    }
    // Short blocks only fill in when the long ones gave too little to go on.
    if (length >= MIN_LETTERS * 2) break;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

/** ISO 639-1 code the text is written in, or '' when it is too short or the detector is unsure. */
export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return '';
  const code = franc(text, { minLength: MIN_LETTERS });
  return ISO_639_3_TO_1[code] ?? '';
}

/** The declared language (primary subtag, lower case): Readability's reading of it, <html lang>, then meta tags. */
export function declaredLanguage(doc: Document, meta: ArticleMeta): string {
  const candidates = [
    meta.lang,
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    const primary = (c ?? '').trim().toLowerCase().split(/[-_,\s]/)[0] ?? '';
    if (/^[a-z]{2}$/.test(primary)) return primary;
  }
  return '';
}

/**
 * franc answers in ISO 639-3; the report speaks 639-1. franc-min knows the 82 languages with a million speakers
 * or more; those without a two-letter code (and macrolanguage members franc names separately) map below.
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
  dan: 'da',
  nob: 'nb',
  nno: 'nn',
  fin: 'fi',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  slv: 'sl',
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
  ory: 'or',
  npi: 'ne',
  sin: 'si',
  heb: 'he',
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
  xho: 'xh',
  som: 'so',
  mya: 'my',
  khm: 'km',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  lit: 'lt',
  lav: 'lv',
  ekk: 'et',
  kin: 'rw',
  nya: 'ny',
  sna: 'sn',
  mad: '',
  run: 'rn',
  plt: 'mg',
  skr: '',
  tuk: 'tk',
  uig: 'ug',
  ceb: '',
  ilo: '',
  hat: 'ht',
  aka: 'ak',
  sot: 'st',
  tso: 'ts',
  jav: 'jv',
  sun: 'su',
  ckb: 'ku',
  lin: 'ln',
  pbu: 'ps',
};
