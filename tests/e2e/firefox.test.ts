/**
 * Footnote in Firefox (firefox-esr, headless). What it proves: the Firefox build (.output/firefox-mv2) passes
 * `web-ext lint` with no errors, warnings or notices; in a real Firefox it installs as a temporary add-on and opens
 * its first-run page once; its content script analyses an http page and registers Footnote's highlights there; the
 * popup, opened as a tab for the article's tab, lists the flags, and clicking one scrolls the article to it; the
 * toolbar badge (read with browserAction.getBadgeText) counts the same flags as the popup lists. Driven over
 * WebDriver BiDi by support/firefox-smoke.mjs, with the add-on's UUID pinned so its pages have a known address.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT_DIR } from './support/chromium';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedSeed } from '../support/paths';
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
  it('passes web-ext lint with no errors, warnings or notices', async () => {
    const { stdout } = await run(
      'npx',
      ['web-ext', 'lint', '-s', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
      {
        maxBuffer: 16 << 20,
      },
    ).catch((failure: { stdout: string }) => failure);
    const lint = JSON.parse(stdout) as {
      errors: unknown[];
      warnings: unknown[];
      notices: unknown[];
      summary: { errors: number; warnings: number; notices: number };
    };
    expect(lint.errors).toEqual([]);
    expect(lint.warnings).toEqual([]);
    expect(lint.notices).toEqual([]);
    expect(lint.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0 });
  });

  it.runIf(sharedSeed('the Firefox run on the seed article'))(
    'installs, highlights the seed article, and its badge counts the flags the popup lists',
    async () => {
      const script = resolve(process.cwd(), 'tests/e2e/support/firefox-smoke.mjs');
      // Node 20 has WebSocket behind a flag; later versions have it on.
      const flags = typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [];
      const { stdout } = await run(
        process.execPath,
        [...flags, script, findFirefox(), FIREFOX_DIR, `${server.origin}/seed/`],
        {
          timeout: 180_000,
        },
      );
      const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
        installed?: string;
        welcomeTabs?: number;
        highlights?: string[];
        styled?: boolean;
        tabId?: number;
        badge?: string;
        popup?: { flags: number; kinds: string[]; error: string | null };
        reveals?: number[];
        error?: string;
      };
      expect(result.error).toBeUndefined();
      expect(result.installed).toBe('footnote@footnote.local');
      // Installing opened the first-run page, once.
      expect(result.welcomeTabs).toBe(1);

      const drawn = (result.highlights ?? []).filter((h) => h.startsWith('footnote-'));
      expect(drawn.length).toBeGreaterThan(0);
      for (const entry of drawn) expect(Number(entry.split('=')[1])).toBeGreaterThan(0);
      // ...and styled: the page adopted Footnote's ::highlight() rules.
      expect(result.styled).toBe(true);

      // The popup for the article's tab lists its flags, and the badge counts exactly those.
      expect(result.popup?.error).toBeNull();
      expect(result.popup?.flags).toBeGreaterThan(0);
      expect(result.badge).toBe(String(result.popup?.flags));

      // Clicking through the list revealed the passages: one click per flag, the article scrolled to them.
      expect(result.reveals).toHaveLength(result.popup!.flags);
      expect(new Set(result.reveals).size).toBeGreaterThan(1);
    },
    200_000,
  );
});
