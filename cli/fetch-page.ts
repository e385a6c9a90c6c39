/**
 * Fetches a page over http or https for `footnote analyze URL`: redirects followed up to a cap, one time limit
 * for the whole exchange, a size limit on the body, and only HTML (or untyped text) accepted.
 */
import { describeError } from '../lib/errors';
import { decodeHtml } from './decode-html';
import { InputError } from './input-error';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL the page finally came from, after redirects. */
  url: string;
  html: string;
}

const DEFAULT_MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/i;

/** Whether the CLI treats an argument as a URL rather than a file name: it has a scheme such as `https:`. */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(https?|ftp|file|data|javascript|mailto):/i.test(input);
}

export async function fetchPage(input: string, limits: FetchLimits): Promise<FetchedPage> {
  let url = parseHttpUrl(input);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const maxRedirects = limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'footnote-cli' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) throw new InputError(`too many redirects (more than ${maxRedirects})`);
        url = parseHttpUrl(new URL(response.headers.get('location') ?? '', url).href, 'redirected to ');
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url.href}`,
        );
      }
      const contentType = response.headers.get('content-type');
      const mediaType = contentType?.split(';')[0].trim() ?? '';
      if (mediaType && !ACCEPTED_TYPES.test(mediaType)) {
        await response.body?.cancel();
        throw new InputError(`not an HTML page (Content-Type: ${mediaType})`);
      }
      const bytes = await readLimited(response, limits.maxBytes);
      return { url: url.href, html: decodeHtml(bytes, 'the page', contentType) };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (signal.aborted) throw new InputError(`timed out after ${formatSeconds(limits.timeoutMs)} fetching ${url.href}`);
    throw new InputError(`could not fetch ${url.href}: ${networkReason(e)}`);
  }
}

function parseHttpUrl(input: string, context = ''): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError(`${context}not a valid URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(
      `${context}unsupported URL scheme "${url.protocol}" (only http: and https: are fetched; give a file as a path)`,
    );
  }
  return url;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new InputError(`page is too large (${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)})`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError(`page is too large (more than ${formatBytes(maxBytes)}, the limit)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** undici hides the socket error (ECONNREFUSED, ENOTFOUND...) in `cause`. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string } }).cause;
  return cause?.code ?? describeError(cause ?? e);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} KB`;
  return `${n} bytes`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
