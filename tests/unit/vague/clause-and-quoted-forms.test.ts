/**
 * Forms of `vague-attribution` found missing on encyclopedia sentences, each by a mechanism rather than a phrase:
 * "it is believed" with its "that" left out; a "by"/"from" after an infinitive, which belongs to the infinitive's
 * verb and not to the reporter ("was alleged to have kicked two from 50 yards"); a quoted term after a verb that
 * judges ("regarded as the ‘green Orange Order’"); a quotation that is the unnamed group's own words ("described by
 * other critics as “...”"); a quantifier in a relative clause ("which some thought"); unnamed "quarters"; "believed
 * in by some that"; the judging participles "ridiculed", "derided"; a conjecture in the passive ("were suggested as").
 * Each has a near miss it must not flag: a named judge, a word that only looks like the form.
 */
import { describe, expect, it } from 'vitest';
import { flagsInSentence } from './flags-in-sentence';

const cuesOf = (sentence: string) => flagsInSentence(sentence, 'high').map((f) => f.cue);

describe('vague-attribution reads these clause and quotation forms, and lets off their near misses', () => {
  it.each([
    // "That" left out after an impersonal report: only a clause's subject may follow.
    [
      'As they were young when their father died, it is believed neither received any training from him.',
      'impersonal',
      'It is said in the old books of the parish.',
    ],
    ['It was reported the mayor had resigned.', 'impersonal', 'It was reported in the Gazette in May.'],
    // After an infinitive, "from 50 yards", "from Africa" are the infinitive's; the reporter stands before "to".
    [
      'Driscoll was alleged to have kicked two from 50 yards in one game.',
      'said-to-have',
      'Driscoll was alleged by the league to have kicked two from 50 yards in one game.',
    ],
    ['The spirits are said to come from Africa.', 'said-to', 'The spirits are said by Herskovits to come from Africa.'],
    // A verb that judges, even a quoted term; a verb that names, not.
    [
      'The Hibernians are sometimes regarded as the ‘green Orange Order’.',
      'spread-passive',
      'The family is often described as the ‘Australasian robins’.',
    ],
    // The quotation is the unnamed group's own words; a named judge, or a quotation elsewhere, is not.
    [
      'The approach of the film was described by other critics as “characterized by a unique tenderness”.',
      'by-unnamed',
      'The approach of the film was described by Amnesty International as “characterized by a unique tenderness”.',
    ],
    [
      'Some critics claimed that “the book was written in a week by three people”.',
      'quantified-group',
      'The film, “a story of three brothers in a week”, was described by other critics as slow.',
    ],
    // A quantifier as the subject of a relative clause: "thought" can only be a verb there.
    [
      'The bill would cover mental health, which some thought would inevitably be expanded by the courts.',
      'bare-quantifier',
      'The bill needed some thought before it was expanded by the courts.',
    ],
    // "Quarters" are people only after a quantifier.
    [
      'Despite opposition from some quarters, the film was released.',
      'by-unnamed',
      'The troops returned to their quarters after the parade.',
    ],
    ['It is also believed in by some that the brain is mindless.', 'by-unnamed', 'It is believed in by the Hopi.'],
    [
      'All of these albums have been ridiculed by some critics as over-produced.',
      'by-unnamed',
      'All of these albums have been ridiculed by the critic Pauline Kael as over-produced.',
    ],
    // A conjecture in the passive, its author left out ("high" only).
    [
      'The legends were suggested as causing the panic.',
      'verdict',
      'The legends were suggested by Frazer as causing the panic.',
    ],
  ])('flags “%s” (%s), not “%s”', (sentence, cue, nearMiss) => {
    expect(cuesOf(sentence)).toContain(cue);
    expect(cuesOf(nearMiss)).toEqual([]);
  });

  it('shows the confident forms at the default sensitivity', () => {
    for (const sentence of [
      'As they were young when their father died, it is believed neither received any training from him.',
      'Driscoll was alleged to have kicked two from 50 yards in one game.',
      'The approach of the film was described by other critics as “characterized by a unique tenderness”.',
      'Despite opposition from some quarters, the film was released.',
    ])
      expect(flagsInSentence(sentence, 'normal'), sentence).toHaveLength(1);
    // A passive conjecture and "is said to" are hedges kept for "high".
    expect(flagsInSentence('The legends were suggested as causing the panic.', 'normal')).toEqual([]);
    expect(flagsInSentence('The spirits are said to come from Africa.', 'normal')).toEqual([]);
  });
});
