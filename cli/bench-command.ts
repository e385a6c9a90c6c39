/**
 * `footnote bench`: times the analysis, in-process and one page at a time, over a corpus (by default
 * ../shared/corpus/readability-pages), and prints each phase's median and p95, the detectors' cost against
 * Readability's, and the slowest pages, next to the project's targets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../lib/core/analyze';
import { canonicalUrl } from '../lib/core/site/canonical-url';
import type { Timings } from '../lib/core/report';
import { describeInternalError } from '../lib/errors';
import { decodeHtml } from './decode-html';
import { DEFAULT_BENCH_CORPUS } from './defaults';
import { parsePageHtml } from '../lib/core/page/parse-html';

/** All detectors together may cost at most this share of Readability's time... */
const TARGET_RATIO = 0.1;
/** ...and no page's detectors more than this many ms. */
const TARGET_MAX_DETECT_MS = 50;
const SLOWEST_SHOWN = 5;

export interface BenchOptions {
  paths: string[];
  json: boolean;
  /** Times each page is analysed; each phase keeps its median over the runs. */
  runs?: number;
}

interface PageTiming extends Timings {
  page: string;
  bytes: number;
}

/** Pages under the given paths: a folder's `<case>/source.html` files (Readability's layout) and `*.html` files. */
function findPages(paths: string[]): string[] {
  const pages: string[] = [];
  for (const path of paths) {
    const info = statSync(path);
    if (info.isFile()) {
      pages.push(path);
      continue;
    }
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (existsSync(join(full, 'source.html'))) pages.push(join(full, 'source.html'));
      else if (/\.x?html?$/i.test(name) && statSync(full).isFile()) pages.push(full);
    }
  }
  return pages;
}

/** Times a page `runs` times; every phase (and every detector) keeps its median over the runs. */
function timePageMedian(path: string, runs: number): PageTiming {
  const all = Array.from({ length: runs }, () => timePage(path));
  const mid = (pick: (t: PageTiming) => number) => percentile(all.map(pick), 50);
  const detectors: Timings['detectors'] = {};
  for (const id of Object.keys(all[0].detectors) as (keyof Timings['detectors'])[]) {
    detectors[id] = mid((t) => t.detectors[id] ?? 0);
  }
  return {
    page: path,
    bytes: all[0].bytes,
    parseMs: mid((t) => t.parseMs),
    extractMs: mid((t) => t.extractMs),
    detectMs: mid((t) => t.detectMs),
    totalMs: mid((t) => t.totalMs),
    detectors,
  };
}

