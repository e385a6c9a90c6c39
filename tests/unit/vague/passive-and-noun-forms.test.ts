/**
 * The forms `vague-attribution` gained for encyclopedia prose: any "-ly" adverb between an unnamed group and its
 * verb, "it's been said that", agentless perfect passives of judging verbs ("has been criticised for", "have been
 * described as"), talk and evidence with no source ("speculation later arose", "there is some evidence suggesting"),
 * "is thought to be", hearsay adjectives ("his alleged practice"), "viewed by the scientific community as", two
 * stance groups ("advocates and practitioners of"), and writers among the judges. Each has a near miss it must not
 * flag: a named agent or example, a word that is not a reporting verb, no evidence at all.
 */
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from '../../../lib/core/detectors/detector';
import { flagsInSentence } from './flags-in-sentence';

const flagsOf = (sentence: string, sensitivity: Sensitivity = 'high') => flagsInSentence(sentence, sensitivity);

describe('vague-attribution reads these forms, and lets off their near misses', () => {
  it.each([
    // An adverb of any kind between the group and its verb.
    [
      'Many have rightly argued that the treaty failed.',
      'bare-quantifier',
      'Some incorrectly use the term for any fish.',
    ],
    [
      'Some scholars have cautiously suggested that the map is older.',
      'quantified-group',
      'Some farmers have cautiously restored the map.',
    ],
    ["It's been said that the two towns were separate worlds.", 'impersonal', "It's been sold to a collector in Rome."],
    // Round 35 (the Guardian): "it has said" is a body named before, speaking in the active.
    [
      'It has long been claimed that the bridge was Roman.',
      'impersonal',
      'The foundation has warned against a ban. Instead, it has said the government should set standards.',
    ],
    // Agentless perfect passives of judging verbs; a named agent clears them.
    [
      'The policy has been criticised for its cost.',
      'verdict',
      'The policy has been criticised by Amnesty International for its cost.',
    ],
    [
      'His animations have been described as grotesque.',
      'verdict',
      'His animations have been described by Roger Ebert as grotesque.',
    ],
    [
      'The car was heralded as a design triumph.',
      'verdict',
      'The car was heralded by Motor Trend as a design triumph.',
    ],
    [
      'Dates as late as the 140s have been suggested.',
      'verdict',
      'Dates as late as the 140s have been suggested by Bultmann.',
    ],
    // Round 17 (NY Post): the agent after a second participle, or a few words on, clears it too.
    [
      'The surfer was attacked last summer.',
      'verdict',
      'The surfer survived being attacked and dragged underwater by a great white shark.',
    ],
    // Round 17 (Press-Enterprise): "reported to" whom is no hearsay.
    [
      'The gunman was reported to be armed.',
      'said-to',
      "The shooting was reported to the Riverside County Sheriff's Department at 9:30 p.m.",
    ],
    // Talk and evidence with nobody behind them; "no evidence" claims nothing.
    ['Speculation later arose that the letter was forged.', 'talk-arose', 'The letter later arose from the archive.'],
    [
      'There is some evidence suggesting that the drug helps.',
      'talk-arose',
      'There is no evidence that the drug helps.',
    ],
    // A belief held by nobody named.
    [
      'The tower is thought to be the oldest in the county.',
      'thought-to',
      'The tower is thought by Historic England to be the oldest in the county.',
    ],
    [
      'He was mocked for his alleged practice of dressing as a peasant.',
      'hearsay-adjective',
      'The report alleged that the mayor had lied.',
    ],
  ])('%s (%s) but not: %s', (sentence, cue, nearMiss) => {
    expect(flagsOf(sentence).map((f) => [f.cue, f.text])).toEqual([[cue, sentence]]);
    expect(flagsOf(nearMiss)).toEqual([]);
  });

  it.each([
    [
      'The book was viewed by the scientific community as a hoax.',
      'by-unnamed',
      'The book was viewed by the Royal Society as a hoax.',
    ],
    [
      'Advocates and practitioners of reflexology claim that it cures pain.',
      'group-of',
      'The advocates and practitioners of reflexology we met claim that it cures pain.',
    ],
    [
      'Some writers trace the word back to Latin.',
      'judges-act',
      'Some writers of the guild trace the word back to Latin.',
    ],
  ])('shows at the default: %s (%s) but not: %s', (sentence, cue, nearMiss) => {
    expect(flagsOf(sentence, 'normal').map((f) => [f.cue, f.text])).toEqual([[cue, sentence]]);
    expect(flagsOf(nearMiss)).toEqual([]);
  });

  it('keeps the forms too thin or too mixed on the labelled sentences for "high"', () => {
    // verdict 6/9, talk-arose 3/3 on one half only, thought-to 4/5, hearsay adjective 2/2 on one half only.
    for (const sentence of [
      'The policy has been criticised for its cost.',
      'Speculation later arose that the letter was forged.',
      'The tower is thought to be the oldest in the county.',
      'He was mocked for his alleged practice of dressing as a peasant.',
    ]) {
      expect(flagsOf(sentence, 'normal'), sentence).toEqual([]);
      expect(flagsOf(sentence)[0].confidence, sentence).toBeLessThan(0.9);
    }
  });
});
