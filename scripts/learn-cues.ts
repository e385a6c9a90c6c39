/**
 * Learns the English reporting-verb cue list from PolNeAR's train split (../shared/corpus/polnear-train): for every
 * annotated attribution it finds the content and the speaker mention in the article text, and takes the word
 * next to the speaker on the content's side (at most 6 words between them, same paragraph): "X said", "said X",
 * "X quickly added" (manner adverbs are counted too). It counts those lower-case forms, and keeps a form seen so
 * next to direct quotations in MIN_DIRECT_ARTICLES articles, or next to any attribution in MIN_ARTICLES articles
 * when at least MIN_RATE of its occurrences in the whole split are such uses ("argued" stays,
 * "went" goes). Writes lib/core/data/learned-cues.ts, sorted, deterministic.
 * Run: npx tsx scripts/learn-cues.ts [corpus dir] (only the train split: dev is for checking).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CORPUS = resolve(process.cwd(), process.argv[2] ?? '../shared/corpus/polnear-train');
const OUT = resolve(process.cwd(), 'lib/core/data/learned-cues.ts');
/** A form next to the speaker of direct quotations (in quotation marks) in this many articles is kept... */
const MIN_DIRECT_ARTICLES = 3;
/** ...and so is one next to the speaker of any attribution in this many articles... */
const MIN_ARTICLES = 4;
/** ...when this share of all its occurrences are such cue uses (reported speech also has belief and action verbs). */
const MIN_RATE = 0.25;
/** A cue must follow "he", "she", "they" or "it" this often in the split: it is a finite verb. */
const MIN_AFTER_PRONOUN = 1;
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Words read between a speaker and the content. */
const GAP_WORDS = 6;

/** Function words and speaker words that sit between a speaker and a content without being the cue. */
const NOT_CUES = new Set(
  `a an the and or but of to in on at for with by from as that this these those it its he she they his her their
  him them we i you who which what when while after before than then so if not no also just only even still has
  had have was were is are be been being will would can could should may might must do does did there here about
  into over under up out again said's whose where how why all some many more most other such very`.split(/\s+/),
);
/** Verbs that report speech only as part of a phrase ("as X put it", "X went on"): alone they would misread. */
const PHRASAL_ONLY = new Set(['put', 'went', 'goes', 'laid']);

interface GoldQuote {
  text: string;
  speaker: string;
  direct: boolean;
}