function timePage(path: string): PageTiming {
  const bytes = readFileSync(path);
  const html = decodeHtml(bytes, path);
  const t0 = performance.now();
  const doc = parsePageHtml(html);
  const parseMs = performance.now() - t0;
  // The page's own address, as `footnote analyze` and the browser see it: the URL is evidence of the page's kind.
  const url = canonicalUrl(doc, pathToFileURL(resolve(path)).href);
  const { timings } = analyzeDocument(doc, url, { parseMs });
  return { page: path, bytes: bytes.length, ...timings };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function runBench(options: BenchOptions): Promise<number> {
  const paths = options.paths.length ? options.paths : [DEFAULT_BENCH_CORPUS];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`footnote bench: no such file or folder: ${missing.join(', ')}`);
    return 1;
  }
  const pages = findPages(paths);
  if (!pages.length) {
    console.error(`footnote bench: no HTML pages under ${paths.join(', ')}`);
    return 1;
  }
  const failures: { page: string; error: string }[] = [];
  // Warm-up: one pass over every page before anything is timed for the targets. The engine's regular expressions
  // and functions are compiled the first time a page exercises them, which a handful of pages does not reach: with
  // five warm-up pages the first timed pass still paid for compiling half the engine. The pass is timed apart, as
  // what a freshly started background (a service worker woken for one page) pays.
  const cold: PageTiming[] = [];
  for (const [i, page] of pages.entries()) {
    if (process.stderr.isTTY)
      process.stderr.write(`\r\x1b[Kbench warm-up ${i + 1}/${pages.length} ${relative('.', page)}`.slice(0, 100));
    try {
      cold.push(timePage(page));
    } catch {
      // Reported in the measured pass.
    }
  }
  const timings: PageTiming[] = [];
  for (const [i, page] of pages.entries()) {
    if (process.stderr.isTTY)
      process.stderr.write(`\r\x1b[Kbench ${i + 1}/${pages.length} ${relative('.', page)}`.slice(0, 100));
    try {
      timings.push(timePageMedian(page, options.runs ?? 3));
    } catch (e) {
      failures.push({ page, error: describeInternalError(e) });
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const summary = { ...summarise(timings, failures, options.runs ?? 3), warmUp: summariseWarmUp(cold) };
  if (options.json) console.log(JSON.stringify(summary));
  else printSummary(summary);
  return 0;
}

function summarise(timings: PageTiming[], failures: { page: string; error: string }[], runs: number) {
  const phase = (values: number[]) => ({
    median: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(0, ...values),
  });
  const detectorIds = [...new Set(timings.flatMap((t) => Object.keys(t.detectors)))];
  const sumDetect = timings.reduce((a, t) => a + t.detectMs, 0);
  const sumExtract = timings.reduce((a, t) => a + t.extractMs, 0);
  const ratios = timings.filter((t) => t.extractMs > 0).map((t) => t.detectMs / t.extractMs);
  const slowest = [...timings].sort((a, b) => b.detectMs - a.detectMs).slice(0, SLOWEST_SHOWN);
  const maxDetectMs = Math.max(0, ...timings.map((t) => t.detectMs));
  return {
    pages: timings.length,
    runs,
    failures,
    phases: {
      parseMs: phase(timings.map((t) => t.parseMs)),
      extractMs: phase(timings.map((t) => t.extractMs)),
      detectMs: phase(timings.map((t) => t.detectMs)),
      totalMs: phase(timings.map((t) => t.totalMs)),
    },
    detectors: Object.fromEntries(
      detectorIds.map((id) => [id, phase(timings.map((t) => t.detectors[id as keyof Timings['detectors']] ?? 0))]),
    ),
    // Quotations are extracted inside a detector when one needs them; what is left over is the report's own pass.
    quotesMs: phase(
      timings.map((t) => Math.max(0, t.detectMs - Object.values(t.detectors).reduce((a, b) => a + (b ?? 0), 0))),
    ),
    ratio: {
      sum: sumExtract ? sumDetect / sumExtract : 0,
      medianOfRatios: percentile(ratios, 50),
      target: TARGET_RATIO,
    },
    maxDetectMs: { value: maxDetectMs, target: TARGET_MAX_DETECT_MS },
    slowest: slowest.map((t) => ({
      page: t.page,
      bytes: t.bytes,
      detectMs: t.detectMs,
      extractMs: t.extractMs,
      detectors: t.detectors,
    })),
    pass: sumExtract > 0 && sumDetect / sumExtract <= TARGET_RATIO && maxDetectMs <= TARGET_MAX_DETECT_MS,
  };
}

/** The warm-up pass: the first page of a fresh process, and the whole first pass, detectors against Readability. */
function summariseWarmUp(cold: PageTiming[]) {
  const sum = (pick: (t: PageTiming) => number) => cold.reduce((a, t) => a + pick(t), 0);
  const first = cold[0];
  return {
    firstPage: first ? { page: first.page, detectMs: first.detectMs, extractMs: first.extractMs } : null,
    ratio: sum((t) => t.extractMs) ? sum((t) => t.detectMs) / sum((t) => t.extractMs) : 0,
  };
}

function printSummary(s: ReturnType<typeof summarise> & { warmUp: ReturnType<typeof summariseWarmUp> }): void {
  const ms = (n: number) => n.toFixed(2).padStart(9);
  const row = (name: string, p: { median: number; p95: number; max: number }) =>
    console.log(`  ${name.padEnd(22)} ${ms(p.median)} ${ms(p.p95)} ${ms(p.max)}`);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  console.log(
    `footnote bench: ${s.pages} pages analysed in-process (after a warm-up pass over them all; each phase the median of ${s.runs} runs), DOM linkedom`,
  );
  console.log(`  ${'phase (ms)'.padEnd(22)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
  row('parse', s.phases.parseMs);
  row('extract (Readability)', s.phases.extractMs);
  row('detect (all)', s.phases.detectMs);
  for (const [id, p] of Object.entries(s.detectors)) row(`  ${id}`, p);
  row('  quotes', s.quotesMs);
  row('total', s.phases.totalMs);
  console.log('');
  console.log(
    `  detectors / Readability, sum of times:   ${s.ratio.sum.toFixed(4)}  (target <= ${TARGET_RATIO})  ${verdict(s.ratio.sum <= TARGET_RATIO)}`,
  );
  console.log(
    `  detectors / Readability, median ratio:   ${s.ratio.medianOfRatios.toFixed(4)}  (target <= ${TARGET_RATIO})  ${verdict(s.ratio.medianOfRatios <= TARGET_RATIO)}`,
  );
  console.log(
    `  slowest page's detectors:                ${s.maxDetectMs.value.toFixed(2)} ms  (target <= ${TARGET_MAX_DETECT_MS} ms)  ${verdict(s.maxDetectMs.value <= TARGET_MAX_DETECT_MS)}`,
  );
  const first = s.warmUp.firstPage;
  if (first)
    console.log(
      `  while compiling (the warm-up pass):      ${s.warmUp.ratio.toFixed(4)}  (its first page: detectors ${first.detectMs.toFixed(0)} ms, Readability ${first.extractMs.toFixed(0)} ms)`,
    );
  console.log('');
  console.log(`  slowest pages by detector time:`);
  for (const t of s.slowest) {
    const parts = Object.entries(t.detectors)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .slice(0, 3)
      .map(([id, v]) => `${id} ${(v ?? 0).toFixed(1)}`);
    console.log(
      `    ${t.detectMs.toFixed(1).padStart(7)} ms  (Readability ${t.extractMs.toFixed(0)} ms, ${(t.bytes / 1024).toFixed(0)} KB)  ${relative('.', t.page)}  [${parts.join(', ')}]`,
    );
  }
  for (const f of s.failures) console.log(`  failed: ${relative('.', f.page)}: ${f.error}`);
}
