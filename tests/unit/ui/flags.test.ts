import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../lib/core/detectors/registry';
import { groupFlags, quoteFactsOf } from '../../../lib/ui/flags';
import { defaultFlags, makeFlag, makeReport } from './fixtures';

describe('groupFlags', () => {
  it('orders groups by the registry and leaves out dismissed flags and emptied groups', () => {
    const flags = defaultFlags();
    const onlyVague = flags.find((f) => f.kind === 'vague-attribution')!;
    const groups = groupFlags(flags, new Set([onlyVague.id]));
    const order = DETECTORS.map((d) => d.id);
    const kinds = groups.map((g) => g.kind);
    expect(kinds).not.toContain('vague-attribution');
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    expect(groups.reduce((n, g) => n + g.passages.length, 0)).toBe(flags.length - 1);
  });
});

describe('quoteFactsOf', () => {
  it("prefers the flag's own speaker and attribution", () => {
    const flag = makeFlag('unsourced-quote', '"Nobody beats it,"', 'x', {
      data: { speaker: 'a rival', attribution: 'named' },
    });
    expect(quoteFactsOf(flag, makeReport([flag]))).toEqual({ speaker: 'a rival', attribution: 'named' });
  });
  it("falls back to the report's quote at the same place", () => {
    const flag = makeFlag('vague-attribution', 'It is the quietest', 'x');
    expect(quoteFactsOf(flag, makeReport([flag]))).toEqual({ speaker: 'Ana Ruiz', attribution: 'named' });
  });
  it('is null for a flag away from any quote', () => {
    const flag = makeFlag('missing-reference', 'Studies show', 'x');
    expect(quoteFactsOf(flag, makeReport([flag]))).toBeNull();
  });
});
