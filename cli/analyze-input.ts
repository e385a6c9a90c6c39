/**
 * One input of `footnote analyze` from argument to result: reads the file, stdin or URL, parses the HTML with the
 * CLI's DOM (linkedom, see docs/dom-choice.md), runs the analysis, and turns every failure into a one-line error
 * for that input. Used in-process for a single input and inside each pool worker for many.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../lib/core/analyze';
import type { Sensitivity } from '../lib/core/detectors/detector';
import { DETECTOR_IDS } from '../lib/core/detectors/registry';
import { MAX_DEPTH, measureShape, tooLarge as pageTooLarge } from '../lib/core/page/limits';
import type { Report } from '../lib/core/report';
import { canonicalUrl } from '../lib/core/site/canonical-url';
import { describeInternalError, FootnoteError } from '../lib/errors';
import { decodeHtml } from './decode-html';
import { fetchPage, formatBytes, looksLikeUrl } from './fetch-page';
import { InputError } from './input-error';
import { parsePageHtml } from '../lib/core/page/parse-html';

export interface InputLimits {
  /** Time limit for fetching a URL, in ms (the pool applies the per-input limit to the whole analysis). */
  timeoutMs: number;
  /** Largest page accepted, in bytes (files, stdin and URLs). */
  maxBytes: number;
  /** The page URL to report for stdin and files, instead of working one out. */
  url?: string;
  /** How sure a flag must be to be reported, for every detector (default `normal`). */
  sensitivity?: Sensitivity;
}

export type InputResult = ({ input: string; ok: true } & Report) | { input: string; ok: false; error: string };

// The limits are the extension's too (lib/core/page/limits.ts).
export { MAX_DEPTH, MAX_ELEMENTS, measureShape } from '../lib/core/page/limits';

export const STDIN = '-';

/** Analyses one input; never throws. `stdin` holds standard input's bytes when the input is `-`. */
export async function analyzeInput(input: string, limits: InputLimits, stdin?: Uint8Array): Promise<InputResult> {
  try {
    const page = await loadInput(input, limits, stdin);
    return { input, ok: true, ...analyzeHtml(page.html, page.url, page.canonicalWins, limits.sensitivity) };
  } catch (e) {
    return { input, ok: false, error: describeFailure(e) };
  }
}

interface LoadedPage {
  html: string;
  url: string;
  /**
   * A file or stdin with no --url: the article's canonical URL (worked out as the extension does) is a better
   * report URL than where it was read from.
   */
  canonicalWins: boolean;
}

async function loadInput(input: string, limits: InputLimits, stdin?: Uint8Array): Promise<LoadedPage> {
  if (input === STDIN) {
    if (!stdin) throw new InputError('standard input was not read');
    if (stdin.length > limits.maxBytes) throw tooLarge('standard input', stdin.length, limits.maxBytes);
    return { html: decodeHtml(stdin, 'standard input'), url: limits.url ?? 'about:blank', canonicalWins: !limits.url };
  }
  if (looksLikeUrl(input)) {
    const page = await fetchPage(input, limits);
    return { html: page.html, url: page.url, canonicalWins: false };
  }
  const path = resolve(input);
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(fileErrorMessage(e, input));
  });
  if (info.isDirectory()) throw new InputError(`${input} is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${input} is not a regular file`);
  if (info.size > limits.maxBytes) throw tooLarge(input, info.size, limits.maxBytes);
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(fileErrorMessage(e, input));
  });
  return { html: decodeHtml(bytes, input), url: limits.url ?? pathToFileURL(path).href, canonicalWins: !limits.url };
}

/** Parses and analyses a page. Throws InputError for pages it refuses. */
export function analyzeHtml(
  html: string,
  url: string,
  canonicalWins: boolean,
  sensitivity: Sensitivity = 'normal',
): Report {
  const t0 = performance.now();
  const doc = parsePageHtml(html);
  const parseMs = performance.now() - t0;
  const shape = measureShape(doc);
  const refused = pageTooLarge(shape);
  if (refused) throw new InputError(refused.message);
  const reportUrl = canonicalWins ? canonicalUrl(doc, url) : url;
  try {
    return analyzeDocument(doc, reportUrl, {
      parseMs,
      sensitivity: Object.fromEntries(DETECTOR_IDS.map((id) => [id, sensitivity])),
    });
  } catch (e) {
    // Recursive DOM code (cloneNode, selectors) can still overflow on deep pages under the limit.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw nestedTooDeeply(shape.depth);
    throw e;
  }
}

function nestedTooDeeply(depth: number): InputError {
  return new InputError(
    `page is nested too deeply (${depth.toLocaleString('en')} levels; the limit is ${MAX_DEPTH.toLocaleString('en')})`,
  );
}

function tooLarge(what: string, size: number, max: number): InputError {
  return new InputError(`${what} is too large (${formatBytes(size)}; the limit is ${formatBytes(max)})`);
}

function fileErrorMessage(e: NodeJS.ErrnoException, input: string): string {
  switch (e.code) {
    case 'ENOENT':
      return `no such file: ${input}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${input}`;
    case 'EISDIR':
      return `${input} is a directory, not a file`;
    default:
      return `cannot read ${input}: ${e.code ?? e.message}`;
  }
}

/** A failure as one line for the person: our own messages as they are, anything else with its kind, no stack. */
function describeFailure(e: unknown): string {
  if (e instanceof FootnoteError) return e.message;
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return 'page is nested too deeply (the analysis ran out of stack)';
  return `analysis failed: ${describeInternalError(e)}`;
}
