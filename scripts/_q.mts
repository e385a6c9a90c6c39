import { analyzeDocument } from '../lib/core/analyze';
import { unsourcedQuote } from '../lib/core/detectors/unsourced-quote';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const times: number[] = [];
let r;
for (let i = 0; i < 40; i++) {
  r = analyzeDocument(document as unknown as Document, 'https://lwn.net/x', { detectors: [unsourcedQuote] });
  times.push(r.timings.detectors['unsourced-quote']!);
}
times.sort((a, b) => a - b);
console.log('median', times[20].toFixed(2), 'quotes', r!.quotes.length, 'textlen', r!.article.wordCount);
