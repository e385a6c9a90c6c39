/**
 * The notes the backup benchmarks carry (scripts/bench-backup.ts in Node, scripts/bench-backup-chromium.ts in
 * Chromium): note number i is the same on every run, and a digest of a library that is computed a note at a time,
 * so two libraries of a million notes are compared without either being held whole.
 */
import type { Note } from '../lib/model';

const WORDS = 'council budget river harbour élection vaccine glacier “tariff” museum railway drought archive'.split(
  ' ',
);
const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** Note number i on one of 10,000 pages; ids sort as the numbers do (`note-0000042`). */
export function benchNote(i: number): Note {
  const page = i % 10_000;
  const word = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
  const quote = `${word(1)} ${word(2)} "${word(3)}" ${i}`;
  const note: Note = {
    id: `note-${String(i).padStart(7, '0')}`,
    pageUrl: `https://site${page % 300}.example/story/${page}?utm_source=feed`,
    canonicalUrl: `https://site${page % 300}.example/story/${page}`,
    title: `Story ${page}: ${word(4)} and ${word(5)}`,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: `${word(6)} `, suffix: ` ${word(7)}` },
      { type: 'TextPositionSelector', start: i % 5000, end: (i % 5000) + quote.length },
    ],
    quote,
    body: i % 3 === 0 ? '' : `Check ${word(8)} against the \\ "${word(9)}" tables,\nline ${i}.`,
    tags: i % 4 === 0 ? [] : [word(10), `t${i % 17}`],
    colour: COLOURS[i % 5],
    created: Date.UTC(2025, 0, 1) + i * 1000,
    updated: Date.UTC(2025, 0, 1) + i * 1000 + (i % 7),
  };
  if (i % 11 === 0) note.flagId = `unsourced-quote:q:${i}`;
  return note;
}

/** JSON with every object's keys sorted: two equal notes give one text, whatever order their fields were set in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A 64-bit digest of a sequence of notes, fed one at a time (two 32-bit FNV-1a lanes with different seeds over each
 * note's canonical JSON, chained): equal sequences give equal digests, and a changed, missing or moved note changes
 * it with overwhelming likelihood.
 */
export class NotesDigest {
  private a = 0x811c9dc5;
  private b = 0x1b873593;
  count = 0;

  add(note: unknown): void {
    const text = canonicalJson(note);
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    // A separator between notes: ["ab","c"] and ["a","bc"] differ.
    this.a = Math.imul(a ^ 0x1e, 0x01000193);
    this.b = Math.imul(b ^ 0x1e, 0x5bd1e995);
    this.count++;
  }

  hex(): string {
    const lane = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
    return `${lane(this.a)}${lane(this.b)}`;
  }
}
