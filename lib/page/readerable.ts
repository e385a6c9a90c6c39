/**
 * Readability's "is this page probably an article?" check, loaded from its own file: the package's main module
 * also carries all of Readability (80 KB the page would parse on every load), which runs in the background.
 */
// @ts-expect-error -- Readability-readerable.js ships no types of its own; the package's index.d.ts types it below.
import readerable from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Readerable } from '@mozilla/readability';

export const isProbablyReaderable: typeof Readerable = readerable;
