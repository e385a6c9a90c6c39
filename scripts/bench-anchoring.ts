/**
 * Times re-anchoring 50 notes on the largest page of ../shared/corpus/readability-pages after edits (passages
 * pushed along by inserted sentences, words changed, passages deleted). Run: npx tsx scripts/bench-anchoring.ts
 * Prints the page, the outcome counts and milliseconds (target: under 100 ms for the 50 notes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { anchorNotes } from '../lib/core/anchoring/anchor';
import { describeTextRange, type Selector } from '../lib/core/anchoring/selectors';
import { TextIndex } from '../lib/core/text/text-index';

const PAGES = resolve(process.cwd(), '../shared/corpus/readability-pages');
const NOTES = 50;
const RUNS = 7;

function largestPage(): string {
  let best = '';
  let bestSize = -1;
  for (const name of readdirSync(PAGES)) {
    const file = resolve(PAGES, name, 'source.html');
    try {
      const size = statSync(file).size;
      if (size > bestSize) [best, bestSize] = [file, size];
    } catch {
      // A folder without source.html: not a page.
    }
  }
  return best;
}

/** Sentence-like passages (40-200 characters, starting at a word) spread evenly over the text. */
function pickPassages(text: string): { start: number; end: number }[] {
  const passages: { start: number; end: number }[] = [];
  const tries = NOTES * 20;
  const step = Math.floor(text.length / tries);
  for (let i = 0; passages.length < NOTES && i < tries; i++) {
    const from = i * step;
    const match = /[A-Z][a-z]+ [^.!?\n{};=<>]{38,198}[.!?]/.exec(text.slice(from, from + 2000));
    if (!match) continue;
    const start = from + match.index;
    if (passages.some((p) => start < p.end + 50)) continue;
    passages.push({ start, end: start + match[0].length });
  }
  // Every fifth note is a short quote (the passage's first two words), anchored by context.
  return passages.map((p, i) => {
    if (i % 5 !== 4) return p;
    const twoWords = /^\S+\s+\S+/.exec(text.slice(p.start, p.end));
    return twoWords ? { start: p.start, end: p.start + twoWords[0].length } : p;
  });
}

/** Edits applied from the end of the text backwards so earlier offsets stay valid while editing. */
function editPage(text: string, passages: { start: number; end: number }[]): string {
  let edited = text;
  const order = passages.map((p, i) => ({ ...p, i })).sort((a, b) => b.start - a.start);
  for (const p of order) {
    const passage = edited.slice(p.start, p.end);
    if (p.i % 10 === 3)
      edited = edited.slice(0, p.start) + edited.slice(p.end); // deleted
    else if (p.i % 5 === 1 && passage.length > 40) {
      const word = /\b[a-z]{4,}\b/.exec(passage.slice(10)); // one word changed inside
      const changed = word
        ? passage.slice(0, 10 + word.index) + 'altered' + passage.slice(10 + word.index + word[0].length)
        : passage;
      edited = edited.slice(0, p.start) + changed + edited.slice(p.end);
    }
    if (p.i % 4 === 0)
      edited = edited.slice(0, p.start) + 'A sentence was inserted before this passage. ' + edited.slice(p.start);
  }
  return edited;
}

const file = largestPage();
const html = readFileSync(file, 'utf8');
const doc = parseHTML(html).document as unknown as Document;
const text = new TextIndex(doc.body).text;
const passages = pickPassages(text);
const notes: Selector[][] = passages.map((p) => describeTextRange(text, p.start, p.end));
const edited = editPage(text, passages);

const times: number[] = [];
let results = anchorNotes(edited, notes);
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  results = anchorNotes(edited, notes);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const counts: Record<string, number> = {};
for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
const t0 = performance.now();
anchorNotes(text, notes);
const unchanged = performance.now() - t0;

console.log(`page: ${file} (${(html.length / 1e6).toFixed(2)} MB HTML, ${text.length} chars of text)`);
console.log(`notes: ${notes.length}; outcomes: ${JSON.stringify(counts)}`);
console.log(
  `edited page, ${RUNS} runs: min ${times[0].toFixed(1)} ms, median ${times[RUNS >> 1].toFixed(1)} ms, max ${times[RUNS - 1].toFixed(1)} ms`,
);
console.log(`unchanged page: ${unchanged.toFixed(2)} ms`);
// DEBUG_BENCH=1 lists every note's outcome (this page repeats many stories, so edited passages often exist
// unedited elsewhere and are found there as 'moved').
if (process.env.DEBUG_BENCH) {
  results.forEach((r, i) => {
    const q = edited.indexOf(text.slice(passages[i].start, passages[i].end));
    console.log(
      i,
      r.status,
      r.score,
      passages[i].end - passages[i].start,
      'exact-at',
      q,
      JSON.stringify(text.slice(passages[i].start, passages[i].end).slice(0, 60)),
    );
  });
}
