/* global setTimeout, WebSocket */
// Firefox run, driven over WebDriver BiDi with no client library (run by tests/e2e/firefox.test.ts as
// `node --experimental-websocket firefox-smoke.mjs FIREFOX EXTENSION_DIR URL`). Starts a headless Firefox with a
// fresh profile in which the add-on's internal UUID is pinned (pref `extensions.webextensions.uuids`), so its pages
// have a known moz-extension:// address; installs the built add-on as a temporary add-on; then:
//  1. notes the tabs the install opened (the first-run page);
//  2. opens URL in a new tab and waits until Footnote's highlights are registered in the page;
//  3. opens the popup as a tab, `popup.html?tabId=N` for the article's tab (its id read from the background's tab
//     states in `storage.session`), reads the badge there with `browser.browserAction.getBadgeText({ tabId })`,
//     reads the popup's flag list, and clicks each flag (real pointer clicks), noting where the article scrolls.
// Prints one JSON line: { installed, welcomeTabs, highlights, styled, tabId, badge, popup: { flags, kinds, error },
// reveals, ms } or { error, ...what was read so far }.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [firefoxPath, extensionDir, url] = process.argv.slice(2);
const ADDON_ID = 'footnote@footnote.local';
const ADDON_UUID = '6f0a3c1e-5b2d-4e8f-9a71-f00790de5eed';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
const profile = mkdtempSync(join(tmpdir(), 'footnote-firefox-'));
const PREFS = {
  // Keep Firefox's own services (updates, telemetry, remote settings) from calling out during the run.
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
  // The add-on's pages at a known address: moz-extension://<ADDON_UUID>/popup.html.
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
};
writeFileSync(
  join(profile, 'user.js'),
  Object.entries(PREFS)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n'),
);
const started = Date.now();
const firefox = spawn(firefoxPath, ['--headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, MOZ_HEADLESS: '1' },
});

const seen = {};
function finish(result) {
  process.stdout.write(JSON.stringify({ ...seen, ...result, ms: Date.now() - started }) + '\n');
  firefox.kill('SIGTERM');
  setTimeout(() => {
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  }, 500);
}
// Generous: on a busy 2-core machine the first analysis alone can take tens of seconds.
setTimeout(() => finish({ error: 'timed out' }), 170_000).unref();

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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Evaluates `expression` (awaiting a promise) in a tab and gives back its value, JSON-encoded by the page. */
async function evaluate(context, expression) {
  const reply = await send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (reply.type === 'exception') throw new Error(`in page: ${reply.exceptionDetails.text}`);
  return reply.result.value === undefined ? undefined : JSON.parse(reply.result.value);
}

/** Polls `read` until `accept` takes its value or `withinMs` pass; gives back the last value either way. */
async function poll(read, accept, withinMs = 60_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await sleep(200);
  }
}

/** A real click: the element scrolled into view, the pointer moved to its centre, pressed and released. */
async function click(context, sharedId) {
  await send('script.callFunction', {
    functionDeclaration: "(element) => element.scrollIntoView({ block: 'center' })",
    arguments: [{ sharedId }],
    target: { context },
    awaitPromise: false,
  });
  await send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

try {
  await send('session.new', { capabilities: {} });
  const { extension } = await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  seen.installed = extension;

  // The install opens the first-run page; give it the time to, and count it.
  const welcomeUrl = `${EXTENSION_ORIGIN}/welcome.html`;
  const welcome = await poll(
    async () => (await send('browsingContext.getTree', {})).contexts.filter((c) => c.url === welcomeUrl),
    (found) => found.length > 0,
    10_000,
  );
  await sleep(500);
  const { contexts } = await send('browsingContext.getTree', {});
  seen.welcomeTabs = contexts.filter((c) => c.url === welcomeUrl).length;
  if (welcome.length === 0) throw new Error('the first-run page did not open on install');

  const { context: article } = await send('browsingContext.create', { type: 'tab' });
  await send('browsingContext.navigate', { context: article, url, wait: 'complete' });
  const highlights = await poll(
    () =>
      evaluate(
        article,
        "typeof CSS.highlights === 'undefined' ? [] : [...CSS.highlights].map(([n, h]) => n + '=' + h.size)",
      ),
    (found) => found.length > 0,
  );
  seen.highlights = highlights;
  // Registered is not drawn: the ::highlight() rules must be adopted by the page too (Firefox's Xray once refused
  // the sheet, and the highlights were there but unstyled).
  seen.styled = await evaluate(
    article,
    "[...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(footnote-')))",
  );

  // The first-run tab is an extension page: there, read the background's tab states and the badge from inside
  // the add-on. (BiDi may not navigate a web tab to a moz-extension:// page; an extension page may.)
  const panel = welcome[0].context;
  const state = await poll(
    () =>
      evaluate(
        panel,
        `browser.storage.session.get(null).then((all) =>
          Object.values(all).find((s) => s && s.url === ${JSON.stringify(url)} && s.status.state !== 'analysing') ?? null)`,
      ),
    (found) => found !== null,
  );
  if (!state) throw new Error(`no settled tab state for ${url} in storage.session`);
  seen.tabId = state.tabId;
  seen.badge = await evaluate(panel, `browser.browserAction.getBadgeText({ tabId: ${state.tabId} })`);

  const popupUrl = `${EXTENSION_ORIGIN}/popup.html?tabId=${state.tabId}`;
  await evaluate(panel, `location.assign(${JSON.stringify(popupUrl)})`).catch(() => undefined);
  await poll(
    async () => (await send('browsingContext.getTree', {})).contexts.find((c) => c.context === panel)?.url,
    (at) => at === popupUrl,
  );
  const popup = await poll(
    () =>
      evaluate(
        panel,
        `({
          flags: document.querySelectorAll('li.flag').length,
          kinds: [...document.querySelectorAll('li.flag')].map((li) => li.closest('section, [data-kind]')
            ?.querySelector('h2, h3')?.textContent ?? ''),
          error: document.querySelector('[role="alert"]')?.textContent ?? null,
        })`,
      ),
    (found) => found.flags > 0 || found.error !== null,
  );
  seen.popup = popup;

  // Click through the list: each flag's body reveals its passage, scrolling the article to it.
  const { result } = await send('script.evaluate', {
    expression: "[...document.querySelectorAll('li.flag .flag-body')]",
    target: { context: panel },
    awaitPromise: false,
  });
  const reveals = [];
  for (const node of result.value ?? []) {
    await click(panel, node.sharedId);
    await sleep(400);
    reveals.push(await evaluate(article, 'Math.round(window.scrollY)'));
  }
  finish({ reveals });
} catch (error) {
  finish({ error: String(error) });
}
