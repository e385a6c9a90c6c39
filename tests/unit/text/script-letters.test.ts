import { describe, expect, it } from 'vitest';
import { SCRIPT_LETTER_RANGES } from '../../../lib/core/data/script-letters';
import { rangeTable, rx, SCRIPT_BLOCKS, spellOutLetters } from '../../../lib/core/text/script-letters';

const hex = (c: number) => c.toString(16).padStart(4, '0');

describe('letters spelled out for the quotation engine', () => {
  it('holds what \\p{L} and \\p{N} match in its scripts, in this Node’s Unicode (else: npx tsx scripts/script-letters.ts)', () => {
    expect(SCRIPT_LETTER_RANGES.L).toBe(rangeTable(/\p{L}+/gu));
    expect(SCRIPT_LETTER_RANGES.N).toBe(rangeTable(/\p{N}+/gu));
  });

  it('matches every code point of its scripts exactly as the property escape does', () => {
    const spelled = rx(String.raw`^[\p{L}\p{N}]$`, 'u');
    const property = /^[\p{L}\p{N}]$/u;
    for (const [first, last] of SCRIPT_BLOCKS)
      for (let c = first; c <= last; c++) {
        const ch = String.fromCharCode(c);
        if (spelled.test(ch) !== property.test(ch)) expect(`U+${hex(c)}`).toBe('matched alike');
      }
  });

  it('spells out a property standing alone or inside a class, negated or not, and leaves the rest as written', () => {
    const name = rx(String.raw`^\p{Lu}[\p{L}’'-]*$`, 'u');
    expect(['Łukasz', 'Ωmega', 'Zoë', 'O’Brien'].every((w) => name.test(w))).toBe(true);
    expect(name.test('łukasz')).toBe(false);
    expect(rx(String.raw`^\p{L}+$`, 'u').test('東京')).toBe(true);
    expect(rx(String.raw`^[^\p{L}\p{N}]+$`, 'u').test(' -–,')).toBe(true);
    expect(rx(String.raw`^[^\p{L}\p{N}]+$`, 'u').test('a')).toBe(false);
    expect(rx(String.raw`^\p{N}+$`, 'u').test('½٣')).toBe(true);
    // (An escaped backslash before "p{L}" is a backslash and the letters "p{L}", and other properties stay.)
    expect(spellOutLetters(String.raw`\\p{L}`)).toBe(String.raw`\\p{L}`);
    expect(spellOutLetters(String.raw`\p{Script=Han}\p{Lu}`)).toBe(String.raw`\p{Script=Han}\p{Lu}`);
    expect(rx(String.raw`\bsaid\b`, 'gi').flags).toBe('gi');
    // Letters of scripts left out are no letters here (a mathematical letter outside the basic plane).
    expect(rx(String.raw`^\p{L}$`, 'u').test('𝒜')).toBe(false);
  });
});
