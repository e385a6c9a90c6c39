/**
 * The one source of Footnote's mark colours: the reader's five note colours, one colour and line per flag kind,
 * the severities, and the popup's tokens derived from them (tests/unit/ui/palette.test.ts checks lib/ui/tokens.css
 * against `popupTokens()`).
 *
 * How marks are drawn, on light and dark pages alike (the page's own background is unknown, so one translucent
 * style must read on both):
 * - a note is a FILL: its colour at NOTE_FILL_ALPHA over the page, with a solid underline;
 * - a flag is a LINE: its colour as a 2px underline in its kind's style (wavy, dashed...), over a faint fill
 *   (FLAG_FILL_ALPHA).
 * Notes are light, bright colours and flags mid-lightness inks, so every note colour differs from every flag colour
 * by CIEDE2000 ≥ 20 as solid colours (swatch against underline), and ≥ 10 as the fills a reader sees on white and
 * on a dark page; black text on a light page and light text on a dark page keep a contrast of 4.5:1 or more over
 * any of them; and every flag's underline keeps 3:1 against both white and near-black pages.
 */
import type { DetectorId, Severity } from '../core/report';
import type { HighlightColour } from '../model';
import { over, type Rgb } from './colour';

export type { Rgb } from './colour';

/** How opaque a note's fill is over the page. */
export const NOTE_FILL_ALPHA = 0.4;
/** How opaque a flag's fill is: faint, the underline carries the flag. */
export const FLAG_FILL_ALPHA = 0.15;

/** The reader's highlight colours: bright and light, so that they read as fills. */
export const NOTE_COLOURS: Record<HighlightColour, Rgb> = {
  yellow: [255, 214, 0],
  green: [80, 210, 100],
  blue: [100, 180, 255],
  pink: [255, 130, 200],
  purple: [190, 150, 255],
};

export type LineStyle = 'wavy' | 'dotted' | 'dashed' | 'double' | 'solid';

export interface FlagMark {
  /** The underline's colour (and, faint, the fill's): a mid-lightness ink that shows on white and on black. */
  rgb: Rgb;
  /** The cue that does not depend on colour. */
  line: LineStyle;
}

/**
 * One mark per flag kind; a kind without one gets FLAG_FALLBACK. Blues and violets are left to the notes (a dark
 * blue underline also vanishes on dark pages); two kinds with the same line differ plainly in colour.
 */
export const FLAG_MARKS: Record<DetectorId, FlagMark> = {
  'undisclosed-affiliate': { rgb: [215, 40, 40], line: 'wavy' },
  'affiliate-link': { rgb: [200, 100, 0], line: 'dashed' },
  'affiliate-disclosure': { rgb: [110, 120, 130], line: 'double' },
  'unsourced-quote': { rgb: [150, 80, 40], line: 'dotted' },
  'vague-attribution': { rgb: [0, 130, 140], line: 'dotted' },
  'missing-reference': { rgb: [130, 120, 0], line: 'dashed' },
};
export const FLAG_FALLBACK: FlagMark = { rgb: [110, 110, 110], line: 'dotted' };

export function flagMark(kind: string): FlagMark {
  return FLAG_MARKS[kind as DetectorId] ?? FLAG_FALLBACK;
}

/** `r, g, b` for CSS's rgb()/rgba(). */
export const rgbList = ([r, g, b]: Rgb) => `${r}, ${g}, ${b}`;

/** The backgrounds marks are checked on: a white page, a dark page (and the popup's own dark surface). */
export const LIGHT_PAGE: Rgb = [255, 255, 255];
export const DARK_PAGE: Rgb = [18, 18, 18];
/** The text marks are checked under: black on light pages, a light grey on dark pages. */
export const LIGHT_PAGE_TEXT: Rgb = [0, 0, 0];
export const DARK_PAGE_TEXT: Rgb = [230, 230, 230];

/** The popup's surfaces (lib/ui/tokens.css --bg), light and dark. */
export const POPUP_BG = { light: [255, 255, 255] as Rgb, dark: [28, 28, 30] as Rgb };

/** Severity colours in the popup (the flag cards' edge, the counts), light and dark. */
export const SEVERITY_COLOURS: Record<'light' | 'dark', Record<Severity, Rgb>> = {
  light: { info: [94, 100, 110], caution: [183, 121, 31], warning: [192, 57, 43] },
  dark: { info: [160, 166, 176], caution: [224, 176, 80], warning: [255, 123, 107] },
};

/** A note colour as the popup shows it (passage background, swatch): its fill over the popup's background. */
export function noteSwatch(colour: HighlightColour, scheme: 'light' | 'dark'): Rgb {
  return over(NOTE_COLOURS[colour], NOTE_FILL_ALPHA, POPUP_BG[scheme]).map(Math.round) as unknown as Rgb;
}

/** The CSS variables lib/ui/tokens.css must declare, per scheme: --hl-<colour> and --sev-<severity>. */
export function popupTokens(scheme: 'light' | 'dark'): Record<string, Rgb> {
  const tokens: Record<string, Rgb> = {};
  for (const colour of Object.keys(NOTE_COLOURS) as HighlightColour[]) {
    tokens[`--hl-${colour}`] = noteSwatch(colour, scheme);
  }
  for (const [severity, rgb] of Object.entries(SEVERITY_COLOURS[scheme])) tokens[`--sev-${severity}`] = rgb;
  return tokens;
}

/** The declarations of a flag's `::highlight()` rule in the page: the faint fill and its kind's underline. */
export function flagHighlightDeclarations(kind: string): string {
  const { rgb, line } = flagMark(kind);
  return (
    `background-color: rgba(${rgbList(rgb)}, ${FLAG_FILL_ALPHA}); ` +
    `text-decoration: underline ${line} rgb(${rgbList(rgb)}); text-decoration-thickness: 2px;`
  );
}

/** The declarations of a note's `::highlight()` rule in the page: the fill and a solid underline. */
export function noteHighlightDeclarations(colour: HighlightColour): string {
  const rgb = NOTE_COLOURS[colour];
  return `background-color: rgba(${rgbList(rgb)}, ${NOTE_FILL_ALPHA}); text-decoration: underline solid rgb(${rgbList(rgb)});`;
}
