import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEWS_SAMPLE_CORPUS,
  NEWS_SAMPLE_PATH,
  checkAgainstLedger,
  readLedger,
  type Judgement,
  type RaisedFlag,
} from '../../scripts/ledger/ledger';

const flag = (id: string, page = 'p1'): RaisedFlag => ({
  corpus: 'c',
  page,
  file: `/x/${page}.html`,
  id,
  kind: id.split(':')[0],
  rule: id.split(':')[1],
  message: 'm',
  confidence: 0.9,
  exact: 'passage',
  prefix: '',
  suffix: '',
});
const judged = (id: string, verdict: Judgement['verdict'], page = 'p1'): Judgement => ({
  corpus: 'c',
  page,
  id,
  kind: id.split(':')[0],
  rule: id.split(':')[1],
  exact: 'passage',
  verdict,
  why: 'read in its page',
});

describe('checkAgainstLedger', () => {
  it('counts verdicts per kind, with arguable flags as half right', () => {
    const raised = ['k:r:1', 'k:r:2', 'k:r:3', 'k:r:4'].map((id) => flag(id));
    const ledger = [
      judged('k:r:1', 'right'),
      judged('k:r:2', 'right'),
      judged('k:r:3', 'arguable'),
      judged('k:r:4', 'right'),
    ];
    const check = checkAgainstLedger(raised, ledger);
    expect(check.byKind.k).toMatchObject({ raised: 4, right: 3, arguable: 1, wrong: 0, unjudged: 0 });
    expect(check.byKind.k.precision).toBeCloseTo(3.5 / 4);
  });

  it('lists flags nobody judged, and flags judged wrong that are raised again, by page', () => {
    const ledger = [judged('k:r:1', 'wrong'), judged('k:r:2', 'right', 'p2')];
    const check = checkAgainstLedger([flag('k:r:1'), flag('k:r:2')], ledger);
    expect(check.wrongBack.map((f) => [f.id, f.why])).toEqual([['k:r:1', 'read in its page']]);
    // The same id on another page is another flag.
    expect(check.unjudged.map((f) => f.id)).toEqual(['k:r:2']);
  });

  it('ignores judgements of flags no longer raised', () => {
    expect(checkAgainstLedger([], [judged('k:r:1', 'wrong')]).wrongBack).toEqual([]);
  });
});

describe('readLedger', () => {
  const write = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'l.jsonl');
    writeFileSync(path, text);
    return path;
  };

  it('reads one judgement per line', () => {
    const path = write(JSON.stringify(judged('k:r:1', 'right')) + '\n\n');
    expect(readLedger(path)).toEqual([judged('k:r:1', 'right')]);
  });

  it('names the line of a malformed or incomplete judgement', () => {
    expect(() => readLedger(write('{"corpus":'))).toThrow(/:1: not JSON/);
    const noWhy = { ...judged('k:r:1', 'right'), why: '' };
    expect(() => readLedger(write(`${JSON.stringify(judged('k:r:1', 'right'))}\n${JSON.stringify(noWhy)}\n`))).toThrow(
      /:2: needs/,
    );
    expect(() => readLedger(write(JSON.stringify({ ...judged('k:r:1', 'right'), verdict: 'maybe' })))).toThrow(/:1:/);
  });
});

describe('the news sample', () => {
  it('holds one readable judgement per flag, each with its reason', () => {
    const sample = readLedger(NEWS_SAMPLE_PATH);
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect(new Set(sample.map((j) => `${j.page}/${j.id}`)).size).toBe(sample.length);
    for (const j of sample) {
      expect(j.corpus).toBe(NEWS_SAMPLE_CORPUS);
      expect(j.id.startsWith(`${j.kind}:${j.rule}:`)).toBe(true);
      expect(j.why.length).toBeGreaterThan(10);
    }
  });
});
