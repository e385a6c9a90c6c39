/**
 * Scores `vague-attribution` against the CoNLL-2010 Wikipedia weasel sentences in ../shared/corpus/weasel-dev:
 * each flag (its sentence) is mapped to the gold sentence it overlaps, and a gold sentence counts as predicted when
 * at least one flag lands on it. Precision and recall are printed per split, side by side: train = even-numbered
 * pages (the only ones to tune on), held out = odd-numbered pages. Runs the analysis core directly (same code as
 * `npx footnote analyze`), so each flag's `confidence` is visible: "default" counts the flags a reader sees at
 * normal sensitivity (confidence >= 0.9), "high" every flag at high sensitivity.
 *
 *   npx tsx scripts/score-weasel.ts [DIR] [--held-out] [--show fp|fn|tp] [--split train|dev] [--ungated] [--learn]
 *
 * Without --held-out only train is scored: its two halves (pages 0, 4, 8... and 2, 6, 10...) side by side, so that a
 * rule tuned on one half can be checked on the other before the held-out pages are scored (a handful of times, to
 * report). Per cue it prints right/all on each half and the Wilson lower bound of its precision on train (80%
 * one-sided): a cue shown at the default (confidence >= 0.9) should have support and a bound near its confidence.
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
import { wilsonInterval } from './wilson';

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
/** The two halves of train: pages 0, 4, 8... ("A") and 2, 6, 10... ("B"). */
export const isTrainHalfA = (page: string) => Number(page.replace(/\D/g, '')) % 4 === 0;
export const isTrainHalfB = (page: string) => Number(page.replace(/\D/g, '')) % 4 === 2;

/** The Wilson score lower bound of a proportion `right`/`all` (z 1.28: 80% one-sided). */
export const wilsonLowerBound = (right: number, all: number, z = 1.28): number => wilsonInterval(right, all, z)[0];

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
  const heldOut = argv.includes('--held-out');
  const splits: [string, (p: string) => boolean][] = [
    ['train  ', isTrainPage],
    ['  A    ', isTrainHalfA],
    ['  B    ', isTrainHalfB],
    ...(heldOut ? [['dev    ', isDev] as [string, (p: string) => boolean]] : []),
  ];
  console.log(`weasel sentences, ${dir}${ungated ? ' (every page, whatever its kind)' : ''}`);
  console.log(
    `pages taken for: ${JSON.stringify(normalRun.kinds)}; vague-attribution skipped on ${normalRun.skippedPages}`,
  );
  console.log(`default (normal, conf >= ${DEFAULT_THRESHOLD})`);
  for (const [name, inSplit] of splits)
    console.log(`  ${name}${fmt(scoreSplit(gold, normal, inSplit, DEFAULT_THRESHOLD))}`);
  console.log('high (every flag)');
  for (const [name, inSplit] of splits) console.log(`  ${name}${fmt(scoreSplit(gold, high, inSplit, 0))}`);
  if (!heldOut) console.log('  (held-out pages not scored: pass --held-out to report them)');

  // Per rule, cue and confidence on train, each half apart: where the share of right flags comes from, and whether
  // a cue holds on the half it was not read on. A sentence counts once per cue.
  const byKind = new Map<string, [number, number, number, number]>();
  const counted = new Set<string>();
  for (const h of high.filter((x) => isTrainPage(x.page))) {
    const cueKind = h.phrase.split(':')[0];
    if (counted.has(`${h.page}#${h.sentence}#${cueKind}`)) continue;
    counted.add(`${h.page}#${h.sentence}#${cueKind}`);
    const key = `${h.rule}/${cueKind} @${h.confidence}`;
    const tally = byKind.get(key) ?? [0, 0, 0, 0];
    const half = isTrainHalfA(h.page) ? 0 : 2;
    tally[half] += gold[h.page][h.sentence].label;
    tally[half + 1]++;
    byKind.set(key, tally);
  }
  console.log('train flags by rule/cue @confidence: right/all on half A, half B, train; Wilson lower bound (80%)');
  for (const [key, [okA, nA, okB, nB]] of [...byKind].sort()) {
    const ok = okA + okB;
    const n = nA + nB;
    const halves = `A ${okA}/${nA}`.padEnd(9) + `B ${okB}/${nB}`.padEnd(9);
    const thin = n < 4 ? '  (support < 4)' : '';
    console.log(
      `  ${key.padEnd(44)} ${halves} ${`${ok}/${n}`.padStart(6)} = ${(ok / n).toFixed(2)}  lb ${wilsonLowerBound(ok, n).toFixed(2)}${thin}`,
    );
  }

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
