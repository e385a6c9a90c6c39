/** Minimal `footnote analyze [--json] FILE...` (sequential). Being replaced by the full CLI. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeDocument } from '../core/analyze';

const [, , command, ...rest] = process.argv;
const json = rest.includes('--json');
const inputs = rest.filter((a) => a !== '--json');
if (command !== 'analyze') {
  console.error('usage: footnote analyze [--json] <file>...');
  process.exit(2);
}
let failed = false;
for (const input of inputs) {
  try {
    const t0 = performance.now();
    const { document } = parseHTML(readFileSync(input, 'utf8'));
    const parseMs = performance.now() - t0;
    const report = analyzeDocument(document as unknown as Document, pathToFileURL(resolve(input)).href, { parseMs });
    if (json) console.log(JSON.stringify({ input, ok: true, ...report }));
    else console.log(input, report.counts);
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ input, ok: false, error: String((e as Error).message ?? e) }));
  }
}
process.exit(failed ? 1 : 0);
