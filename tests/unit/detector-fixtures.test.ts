/**
 * Table-driven detector tests: every folder `tests/fixtures/detectors/<detector>/<case>/` holds `source.html` and
 * `expected.json` (the shape of ../shared/fixtures/seed-article/expected.json: mustFlag, mustNotFlag, quotes,
 * notQuotes, and optionally `url`). A new case is a new folder; the seed article runs as one more case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/core/analyze';
import { findSelector } from '../../lib/core/anchoring/selectors';
import type { Report } from '../../lib/core/report';
import { fileDocument } from '../support/load-html';
import { ROOT, SEED_DIR, sharedSeed } from '../support/paths';
import { norm } from '../support/scorer-text';

interface Expected {
  url?: string;
  mustFlag?: { kind: string; contains: string; rule?: string }[];
  mustNotFlag?: { kind: string; contains: string }[];
  quotes?: { contains: string; speaker: string | null; attribution: string }[];
  notQuotes?: string[];
}

const exactOf = (f: Report['flags'][number]) => norm(findSelector(f.target.selector, 'TextQuoteSelector')?.exact ?? '');

function cases(): { name: string; dir: string }[] {
  const base = join(ROOT, 'tests/fixtures/detectors');
  const found = sharedSeed('the seed article as a detector fixture') ? [{ name: 'seed-article', dir: SEED_DIR }] : [];
  if (!existsSync(base)) return found;
  for (const detector of readdirSync(base).sort()) {
    for (const c of readdirSync(join(base, detector)).sort()) {
      if (existsSync(join(base, detector, c, 'expected.json')))
        found.push({ name: `${detector}/${c}`, dir: join(base, detector, c) });
    }
  }
  return found;
}

describe.each(cases())('$name', ({ dir }) => {
  const expected: Expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const source = existsSync(join(dir, 'source.html')) ? join(dir, 'source.html') : join(dir, 'index.html');
  const report = analyzeDocument(fileDocument(source), expected.url ?? 'https://example.com/article');
  const flags = report.flags.map((f) => ({ kind: f.kind, rule: f.rule, text: exactOf(f) }));

  for (const m of expected.mustFlag ?? []) {
    it(`flags ${m.kind}: ${m.contains.slice(0, 50)}`, () => {
      const hit = flags.filter((f) => f.kind === m.kind && f.text.includes(norm(m.contains)));
      expect(hit, JSON.stringify(flags.filter((f) => f.kind === m.kind))).not.toHaveLength(0);
      if (m.rule) expect(hit.map((f) => f.rule)).toContain(m.rule);
    });
  }
  for (const m of expected.mustNotFlag ?? []) {
    it(`does not flag ${m.kind}: ${m.contains.slice(0, 50)}`, () => {
      expect(flags.filter((f) => f.kind === m.kind && f.text.includes(norm(m.contains)))).toEqual([]);
    });
  }
  for (const q of expected.quotes ?? []) {
    it(`finds the quote "${q.contains.slice(0, 40)}" by ${q.speaker ?? 'nobody'} (${q.attribution})`, () => {
      const hits = report.quotes.filter((r) => norm(r.text).includes(norm(q.contains)));
      expect(hits.length, 'quote not found').toBeGreaterThan(0);
      const want = q.speaker ? norm(q.speaker).split(' ').pop()! : null;
      expect(
        hits.some(
          (h) => (want ? norm(h.speaker ?? '').includes(want) : h.speaker === null) && h.attribution === q.attribution,
        ),
        JSON.stringify(hits.map((h) => [h.speaker, h.attribution])),
      ).toBe(true);
    });
  }
  for (const nq of expected.notQuotes ?? []) {
    it(`does not take "${nq}" for a quotation`, () => {
      expect(
        report.quotes.filter((r) => norm(r.text).includes(norm(nq)) && norm(r.text).length < nq.length + 10),
      ).toEqual([]);
    });
  }
});
