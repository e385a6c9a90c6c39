/**
 * Firefox smoke test. What it proves: the Firefox build (.output/firefox-mv2) passes `web-ext lint` with no errors,
 * and in a real headless firefox-esr it installs as a temporary add-on, its content script runs on an http page,
 * analyses it and registers Footnote's highlights in the page (read from the page's own world). What it does not
 * cover: the toolbar badge and the popup in Firefox (not scriptable over WebDriver BiDi); Chromium's tests do.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT_DIR } from './support/chromium';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';

const FIREFOX_DIR = join(OUTPUT_DIR, 'firefox-mv2');
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const run = promisify(execFile);

function findFirefox(): string {
  const found = process.env.FIREFOX ?? CANDIDATES.find((path) => existsSync(path));
  if (!found || !existsSync(found)) {
    throw new Error(
      `The Firefox smoke test needs Firefox and found none at ${CANDIDATES.join(', ')}. ` +
        'Install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX=/path/to/firefox.',
    );
  }
  return found;
}

let server: FixtureServer;

beforeAll(async () => {
  if (!existsSync(resolve(FIREFOX_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

describe('Footnote in Firefox', () => {
  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await run(
      'npx',
      ['web-ext', 'lint', '-s', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
      {
        maxBuffer: 16 << 20,
      },
    ).catch((failure: { stdout: string }) => failure);
    const lint = JSON.parse(stdout) as { errors: unknown[]; summary: { errors: number } };
    expect(lint.errors).toEqual([]);
    expect(lint.summary.errors).toBe(0);
  });

  it('installs in headless Firefox and highlights the seed article', async () => {
    const script = resolve(process.cwd(), 'tests/e2e/support/firefox-smoke.mjs');
    // Node 20 has WebSocket behind a flag; later versions have it on.
    const flags = typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [];
    const { stdout } = await run(
      process.execPath,
      [...flags, script, findFirefox(), FIREFOX_DIR, `${server.origin}/seed/`],
      {
        timeout: 90_000,
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      installed?: string;
      highlights?: string[];
      error?: string;
    };
    expect(result.error).toBeUndefined();
    expect(result.installed).toBe('footnote@footnote.local');
    const drawn = (result.highlights ?? []).filter((h) => h.startsWith('footnote-'));
    expect(drawn.length).toBeGreaterThan(0);
    for (const entry of drawn) expect(Number(entry.split('=')[1])).toBeGreaterThan(0);
  });
});
