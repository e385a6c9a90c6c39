/**
 * Regular expressions for the quotation engine, with the Unicode property escapes `\p{L}` and `\p{N}` spelled out as
 * ranges over the scripts news is written in: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts,
 * Thai, Georgian, Hangul, kana and CJK (letters and digits of other scripts are not letters or digits here).
 *
 * Why: V8 compiles a property escape into code for its every range across all of Unicode, astral planes included,
 * and the attribution patterns hold hundreds of them. A freshly started engine (a background service worker woken
 * for one page, the usual case: the browser stops it after 30 s idle) spent more on compiling them than on reading
 * its first page. Spelled out, the detectors' first pass over the bench pages costs 0.17–0.18 of Readability's time
 * instead of 0.25, the same quotes and speakers come out on all 1,315 corpus pages, and once compiled they run as
 * fast. `\p{Lu}` and `\p{Ll}` stay: spelled out (400 ranges each, upper and lower case alternating) they compiled a
 * little faster still but ran slower on every page after.
 */
import { SCRIPT_LETTER_RANGES } from '../data/script-letters';

/** The blocks read, as [first, last] code points. */
export const SCRIPT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f], // Latin, IPA, Greek, Cyrillic
  [0x0530, 0x058f], // Armenian
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x0900, 0x0dff], // Indic scripts
  [0x0e00, 0x0e7f], // Thai
  [0x10a0, 0x11ff], // Georgian, Hangul Jamo
  [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7af], // Hangul syllables
  [0xff21, 0xff5a], // Fullwidth Latin
];

/** The runs of code points within `blocks` that a global regex of one property (`/\p{L}+/gu`) matches. */
function rangesIn(blocks: typeof SCRIPT_BLOCKS, property: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [first, last] of blocks) {
    const codes = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    let block = '';
    for (let k = 0; k < codes.length; k += 4096) block += String.fromCharCode(...codes.slice(k, k + 4096));
    for (const m of block.matchAll(property)) ranges.push([first + m.index, first + m.index + m[0].length - 1]);
  }
  return ranges;
}

/** The ranges of `rangesIn` as the data table writes them: `0041-005a 0061-007a 00aa ...` (hex). */
export function rangeTable(property: RegExp): string {
  const hex = (c: number) => c.toString(16).padStart(4, '0');
  return rangesIn(SCRIPT_BLOCKS, property)
    .map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`))
    .join(' ');
}

type Property = keyof typeof SCRIPT_LETTER_RANGES;
let bodies: Record<Property, string> | null = null;

/**
 * Each property's ranges as the body of a character class, in the characters themselves (`A-Za-zªµºÀ-Ö...`): escaped
 * as `\u0041`, the patterns grew past the size V8 still optimises (20 KB), and ran slower than with `\p{L}`.
 */
function classBodies(): Record<Property, string> {
  if (bodies) return bodies;
  const body = (table: string) =>
    table
      .split(' ')
      .map((range) => range.replace(/[0-9a-f]+/g, (h) => String.fromCharCode(parseInt(h, 16))))
      .join('');
  bodies = { L: body(SCRIPT_LETTER_RANGES.L), N: body(SCRIPT_LETTER_RANGES.N) };
  return bodies;
}

/** The pattern with each `\p{L}` and `\p{N}` spelled out, inside a class or standing alone. */
export function spellOutLetters(source: string): string {
  if (!source.includes('\\p{')) return source;
  const spelled = classBodies();
  let out = '';
  let inClass = false;
  let copied = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === BACKSLASH) {
      if (source.charCodeAt(i + 1) === P && source.charCodeAt(i + 2) === OPEN_BRACE) {
        const close = source.indexOf('}', i + 3);
        const property = source.slice(i + 3, close);
        if (property === 'L' || property === 'N') {
          const body = spelled[property];
          out += source.slice(copied, i) + (inClass ? body : `[${body}]`);
          copied = close + 1;
          i = close;
          continue;
        }
      }
      i++; // the escaped character
      continue;
    }
    // (Without the `v` flag a class does not nest: a "[" inside one is a character.)
    if (ch === OPEN_BRACKET) inClass = true;
    else if (ch === CLOSE_BRACKET) inClass = false;
  }
  return out + source.slice(copied);
}

const BACKSLASH = 0x5c;
const P = 0x70;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const made = new Map<string, RegExp>();

/** `text` as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `new RegExp(source, flags)`, its `\p{L}` and `\p{N}` spelled out (see above). A pattern written inside a function
 * is made once and shared by every call, as a regex literal's compiled code is; not a global or sticky one, whose
 * `lastIndex` is state of its own.
 */
export function rx(source: string, flags = ''): RegExp {
  if (flags.includes('g') || flags.includes('y')) return new RegExp(spellOutLetters(source), flags);
  const key = `${flags}/${source}`;
  let re = made.get(key);
  if (!re) made.set(key, (re = new RegExp(spellOutLetters(source), flags)));
  return re;
}
