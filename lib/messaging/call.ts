/**
 * The typed senders of the protocol (protocol.ts): `callBackground` for the content script, popup and options page,
 * `callTab` for the popup and background talking to one tab's content script. A `{ ok: false }` reply, or no reply,
 * becomes a rejected promise with a readable message.
 */
import { browser } from 'wxt/browser';
import type { BackgroundApi, ContentApi, Method, ParamsOf, Reply, Request, ResultOf } from './protocol';

export function makeRequest<Api, M extends Method<Api>>(method: M, params: ParamsOf<Api, M>): Request<Api, M> {
  return { footnote: 1, method, params };
}

/** The value of a reply, or a thrown Error carrying the reply's message. */
export function unwrapReply<T>(reply: unknown, method: string): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    // No listener answered: the content script is not in that tab (yet), or the background is starting.
    throw new Error(`Footnote got no answer to "${method}".`);
  }
  const typed = reply as Reply<T>;
  if (typed.ok) return typed.value;
  throw new Error(typed.error);
}

/** A typed caller over any transport: the real ones below, or a direct dispatcher in tests. */
export function makeCaller<Api>(send: (request: Request<Api>) => Promise<unknown>) {
  return async function call<M extends Method<Api>>(method: M, params: ParamsOf<Api, M>): Promise<ResultOf<Api, M>> {
    const reply = await send(makeRequest<Api, M>(method, params) as unknown as Request<Api>);
    return unwrapReply<ResultOf<Api, M>>(reply, method);
  };
}

/** Calls a method of the background. */
export function callBackground<M extends Method<BackgroundApi>>(
  method: M,
  params: ParamsOf<BackgroundApi, M>,
): Promise<ResultOf<BackgroundApi, M>> {
  return makeCaller<BackgroundApi>((request) => browser.runtime.sendMessage(request))(method, params);
}

/** Calls a method of the content script in one tab (its top frame). */
export function callTab<M extends Method<ContentApi>>(
  tabId: number,
  method: M,
  params: ParamsOf<ContentApi, M>,
): Promise<ResultOf<ContentApi, M>> {
  return makeCaller<ContentApi>((request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }))(method, params);
}
