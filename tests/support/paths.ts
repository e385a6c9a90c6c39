/** Where the shared fixtures and corpora are: `../shared` beside the project checkout. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = process.cwd();
export const SHARED = resolve(ROOT, '../shared');
export const SEED_DIR = resolve(SHARED, 'fixtures/seed-article');
export const CORPUS = resolve(SHARED, 'corpus');

/**
 * Whether the named corpora are there. When one is not, says so in one line and the caller skips its tests:
 * a fresh clone without ../shared still passes, and CI, which has it, runs them.
 */
export function sharedCorpus(what: string, ...corpora: string[]): boolean {
  const missing = corpora.filter((c) => !existsSync(resolve(CORPUS, c)));
  if (missing.length === 0) return true;
  console.log(`skipped ${what}: ../shared/corpus/${missing[0]} is absent (CI has it)`);
  return false;
}
