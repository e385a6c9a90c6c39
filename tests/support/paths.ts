/**
 * Where the shared fixtures and corpora are (`../shared` beside the project checkout), and the one way a test
 * finds out they are absent: a fresh clone has no ../shared, so the tests that need it skip, each saying so in
 * one line, and the rest pass; CI, which has it, runs them all.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = process.cwd();
export const SHARED = resolve(ROOT, '../shared');
export const SEED_DIR = resolve(SHARED, 'fixtures/seed-article');
export const CORPUS = resolve(SHARED, 'corpus');

/**
 * Whether every named path under ../shared is there. When one is not, prints one line naming what is skipped and
 * what is missing, and the caller skips (`describe.runIf(...)`, `it.runIf(...)`).
 */
export function sharedData(what: string, ...paths: string[]): boolean {
  const missing = paths.find((path) => !existsSync(resolve(SHARED, path)));
  if (missing === undefined) return true;
  console.log(`skipped ${what}: ../shared/${missing} is absent (a fresh clone has no ../shared; CI has it)`);
  return false;
}

/** Whether the named corpora (../shared/corpus/<name>) are there; see sharedData. */
export function sharedCorpus(what: string, ...corpora: string[]): boolean {
  return sharedData(what, ...corpora.map((corpus) => `corpus/${corpus}`));
}

/** Whether the seed article (../shared/fixtures/seed-article) is there; see sharedData. */
export function sharedSeed(what: string): boolean {
  return sharedData(what, 'fixtures/seed-article/index.html', 'fixtures/seed-article/expected.json');
}
