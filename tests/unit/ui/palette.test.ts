import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { HIGHLIGHT_COLOURS } from '../../../lib/model';
import { contrast, deltaE2000, deltaE2000Lab, hex, over, type Rgb } from '../../../lib/ui/colour';
import {
  DARK_PAGE,
  DARK_PAGE_TEXT,
  FLAG_FILL_ALPHA,
  FLAG_MARKS,
  LIGHT_PAGE,
  LIGHT_PAGE_TEXT,
  NOTE_COLOURS,
  NOTE_FILL_ALPHA,
  SEVERITY_COLOURS,
  popupTokens,
} from '../../../lib/ui/palette';

/** The thresholds lib/ui/palette.ts promises. */
const MIN_SOLID_DISTANCE = 20;
const MIN_FILL_DISTANCE = 10;
const MIN_TEXT_CONTRAST = 4.5;
const MIN_LINE_CONTRAST = 3;

const notes = HIGHLIGHT_COLOURS.map((c) => [c, NOTE_COLOURS[c]] as const);
const flags = DETECTORS.map((d) => [d.id, FLAG_MARKS[d.id].rgb] as const);
const pages = [
  ['light', LIGHT_PAGE, LIGHT_PAGE_TEXT],
  ['dark', DARK_PAGE, DARK_PAGE_TEXT],
] as const;

describe('colour arithmetic', () => {
  it('computes CIEDE2000 as Sharma, Wu and Dalal tabulate it', () => {
    // Pairs 1, 7, 17 and 25 of their test data.
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000Lab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000([255, 0, 0], [255, 0, 0])).toBe(0);
  });

  it('computes WCAG contrast', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
});

describe('palette: notes and flags cannot be confused', () => {
  it('gives every detector in the registry its own mark', () => {
    for (const d of DETECTORS) expect(FLAG_MARKS[d.id], d.id).toBeDefined();
  });

  it.each(notes)('note %s is far from every flag colour, solid and as drawn on light and dark pages', (name, note) => {
    for (const [kind, flag] of flags) {
      const solid = deltaE2000(note, flag);
      expect(solid, `${name} vs ${kind} solid`).toBeGreaterThanOrEqual(MIN_SOLID_DISTANCE);
      for (const [scheme, page] of pages) {
        const fills = deltaE2000(over(note, NOTE_FILL_ALPHA, page), over(flag, FLAG_FILL_ALPHA, page));
        expect(fills, `${name} vs ${kind} on a ${scheme} page`).toBeGreaterThanOrEqual(MIN_FILL_DISTANCE);
      }
    }
  });

  const marks = [
    ...notes.map(([name, rgb]) => [`note ${name}`, rgb, NOTE_FILL_ALPHA] as const),
    ...flags.map(([kind, rgb]) => [`flag ${kind}`, rgb, FLAG_FILL_ALPHA] as const),
  ];
  it.each(marks)('%s keeps the text legible on light and dark pages', (name, rgb, alpha) => {
    for (const [scheme, page, text] of pages) {
      const ratio = contrast(text, over(rgb, alpha, page));
      expect(ratio, `${name} on a ${scheme} page`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it.each(flags)("flag %s's underline shows on white and on near-black pages", (_kind, rgb) => {
    expect(contrast(rgb, LIGHT_PAGE)).toBeGreaterThanOrEqual(MIN_LINE_CONTRAST);
    expect(contrast(rgb, DARK_PAGE)).toBeGreaterThanOrEqual(MIN_LINE_CONTRAST);
  });

  it('tells flags that share a line style apart by colour', () => {
    for (const [a, markA] of Object.entries(FLAG_MARKS)) {
      for (const [b, markB] of Object.entries(FLAG_MARKS)) {
        if (a >= b || markA.line !== markB.line) continue;
        expect(deltaE2000(markA.rgb, markB.rgb), `${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_SOLID_DISTANCE);
      }
    }
  });

  it('fails a palette where a note sits near a flag (the blue note and the old missing-reference blue)', () => {
    const oldBlueNote: Rgb = [70, 150, 255];
    const oldMissingReference: Rgb = [47, 128, 237];
    expect(deltaE2000(oldBlueNote, oldMissingReference)).toBeLessThan(MIN_SOLID_DISTANCE);
  });
});

/** The custom properties a block of CSS declares, as `#rrggbb`. */
function declared(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/(--(?:hl|sev)-[a-z]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

describe('popup tokens follow the palette', () => {
  const css = readFileSync(resolve(__dirname, '../../../lib/ui/tokens.css'), 'utf8');
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const schemes = [
    ['light', css.slice(0, darkAt)],
    ['dark', css.slice(darkAt)],
  ] as const;

  it.each(schemes)('tokens.css declares the %s --hl-* and --sev-* colours of palette.ts', (scheme, block) => {
    const expected = Object.fromEntries(Object.entries(popupTokens(scheme)).map(([k, v]) => [k, hex(v)]));
    expect(declared(block)).toEqual(expected);
  });

  it.each(schemes)(
    'in %s mode the popup text reads on every note swatch; severities stand apart from them',
    (scheme) => {
      const text: Rgb = scheme === 'light' ? [29, 28, 26] : [236, 236, 236]; // tokens.css --text
      const tokens = popupTokens(scheme);
      for (const colour of HIGHLIGHT_COLOURS) {
        const swatch = tokens[`--hl-${colour}`];
        expect(contrast(text, swatch), colour).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        for (const [severity, rgb] of Object.entries(SEVERITY_COLOURS[scheme])) {
          expect(deltaE2000(swatch, rgb), `${colour} vs ${severity}`).toBeGreaterThanOrEqual(MIN_SOLID_DISTANCE);
        }
      }
    },
  );
});
