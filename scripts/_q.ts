// Probe: each argv file holds paragraphs separated by blank lines; prints quotes and flags.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/core/analyze';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
for (const file of process.argv.slice(2)) {
  const paras = readFileSync(file, 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
  const lang = process.env.LANG2 ?? 'en';
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Story</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","datePublished":"2016-04-02","author":{"@type":"Person","name":"Jo Writer"}}</script></head><body><article><h1>Story</h1>${paras.map((p) => `<p>${esc(p.trim())}</p>`).join('')}</article></body></html>`;
  const { document } = parseHTML(html);
  const r = analyzeDocument(document as unknown as Document, 'https://news.example.com/2016/04/02/story', { sensitivity: Object.fromEntries(['unsourced-quote', 'vague-attribution', 'missing-reference'].map((k) => [k, 'high'])) as never });
  console.log('==', file, r.page.kind);
  for (const q of r.quotes) console.log('Q', JSON.stringify(q.text.slice(0, 70)), '->', q.speaker, q.attribution);
  for (const f of r.flags) console.log('F', f.kind, f.rule, f.confidence, f.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact?.slice(0, 80));
}
