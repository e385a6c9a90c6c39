/**
 * The detector tries a cue only on sentences holding one of the trigger words its pattern spells out
 * (CUE_TRIGGERS): a word the pattern spells with an optional letter or a choice of letters must still count, or
 * the cue is never tried where it matches.
 */
import { describe, expect, it } from 'vitest';
import { CUE_TRIGGERS, VAGUE_CUES } from '../../../lib/core/data/vague-phrases';
import { flagsInSentence } from './flags-in-sentence';

describe('the trigger words of each cue', () => {
  it('gives every cue at least one trigger word', () => {
    for (const cue of VAGUE_CUES) expect(CUE_TRIGGERS.get(cue)?.size, cue.kind).toBeGreaterThan(0);
  });

  it('spells out optional letters and letter choices ("rumou?red", "theori[sz]ed")', () => {
    const all = new Set(VAGUE_CUES.flatMap((cue) => [...(CUE_TRIGGERS.get(cue) ?? [])]));
    for (const word of ['rumored', 'rumoured', 'rumor', 'rumour', 'theorized', 'theorised'])
      expect(all).toContain(word);
  });

  it.each([
    ['The chain has 11 stores and is rumored to be planning a new, low-priced one.', 'said-to'],
    ['The chain has 11 stores and is rumoured to be planning a new, low-priced one.', 'said-to'],
    ['Approximately one year later, a rumor was circulated that the director was visiting the school.', 'impersonal'],
  ])('still finds "%s" (%s)', (sentence, cue) => {
    expect(flagsInSentence(sentence, 'high').map((f) => f.cue)).toContain(cue);
  });
});
