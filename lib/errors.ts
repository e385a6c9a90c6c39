/**
 * Readable errors: the one place where a failure becomes words for a person, whether the popup, the options page,
 * the library, the page's status, a protocol reply or a line of the CLI shows it. Never a stack, never empty.
 */

/**
 * A failure whose message is written for the reader (what went wrong, and what to do about it) and is shown as it
 * is: bad input, a refused file, a full disk. Anything else that is thrown is a bug, and `describeInternalError`
 * names its kind.
 */
export class FootnoteError extends Error {
  override name = 'FootnoteError';
}

const SOMETHING_WENT_WRONG = 'Something went wrong in Footnote.';

/**
 * A readable message from anything thrown or rejected: its message, else its name (a DOMException's
 * `QuotaExceededError`), else a general sentence. Errors from another realm (a frame, a worker) are read by shape.
 */
export function describeError(error: unknown): string {
  if (typeof error === 'string') return error.trim() ? error : SOMETHING_WENT_WRONG;
  if (error && typeof error === 'object') {
    const { message, name } = error as { message?: unknown; name?: unknown };
    if (typeof message === 'string' && message.trim()) return message;
    if (typeof name === 'string' && name && name !== 'Error') return name;
  }
  return SOMETHING_WENT_WRONG;
}

/**
 * A failure that may be a bug, on one line for a report: a FootnoteError's message as it is, anything else with
 * its kind in front (`TypeError: x is undefined`), since the kind is what a bug report needs first.
 */
export function describeInternalError(error: unknown): string {
  const message = describeError(error);
  if (error instanceof FootnoteError || !(error instanceof Error)) return message;
  return error.name && error.name !== message ? `${error.name}: ${message}` : message;
}
