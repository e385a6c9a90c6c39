/**
 * The ledger of judged flags (tests/ledger/judged-flags.jsonl, scripts/ledger/): every flag the CLI raises at the
 * default sensitivity on readability-pages, articles-dev, openweb-dev and fiction-dev has been read in its page
 * and judged. Fails when a flag nobody judged appears, when a flag judged wrong comes back, or when a kind's
 * precision on the ledger falls under 0.90. `npm run ledger -- unjudged` lists what to judge.
 */
import { describe, expect, it } from 'vitest';
import {
  LEDGER_CORPORA,
  checkAgainstLedger,
  corpusPages,
  keyOf,
  raiseFlags,
  readLedger,
  type LedgerCheck,
} from '../../scripts/ledger/ledger';
import { sharedCorpus } from '../support/paths';

const pages = LEDGER_CORPORA.flatMap((c) => corpusPages(c));

describe.runIf(sharedCorpus('the ledger of judged flags', ...LEDGER_CORPORA))('ledger of judged flags', () => {
  let check: LedgerCheck;

  it('raises flags only where the ledger has judged them', { timeout: 600_000 }, async () => {
    check = checkAgainstLedger(await raiseFlags(pages), readLedger());
    expect(check.unjudged.map((f) => `${keyOf(f)}: ${f.exact.slice(0, 80)}`)).toEqual([]);
  });

  it('never raises again a flag judged wrong', () => {
    expect(check.wrongBack.map((f) => `${keyOf(f)}: ${f.why}`)).toEqual([]);
  });

  it('keeps every kind at precision 0.90 or more', () => {
    const low = Object.entries(check.byKind)
      .filter(([, k]) => k.precision < 0.9)
      .map(([kind, k]) => `${kind}: ${k.precision.toFixed(3)}`);
    expect(low).toEqual([]);
  });
});
