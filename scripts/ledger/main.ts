/**
 * `npm run ledger [-- command]`: the ledger of judged flags (scripts/ledger/ledger.ts).
 *   status (default)        each kind's flags on the corpora: judged right / arguable / wrong, unjudged, precision
 *   unjudged [corpus...]    the flags nobody has judged yet, one JSON object a line, with the page file and context
 *   raised [corpus...]      every flag raised now, likewise, with its judgement where it has one
 *   merge FILE... [--from FLAGS]  adds judgements (JSON lines: corpus, page, id, verdict, why); the flag's kind, rule
 *                           and passage come from the line itself or from FLAGS, the `unjudged` output that was
 *                           judged; a later judgement of the same flag wins
 *   prune                   drops judgements of flags no longer raised, except the wrong ones (kept as guards)
 *   sample                  precision on plain news: a random sample of polnear-train's flags, read by hand
 *                           (tests/ledger/news-sample.jsonl), those still raised and those gone, with a 95%
 *                           interval; a measure to read, not a gate
 */
import { readFileSync } from 'node:fs';
import { describeError } from '../../lib/errors';
import { wilsonInterval } from '../wilson';
import {
  LEDGER_CORPORA,
  NEWS_SAMPLE_CORPUS,
  NEWS_SAMPLE_PATH,
  VERDICTS,
  checkAgainstLedger,
  corpusPages,
  keyOf,
  raiseFlags,
  readLedger,
  writeLedger,
  type Judgement,
  type Verdict,
} from './ledger';

async function raisedOn(corpora: readonly string[]) {
  const pages = corpora.flatMap((c) => corpusPages(c));
  if (pages.length === 0) throw new Error('no corpus pages found: is ../shared beside the checkout?');
  return raiseFlags(pages);
}

async function main(args: string[]): Promise<void> {
  const [command = 'status', ...rest] = args;
  if (command === 'unjudged') {
    const raised = await raisedOn(rest.length ? rest : LEDGER_CORPORA);
    for (const f of checkAgainstLedger(raised, readLedger()).unjudged) process.stdout.write(JSON.stringify(f) + '\n');
    return;
  }
  if (command === 'raised') {
    const judged = new Map(readLedger().map((j) => [keyOf(j), j]));
    for (const f of await raisedOn(rest.length ? rest : LEDGER_CORPORA)) {
      const j = judged.get(keyOf(f));
      process.stdout.write(JSON.stringify(j ? { ...f, verdict: j.verdict, why: j.why } : f) + '\n');
    }
    return;
  }
  if (command === 'merge') {
    const ledger = readLedger();
    const from = rest.indexOf('--from');
    const flagFile = from >= 0 ? rest[from + 1] : undefined;
    const files = from >= 0 ? rest.filter((_, i) => i !== from && i !== from + 1) : rest;
    const flags = new Map<string, Partial<Judgement>>();
    if (flagFile)
      for (const line of readFileSync(flagFile, 'utf8').split('\n'))
        if (line.trim()) {
          const f = JSON.parse(line) as Partial<Judgement>;
          flags.set(keyOf(f as Judgement), f);
        }
    let added = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const j = { ...flags.get(keyOf(JSON.parse(line) as Judgement)), ...(JSON.parse(line) as Partial<Judgement>) };
        if (!j.verdict || !VERDICTS.includes(j.verdict) || !j.why) throw new Error(`${file}: bad judgement ${line}`);
        ledger.push({
          corpus: j.corpus!,
          page: j.page!,
          id: j.id!,
          kind: j.kind ?? j.id!.split(':')[0],
          rule: j.rule ?? j.id!.split(':')[1],
          exact: j.exact ?? '',
          verdict: j.verdict,
          why: j.why,
        });
        added++;
      }
    }
    writeLedger(ledger);
    process.stdout.write(`merged ${added} judgements\n`);
    return;
  }
  if (command === 'prune') {
    const raised = new Set((await raisedOn(LEDGER_CORPORA)).map(keyOf));
    const ledger = readLedger();
    const kept = ledger.filter((j) => j.verdict === 'wrong' || raised.has(keyOf(j)));
    writeLedger(kept);
    process.stdout.write(`kept ${kept.length} of ${ledger.length} judgements\n`);
    return;
  }
  if (command === 'sample') return printNewsSample();
  if (command !== 'status')
    throw new Error(`unknown command "${command}" (status, unjudged, raised, merge, prune, sample)`);
  const check = checkAgainstLedger(await raisedOn(LEDGER_CORPORA), readLedger());
  const rows = Object.entries(check.byKind).sort(([a], [b]) => a.localeCompare(b));
  process.stdout.write('kind                   raised  right  arguable  wrong  unjudged  precision\n');
  for (const [kind, k] of rows)
    process.stdout.write(
      `${kind.padEnd(22)} ${String(k.raised).padStart(6)} ${String(k.right).padStart(6)} ${String(k.arguable).padStart(9)} ${String(k.wrong).padStart(6)} ${String(k.unjudged).padStart(9)} ${k.precision.toFixed(3).padStart(10)}\n`,
    );
  for (const f of check.wrongBack) process.stdout.write(`wrong, raised again: ${keyOf(f)}: ${f.why}\n`);
}

/** The judged sample of news flags against the flags raised now, kind by kind. */
async function printNewsSample(): Promise<void> {
  const sample = readLedger(NEWS_SAMPLE_PATH);
  const raised = await raisedOn([NEWS_SAMPLE_CORPUS]);
  const now = new Set(raised.map(keyOf));
  const sampled = new Set(sample.map(keyOf));
  const kinds = [...new Set([...sample.map((j) => j.kind), ...raised.map((f) => f.kind)])].sort();
  process.stdout.write(
    `${NEWS_SAMPLE_CORPUS}: ${sample.length} flags read by hand; "kept" are still raised, "gone" no longer are\n` +
      'kind                   raised  kept: right arguable wrong  precision (95%)        gone: right arguable wrong  not in sample\n',
  );
  for (const kind of kinds) {
    const count = (keep: boolean, v: Verdict) =>
      sample.filter((j) => j.kind === kind && j.verdict === v && now.has(keyOf(j)) === keep).length;
    const [right, arguable, wrong] = VERDICTS.map((v) => count(true, v));
    const [lr, la, lw] = VERDICTS.map((v) => count(false, v));
    const all = right + arguable + wrong;
    const [lo, hi] = wilsonInterval(right, all);
    const unsampled = raised.filter((f) => f.kind === kind && !sampled.has(keyOf(f))).length;
    const precision = all ? `${(right / all).toFixed(2)} (${lo.toFixed(2)}–${hi.toFixed(2)})` : '—';
    process.stdout.write(
      `${kind.padEnd(22)} ${String(raised.filter((f) => f.kind === kind).length).padStart(6)} ${String(right).padStart(11)} ${String(arguable).padStart(8)} ${String(wrong).padStart(5)}  ${precision.padEnd(22)} ${String(lr).padStart(11)} ${String(la).padStart(8)} ${String(lw).padStart(5)}  ${String(unsampled).padStart(13)}\n`,
    );
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`ledger: ${describeError(e)}\n`);
  process.exit(1);
});
