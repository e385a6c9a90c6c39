/**
 * The one message protocol of the extension. Every request names a method of one of two APIs:
 * - `BackgroundApi`: served by the background (the only script, with the extension pages, that opens IndexedDB);
 *   called by the content script, the popup and the options page.
 * - `ContentApi`: served by the content script of a tab; called by the popup (through the background-free
 *   `tabs.sendMessage`).
 * Requests are `{ footnote: 1, method, params }`; replies are `{ ok: true, value }` or `{ ok: false, error }`
 * (a readable message). See `call.ts` for the typed senders and `serve.ts` for the dispatcher.
 */
import type { LibraryApi } from './library-api';
import type { NotesApi } from './notes-api';
import type { TabApi } from './tab-api';

export type { TabApi } from './tab-api';
export type { NotesApi, AnnotateMode } from './notes-api';
export type { ContentApi } from './content-api';
export type { LibraryApi } from './library-api';

/** Everything the background serves. */
export interface BackgroundApi extends TabApi, NotesApi, LibraryApi {}

export type Method<Api> = keyof Api & string;
export type ParamsOf<Api, M extends Method<Api>> = Api[M] extends (params: infer P) => unknown ? P : never;
export type ResultOf<Api, M extends Method<Api>> = Api[M] extends (...args: never[]) => infer R ? R : never;

export interface Request<Api, M extends Method<Api> = Method<Api>> {
  footnote: 1;
  method: M;
  params: ParamsOf<Api, M>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
