/* global setTimeout, WebSocket */
// Firefox smoke run, driven over WebDriver BiDi with no client library (run by tests/e2e/firefox.test.ts as
// `node --experimental-websocket firefox-smoke.mjs FIREFOX EXTENSION_DIR URL`): starts a headless Firefox with
// a fresh profile, installs the built add-on as a temporary add-on, opens URL and waits until Footnote's
// highlights are registered in the page. Prints one JSON line: { installed, highlights, ms } or { error }.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [firefoxPath, extensionDir, url] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'footnote-firefox-'));
// Keep Firefox's own services (updates, telemetry, remote settings) from calling out during the run.
const QUIET_PREFS = {
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'browser.startup.homepage_override.mstone': 'ignore',
};
writeFileSync(
  join(profile, 'user.js'),
  Object.entries(QUIET_PREFS)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n'),
);
const started = Date.now();
const firefox = spawn(firefoxPath, ['--headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, MOZ_HEADLESS: '1' },
});

function finish(result) {
  process.stdout.write(JSON.stringify({ ...result, ms: Date.now() - started }) + '\n');
  firefox.kill('SIGTERM');
  setTimeout(() => {
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  }, 500);
}
setTimeout(() => finish({ error: 'timed out' }), 60_000).unref();

const endpoint = await new Promise((resolve) => {
  let log = '';
  firefox.stderr.on('data', (chunk) => {
    log += chunk;
    const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
    if (match) resolve(match[1]);
  });
});

const socket = new WebSocket(`${endpoint}/session`);
await new Promise((resolve, reject) => {
  socket.onopen = resolve;
  socket.onerror = reject;
});
let nextId = 1;
const pending = new Map();
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  const waiter = pending.get(message.id);
  if (!waiter) return;
  pending.delete(message.id);
  if (message.type === 'error') waiter.reject(new Error(`${message.error}: ${message.message}`));
  else waiter.resolve(message.result);
};
const send = (method, params) =>
  new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });

try {
  await send('session.new', { capabilities: {} });
  const { extension } = await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const { contexts } = await send('browsingContext.getTree', {});
  const context = contexts[0].context;
  await send('browsingContext.navigate', { context, url, wait: 'complete' });
  let highlights = [];
  for (let i = 0; i < 100 && highlights.length === 0; i++) {
    const { result } = await send('script.evaluate', {
      expression:
        "typeof CSS.highlights === 'undefined' ? '' : [...CSS.highlights].map(([n, h]) => n + '=' + h.size).join(' ')",
      target: { context },
      awaitPromise: false,
    });
    highlights = result.value ? result.value.split(' ') : [];
    if (!highlights.length) await new Promise((r) => setTimeout(r, 200));
  }
  finish({ installed: extension, highlights });
} catch (error) {
  finish({ error: String(error) });
}
