/**
 * One Chromium with the built extension for a test file or a benchmark, and what they all do with it: a fresh
 * profile, an extension page to send protocol requests from (as the popup and library send them), `send`, a local
 * server for generated pages, and one teardown. Also reads Footnote's closed layer from outside the page (CDP sees
 * closed shadow roots; the page's own scripts do not), for tests that must look at what is drawn there.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { ensureBuilt, launchWithExtension, newProfileDir, type ExtensionBrowser } from './chromium';

export interface ExtensionSession extends ExtensionBrowser {
  profileDir: string;
  /** An extension page (options.html): requests sent from it reach the background and tabs as the popup's do. */
  extensionPage: Page;
  /**
   * Calls a protocol method: the background's, or with `tabId` the content script's in that tab (top frame).
   * A `{ ok: false }` reply rejects with its message.
   */
  send<T>(method: string, params: unknown, tabId?: number): Promise<T>;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/** Builds the extension if needed, launches Chromium with it on a new profile, and opens the extension page. */
export async function startExtensionSession(): Promise<ExtensionSession> {
  ensureBuilt();
  const profileDir = newProfileDir();
  const browser = await launchWithExtension(profileDir);
  const extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const send = async <T>(method: string, params: unknown, tabId?: number): Promise<T> => {
    const reply = await extensionPage.evaluate(
      ({ method, params, tabId }) => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage(m: unknown): Promise<unknown> };
              tabs: { sendMessage(tab: number, m: unknown, o: unknown): Promise<unknown> };
            };
          }
        ).chrome;
        const request = { footnote: 1, method, params };
        return tabId === undefined
          ? chrome.runtime.sendMessage(request)
          : chrome.tabs.sendMessage(tabId, request, { frameId: 0 });
      },
      { method, params, tabId },
    );
    const typed = reply as { ok: boolean; value?: T; error?: string };
    if (!typed?.ok) throw new Error(`${method} failed: ${typed?.error}`);
    return typed.value as T;
  };
  return {
    ...browser,
    profileDir,
    extensionPage,
    send,
    async close() {
      await browser.context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface PageServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** The Content-Security-Policy pages are served with: their own scripts do not run, nothing loads from elsewhere. */
export const PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'";

/**
 * Serves the HTML `route` gives for a path (null: 404) at 127.0.0.1 on a free port, with `policy` as the pages'
 * Content-Security-Policy (none when null).
 */
export async function startPageServer(
  route: (path: string, url: URL) => string | Buffer | null,
  policy: string | null = PAGE_POLICY,
): Promise<PageServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = route(url.pathname, url);
    if (body === null) return void res.writeHead(404).end('not found');
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        ...(policy ? { 'content-security-policy': policy } : {}),
      })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    // Open tabs keep their connections alive: close those too, or `close` waits for them.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * The text of the elements matching `selector` inside the closed shadow root of the page's `hostTag` element, read
 * through CDP (DOM.getDocument with pierce), as only the browser itself can: e.g. the toast in Footnote's layer.
 */
export async function closedShadowTexts(page: Page, hostTag: string, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = {
      nodeId: number;
      nodeName: string;
      children?: DomNode[];
      shadowRoots?: DomNode[];
    };
    const roots: DomNode[] = [];
    const visit = (node: DomNode) => {
      if (node.nodeName.toLowerCase() === hostTag) roots.push(...(node.shadowRoots ?? []));
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    visit(root as DomNode);
    const texts: string[] = [];
    for (const shadow of roots) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
      for (const nodeId of nodeIds) {
        const { object } = await cdp.send('DOM.resolveNode', { nodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.textContent; }',
          returnByValue: true,
        });
        texts.push(String(result.value ?? ''));
      }
    }
    return texts;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
