/**
 * Scores `vague-attribution` against the CoNLL-2010 Wikipedia weasel sentences in ../shared/corpus/weasel-dev:
 * each flag (its sentence) is mapped to the gold sentence it overlaps, and a gold sentence counts as predicted when
 * at least one flag lands on it. Precision and recall are printed per split, side by side: train = even-numbered
 * pages (the only ones to tune on), held out = odd-numbered pages. Runs the analysis core directly (same code as
 * `npx footnote analyze`), so each flag's `confidence` is visible: "default" counts the flags a reader sees at
 * normal sensitivity (confidence >= 0.9), "high" every flag at high sensitivity.
 *
 *   npx tsx scripts/score-weasel.ts [DIR] [--show fp|fn|tp] [--split train|dev] [--ungated] [--learn]
 *
 * --show lists the sentences behind a count (train by default: read the held-out half only to report on it);
 * --ungated runs the detector on every page, whatever kind of page the profile takes it for; --learn lists, from
 * the train half only, the words that fill the group-noun and reporting-verb slots of the grammar in
 * lib/core/data/attribution-grammar.ts, with how often their sentences are labelled weasel (its open word classes
 * were checked against this list).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/core/analyze';
import { findSelector } from '../lib/core/anchoring/selectors';
import type { Detector, Sensitivity } from '../lib/core/detectors/detector';
import { vagueAttribution } from '../lib/core/detectors/vague-attribution';
import { GROUP_NOUNS, QUANTIFIERS, REPORTING_VERBS } from '../lib/core/data/attribution-grammar';

export interface GoldSentence {
  text: string;
  label: number;
}
export type WeaselGold = Record<string, GoldSentence[]>;

/** One flag on one gold sentence. */
export interface WeaselHit {
  page: string;
  sentence: number;
  rule: string;
  confidence: number;
  phrase: string;
}

export interface SplitScore {
  flagged: number;
  truePositives: number;
  positives: number;
  precision: number;
  recall: number;
}

/** The threshold the extension applies at normal sensitivity. */
export const DEFAULT_THRESHOLD = 0.9;

export const isTrainPage = (page: string) => Number(page.replace(/\D/g, '')) % 2 === 0;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** What the page profile made of the corpus pages: how many pages of each kind, and whether the detector ran. */
export interface WeaselRun {
  hits: WeaselHit[];
  kinds: Record<string, number>;
  skippedPages: number;
}

/**
 * Runs the detector at `sensitivity` over every page of the corpus and maps each flag to its gold sentence.
 * `ungated` runs it whatever kind of page the profile takes the page for (to score the detector on its own).
 */
export function weaselRun(dir: string, gold: WeaselGold, sensitivity: Sensitivity, ungated = false): WeaselRun {
  const detector: Detector = ungated ? { ...vagueAttribution, appliesTo: undefined } : vagueAttribution;
  const run: WeaselRun = { hits: [], kinds: {}, skippedPages: 0 };
  for (const page of Object.keys(gold).sort()) {
    const file = join(dir, `${page}.html`);
    const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    const report = analyzeDocument(doc, pathToFileURL(file).href, {
      detectors: [detector],
      sensitivity: { 'vague-attribution': sensitivity },
    });
    run.kinds[report.page.kind] = (run.kinds[report.page.kind] ?? 0) + 1;
    if (report.page.skipped.length) run.skippedPages++;
    const sentences = gold[page].map((g) => squash(g.text));
    for (const flag of report.flags) {
      const exact = squash(findSelector(flag.target.selector, 'TextQuoteSelector')?.exact ?? '');
      const sentence = sentences.findIndex((s) => s.includes(exact) || exact.includes(s));
      if (sentence < 0) continue;
      run.hits.push({
        page,
        sentence,
        rule: flag.rule,
        confidence: flag.confidence ?? 1,
        phrase: `${String(flag.data?.cue ?? '')}: ${String(flag.data?.phrase ?? '')}`,
      });
    }
  }
  return run;
}

/** Sentence-level precision and recall over the pages `inSplit` keeps, counting hits at `threshold` or above. */
export function scoreSplit(
  gold: WeaselGold,
  hits: WeaselHit[],
  inSplit: (page: string) => boolean,
  threshold: number,
): SplitScore {
  const predicted = new Set(
    hits.filter((h) => inSplit(h.page) && h.confidence >= threshold).map((h) => `${h.page}#${h.sentence}`),
  );
  let positives = 0;
  let truePositives = 0;
  for (const page of Object.keys(gold)) {
    if (!inSplit(page)) continue;
    gold[page].forEach((g, i) => {
      if (g.label) positives++;
      if (g.label && predicted.has(`${page}#${i}`)) truePositives++;
    });
  }
  return {
    flagged: predicted.size,
    truePositives,
    positives,
    precision: truePositives / Math.max(1, predicted.size),
    recall: truePositives / Math.max(1, positives),
  };
}

/**
 * The words in the grammar's open slots on the train half: plural nouns after a quantifier and before a known
 * reporting verb ("some [scholars] contend"), and verbs after a quantifier + known group noun ("many critics
 * [praised]"), each with [weasel sentences, all sentences].
 */
