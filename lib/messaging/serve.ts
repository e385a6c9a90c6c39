/**
 * The dispatcher of the protocol (protocol.ts): a table of handlers, one per method of an API, answers requests;
 * whatever a handler throws becomes `{ ok: false, error }` with a readable message, never an uncaught error.
 */
import { browser, type Browser } from 'wxt/browser';
import { describeError } from '../errors';
import type { Method, ParamsOf, Reply, ResultOf } from './protocol';

/** A request of any API, as it arrives (its method still to be checked against the handlers). */
export interface AnyRequest {
  footnote: 1;
  method: string;
  params: unknown;
}

/** Who sent a request (the tab of a content script; nothing for extension pages). */
export type Sender = Browser.runtime.MessageSender;

export type Handlers<Api, Context = Sender> = {
  [M in Method<Api>]: (params: ParamsOf<Api, M>, context: Context) => ResultOf<Api, M> | Promise<ResultOf<Api, M>>;
};

export function isRequest(message: unknown): message is AnyRequest {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as { footnote?: unknown }).footnote === 1 &&
    typeof (message as { method?: unknown }).method === 'string'
  );
}

/** Answers one request with the handler of its method. */
export async function dispatch<Api, Context>(
  handlers: Handlers<Api, Context>,
  request: AnyRequest,
  context: Context,
): Promise<Reply<unknown>> {
  const table = handlers as Record<string, ((params: unknown, context: Context) => unknown) | undefined>;
  const handler = Object.prototype.hasOwnProperty.call(table, request.method) ? table[request.method] : undefined;
  if (!handler) return { ok: false, error: `Footnote does not know "${request.method}".` };
  try {
    const value = await handler(request.params, context);
    // `undefined` does not survive every browser's message cloning; `null` does.
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** Serves an API on `runtime.onMessage`; returns the function that stops serving. */
export function serve<Api>(handlers: Handlers<Api>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    // Not ours: leave it to other listeners (returning undefined means "no answer from here").
    if (!isRequest(message)) return undefined;
    return dispatch(handlers, message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
