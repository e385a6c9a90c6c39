/**
 * The verb slot after an unnamed group, widened with the reporting verbs learned from PolNeAR's annotated news
 * (lib/core/data/learned-cues.ts), two groups joined ("some critics and readers"), and "is considered a" read as a
 * judgement with no judge, shown only at "high" (its share right on the weasel train sentences is under one half).
 */
import { describe, expect, it } from 'vitest';
import type { Sensitivity } from '../../../lib/core/detectors/detector';
import { flagsInSentence } from './flags-in-sentence';
import { LEARNED_REPORTING_VERBS, REPORTING_VERBS } from '../../../lib/core/data/attribution-grammar';

const flagsOf = (sentence: string, sensitivity: Sensitivity = 'normal') => flagsInSentence(sentence, sensitivity);

describe('the learned reporting verbs', () => {
  it('adds verbs that only report after a group, and none the grammar already has', () => {
    expect(LEARNED_REPORTING_VERBS).toEqual(expect.arrayContaining(['denounced', 'explained', 'admitted', 'urged']));
    for (const form of ['called', 'found', 'showed', 'asked', 'vowed', 'promised', 'released'])
      expect(LEARNED_REPORTING_VERBS).not.toContain(form);
    expect(LEARNED_REPORTING_VERBS.filter((v) => REPORTING_VERBS.includes(v))).toEqual([]);
  });

  it.each([
    'Many critics denounced the new stadium as a waste of public money.',
    'Some analysts admitted that the forecast had been too optimistic.',
    'Several economists urged caution before the rate cut.',
  ])('flags a quantified group with a learned verb: %s', (sentence) => {
    const flags = flagsOf(sentence);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ cue: 'quantified-group', text: sentence });
    expect(flags[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    'Many fans called the club to complain about the kick-off time.',
    'Some researchers found a fossil near the river.',
    'Several fans asked for tickets to the premiere.',
  ])('leaves a group doing something else alone: %s', (sentence) => {
    expect(flagsOf(sentence, 'high')).toEqual([]);
  });

  it('still lets a named group off: "many Harvard economists urged"', () => {
    expect(flagsOf('Many Harvard economists urged caution before the rate cut.')).toEqual([]);
  });
});

describe('two unnamed groups joined', () => {
  it('flags "some critics and readers of the magazine have believed it to have"', () => {
    const sentence = 'Some critics and readers of the magazine have believed it to have lost its edge.';
    expect(flagsOf(sentence)).toMatchObject([{ cue: 'quantified-group', text: sentence }]);
  });

  it('does not join a named group: "some critics and Smith"', () => {
    expect(flagsOf('Some critics and Smith argued about the plan in May.')).toEqual([]);
  });
});

describe('"is considered a" with nobody judging', () => {
  const sentence = 'The drink is considered a refreshment for hot days.';

  it('is shown at high sensitivity only, with the confidence measured for it', () => {
    expect(flagsOf(sentence)).toEqual([]);
    const high = flagsOf(sentence, 'high');
    // "is considered" is tried before the plain passive ("is regarded as", "was considered a"), which it outscores.
    expect(high).toMatchObject([{ cue: 'considered', text: sentence }]);
    expect(high[0].confidence).toBeLessThan(0.9);
  });

  it('is cleared by a named judge: "is considered a landmark by UNESCO"', () => {
    expect(flagsOf('The bridge is considered a landmark by UNESCO.', 'high')).toEqual([]);
  });
});

describe('the grammar widened where its slots were closed lists', () => {
  it.each([
    ['Some, controversially, have claimed that the image shows a lamp.', 'bare-quantifier'],
    ['It has been proposed that the tower was built as a lighthouse.', 'impersonal'],
    ['The policy is highly controversial, claimed by those opposing it to be a waste of money.', 'by-unnamed'],
  ])('flags %s', (sentence, cue) => {
    const flags = flagsOf(sentence);
    expect(flags).toMatchObject([{ cue, text: sentence }]);
    expect(flags[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads "many formalists would say" as attribution on a reference page, not as a hypothetical', () => {
    expect(flagsOf('Many formalists would say that the axioms are suggested by the demands of science.')).toMatchObject(
      [{ cue: 'quantified-plural' }],
    );
    expect(flagsOf('Others might argue that the axioms are arbitrary.', 'high')).toEqual([]);
  });
});

describe('"is considered" with whatever follows', () => {
  it.each([
    'Strategy is considered very important during penalty shots.',
    'Culturally, the villagers are considered part of the lowland culture.',
  ])('is a judgement by nobody, shown at "high" only: %s', (sentence) => {
    expect(flagsOf(sentence)).toEqual([]);
    const high = flagsOf(sentence, 'high');
    expect(high).toHaveLength(1);
    expect(high[0].confidence).toBeLessThan(0.9);
  });

  it.each([
    'The proposal was considered at the May meeting.',
    'The site is considered by UNESCO to be of outstanding value.',
    'She is considered for the post of treasurer.',
    'Even a single error can be considered way above the acceptable value.',
    'Even the collected data can be seen as critical.',
  ])('leaves a deliberation, a hypothetical or a named judge alone: %s', (sentence) => {
    expect(flagsOf(sentence, 'high')).toEqual([]);
  });

  // Round 13 and 14's unseen pages: a free relative and a rule's condition define, they judge nothing.
  it.each([
    'In 1900 few people lived to what is now considered old age.',
    'Two entries are considered a duplicate if they share an address.',
    'An account is deemed to be inactive when nobody has signed in for a year.',
  ])('leaves a definition alone: %s', (sentence) => {
    expect(flagsOf(sentence, 'high')).toEqual([]);
  });

  it('still reads "seen as" after "what" as a judgement', () => {
    const sentence = 'The pair face criticism over what is seen as an unusually soft view of the regime.';
    expect(flagsOf(sentence, 'high')).toMatchObject([{ text: sentence }]);
  });
});
