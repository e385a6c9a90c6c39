// @vitest-environment node
/** Runs the real `footnote` command (node bin/footnote.js) the way a user or the shared scorers do. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../lib/core/site/canonical-url';
import { htmlDocument } from '../support/load-html';
import { SEED_DIR, sharedSeed } from '../support/paths';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the command without blocking this process, so the test's HTTP server can answer it. */
async function footnote(args: string[], stdin?: string): Promise<Run> {
  const child = spawn(process.execPath, ['bin/footnote.js', ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin ?? '');
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

const lines = (run: Run) =>
  run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const STACK_FRAME = /\n\s+at .+[:(]/;
const SEED = join(SEED_DIR, 'index.html');
const HAS_SEED = sharedSeed('the CLI runs on the seed article');

const ARTICLE = `<!doctype html><html lang="en"><head><title>A small test article</title>
<link rel="canonical" href="https://news.example/2024/small-article"></head><body><article><h1>A small test article</h1>
<p>The council voted on Tuesday to close the old library on Elm Street, a decision that surprised many residents
who had used it for decades and who had signed a petition asking for it to stay open through the winter.</p>
<p>"We simply cannot afford to heat the building any more," said Maria Lopez, the council's finance officer, after
the vote. Residents said they would appeal the decision at the next public meeting of the council in March.</p>
</article></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'footnote-cli-'));
  writeFileSync(join(dir, 'article.html'), ARTICLE);
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'junk.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  mkdirSync(join(dir, 'folder.html'));
});

describe('footnote analyze', () => {
  it.runIf(HAS_SEED)('prints one JSON line for the seed article, ok with flags, its url the file:// URL', async () => {
    const run = await footnote(['analyze', '--json', SEED]);
    expect(run.code).toBe(0);
    const out = lines(run);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ input: SEED, ok: true, url: `file://${SEED}` });
    expect(Array.isArray(out[0].flags)).toBe(true);
    expect((out[0].article as { title: string }).title).toMatch(/Troop Deployment/);
  });

  it.runIf(HAS_SEED)('keeps input order around a missing file, exits 1 and prints no stack trace', async () => {
    const article = join(dir, 'article.html');
    const missing = join(dir, 'no-such-page.html');
    const run = await footnote(['analyze', '--json', SEED, missing, article]);
    expect(run.code).toBe(1);
    const out = lines(run);
    expect(out.map((r) => r.input)).toEqual([SEED, missing, article]);
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expect(out[1].error).toBe(`no such file: ${missing}`);
    // A saved page's canonical URL is its report URL.
    expect(out[2].url).toBe('https://news.example/2024/small-article');
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses an empty file, binary junk and a directory, each with its own message', async () => {
    const inputs = ['empty.html', 'junk.bin', 'folder.html'].map((f) => join(dir, f));
    const run = await footnote(['analyze', '--json', ...inputs]);
    expect(run.code).toBe(1);
    const out = lines(run);
    expect(out.map((r) => r.ok)).toEqual([false, false, false]);
    expect(out[0].error).toMatch(/is empty/);
    expect(out[1].error).toMatch(/not text/);
    expect(out[2].error).toMatch(/is a directory/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses a page nested 20,000 elements deep with the depth in the message', async () => {
    const path = join(dir, 'deep.html');
    writeFileSync(path, `<html><body>${'<div>'.repeat(20_000)}<p>deep</p>${'</div>'.repeat(20_000)}</body></html>`);
    const run = await footnote(['analyze', '--json', path]);
    expect(run.code).toBe(1);
    expect(lines(run)[0]).toEqual({
      input: path,
      ok: false,
      error: expect.stringMatching(/nested too deeply \(20,00\d levels/),
    });
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('refuses a page of 200,000 paragraphs quickly, saying why', async () => {
    const path = join(dir, 'many.html');
    writeFileSync(path, `<html><body>${'<p>Another short paragraph.</p>\n'.repeat(200_000)}</body></html>`);
    const started = Date.now();
    const run = await footnote(['analyze', '--json', path]);
    expect(run.code).toBe(1);
    expect(lines(run)[0].error).toMatch(/too many elements \(200,00\d; the limit is 100,000\)/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("works out a saved page's canonical URL as the extension does, unless --url names the page", async () => {
    const html = ARTICLE.replace(
      'https://news.example/2024/small-article',
      'https://news.example/2024/small-article/?utm_source=rss#top',
    );
    const file = join(dir, 'tracked.html');
    writeFileSync(file, html);
    const [saved] = lines(await footnote(['analyze', '--json', file]));
    expect(saved.url).toBe('https://news.example/2024/small-article');
    expect(saved.url).toBe(canonicalUrl(htmlDocument(html), pathToFileURL(file).href));
    const [named] = lines(await footnote(['analyze', '--json', '--url', 'https://mirror.example/copy', file]));
    expect(named.url).toBe('https://mirror.example/copy');
  });

  it('reads standard input for -', async () => {
    const run = await footnote(['analyze', '--json', '-'], ARTICLE);
    expect(run.code).toBe(0);
    const [report] = lines(run);
    expect(report).toMatchObject({ input: '-', ok: true, url: 'https://news.example/2024/small-article' });
    expect((report.article as { title: string }).title).toBe('A small test article');
  });

  it.runIf(HAS_SEED)('reports more flags, each with its confidence, at a higher sensitivity', async () => {
    const confidences = async (sensitivity: string) => {
      const run = await footnote(['analyze', '--json', '--sensitivity', sensitivity, SEED]);
      expect(run.code).toBe(0);
      return (lines(run)[0].flags as { confidence: number }[]).map((f) => f.confidence);
    };
    const [low, normal, high] = [await confidences('low'), await confidences('normal'), await confidences('high')];
    expect(low.every((c) => c >= 0.95)).toBe(true);
    expect(normal.every((c) => c >= 0.9)).toBe(true);
    expect(high.every((c) => c >= 0.5)).toBe(true);
    expect(low.length).toBeLessThanOrEqual(normal.length);
    expect(normal.length).toBeLessThanOrEqual(high.length);
  });

  it.runIf(HAS_SEED)('prints a readable summary without --json', async () => {
    const run = await footnote(['analyze', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Troop Deployment/);
    expect(run.stdout).toMatch(/by Michael Bee/);
    expect(run.stdout).toMatch(/\d+ flags?/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exits 2 with the usage on a usage error', async () => {
    for (const args of [
      ['analyze'],
      ['analyze', '--frobnicate', SEED],
      ['frobnicate'],
      [],
      ['analyze', '--timeout', 'soon', SEED],
      ['analyze', '--sensitivity', 'extreme', SEED],
    ]) {
      const run = await footnote(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/Usage: footnote/);
      expect(run.stdout).toBe('');
    }
  });

  it('answers --help and --version', async () => {
    const help = await footnote(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: footnote analyze/);
    const version = await footnote(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('footnote analyze URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      else if (req.url === '/moved') res.writeHead(302, { location: '/article' }).end();
      else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
      else if (req.url === '/big') {
        // No Content-Length: the limit must hold while streaming.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body>${'<p>big</p>'.repeat(10_000)}</body></html>`);
      } else if (req.url === '/slow') {
        // Never answers: the client's time limit has to end it.
      } else res.writeHead(404).end('not here');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page, following redirects; the fetched URL is the report url', async () => {
    const run = await footnote(['analyze', '--json', `${base}/moved`]);
    expect(run.code).toBe(0);
    expect(lines(run)[0]).toMatchObject({ input: `${base}/moved`, ok: true, url: `${base}/article` });
  });

  it('gives a clear error for time-outs, size, redirect loops, HTTP errors, non-HTML and other schemes', async () => {
    const inputs = [
      `${base}/slow`,
      `${base}/big`,
      `${base}/loop`,
      `${base}/gone`,
      `${base}/image`,
      'ftp://127.0.0.1/page.html',
      'file:///etc/hostname',
    ];
    const run = await footnote(['analyze', '--json', '--timeout', '2', '--max-bytes', '50000', ...inputs]);
    expect(run.code).toBe(1);
    const errors = lines(run).map((r) => r.error);
    expect(errors[0]).toMatch(/timed out after 2 s/);
    expect(errors[1]).toMatch(/too large/);
    expect(errors[2]).toMatch(/too many redirects/);
    expect(errors[3]).toMatch(/HTTP 404/);
    expect(errors[4]).toMatch(/not an HTML page \(Content-Type: image\/png\)/);
    expect(errors[5]).toMatch(/unsupported URL scheme "ftp:"/);
    expect(errors[6]).toMatch(/unsupported URL scheme "file:"/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('footnote bench', () => {
  it.runIf(HAS_SEED)('times the given pages and prints the figures as JSON', async () => {
    const article = join(dir, 'article.html');
    const run = await footnote(['bench', '--json', article, SEED]);
    expect(run.code).toBe(0);
    const summary = lines(run)[0] as {
      pages: number;
      phases: Record<string, { median: number; p95: number }>;
      ratio: { sum: number; target: number };
      maxDetectMs: { value: number; target: number };
      slowest: { page: string }[];
      warmUp: { firstPage: { page: string; detectMs: number; extractMs: number }; ratio: number };
    };
    expect(summary.pages).toBe(2);
    // The warm-up pass over every page is timed apart: what a freshly started engine pays, compiling as it goes.
    expect(summary.warmUp.firstPage.page).toBe(article);
    expect(summary.warmUp.firstPage.extractMs).toBeGreaterThan(0);
    expect(summary.warmUp.ratio).toBeGreaterThan(0);
    expect(Object.keys(summary.phases)).toEqual(['parseMs', 'extractMs', 'detectMs', 'totalMs']);
    expect(summary.phases.extractMs.median).toBeGreaterThan(0);
    expect(summary.ratio.target).toBe(0.1);
    expect(summary.maxDetectMs.target).toBe(50);
    expect(summary.slowest.map((s) => s.page).sort()).toEqual([article, SEED].sort());
  });
});
