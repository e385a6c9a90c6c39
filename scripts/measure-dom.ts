/**
 * Measures which DOM implementation the CLI should parse pages with: linkedom, happy-dom or jsdom, on speed
 * (parse, clone + Readability, the whole analysis) and fidelity (Readability's title, byline and excerpt against
 * each page's expected-metadata.json; the extracted text's length against jsdom's, Readability's reference DOM).
 *
 *   npx tsx scripts/measure-dom.ts [corpus-dir] [--json]
 *
 * The figures and the decision are in docs/dom-choice.md.
 */
import { Readability } from '@mozilla/readability';
// @ts-expect-error jsdom ships no types and @types/jsdom is not installed (a dev-only measuring script).
import { JSDOM, VirtualConsole } from 'jsdom';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../lib/core/analyze';

interface Parsed {
  doc: Document;
  close(): unknown;
}

/** The same fake URL Readability's own test suite parses its pages with. */
const PAGE_URL = 'http://fakehost/test/page.html';

const DOMS: Record<string, (html: string) => Parsed> = {
  linkedom(html) {
    return { doc: parseHTML(html).document as unknown as Document, close() {} };
  },
  'happy-dom'(html) {
    const window = new Window({
      url: PAGE_URL,
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        navigation: {
          disableChildFrameNavigation: true,
          disableChildPageNavigation: true,
          disableMainFrameNavigation: true,
        },
      },
    });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return { doc, close: () => window.happyDOM.abort().then(() => window.close()) };
  },
  jsdom(html) {
    // Pages' CSS often does not parse; jsdom would print every complaint.
    const dom = new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() });
    return { doc: dom.window.document as unknown as Document, close: () => dom.window.close() };
  },
};

interface PageResult {
  page: string;
  parseMs: number;
  readabilityMs: number;
  analyzeMs: number;
  title: boolean;
  byline: boolean;
  excerpt: boolean;
  textLength: number;
  error?: string;
}

const norm = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');
const sameField = (got: unknown, want: unknown) => norm(got) === norm(want);

async function measurePage(
  dom: string,
  dir: string,
  html: string,
  expected: Record<string, unknown>,
): Promise<PageResult> {
  const result: PageResult = {
    page: dir,
    parseMs: 0,
    readabilityMs: 0,
    analyzeMs: 0,
    title: false,
    byline: false,
    excerpt: false,
    textLength: 0,
  };
  try {
    let t = performance.now();
    const parsed = DOMS[dom](html);
    result.parseMs = performance.now() - t;
    // As the analysis does: Readability on a deep clone of the parsed page.
    t = performance.now();
    const clone = parsed.doc.cloneNode(true) as Document;
    const article = new Readability(clone).parse();
    result.readabilityMs = performance.now() - t;
    result.title = sameField(article?.title, expected.title);
    result.byline = sameField(article?.byline, expected.byline);
    result.excerpt = sameField(article?.excerpt, expected.excerpt);
    result.textLength = norm(article?.textContent).length;
    t = performance.now();
    analyzeDocument(parsed.doc, PAGE_URL);
    result.analyzeMs = performance.now() - t;
    await parsed.close();
  } catch (e) {
    result.error = `${(e as Error).name}: ${(e as Error).message}`.slice(0, 200);
  }
  return result;
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Measures one DOM over the corpus, in this process; prints the per-page results as JSON. */
async function measureOneDom(dom: string, corpus: string, pages: string[]): Promise<void> {
  const results: PageResult[] = [];
  for (const page of pages) {
    const html = readFileSync(join(corpus, page, 'source.html'), 'utf8');
    const metaPath = join(corpus, page, 'expected-metadata.json');
    const expected = existsSync(metaPath)
      ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>)
      : {};
    results.push(await measurePage(dom, page, html, expected));
    process.stderr.write(`\r${dom} ${results.length}/${pages.length} ${page.padEnd(40)}`);
  }
  process.stderr.write('\n');
  console.log(JSON.stringify(results));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const domArg = args.indexOf('--dom');
  const corpus = resolve(
    args.find((a, i) => !a.startsWith('--') && i !== domArg + 1) ?? '../shared/corpus/readability-pages',
  );
  const pages = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'source.html')));
  if (domArg >= 0) return measureOneDom(args[domArg + 1], corpus, pages);

  // Each DOM in a process of its own, one after the other: no DOM's garbage or JIT state weighs on another's figures.
  const results: Record<string, PageResult[]> = {};
  for (const dom of Object.keys(DOMS)) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), corpus, '--dom', dom],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`measuring ${dom} failed (exit ${child.status})`);
    results[dom] = JSON.parse(child.stdout.toString()) as PageResult[];
  }
  const reference = new Map(results.jsdom.map((r) => [r.page, r.textLength]));
  const summary = Object.entries(results).map(([dom, rows]) => {
    const ok = rows.filter((r) => !r.error);
    const sum = (f: (r: PageResult) => number) => ok.reduce((a, r) => a + f(r), 0);
    // Extracted text within 5% of jsdom's length counts as the same article.
    const sameText = ok.filter((r) => {
      const want = reference.get(r.page) ?? 0;
      return want === 0 ? r.textLength === 0 : Math.abs(r.textLength - want) / want <= 0.05;
    }).length;
    return {
      dom,
      pages: rows.length,
      errors: rows.filter((r) => r.error).map((r) => `${r.page}: ${r.error}`),
      parseMs: {
        total: sum((r) => r.parseMs),
        median: percentile(
          ok.map((r) => r.parseMs),
          50,
        ),
        p95: percentile(
          ok.map((r) => r.parseMs),
          95,
        ),
      },
      readabilityMs: {
        total: sum((r) => r.readabilityMs),
        median: percentile(
          ok.map((r) => r.readabilityMs),
          50,
        ),
        p95: percentile(
          ok.map((r) => r.readabilityMs),
          95,
        ),
      },
      analyzeMs: {
        total: sum((r) => r.analyzeMs),
        median: percentile(
          ok.map((r) => r.analyzeMs),
          50,
        ),
        p95: percentile(
          ok.map((r) => r.analyzeMs),
          95,
        ),
      },
      titleMatches: ok.filter((r) => r.title).length,
      bylineMatches: ok.filter((r) => r.byline).length,
      excerptMatches: ok.filter((r) => r.excerpt).length,
      textWithin5PctOfJsdom: sameText,
    };
  });
  if (asJson) {
    console.log(JSON.stringify(summary));
    return;
  }
  const f = (n: number) => n.toFixed(1);
  console.log(`${pages.length} pages in ${corpus}`);
  console.log(
    'dom        parse total/median/p95 ms   clone+Readability total/median/p95 ms   analyzeDocument total/median/p95 ms   title byline excerpt text~jsdom errors',
  );
  for (const s of summary) {
    console.log(
      [
        s.dom.padEnd(10),
        `${f(s.parseMs.total)}/${f(s.parseMs.median)}/${f(s.parseMs.p95)}`.padEnd(28),
        `${f(s.readabilityMs.total)}/${f(s.readabilityMs.median)}/${f(s.readabilityMs.p95)}`.padEnd(40),
        `${f(s.analyzeMs.total)}/${f(s.analyzeMs.median)}/${f(s.analyzeMs.p95)}`.padEnd(38),
        String(s.titleMatches).padEnd(5),
        String(s.bylineMatches).padEnd(6),
        String(s.excerptMatches).padEnd(7),
        String(s.textWithin5PctOfJsdom).padEnd(10),
        String(s.errors.length),
      ].join(' '),
    );
    for (const e of s.errors) console.log(`  ${s.dom} error: ${e}`);
  }
}

await main();