export function learnCues(gold: WeaselGold): { groups: [string, number, number][]; verbs: [string, number, number][] } {
  const quant = `(?:${QUANTIFIERS.join('|')})`;
  const groupSlot = new RegExp(`\\b${quant}\\s+(?:[a-z-]+\\s+)?([a-z]+s)\\s+(?:${REPORTING_VERBS.join('|')})\\b`, 'gi');
  const verbSlot = new RegExp(
    `\\b${quant}\\s+(?:[a-z-]+\\s+)?(?:${GROUP_NOUNS.join('|')})\\s+(?:have\\s+|had\\s+)?([a-z]+)`,
    'gi',
  );
  const count = (re: RegExp) => {
    const seen = new Map<string, [number, number]>();
    for (const page of Object.keys(gold).filter(isTrainPage))
      for (const g of gold[page]) {
        for (const m of g.text.matchAll(re)) {
          const word = m[1].toLowerCase();
          const [w, n] = seen.get(word) ?? [0, 0];
          seen.set(word, [w + g.label, n + 1]);
        }
      }
    return [...seen].map(([word, [w, n]]) => [word, w, n] as [string, number, number]).sort((a, b) => b[2] - a[2]);
  };
  return { groups: count(groupSlot), verbs: count(verbSlot) };
}

function main(argv: string[]): void {
  const args = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = resolve(args[0] ?? '../shared/corpus/weasel-dev');
  const gold: WeaselGold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  if (argv.includes('--learn')) {
    const { groups, verbs } = learnCues(gold);
    console.log('group-noun slot (train): word weasel/all');
    for (const [w, k, n] of groups) console.log(`  ${w.padEnd(20)} ${k}/${n}`);
    console.log('reporting-verb slot (train): word weasel/all');
    for (const [w, k, n] of verbs) console.log(`  ${w.padEnd(20)} ${k}/${n}`);
    return;
  }
  const ungated = argv.includes('--ungated');
  const normalRun = weaselRun(dir, gold, 'normal', ungated);
  const normal = normalRun.hits;
  const high = weaselRun(dir, gold, 'high', ungated).hits;
  const fmt = (s: SplitScore) =>
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (${s.truePositives}/${s.flagged} flagged, ${s.positives} weasel)`;
  const isDev = (p: string) => !isTrainPage(p);
  console.log(`weasel sentences, ${dir}${ungated ? ' (every page, whatever its kind)' : ''}`);
  console.log(
    `pages taken for: ${JSON.stringify(normalRun.kinds)}; vague-attribution skipped on ${normalRun.skippedPages}`,
  );
  console.log(`default (normal, conf >= ${DEFAULT_THRESHOLD})`);
  console.log(`  train  ${fmt(scoreSplit(gold, normal, isTrainPage, DEFAULT_THRESHOLD))}`);
  console.log(`  dev    ${fmt(scoreSplit(gold, normal, isDev, DEFAULT_THRESHOLD))}`);
  console.log('high (every flag)');
  console.log(`  train  ${fmt(scoreSplit(gold, high, isTrainPage, 0))}`);
  console.log(`  dev    ${fmt(scoreSplit(gold, high, isDev, 0))}`);

  // Per rule, cue and confidence on train: where the share of right flags comes from (a cue is kept at the default
  // only where its share is 0.9 or more).
  const byKind = new Map<string, [number, number]>();
  for (const h of high.filter((x) => isTrainPage(x.page))) {
    const key = `${h.rule}/${h.phrase.split(':')[0]} @${h.confidence}`;
    const [n, ok] = byKind.get(key) ?? [0, 0];
    byKind.set(key, [n + 1, ok + gold[h.page][h.sentence].label]);
  }
  console.log('train flags by rule/cue @confidence: right/all');
  for (const [key, [n, ok]] of [...byKind].sort())
    console.log(`  ${key.padEnd(44)} ${ok}/${n} = ${(ok / n).toFixed(2)}`);

  const show = option('show');
  if (!show) return;
  const inSplit = option('split') === 'dev' ? isDev : isTrainPage;
  const seen = new Set<string>();
  if (show === 'fn') {
    const hitKeys = new Set(
      normal.filter((h) => h.confidence >= DEFAULT_THRESHOLD).map((h) => `${h.page}#${h.sentence}`),
    );
    for (const page of Object.keys(gold).sort().filter(inSplit))
      gold[page].forEach((g, i) => {
        if (g.label && !hitKeys.has(`${page}#${i}`)) console.log(`FN ${page} ${g.text}`);
      });
    return;
  }
  for (const h of high.filter((x) => inSplit(x.page))) {
    const label = gold[h.page][h.sentence].label;
    if ((show === 'fp') === (label === 1) || seen.has(`${h.page}#${h.sentence}`)) continue;
    seen.add(`${h.page}#${h.sentence}`);
    console.log(`${show.toUpperCase()} ${h.rule}@${h.confidence} [${h.phrase}] ${gold[h.page][h.sentence].text}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
