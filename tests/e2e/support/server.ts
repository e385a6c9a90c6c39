/**
 * A local web server for the end-to-end tests (127.0.0.1, a free port): the seed article under /seed/, readability
 * corpus pages under /pages/<name>/, fiction-dev chapters under /fiction/<name>/ and the detectors' own fixtures
 * (tests/fixtures/detectors) under /fixtures/<detector>/<name>/. Pages are served with a Content-Security-Policy
 * that keeps their own scripts and third-party resources from loading, so any request to another host would be
 * Footnote's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { CORPUS, ROOT, SEED_DIR } from '../../support/paths';

const DETECTOR_FIXTURES = join(ROOT, 'tests', 'fixtures', 'detectors');

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

const PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'";

function fileFor(pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/seed/')) return join(SEED_DIR, 'index.html');
  const page = /^\/pages\/([\w.-]+)\//.exec(clean);
  if (page) return join(CORPUS, 'readability-pages', page[1], 'source.html');
  const chapter = /^\/fiction\/([\w.-]+)\//.exec(clean);
  if (chapter) return join(CORPUS, 'fiction-dev', `${chapter[1]}.html`);
  const fixture = /^\/fixtures\/([\w-]+)\/([\w-]+)\//.exec(clean);
  if (fixture) return join(DETECTOR_FIXTURES, fixture[1], fixture[2], 'source.html');
  return null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_POLICY })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Open tabs keep their connections alive: close those too, or `close` waits for them.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