/** The article text of a corpus page: the paragraphs' text, tags removed, entities decoded, one line each. */
function articleText(html: string): string {
  return html
    .replace(/<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
}
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

const WORD = /[\p{L}’'-]+/gu;
/** The words of a text, possessives cut; capitalised words keep their capital (a name is never a cue). */
const words = (s: string) => (s.match(WORD) ?? []).map((w) => w.replace(/[’']s$/, ''));

/** The nearest whole-word occurrence of `needle` to `near` in `text`, or -1. */
function nearest(text: string, needle: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const whole = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + needle.length] ?? ' ');
    if (whole && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) best = i;
  }
  return best;
}

/**
 * The cue word of one quotation: among the words between its speaker mention and its content (same paragraph), the
 * one next to the speaker ("X said", "said X"), past manner adverbs ("X quickly added"), which are returned too.
 */
function cueWords(text: string, q: GoldQuote): string[] {
  const content = q.text.trim().slice(0, 60);
  const speaker = q.speaker?.trim();
  if (!content || !speaker) return [];
  const at = text.indexOf(content);
  if (at < 0) return [];
  const end = at + q.text.trim().length;
  const s = nearest(text, speaker, at);
  if (s < 0) return [];
  const gap = s + speaker.length <= at ? text.slice(s + speaker.length, at) : s >= end ? text.slice(end, s) : null;
  if (gap === null || gap.includes('\n') || gap.length > 80) return [];
  const between = words(gap);
  if (between.length === 0 || between.length > GAP_WORDS) return [];
  // Next to the speaker: the first words after it, or the last before it ("“Q,” said X").
  const fromSpeaker = s < at ? between : between.reverse();
  const cue: string[] = [];
  for (const w of fromSpeaker) {
    if (NOT_CUES.has(w) || !/^\p{Ll}{3,}$/u.test(w)) break;
    cue.push(w);
    if (!w.endsWith('ly')) break;
  }
  return cue;
}

function main(): void {
  const gold = JSON.parse(readFileSync(resolve(CORPUS, 'gold.json'), 'utf8')) as Record<
    string,
    { quotes: GoldQuote[] }
  >;
  const ids = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .filter((id) => gold[id])
    .sort();
  const cueArticles = new Map<string, Set<string>>();
  const directArticles = new Map<string, Set<string>>();
  const cueUses = new Map<string, number>();
  const occurrences = new Map<string, number>();
  /** How often each form follows a subject pronoun ("he argued"): a verb's mark, which adverbs and nouns lack. */
  const afterPronoun = new Map<string, number>();
  for (const id of ids) {
    const text = articleText(readFileSync(resolve(CORPUS, `${id}.html`), 'utf8'));
    const all = words(text);
    all.forEach((w, k) => {
      occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
      if (k > 0 && PRONOUNS.has(all[k - 1].toLowerCase())) afterPronoun.set(w, (afterPronoun.get(w) ?? 0) + 1);
    });
    for (const q of gold[id].quotes) {
      for (const w of new Set(cueWords(text, q))) {
        cueUses.set(w, (cueUses.get(w) ?? 0) + 1);
        let seen = cueArticles.get(w);
        if (!seen) cueArticles.set(w, (seen = new Set()));
        seen.add(id);
        if (!q.direct) continue;
        let direct = directArticles.get(w);
        if (!direct) directArticles.set(w, (direct = new Set()));
        direct.add(id);
      }
    }
  }
  const kept = [...cueUses.keys()]
    .filter((w) => (afterPronoun.get(w) ?? 0) >= MIN_AFTER_PRONOUN && !w.endsWith('ing') && !PHRASAL_ONLY.has(w))
    .filter(
      (w) =>
        (directArticles.get(w)?.size ?? 0) >= MIN_DIRECT_ARTICLES ||
        ((cueArticles.get(w)?.size ?? 0) >= MIN_ARTICLES &&
          (cueUses.get(w) ?? 0) / (occurrences.get(w) ?? 1) >= MIN_RATE),
    )
    .sort();
  const lines = kept.map((w) => `  ['${w}', ${cueUses.get(w)}, ${occurrences.get(w)}],`);
  const out = `/**
 * Reporting cues learned from annotated news (generated by scripts/learn-cues.ts; do not edit by hand).
 * Source: PolNeAR train split (${ids.length} articles, 2015-16 US election coverage): for each annotated
 * attribution, the word next to the speaker mention on the content's side (at most ${GAP_WORDS} words between
 * them, same paragraph), and any manner adverb (-ly) before it.
 * Kept: forms next to the speaker of a direct quotation in at least ${MIN_DIRECT_ARTICLES} articles, or next to any
 * attribution's speaker in at least ${MIN_ARTICLES} articles and there in at least ${MIN_RATE * 100}% of their occurrences.
 * Only finite verbs: forms seen after "he/she/they/it" at least ${MIN_AFTER_PRONOUN} times, not ending in -ing, and not
 * verbs that report speech only within a phrase (${[...PHRASAL_ONLY].join(', ')}).
 * Each entry: [form, times seen as a cue, times seen in the split].
 */
export const LEARNED_CUES: readonly (readonly [string, number, number])[] = [
${lines.join('\n')}
];

/** The learned cue forms. */
export const LEARNED_CUE_FORMS: readonly string[] = LEARNED_CUES.map(([form]) => form);
`;
  writeFileSync(OUT, out);
  console.log(`${kept.length} cue forms written to ${OUT}`);
}

main();
