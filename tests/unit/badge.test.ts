import { describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLOURS } from '../../lib/badge';
import type { Flag, Report, Severity } from '../../lib/core/report';

function reportWith(severities: Severity[]): Report {
  const flags = severities.map(
    (severity, i) =>
      ({
        id: `f${i}`,
        kind: 'unsourced-quote',
        severity,
        rule: 'r',
        message: 'm',
        confidence: 1,
        target: { source: '', selector: [] },
      }) as Flag,
  );
  return { flags } as unknown as Report;
}

describe('badgeFor', () => {
  it('counts the flags and takes the colour of the most serious one', () => {
    expect(badgeFor({ state: 'done', report: reportWith(['info', 'warning', 'caution']) })).toMatchObject({
      text: '3',
      color: BADGE_COLOURS.warning,
    });
    expect(badgeFor({ state: 'done', report: reportWith(['info', 'caution']) })).toMatchObject({
      text: '2',
      color: BADGE_COLOURS.caution,
    });
  });

  it('leaves out dismissed flags, colour included', () => {
    const badge = badgeFor({ state: 'done', report: reportWith(['info', 'warning']) }, new Set(['f1']));
    expect(badge).toMatchObject({ text: '1', color: BADGE_COLOURS.info });
  });

  it('shows nothing on pages that were not analysed', () => {
    for (const state of ['idle', 'analysing', 'not-article', 'quiet'] as const) expect(badgeFor({ state })).toBeNull();
    expect(badgeFor({ state: 'error', message: 'x' })).toBeNull();
    expect(badgeFor(null)).toBeNull();
    expect(badgeFor({ state: 'done', report: reportWith([]) })?.text).toBe('');
  });
});
