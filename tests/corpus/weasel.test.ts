/**
 * `vague-attribution` on the CoNLL-2010 Wikipedia weasel sentences (../shared/corpus/weasel-dev), scored as
 * scripts/score-weasel.ts scores them: sentence-level precision and recall at the default sensitivity, on the
 * held-out (odd) pages and the train (even) pages. The detector runs on every page here, whatever kind the page
 * profile takes these packed excerpt pages for: this test holds the detector's own judgement, not the profile's.
 * A second test runs it as shipped, behind the page-kind gate: the profile should read these plain pages of
 * encyclopedic sentences as encyclopedia (or news) and let the detector run on nearly all of them. The train floors sit
 * a little under today's figures (every page: default train P 0.964 R 0.173, high train R 0.236; behind the gate:
 * default train R 0.169, once "it is believed" without "that", a "from" after an infinitive, a quotation in the
 * unnamed group's own words, "which some thought" and "from some quarters" were read; before them 0.167, 0.228 and
 * 0.163). They were 0.188 and 0.184 until a page taken for news from its text alone got the news
 * confidences (13 of these pages read as news, and hearsay and passive judgements are kept for "high" there:
 * on plain news pages they were wrong as often as right); the held-out floors are the figures before the agentless perfect passives, the noun forms
 * and the split "some note that" / "most felt that" (default: train P 0.964 R 0.173, held out P 0.917 R 0.114; high:
 * held out P 0.81 R 0.155;
 * before each cue's confidence was set to its train precision: train P 0.934 R 0.186, held out P 0.890 R 0.121;
 * before the learned group verbs and the "is considered" forms: held out P 0.887 R 0.118, high R 0.137; before the
 * grammar's passive, hearsay and judges forms: train R 0.137, held out R 0.098), so a change that loses recall
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, isTrainPage, scoreSplit, weaselRun, type WeaselGold } from '../../scripts/score-weasel';
import { CORPUS, sharedCorpus } from '../support/paths';

const DIR = join(CORPUS, 'weasel-dev');
const present = sharedCorpus('the weasel-dev corpus test', 'weasel-dev/gold.json');

describe.runIf(present)('weasel-dev corpus', () => {
  it('flags weasel sentences precisely at the default sensitivity, on both halves', () => {
    const gold: WeaselGold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8'));
    const { hits } = weaselRun(DIR, gold, 'normal', true);
    const train = scoreSplit(gold, hits, isTrainPage, DEFAULT_THRESHOLD);
    const heldOut = scoreSplit(gold, hits, (p) => !isTrainPage(p), DEFAULT_THRESHOLD);
    const summary = JSON.stringify({ train, heldOut });
    expect(train.precision, summary).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.precision, summary).toBeGreaterThanOrEqual(0.9);
    expect(train.recall, summary).toBeGreaterThanOrEqual(0.17);
    expect(heldOut.recall, summary).toBeGreaterThanOrEqual(0.1);
  }, 180_000);

  it('finds more at high sensitivity, where the forms under 0.9 show', () => {
    const gold: WeaselGold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8'));
    const { hits } = weaselRun(DIR, gold, 'high', true);
    const train = scoreSplit(gold, hits, isTrainPage, 0);
    const heldOut = scoreSplit(gold, hits, (p) => !isTrainPage(p), 0);
    const summary = JSON.stringify({ train, heldOut });
    expect(train.recall, summary).toBeGreaterThanOrEqual(0.23);
    expect(heldOut.recall, summary).toBeGreaterThanOrEqual(0.15);
    // "High" shows flags down to 0.5: most of them are still weasel wording.
    expect(heldOut.precision, summary).toBeGreaterThanOrEqual(0.75);
  }, 180_000);

  it('runs behind the page-kind gate on nearly every page, keeping its recall', () => {
    const gold: WeaselGold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8'));
    const run = weaselRun(DIR, gold, 'normal');
    expect(run.skippedPages, JSON.stringify(run.kinds)).toBeLessThanOrEqual(8);
    const train = scoreSplit(gold, run.hits, isTrainPage, DEFAULT_THRESHOLD);
    const heldOut = scoreSplit(gold, run.hits, (p) => !isTrainPage(p), DEFAULT_THRESHOLD);
    const summary = JSON.stringify({ train, heldOut });
    expect(train.recall, summary).toBeGreaterThanOrEqual(0.165);
    expect(heldOut.recall, summary).toBeGreaterThanOrEqual(0.1);
  }, 180_000);
});
