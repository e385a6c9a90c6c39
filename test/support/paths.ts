/** Where the shared fixtures and corpora are: `../shared` beside the project checkout. */
import { resolve } from 'node:path';

export const ROOT = process.cwd();
export const SHARED = resolve(ROOT, '../shared');
export const SEED_DIR = resolve(SHARED, 'fixtures/seed-article');
export const CORPUS = resolve(SHARED, 'corpus');
