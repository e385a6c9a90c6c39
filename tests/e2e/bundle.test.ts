/**
 * The content script stays light: every page parses and runs it on load, so it carries none of the analysis
 * (detectors, Readability, franc, the public suffix list, linkedom), which runs in the background. A build-output
 * check, not a timed test: each marker is a string that survives minification in the library's code; it must be
 * in the background's bundle (so the marker still names that code) and not in the content script's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ensureBuilt } from './support/chromium';

const MARKERS: [what: string, marker: string][] = [
  ['the public suffix list (tldts)', 'allowPrivateDomains'],
  ["Readability's parser (only Readability-readerable.js is the page's)", '_grabArticle'],
  ["franc's language data", ' de|de |os | la'],
  ['linkedom (htmlparser2)', 'onopentagname'],
  ['the undisclosed-affiliate detector', 'disclosure-after-links'],
  ['the unsourced-quote detector', 'anonymous-source'],
  // (The rule ids are in the catalog the content script reads for its labels; the rule's own message is code.)
  ['the missing-reference rules', 'with no link or citation to check them against'],
];

/** Well above today's (about 70 KB minified) and far under the 380 KB it was when it carried the analysis. */
const MAX_CONTENT_SCRIPT_BYTES = 120_000;

let content = '';
let background = '';
beforeAll(() => {
  ensureBuilt();
  content = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');
  background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
});

describe('the content script bundle', () => {
  it.each(MARKERS)('leaves %s to the background', (_what, marker) => {
    expect(background).toContain(marker);
    expect(content).not.toContain(marker);
  });

  it(`stays under ${MAX_CONTENT_SCRIPT_BYTES / 1000} KB`, () => {
    expect(Buffer.byteLength(content)).toBeLessThan(MAX_CONTENT_SCRIPT_BYTES);
  });
});
