/**
 * Table-driven anchoring cases: each folder of tests/fixtures/anchoring holds a page before and after an edit
 * (original HTML) and, in expected.json, notes taken on the first with the outcome they must have on the second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorNotes } from '../../../lib/core/anchoring/anchor';
import { normaliseText, toOriginal } from '../../../lib/core/anchoring/normalise';
import { describeTextRange } from '../../../lib/core/anchoring/selectors';
import { TextIndex } from '../../../lib/core/text/text-index';
import { fileDocument } from '../../support/load-html';
import { select } from './seed-text';

interface ExpectedNote {
  passage: string;
  occurrence?: number;
  status: 'anchored' | 'moved' | 'changed' | 'orphaned';
  /** Text the anchored span must contain (white space collapsed). */
  expectText?: string;
  /** Text that must follow the anchored span closely: tells repeats apart. */
  expectContext?: string;
}

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/anchoring');
const squash = (text: string) => text.replace(/\s+/g, ' ');

function bodyText(file: string): string {
  return new TextIndex(fileDocument(file).body).text;
}

for (const name of readdirSync(FIXTURES)) {
  const dir = resolve(FIXTURES, name);
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { notes: ExpectedNote[] };
  describe(`anchoring fixture ${name}`, () => {
    const before = bodyText(resolve(dir, 'before.html'));
    const after = bodyText(resolve(dir, 'after.html'));
    // Passages are written with single spaces; the selectors are taken on the page's real text, as a reader would.
    const beforeNormalised = normaliseText(before);
    const notes = expected.notes.map((n) => {
      const at = select(beforeNormalised.text, n.passage, n.occurrence ?? 0);
      const span = toOriginal(beforeNormalised, at.start, at.end);
      return describeTextRange(before, span.start, span.end);
    });
    const results = anchorNotes(after, notes);
    expected.notes.forEach((note, i) => {
      it(`${note.status}: ${note.passage.slice(0, 60)}`, () => {
        const result = results[i];
        expect(result.status).toBe(note.status);
        if (note.status === 'orphaned') return;
        const found = squash(after.slice(result.start, result.end));
        if (note.expectText) expect(found).toContain(note.expectText);
        if (note.expectContext) expect(squash(after.slice(result.end, result.end + 40))).toContain(note.expectContext);
      });
    });
  });
}
