/** The seed article's body text (as TextIndex gives it) and helpers to edit it, for the anchoring tests. */
import { resolve } from 'node:path';
import { describeTextRange, type Selector } from '../../../lib/core/anchoring/selectors';
import { TextIndex } from '../../../lib/core/text/text-index';
import { fileDocument } from '../../support/load-html';
import { SEED_DIR } from '../../support/paths';

export function seedText(): string {
  const doc = fileDocument(resolve(SEED_DIR, 'index.html'));
  return new TextIndex(doc.body).text;
}

/** Selectors for the first occurrence of `passage` in `text` (fails loudly when absent). */
export function select(
  text: string,
  passage: string,
  occurrence = 0,
): { selectors: Selector[]; start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`passage not in text: ${passage}`);
  const end = start + passage.length;
  return { selectors: describeTextRange(text, start, end), start, end };
}

/** `text` with [start, end) replaced by `insert`. */
export function splice(text: string, start: number, end: number, insert = ''): string {
  return text.slice(0, start) + insert + text.slice(end);
}
