import { readFileSync } from 'node:fs';
import { findQuotes } from '../lib/core/quotes/extract-quotes';
const paras = readFileSync(process.argv[2], 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
let at = 0;
const ps = paras.map((text) => { const p = { text, start: at }; at += text.length + 1; return p; });
for (const q of findQuotes(ps, process.argv[3] ?? 'en')) console.log(JSON.stringify(q.text.slice(0, 50)), q.speaker, q.attribution);
